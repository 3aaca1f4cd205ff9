import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** A measure's effect range must hold its central estimate: low ≤ t_co2e ≤ high. */
export function checkEffectRangeOrder(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const measure of budget.measures) {
    const effect = measure.effect;
    if (effect === null) continue;
    const at = (key: string) => ({ file: measure.origin.file, path: [...measure.origin.path, 'effect', key] });
    if (effect.low !== null && effect.low > effect.tCo2e) {
      findings.push({
        code: 'effect-range-order',
        ...say('effectLowAbove', { id: measure.id, low: effect.low, central: effect.tCo2e }),
        origin: at('low'),
      });
    }
    if (effect.high !== null && effect.high < effect.tCo2e) {
      findings.push({
        code: 'effect-range-order',
        ...say('effectHighBelow', { id: measure.id, high: effect.high, central: effect.tCo2e }),
        origin: at('high'),
      });
    }
  }
  return findings;
}

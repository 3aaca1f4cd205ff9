import type { Finding } from '../diagnostics/finding.js';
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
        message: `Measure "${measure.id}" has a low estimate (${effect.low}) above its central estimate (${effect.tCo2e}).`,
        hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
        origin: at('low'),
      });
    }
    if (effect.high !== null && effect.high < effect.tCo2e) {
      findings.push({
        code: 'effect-range-order',
        message: `Measure "${measure.id}" has a high estimate (${effect.high}) below its central estimate (${effect.tCo2e}).`,
        hint: 'The range reads low ≤ t_co2e ≤ high; swap the values if they were entered the wrong way round.',
        origin: at('high'),
      });
    }
  }
  return findings;
}

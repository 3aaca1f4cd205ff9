import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** A quantified measure needs exactly one of `effect` and `activity`. */
export function checkEffectMissing(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const measure of budget.measures) {
    if (measure.kind !== 'quantified') continue;
    if (measure.effect === null && measure.activity === null) {
      findings.push({
        code: 'effect-missing',
        ...say('effectNeither', { id: measure.id }),
        origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
      });
    } else if (measure.effect !== null && measure.activity !== null) {
      findings.push({
        code: 'effect-missing',
        ...say('effectBoth', { id: measure.id }),
        origin: { file: measure.origin.file, path: [...measure.origin.path, 'activity'] },
        at: 'key',
      });
    }
  }
  return findings;
}

import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';

/** A quantified measure needs exactly one of `effect` and `activity`. */
export function checkEffectMissing(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const measure of budget.measures) {
    if (measure.kind !== 'quantified') continue;
    if (measure.effect === null && measure.activity === null) {
      findings.push({
        code: 'effect-missing',
        message: `Measure "${measure.id}" is quantified but has neither \`effect\` nor \`activity\`.`,
        hint: 'Add `effect: { t_co2e: … }` or `activity:`, or set `kind: not_quantified` (or in_baseline).',
        origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
      });
    } else if (measure.effect !== null && measure.activity !== null) {
      findings.push({
        code: 'effect-missing',
        message: `Measure "${measure.id}" gives both \`effect\` and \`activity\`; give only one.`,
        hint: 'Keep the direct estimate (`effect`) or the calculation (`activity`), not both.',
        origin: { file: measure.origin.file, path: [...measure.origin.path, 'activity'] },
        at: 'key',
      });
    }
  }
  return findings;
}

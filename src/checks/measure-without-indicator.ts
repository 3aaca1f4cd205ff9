import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';

/** A measure without an indicator cannot be followed up with figures. */
export function checkMeasureWithoutIndicator(budget: Budget): Finding[] {
  return budget.measures
    .filter((measure) => measure.indicators.length === 0 && measure.status !== 'cancelled')
    .map((measure) => ({
      code: 'measure-without-indicator' as const,
      message: `Measure "${measure.id}" has no indicator to follow it up with.`,
      hint: 'Add `indicators: [{ id: …, title: …, baseline: …, target: …, target_year: … }]`.',
      origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
    }));
}

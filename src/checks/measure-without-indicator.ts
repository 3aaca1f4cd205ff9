import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** A measure without an indicator cannot be followed up with figures. */
export function checkMeasureWithoutIndicator(budget: Budget): Finding[] {
  return budget.measures
    .filter((measure) => measure.indicators.length === 0 && measure.status !== 'cancelled')
    .map((measure) => ({
      code: 'measure-without-indicator' as const,
      ...say('measureWithoutIndicator', { id: measure.id }),
      origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
    }));
}

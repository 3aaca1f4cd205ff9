import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** Every measure should say who is responsible for it. */
export function checkMeasureWithoutResponsible(budget: Budget): Finding[] {
  return budget.measures
    .filter((measure) => measure.responsible === null)
    .map((measure) => ({
      code: 'measure-without-responsible' as const,
      ...say('measureWithoutResponsible', { id: measure.id }),
      origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
    }));
}

import type { Finding } from '../diagnostics/finding.js';
import type { Budget } from '../model/budget.js';

/** Every measure should say who is responsible for it. */
export function checkMeasureWithoutResponsible(budget: Budget): Finding[] {
  return budget.measures
    .filter((measure) => measure.responsible === null)
    .map((measure) => ({
      code: 'measure-without-responsible' as const,
      message: `Measure "${measure.id}" has no \`responsible\`.`,
      hint: 'Add the agency or unit that carries it out, e.g. `responsible: "Eiendom og drift"`.',
      origin: { file: measure.origin.file, path: [...measure.origin.path, 'id'] },
    }));
}

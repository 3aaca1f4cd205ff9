import { isCounted } from '../compute/counting.js';
import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget } from '../model/budget.js';

/** A counted measure that starts after the horizon has no effect in any computed year: a typo in the year? */
export function checkMeasureOutsideHorizon(budget: Budget): Finding[] {
  // A manifest that lost a target may imply another horizon than the one written.
  if (budget.unloaded?.manifest) return [];
  const { horizon, planPeriod, countStatuses } = budget.manifest;
  return budget.measures
    .filter((measure) => isCounted(measure, countStatuses) && firstEffectYear(measure) > horizon)
    .map((measure) => {
      const year = firstEffectYear(measure);
      const typo = transposedYear(year, planPeriod.start, horizon);
      return {
        code: 'measure-outside-horizon' as const,
        ...say('measureOutsideHorizon', {
          id: measure.id,
          year,
          horizon,
          planStart: planPeriod.start,
          ...(typo ? { typo } : {}),
        }),
        origin: {
          file: measure.origin.file,
          path: [...measure.origin.path, ...(measure.phase && measure.phase.size > 0 ? ['phase'] : ['start'])],
        },
      };
    });
}

/** The first year with effect: the first phase year with a value above 0, else `start`. */
function firstEffectYear(measure: Budget['measures'][number]): number {
  if (!measure.phase || measure.phase.size === 0) return measure.start;
  for (const [year, value] of measure.phase) if (value > 0) return year;
  return measure.start;
}

/** A year within [from, to] written with the same digits (2082 → 2028), when there is exactly one. */
function transposedYear(year: number, from: number, to: number): number | undefined {
  const digits = String(year).split('');
  const found = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      const swapped = [...digits];
      [swapped[i], swapped[j]] = [swapped[j] as string, swapped[i] as string];
      const candidate = Number(swapped.join(''));
      if (candidate >= from && candidate <= to) found.add(candidate);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

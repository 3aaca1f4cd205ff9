import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget, Origin } from '../model/budget.js';

/** Years in the wrong order: plan period, horizon, measure start/full_effect/end, target and milestone years. */
export function checkYearOrder(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  const report = (origin: Origin, words: ReturnType<typeof say>) =>
    findings.push({ code: 'year-order', ...words, origin });
  const { manifest } = budget;
  const { start, end } = manifest.planPeriod;
  if (start > end) {
    report({ file: manifest.origin.file, path: ['plan_period', 'end'] }, say('planPeriodOrder', { start, end }));
  }
  if (manifest.horizon < end) {
    report(
      { file: manifest.origin.file, path: ['horizon'] },
      say('horizonBeforePlanEnd', { horizon: manifest.horizon, end }),
    );
  }
  for (const measure of budget.measures) {
    const at = (key: string): Origin => ({ file: measure.origin.file, path: [...measure.origin.path, key] });
    if (measure.fullEffect !== null && measure.fullEffect < measure.start) {
      report(
        at('full_effect'),
        say('fullEffectBeforeStart', { id: measure.id, fullEffect: measure.fullEffect, start: measure.start }),
      );
    }
    if (measure.end !== null && measure.end < measure.start) {
      report(at('end'), say('endBeforeStart', { id: measure.id, end: measure.end, start: measure.start }));
    }
    if (measure.end !== null && measure.fullEffect !== null && measure.fullEffect > measure.end) {
      report(
        at('full_effect'),
        say('fullEffectAfterEnd', { id: measure.id, fullEffect: measure.fullEffect, end: measure.end }),
      );
    }
  }
  for (const target of budget.targets) {
    const at = (...path: (string | number)[]): Origin => ({
      file: target.origin.file,
      path: [...target.origin.path, ...path],
    });
    if (target.baseYear >= target.year) {
      report(at('year'), say('targetYearBeforeBase', { id: target.id, year: target.year, baseYear: target.baseYear }));
      continue;
    }
    target.milestones.forEach((milestone, index) => {
      if (milestone.year <= target.baseYear || milestone.year >= target.year) {
        report(
          { file: milestone.origin.file, path: [...milestone.origin.path, 'year'] },
          say('milestoneOutside', {
            id: target.id,
            year: milestone.year,
            baseYear: target.baseYear,
            targetYear: target.year,
          }),
        );
      } else if (index > 0 && target.milestones[index - 1]?.year === milestone.year) {
        report(
          { file: milestone.origin.file, path: [...milestone.origin.path, 'year'] },
          say('milestoneTwice', { id: target.id, year: milestone.year }),
        );
      }
    });
  }
  return findings;
}

import type { Finding } from '../diagnostics/finding.js';
import type { Budget, Origin } from '../model/budget.js';

/** Years in the wrong order: plan period, horizon, measure start/full_effect/end, target and milestone years. */
export function checkYearOrder(budget: Budget): Finding[] {
  const findings: Finding[] = [];
  const report = (origin: Origin, message: string, hint: string) =>
    findings.push({ code: 'year-order', message, hint, origin });
  const { manifest } = budget;
  const { start, end } = manifest.planPeriod;
  if (start > end) {
    report(
      { file: manifest.origin.file, path: ['plan_period', 'end'] },
      `The plan period ends (${end}) before it starts (${start}).`,
      'A four-year plan runs from start to start + 3, e.g. 2026–2029.',
    );
  }
  if (manifest.horizon < end) {
    report(
      { file: manifest.origin.file, path: ['horizon'] },
      `The horizon ${manifest.horizon} is before the end of the plan period (${end}).`,
      'Set the horizon to the plan end or later, or leave it out.',
    );
  }
  for (const measure of budget.measures) {
    const at = (key: string): Origin => ({ file: measure.origin.file, path: [...measure.origin.path, key] });
    if (measure.fullEffect !== null && measure.fullEffect < measure.start) {
      report(
        at('full_effect'),
        `Measure "${measure.id}" reaches full effect (${measure.fullEffect}) before it starts (${measure.start}).`,
        '`full_effect` must be the start year or later.',
      );
    }
    if (measure.end !== null && measure.end < measure.start) {
      report(
        at('end'),
        `Measure "${measure.id}" ends (${measure.end}) before it starts (${measure.start}).`,
        '`end` is the last year with effect; it must be the start year or later.',
      );
    }
    if (measure.end !== null && measure.fullEffect !== null && measure.fullEffect > measure.end) {
      report(
        at('full_effect'),
        `Measure "${measure.id}" reaches full effect (${measure.fullEffect}) after its end (${measure.end}).`,
        'Move `full_effect` to the end year or earlier, or `end` later.',
      );
    }
  }
  for (const target of budget.targets) {
    const at = (...path: (string | number)[]): Origin => ({
      file: target.origin.file,
      path: [...target.origin.path, ...path],
    });
    if (target.baseYear >= target.year) {
      report(
        at('year'),
        `Target "${target.id}" has its target year (${target.year}) at or before its base year (${target.baseYear}).`,
        'The base year is the year the reduction is measured from; the target year comes after it.',
      );
      continue;
    }
    target.milestones.forEach((milestone, index) => {
      if (milestone.year <= target.baseYear || milestone.year >= target.year) {
        report(
          { file: milestone.origin.file, path: [...milestone.origin.path, 'year'] },
          `Milestone ${milestone.year} of target "${target.id}" is not between its base year ${target.baseYear} and target year ${target.year}.`,
          'Milestones are intermediate points: strictly after the base year and before the target year.',
        );
      } else if (index > 0 && target.milestones[index - 1]?.year === milestone.year) {
        report(
          { file: milestone.origin.file, path: [...milestone.origin.path, 'year'] },
          `Target "${target.id}" has two milestones in ${milestone.year}.`,
          'Keep one milestone per year.',
        );
      }
    });
  }
  return findings;
}

import type { BudgetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { Row, Table } from '../table.js';
import { column } from './column.js';
import { inventoryNotes } from './inventory-note.js';
import type { TableOptions } from './table-options.js';

/** Builds the progress table: one row per target with the figures of SPEC §5.4, in manifest order. */
export function buildProgressTable(report: BudgetReport, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  const { columns } = labels.progress;
  return {
    id: 'progress',
    title: labels.progress.title,
    caption: labels.progress.caption,
    columns: [
      column('target', columns.target, 'id'),
      column('year', columns.year, 'year', { priority: 5 }),
      column('base_year', columns.base_year, 'year', { priority: 5 }),
      column('base', columns.base, 'tonnes', { priority: 4 }),
      column('latest_year', columns.latest_year, 'year', { priority: 5 }),
      column('latest', columns.latest, 'tonnes', { priority: 3 }),
      column('level', columns.level, 'tonnes', { priority: 2 }),
      column('achieved_pct', columns.achieved_pct, 'percent'),
      column('progress_ratio', columns.progress_ratio, 'ratio'),
      column('on_track', columns.on_track, 'boolean', { colorBy: 'verdict' }),
      column('required_annual_t', columns.required_annual_t, 'tonnes', { priority: 2 }),
      column('required_annual_rate_pct', columns.required_annual_rate_pct, 'percent', { priority: 3 }),
      column('projected_at_year', columns.projected_at_year, 'tonnes', { priority: 2 }),
      column('meets_target', columns.meets_target, 'boolean', { colorBy: 'verdict' }),
      column('cumulative_overshoot', columns.cumulative_overshoot, 'tonnes', { priority: 4, colorBy: 'gap' }),
    ],
    rows: report.targets.map((target): Row => {
      const { progress } = target;
      return {
        cells: [
          target.id,
          target.year,
          target.baseYear,
          target.base,
          progress.latestYear,
          progress.latest,
          target.level,
          progress.achievedPct,
          progress.progressRatio,
          progress.onTrack,
          progress.requiredAnnualT,
          progress.requiredAnnualRatePct,
          progress.projectedAtYear,
          progress.meetsTarget,
          progress.cumulativeOvershoot,
        ],
      };
    }),
    notes:
      report.targets.length === 0
        ? [labels.summary.noTargets]
        : [
            labels.progress.onTrackNote,
            ...inventoryNotes(
              report.scopes.filter((scope) => report.targets.some((target) => target.scope === scope.scope)),
              labels,
            ),
          ],
  };
}

/**
 * Builds the follow-up table: every measure in sector order then id, with its current status and
 * rating and its latest follow-up record; one row per reported indicator (value against the
 * expected value), at least one row per measure.
 */
export function buildFollowUpTable(report: BudgetReport, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  const { columns } = labels.followUp;
  const rows: Row[] = [];
  for (const measure of report.measures) {
    const { followUp } = measure;
    const common = [measure.id, measure.title, measure.currentStatus, measure.rating, followUp?.period ?? null];
    const comment = followUp?.comment ?? null;
    const indicators = followUp?.indicators ?? [];
    if (indicators.length === 0) {
      rows.push({ cells: [...common, null, null, null, null, comment] });
      continue;
    }
    for (const indicator of indicators) {
      rows.push({
        cells: [
          ...common,
          indicator.title ?? indicator.id,
          indicator.unit,
          indicator.value,
          indicator.expected,
          comment,
        ],
      });
    }
  }
  return {
    id: 'followup',
    title: labels.followUp.title,
    caption: labels.followUp.caption,
    columns: [
      column('id', columns.id, 'id'),
      column('title', columns.title, 'text', { priority: 2 }),
      column('current_status', columns.current_status, 'status'),
      column('rating', columns.rating, 'rating'),
      column('period', columns.period, 'text', { priority: 3 }),
      column('indicator', columns.indicator, 'text', { priority: 4 }),
      column('unit', columns.unit, 'text', { priority: 5 }),
      column('value', columns.value, 'number', { priority: 5 }),
      column('expected', columns.expected, 'number', { priority: 5 }),
      column('comment', columns.comment, 'text', { wrap: true }),
    ],
    rows,
  };
}

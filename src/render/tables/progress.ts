import type { BudgetReport, IndicatorProgress, MeasureReport, TargetReport } from '../../compute/budget-report.js';
import { labelsFor } from '../../i18n/index.js';
import type { FollowUpColumn, ProgressColumn, WorkbookLabels } from '../../i18n/labels.js';
import type { Indicator } from '../../model/budget.js';
import type { Table } from '../table.js';
import { type Catalogue, type View, viewTable } from './catalogue.js';
import { inventoryNotes } from './inventory-note.js';
import { type SheetContext, sheetCaption } from './sheet-context.js';
import type { TableOptions } from './table-options.js';

/** The columns of the progress subject: one row per target with the figures of SPEC §5.4. */
const progressColumns: Catalogue<ProgressColumn, TargetReport, null> = {
  target: { type: 'id', value: (target) => target.id },
  year: { type: 'year', priority: 5, value: (target) => target.year },
  base_year: { type: 'year', priority: 5, value: (target) => target.baseYear },
  base: { type: 'tonnes', priority: 4, value: (target) => target.base },
  latest_year: { type: 'year', priority: 5, value: (target) => target.progress.latestYear },
  latest: { type: 'tonnes', priority: 3, value: (target) => target.progress.latest },
  level: { type: 'tonnes', priority: 2, value: (target) => target.level },
  achieved_pct: { type: 'percent', value: (target) => target.progress.achievedPct },
  progress_ratio: { type: 'ratio', value: (target) => target.progress.progressRatio },
  on_track: { type: 'boolean', colorBy: 'verdict', value: (target) => target.progress.onTrack },
  required_annual_t: { type: 'tonnes', priority: 2, value: (target) => target.progress.requiredAnnualT },
  required_annual_rate_pct: {
    type: 'percent',
    priority: 3,
    value: (target) => target.progress.requiredAnnualRatePct,
  },
  projected_at_year: { type: 'tonnes', priority: 2, value: (target) => target.progress.projectedAtYear },
  meets_target: { type: 'boolean', colorBy: 'verdict', value: (target) => target.progress.meetsTarget },
  cumulative_overshoot: {
    type: 'tonnes',
    priority: 4,
    colorBy: 'gap',
    value: (target) => target.progress.cumulativeOvershoot,
  },
};

const progressView: View<ProgressColumn> = {
  kind: 'listing',
  ids: Object.keys(progressColumns) as ProgressColumn[],
};

/** Builds the progress table: one row per target with the figures of SPEC §5.4, in manifest order. */
export function buildProgressTable(report: BudgetReport, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  return {
    id: 'progress',
    title: labels.progress.title,
    caption: labels.progress.caption,
    ...viewTable(progressColumns, progressView, labels.progress.columns, report.targets, null),
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
 * One row of the follow-up of a measure: an indicator as defined (the sheet) and as reported in
 * the latest follow-up, or neither (a measure without indicators has one row).
 */
interface FollowUpRow {
  measure: MeasureReport;
  defined: Indicator | null;
  reported: IndicatorProgress | null;
}

/** The columns of the follow-up subject, said once for the follow-up listing and the Oppfølging sheet. */
const followUpColumns: Catalogue<FollowUpColumn, FollowUpRow, WorkbookLabels | null> = {
  id: { type: 'id', value: ({ measure }) => measure.id },
  title: { type: 'text', priority: 2, value: ({ measure }) => measure.title },
  responsible: { type: 'text', value: ({ measure }) => measure.responsible },
  status: { type: 'status', value: ({ measure }) => measure.status },
  current_status: { type: 'status', value: ({ measure }) => measure.currentStatus },
  rating: { type: 'rating', value: ({ measure }) => measure.rating },
  rating_basis: {
    type: 'text',
    value: ({ measure }, words) =>
      measure.ratingBasis === null || words === null ? null : words.ratingBases[measure.ratingBasis],
  },
  period: { type: 'text', priority: 3, value: ({ measure }) => measure.followUp?.period ?? null },
  date: { type: 'text', value: ({ measure }) => measure.followUp?.date ?? null },
  revised_t: { type: 'tonnes', value: ({ measure }) => measure.followUp?.revisedTCo2e ?? null },
  indicator: {
    type: 'text',
    priority: 4,
    value: ({ reported }) => (reported === null ? null : (reported.title ?? reported.id)),
  },
  indicator_id: { type: 'id', value: ({ defined }) => defined?.id ?? null },
  indicator_title: { type: 'text', value: ({ defined }) => defined?.title ?? null },
  unit: { type: 'text', priority: 5, value: ({ defined, reported }) => (defined ?? reported)?.unit ?? null },
  indicator_baseline: { type: 'number', value: ({ defined }) => defined?.baseline ?? null },
  indicator_target: { type: 'number', value: ({ defined }) => defined?.target ?? null },
  target_year: { type: 'year', value: ({ defined }) => defined?.targetYear ?? null },
  value: { type: 'number', priority: 5, value: ({ reported }) => reported?.value ?? null },
  expected: { type: 'number', priority: 5, value: ({ reported }) => reported?.expected ?? null },
  progress: {
    type: 'ratio',
    formula:
      'IF({expected} <> {indicator_baseline}, ({value} - {indicator_baseline}) / ({expected} - {indicator_baseline}), "")',
    value: ({ reported }) => reported?.ratio ?? null,
  },
  comment: { type: 'text', wrap: true, value: ({ measure }) => measure.followUp?.comment ?? null },
};

const followUpView: View<FollowUpColumn> = {
  kind: 'listing',
  ids: ['id', 'title', 'current_status', 'rating', 'period', 'indicator', 'unit', 'value', 'expected', 'comment'],
};

const followUpSheetView: View<FollowUpColumn> = {
  kind: 'sheet',
  ids: [
    ...['id', 'title', 'responsible', 'status', 'current_status', 'rating', 'rating_basis', 'period', 'date'],
    ...['revised_t', 'comment', 'indicator_id', 'indicator_title', 'unit', 'indicator_baseline'],
    ...['indicator_target', 'target_year', 'value', 'expected', 'progress'],
  ] as FollowUpColumn[],
};

/**
 * Builds the follow-up table: every measure in sector order then id, with its current status and
 * rating and its latest follow-up record; one row per reported indicator (value against the
 * expected value), at least one row per measure.
 */
export function buildFollowUpTable(report: BudgetReport, options: TableOptions): Table {
  const labels = labelsFor(options.language);
  const rows = report.measures.flatMap((measure): FollowUpRow[] => {
    const reported = measure.followUp?.indicators ?? [];
    if (reported.length === 0) return [{ measure, defined: null, reported: null }];
    return reported.map((indicator) => ({ measure, defined: null, reported: indicator }));
  });
  return {
    id: 'followup',
    title: labels.followUp.title,
    caption: labels.followUp.caption,
    ...viewTable(followUpColumns, followUpView, labels.followUp.columns, rows, null),
  };
}

/**
 * Builds the Oppfølging sheet: the latest follow-up of each measure (status, rating, revision,
 * comment), one row per indicator with its baseline, target, the value reported, the value
 * expected by then and the progress (a formula); a measure without indicators gets one row.
 */
export function followUpSheet(context: SheetContext): Table {
  const { words, labels } = context;
  const rows = context.report.measures.flatMap((measure): FollowUpRow[] => {
    if (measure.indicators.length === 0) return [{ measure, defined: null, reported: null }];
    return measure.indicators.map((defined) => ({
      measure,
      defined,
      reported: measure.followUp?.indicators.find((progress) => progress.id === defined.id) ?? null,
    }));
  });
  return {
    id: 'workbook-follow-up',
    title: words.followUp.title,
    caption: sheetCaption(context, words.followUp.caption),
    ...viewTable(followUpColumns, followUpSheetView, labels.followUp.columns, rows, words),
  };
}

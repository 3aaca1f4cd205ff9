import type { MeasureReport } from '../../compute/budget-report.js';
import type { Indicator } from '../../model/budget.js';
import type { CellValue, Row, Table } from '../table.js';
import { type SheetContext, sheetCaption, sheetColumn } from './sheet-context.js';

/**
 * Builds the Oppfølging sheet: the latest follow-up of each measure (status, rating, revision,
 * comment), one row per indicator with its baseline, target, the value reported, the value
 * expected by then and the progress (a formula); a measure without indicators gets one row.
 */
export function followUpSheet(context: SheetContext): Table {
  const text = context.words.followUp;
  return {
    id: 'workbook-follow-up',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('id', text.id, 'id'),
      sheetColumn('title', text.measureTitle, 'text'),
      sheetColumn('responsible', text.responsible, 'text'),
      sheetColumn('status', text.status, 'status'),
      sheetColumn('current_status', text.currentStatus, 'status'),
      sheetColumn('rating', text.rating, 'rating'),
      sheetColumn('rating_basis', text.ratingBasis, 'text'),
      sheetColumn('period', text.period, 'text'),
      sheetColumn('date', text.date, 'text'),
      sheetColumn('revised_t', text.revised, 'tonnes'),
      sheetColumn('comment', text.comment, 'text'),
      sheetColumn('indicator', text.indicator, 'id'),
      sheetColumn('indicator_title', text.indicatorTitle, 'text'),
      sheetColumn('unit', text.unit, 'text'),
      sheetColumn('indicator_baseline', text.baseline, 'number'),
      sheetColumn('indicator_target', text.target, 'number'),
      sheetColumn('target_year', text.targetYear, 'year'),
      sheetColumn('value', text.value, 'number'),
      sheetColumn('expected', text.expected, 'number'),
      sheetColumn('progress', text.progress, 'ratio', {
        formula:
          'IF({expected} <> {indicator_baseline}, ({value} - {indicator_baseline}) / ({expected} - {indicator_baseline}), "")',
      }),
    ],
    rows: context.report.measures.flatMap((measure) => measureRows(measure, context)),
  };
}

function measureRows(measure: MeasureReport, { words }: SheetContext): Row[] {
  const { followUp } = measure;
  const common: CellValue[] = [
    measure.id,
    measure.title,
    measure.responsible,
    measure.status,
    measure.currentStatus,
    measure.rating,
    measure.ratingBasis === null ? null : words.ratingBases[measure.ratingBasis],
    followUp?.period ?? null,
    followUp?.date ?? null,
    followUp?.revisedTCo2e ?? null,
    followUp?.comment ?? null,
  ];
  if (measure.indicators.length === 0)
    return [{ cells: [...common, null, null, null, null, null, null, null, null, null] }];
  return measure.indicators.map((indicator: Indicator) => {
    const reported = followUp?.indicators.find((progress) => progress.id === indicator.id);
    return {
      cells: [
        ...common,
        indicator.id,
        indicator.title,
        indicator.unit,
        indicator.baseline,
        indicator.target,
        indicator.targetYear,
        reported?.value ?? null,
        reported?.expected ?? null,
        reported?.ratio ?? null,
      ],
    };
  });
}

import type { TargetReport } from '../../compute/budget-report.js';
import type { CellValue, Row, Table } from '../table.js';
import { pathwayFormulas } from './pathway-formulas.js';
import { type SheetContext, sheetCaption, sheetColumn, valueAt } from './sheet-context.js';

/**
 * Builds the Utslippsbane sheet: for each target, one row per year of its inventory and of its
 * path (latest year + 1 … target year) with actual, baseline, effect (and its range), projected,
 * path, gap, need and coverage, then the effect, gap and coverage of the decided measures. Projected,
 * the gaps, need and the coverages are formulas of the row.
 */
export function pathwaySheet(context: SheetContext): Table {
  const text = context.words.pathway;
  return {
    id: 'workbook-pathway',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns: [
      sheetColumn('target', text.target, 'id'),
      sheetColumn('year', text.year, 'year'),
      sheetColumn('actual', text.actual, 'tonnes'),
      sheetColumn('baseline', text.baseline, 'tonnes'),
      sheetColumn('effect', text.effect, 'tonnes'),
      sheetColumn('effect_low', text.effectLow, 'tonnes'),
      sheetColumn('effect_high', text.effectHigh, 'tonnes'),
      sheetColumn('projected', text.projected, 'tonnes', { formula: pathwayFormulas.projected }),
      sheetColumn('path', text.path, 'tonnes'),
      sheetColumn('gap', text.gap, 'tonnes', { formula: pathwayFormulas.gap, colorBy: 'gap' }),
      sheetColumn('need', text.need, 'tonnes', { formula: pathwayFormulas.need }),
      sheetColumn('coverage', text.coverage, 'ratio', { formula: pathwayFormulas.coverage }),
      // The decided view (SPEC §5.4): the same gap and coverage without the measures only proposed.
      sheetColumn('effect_decided', text.effectDecided, 'tonnes'),
      sheetColumn('gap_decided', text.gapDecided, 'tonnes', {
        formula: '{gap} + {effect} - {effect_decided}',
        colorBy: 'gap',
      }),
      sheetColumn('coverage_decided', text.coverageDecided, 'ratio', {
        formula: 'IF({need} > 0, {effect_decided} / {need}, "")',
      }),
    ],
    rows: context.report.targets.flatMap(targetRows),
  };
}

function targetRows(target: TargetReport): Row[] {
  const years = [...new Set([...target.actual.years, ...target.years])].sort((a, b) => a - b);
  return years.map((year) => {
    const at = (values: readonly (number | null)[]): CellValue => valueAt(target.years, values, year);
    return {
      cells: [
        target.id,
        year,
        valueAt(target.actual.years, target.actual.values, year),
        at(target.baseline),
        at(target.effect),
        at(target.effectLow),
        at(target.effectHigh),
        at(target.projected),
        at(target.path),
        at(target.gap),
        at(target.need),
        at(target.coverage),
        at(target.decided.effect),
        at(target.decided.gap),
        at(target.decided.coverage),
      ],
    };
  });
}

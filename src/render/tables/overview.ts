import type { BudgetReport } from '../../compute/budget-report.js';
import { valueInYear } from '../../compute/years.js';
import { labelsFor } from '../../i18n/index.js';
import type { Language } from '../../model/budget.js';
import type { Column, Row, Table } from '../table.js';
import { cellsOf } from './column.js';
import { sheetColumn as column, headlineTarget } from './sheet-context.js';

/** One budget folder of a `report` batch. */
export interface OverviewEntry {
  /** The folder as it was given. */
  dir: string;
  /** The name its documents got: `<name>.html`, `<name>.xlsx`, `<name>.md`. */
  name: string;
  /** The computed budget; absent when the folder failed. */
  report?: BudgetReport;
}

/**
 * The overview of a batch (`report`'s index): one row per budget folder with the headline figures
 * of the target its plan works towards (latest emissions, change, emission limit, the gap with
 * decided measures and with proposals, and coverage in the last plan year) and links to its three
 * documents; failed folders are listed too. The number and status columns appear only when some
 * row has one.
 */
export function buildOverviewTable(entries: readonly OverviewEntry[], language: Language): Table {
  const words = labelsFor(language).overview;
  const text = words.columns;
  const anyFailed = entries.some((entry) => entry.report === undefined);
  const anyNumber = entries.some((entry) => entry.report?.municipality.number);
  const columns: Column[] = [
    column('municipality', text.municipality, 'text', { link: 'html' }),
    ...(anyNumber ? [column('number', text.number, 'id')] : []),
    column('plan', text.plan, 'text'),
    column('target', text.target, 'id'),
    column('target_year', text.targetYear, 'year'),
    column('latest_year', text.latestYear, 'year'),
    column('latest', text.latest, 'tonnes'),
    column('change_pct', text.change, 'percent'),
    column('level', text.level, 'tonnes'),
    column('gap_decided', text.gapDecided, 'tonnes', { colorBy: 'gap' }),
    column('gap', text.gap, 'tonnes', { colorBy: 'gap' }),
    column('coverage', text.coverage, 'ratio'),
    column('measures', text.measures, 'integer'),
    ...(anyFailed ? [column('status', text.status, 'text')] : []),
    column('html', text.html, 'text', { link: 'html' }),
    column('xlsx', text.xlsx, 'text', { link: 'xlsx' }),
    column('md', text.md, 'text', { link: 'md' }),
  ];
  const rows = entries.map((entry): Row => {
    const { report } = entry;
    if (report === undefined) return { cells: cellsOf(columns, { municipality: entry.dir, status: words.failed }) };
    const { municipality, planPeriod } = report;
    const target = headlineTarget(report.targets, planPeriod.start);
    const progress = target?.progress;
    const atPlanEnd = (values: readonly (number | null)[] | undefined) =>
      target === undefined || values === undefined ? null : (valueInYear(target.years, values, planPeriod.end) ?? null);
    return {
      cells: cellsOf(columns, {
        municipality: municipality.name,
        number: municipality.number,
        plan: `${planPeriod.start}–${planPeriod.end}`,
        target: target?.id ?? null,
        target_year: target?.year ?? null,
        latest_year: progress?.latestYear ?? null,
        latest: progress?.latest ?? null,
        change_pct: progress?.achievedPct == null ? null : -progress.achievedPct,
        level: target?.level ?? null,
        gap_decided: atPlanEnd(target?.decided.gap),
        gap: atPlanEnd(target?.gap),
        coverage: atPlanEnd(target?.coverage),
        measures: report.measures.filter((measure) => measure.counted).length,
        status: words.written,
        html: `${entry.name}.html`,
        xlsx: `${entry.name}.xlsx`,
        md: `${entry.name}.md`,
      }),
    };
  });
  return {
    id: 'overview',
    title: words.tableTitle,
    caption: words.caption(entries.filter((entry) => entry.report !== undefined).length, entries.length),
    columns,
    rows,
    notes: words.notes,
  };
}

import type { TargetReport } from '../../compute/budget-report.js';
import type { CellValue, Column, Table } from '../table.js';
import { headlineTarget, type SheetContext, sheetCaption, sheetColumn, valueAt } from './sheet-context.js';

/**
 * Builds the Sammendrag sheet: one row per target with its base, level, latest emissions and
 * progress, then in each plan year the gap with decided measures, the gap with proposals too, and
 * the coverage. The key figures get defined names
 * (Gap_2029_<target> …), and those of the headline target also short ones (Gap_2029,
 * Target_level …).
 */
export function summarySheet(context: SheetContext): Table {
  const { report, labels, words } = context;
  const text = words.summary;
  const planYears = report.planYears;
  const columns = [
    sheetColumn('target', text.target, 'id'),
    sheetColumn('scope', text.scope, 'text'),
    sheetColumn('base_year', text.baseYear, 'year'),
    sheetColumn('base', text.base, 'tonnes'),
    sheetColumn('year', text.year, 'year'),
    // Percent cells hold fractions in the workbook (35 % is 0.35), so the level is base × (1 − it).
    sheetColumn('reduction', text.reduction, 'percent'),
    sheetColumn('level', text.level, 'tonnes', { formula: '{base} * (1 - {reduction})' }),
    sheetColumn('latest_year', text.latestYear, 'year'),
    sheetColumn('latest', text.latest, 'tonnes'),
    sheetColumn('achieved', text.achieved, 'ratio', { formula: 'IF({base} <> 0, ({base} - {latest}) / {base}, "")' }),
    sheetColumn('progress', text.progress, 'ratio', {
      formula: 'IF({base} <> {level}, ({base} - {latest}) / ({base} - {level}), "")',
    }),
    sheetColumn('on_track', text.onTrack, 'boolean', { colorBy: 'verdict' }),
    sheetColumn('required_annual', text.requiredAnnual, 'tonnes', {
      formula: '({latest} - {level}) / ({year} - {latest_year})',
    }),
    sheetColumn('projected_at_year', text.projectedAtYear, 'tonnes'),
    sheetColumn('meets_target', text.meetsTarget, 'boolean', { colorBy: 'verdict' }),
    sheetColumn('cumulative_overshoot', text.cumulativeOvershoot, 'tonnes', { colorBy: 'gap' }),
    ...planYears.map((year) => sheetColumn(`gap_decided_${year}`, text.gapDecided(year), 'tonnes', { colorBy: 'gap' })),
    ...planYears.map((year) => sheetColumn(`gap_${year}`, text.gap(year), 'tonnes', { colorBy: 'gap' })),
    ...planYears.map((year) => sheetColumn(`coverage_${year}`, text.coverage(year), 'ratio')),
  ];
  const rows = report.targets.map((target) => ({ cells: targetCells(target, planYears, labels.scope) }));
  const headline = headlineTarget(report.targets, report.planPeriod.start);
  const names = definedNames(report.targets, headline, columns, planYears, rows);
  return {
    id: 'workbook-summary',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns,
    rows,
    notes: [
      ...report.targets.flatMap((target) => (target.title === null ? [] : [`${target.id}: ${target.title}`])),
      ...(headline === undefined ? [] : [text.namesNote(headline.id)]),
    ],
    names,
  };
}

function targetCells(
  target: TargetReport,
  planYears: readonly number[],
  scopes: SheetContext['labels']['scope'],
): CellValue[] {
  const { progress } = target;
  return [
    target.id,
    scopes[target.scope],
    target.baseYear,
    target.base,
    target.year,
    target.reductionPct,
    target.level,
    progress.latestYear,
    progress.latest,
    progress.achievedPct === null ? null : progress.achievedPct / 100,
    progress.progressRatio,
    progress.onTrack,
    progress.requiredAnnualT,
    progress.projectedAtYear,
    progress.meetsTarget,
    progress.cumulativeOvershoot,
    ...planYears.map((year) => valueAt(target.years, target.decided.gap, year)),
    ...planYears.map((year) => valueAt(target.years, target.gap, year)),
    ...planYears.map((year) => valueAt(target.years, target.coverage, year)),
  ];
}

/** The figures worth a name, as column id → name stem (no stem is an Excel function's name). */
const namedColumns: readonly [string, string][] = [
  ['base', 'Base_emissions'],
  ['level', 'Target_level'],
  ['latest', 'Latest_emissions'],
  ['projected_at_year', 'Projected_emissions'],
  ['cumulative_overshoot', 'Overshoot'],
];

function definedNames(
  targets: readonly TargetReport[],
  headline: TargetReport | undefined,
  columns: readonly Column[],
  planYears: readonly number[],
  rows: readonly { cells: readonly CellValue[] }[],
): NonNullable<Table['names']> {
  const named = [
    ...namedColumns,
    ...planYears.flatMap((year): [string, string][] => [
      [`gap_${year}`, `Gap_${year}`],
      [`gap_decided_${year}`, `Gap_decided_${year}`],
      [`coverage_${year}`, `Coverage_${year}`],
    ]),
  ].map(([column, stem]) => ({ column, stem, position: columns.findIndex((candidate) => candidate.id === column) }));
  const suffixes = nameSuffixes(targets);
  const names: { name: string; row: number; column: string }[] = [];
  targets.forEach((target, row) => {
    const cells = rows[row]?.cells ?? [];
    for (const { column, stem, position } of named) {
      if (typeof cells[position] !== 'number') continue;
      names.push({ name: `${stem}_${suffixes[row]}`, row, column });
      if (target === headline) names.push({ name: stem, row, column });
    }
  });
  return names;
}

/** Target ids as name endings: letters, digits and `_`, unique without regard to case. */
function nameSuffixes(targets: readonly TargetReport[]): string[] {
  const taken = new Set<string>();
  return targets.map((target) => {
    const base =
      target.id
        .replace(/æ/gi, 'ae')
        .replace(/ø/gi, 'o')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '') || 'target';
    let suffix = base;
    for (let counter = 2; taken.has(suffix.toLowerCase()); counter++) suffix = `${base}_${counter}`;
    taken.add(suffix.toLowerCase());
    return suffix;
  });
}

import type { TargetReport } from '../../compute/budget-report.js';
import type { HeaderText, PathwayColumn, SummaryTargetsColumn } from '../../i18n/labels.js';
import type { CellType, CellValue, Column, Row, Table } from '../table.js';
import { annualisedTotalName, costedMeasures } from './costs.js';
import { pathwayFormulas } from './pathway.js';
import { headlineTarget, type SheetContext, sheetCaption, valueAt } from './sheet-context.js';
import { targetFields } from './summary.js';

/**
 * The Sammendrag sheet, laid out for reading: one block per target, a label and its value on each
 * row (scope, base year and emissions, target year and level, latest emissions, progress, what is
 * projected for the target year), then the target's figures in each plan year (limit, projected,
 * need, effect of decided measures and with the proposals, the gaps and coverages), and last the
 * annualised cost of the measures. Figures the workbook can recompute are live formulas over the
 * block's rows (the cost reads the Kostnader sheet's total by its name); the key figures get
 * defined names (Gap_2029_<target> …, and for the headline target also Gap_2029, Target_level …).
 */
export function summarySheet(context: SheetContext): Table {
  const { report, words } = context;
  const text = words.summary;
  const planYears = report.planYears;
  const valueColumns = Math.max(1, planYears.length);
  const columns: Column[] = [
    { id: 'label', header: text.field, type: 'text' },
    ...Array.from(
      { length: valueColumns },
      (_, index): Column => ({ id: valueColumn(index), header: '', type: 'tonnes' }),
    ),
  ];
  const rows: Row[] = [];
  const headline = headlineTarget(report.targets, report.planPeriod.start);
  const names: { name: string; row: number; column: string }[] = [];
  const suffixes = nameSuffixes(report.targets);
  /** The note's examples: a name of the headline target, and the same name with its ending. */
  let example: { name: string; own: string } | undefined;
  report.targets.forEach((target, index) => {
    const block = targetBlock(context, target, `t${index}.`);
    for (const { key, column, stem } of namedCells(planYears)) {
      const row = block.findIndex((candidate) => candidate.key === `t${index}.${key}`);
      const position = columns.findIndex((candidate) => candidate.id === column);
      if (typeof block[row]?.cells[position] !== 'number') continue;
      names.push({ name: `${stem}_${suffixes[index]}`, row: rows.length + row, column });
      if (target !== headline) continue;
      names.push({ name: stem, row: rows.length + row, column });
      // The gap of the last plan year the target reaches, else its first name (Base_emissions).
      if (example === undefined || key === 'gap') {
        example = { name: stem, own: `${stem}_${suffixes[index]}` };
      }
    }
    for (const row of [...block, { cells: [] }]) rows.push(row);
  });
  for (const row of costBlock(context)) rows.push(row);
  return {
    id: 'workbook-summary',
    title: text.title,
    caption: sheetCaption(context, text.caption),
    columns,
    rows,
    notes: [
      ...(report.targets.length === 0 ? [context.labels.summary.noTargets] : []),
      ...(headline === undefined || example === undefined
        ? []
        : [text.namesNote(headline.id, example.name, example.own)]),
    ],
    names,
  };
}

/** The id of the value column at `index` (0: the value of a label, and the first plan year). */
const valueColumn = (index: number) => `value_${index + 1}`;

/** The target's fields shown as label/value rows, in order. */
const fieldRows: readonly SummaryTargetsColumn[] = [
  ...['scope', 'base_year', 'base', 'year', 'reduction', 'level', 'latest_year', 'latest'],
  ...['achieved', 'progress', 'on_track', 'required_annual', 'projected_at_year', 'meets_target'],
  'cumulative_overshoot',
] as SummaryTargetsColumn[];

/** A target's series shown per plan year: the row's id, its values, and a formula over the block's rows. */
const seriesRows: readonly {
  id: PathwayColumn;
  type: CellType;
  series: (target: TargetReport) => readonly (number | null)[];
  formula?: string;
  colorBy?: 'gap';
}[] = [
  { id: 'path', type: 'tonnes', series: (target) => target.path },
  { id: 'projected', type: 'tonnes', series: (target) => target.projected },
  { id: 'need', type: 'tonnes', series: (target) => target.need },
  { id: 'effect_decided', type: 'tonnes', series: (target) => target.decided.effect },
  { id: 'effect', type: 'tonnes', series: (target) => target.effect },
  {
    id: 'gap_decided',
    type: 'tonnes',
    series: (target) => target.decided.gap,
    formula: '{gap} + {effect} - {effect_decided}',
    colorBy: 'gap',
  },
  { id: 'gap', type: 'tonnes', series: (target) => target.gap, formula: pathwayFormulas.gap, colorBy: 'gap' },
  {
    id: 'coverage_decided',
    type: 'ratio',
    series: (target) => target.decided.coverage,
    formula: 'IF({need} > 0, {effect_decided} / {need}, "")',
  },
  { id: 'coverage', type: 'ratio', series: (target) => target.coverage, formula: pathwayFormulas.coverage },
];

/** Prefixes the row keys of a formula template with the block's prefix: `{base}` → `{t0.base}`. */
const withPrefix = (formula: string | undefined, prefix: string) =>
  formula?.replace(/\{([^}]+)\}/g, (_, key: string) => `{${prefix}${key}}`);

/** One target's block: its heading, its fields, the plan years and its series in them. */
function targetBlock(context: SheetContext, target: TargetReport, prefix: string): Row[] {
  const { labels, report, words } = context;
  const fieldHeaders: Readonly<Record<SummaryTargetsColumn, HeaderText>> = labels.summary.targets.columns;
  const seriesHeaders: Readonly<Record<PathwayColumn, HeaderText>> = labels.pathway.columns;
  // The heading runs over the empty cells to its right (the writer leaves it out of the widths).
  const heading = target.title === null ? target.id : `${target.id}: ${target.title}`;
  const rows: Row[] = [{ role: 'heading', type: 'text', cells: [heading] }];
  for (const id of fieldRows) {
    const spec = targetFields[id];
    const formula = withPrefix(spec.formula, prefix);
    rows.push({
      key: `${prefix}${id}`,
      type: spec.type,
      ...(formula === undefined ? {} : { formula }),
      ...(spec.colorBy === undefined ? {} : { colorBy: spec.colorBy }),
      cells: [label(fieldHeaders[id]), spec.value(target, labels)],
    });
  }
  // A target reached before the plan starts has no figures in the plan years.
  if (!report.planYears.some((year) => target.years.includes(year))) return rows;
  rows.push({ role: 'heading', type: 'year', cells: [words.summary.planYears, ...report.planYears] });
  for (const { id, type, series, formula, colorBy } of seriesRows) {
    const values: CellValue[] = report.planYears.map((year) => valueAt(target.years, series(target), year));
    const template = withPrefix(formula, prefix);
    rows.push({
      key: `${prefix}${id}`,
      type,
      ...(template === undefined ? {} : { formula: template }),
      ...(colorBy === undefined ? {} : { colorBy }),
      cells: [label(seriesHeaders[id]), ...values],
    });
  }
  return rows;
}

/** The workbook's label of a field: its sheet header where it has one. */
const label = (header: HeaderText) => header.sheet ?? header.full;

/** The cost block: the annualised cost of the measures on the Kostnader sheet, read from its total. */
function costBlock(context: SheetContext): Row[] {
  const { report, words } = context;
  const total = costedMeasures(report).reduce((sum, measure) => sum + measure.cost.annualised, 0);
  return [
    { role: 'heading', type: 'text', cells: [words.summary.costs] },
    { type: 'nok', formula: annualisedTotalName, cells: [words.summary.annualisedTotal, total] },
  ];
}

/** The figures worth a name: the row key in a block, the value column, the name's stem. */
function namedCells(planYears: readonly number[]): { key: string; column: string; stem: string }[] {
  const first = valueColumn(0);
  return [
    { key: 'base', column: first, stem: 'Base_emissions' },
    { key: 'level', column: first, stem: 'Target_level' },
    { key: 'latest', column: first, stem: 'Latest_emissions' },
    { key: 'projected_at_year', column: first, stem: 'Projected_emissions' },
    { key: 'cumulative_overshoot', column: first, stem: 'Overshoot' },
    ...planYears.flatMap((year, index) => [
      { key: 'gap', column: valueColumn(index), stem: `Gap_${year}` },
      { key: 'gap_decided', column: valueColumn(index), stem: `Gap_decided_${year}` },
      { key: 'coverage', column: valueColumn(index), stem: `Coverage_${year}` },
    ]),
  ];
}

/**
 * The longest name ending: an id's length (its schema's maxLength), so an ASCII id is never cut,
 * while one of letters whose compatibility form is several (Ⅷ → VIII, ﬃ → ffi) cannot push a
 * name past Excel's 255 characters (Gap_decided_2029_ + 100 + a counter).
 */
const maxSuffixLength = 100;

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
        .slice(0, maxSuffixLength)
        .replace(/^_+|_+$/g, '') || 'target';
    let suffix = base;
    for (let counter = 2; taken.has(suffix.toLowerCase()); counter++) suffix = `${base}_${counter}`;
    taken.add(suffix.toLowerCase());
    return suffix;
  });
}

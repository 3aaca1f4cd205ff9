import { labelsFor } from '../i18n/index.js';
import type { DiffLabels, Labels } from '../i18n/labels.js';
import type { Kind, Language, Rating, Scope, Status } from '../model/budget.js';
import { sectorLabel } from '../model/sectors.js';
import { isNumericType, type NumericCellType, numberFormatFor } from '../render/number-format.js';
import type { CellType, Row, Table } from '../render/table.js';
import { column } from '../render/tables/column.js';
import {
  type BudgetDiff,
  delta,
  differs,
  type FieldChange,
  hasChanges,
  type MeasureDiff,
  type YearValues,
} from './budget-diff.js';

/**
 * The tables of a diff (terminal and Markdown), each only when it has something to show: what
 * changed in the basis, the effect and gap before and now of each target whose figures moved, the
 * measures that changed, and the sums per year. Empty when nothing changed.
 */
export function diffTables(diff: BudgetDiff, language: Language): Table[] {
  if (!hasChanges(diff)) return [];
  const labels = labelsFor(language);
  const words = { diff: labels.diff, labels, language };
  return [
    ...(diff.basis.length > 0 ? [basisTable(diff, words)] : []),
    ...(diff.targets.some((target) => target.change !== 'unchanged') ? [targetsTable(diff, words)] : []),
    ...(diff.measures.length > 0 ? [measuresTable(diff, words)] : []),
    ...(diff.effect.some(differs) || diff.cost.some(differs) || diff.effectByScope.length > 1
      ? [totalsTable(diff, words)]
      : []),
    ...(diff.effectByScope.length > 1 && diff.effectByScope.some((scope) => scope.values.some(differs))
      ? [scopeEffectTable(diff, words)]
      : []),
  ];
}

interface Words {
  diff: DiffLabels;
  labels: Labels;
  language: Language;
}

function basisTable(diff: BudgetDiff, words: Words): Table {
  const text = words.diff.basis;
  const columns = [
    column('what', text.what, 'text', { wrap: true }),
    column('scope', text.scope, 'text'),
    column('old', text.old, 'text', { wrap: true }),
    column('new', text.new, 'text', { wrap: true }),
  ];
  const rows: Row[] = diff.basis.map((change) => ({
    cells: [
      words.diff.fields[change.field] ?? change.field,
      change.scope === null ? null : (words.labels.scope[change.scope as Scope] ?? change.scope),
      fieldValueText(change, 'old', words),
      fieldValueText(change, 'new', words),
    ],
  }));
  return { id: 'diff-basis', title: text.title, caption: text.caption, columns, rows };
}

function targetsTable(diff: BudgetDiff, words: Words): Table {
  const text = words.diff.targets;
  const columns = [
    column('target', text.target, 'id'),
    column('year', text.year, 'year'),
    column('effect_old', text.effectOld, 'tonnes', { priority: 2 }),
    column('effect_new', text.effectNew, 'tonnes'),
    column('gap_old', text.gapOld, 'tonnes'),
    column('gap_new', text.gapNew, 'tonnes'),
    column('gap_change', text.gapChange, 'tonnes', { colorBy: 'gap' }),
    column('coverage_old', text.coverageOld, 'ratio', { priority: 3 }),
    column('coverage_new', text.coverageNew, 'ratio', { priority: 3 }),
  ];
  const rows: Row[] = diff.targets
    .filter((target) => target.change !== 'unchanged')
    .flatMap((target) =>
      target.years.map((row) => ({
        cells: [
          target.id,
          row.year,
          row.effect.old,
          row.effect.new,
          row.gap.old,
          row.gap.new,
          delta(row.gap),
          row.coverage.old,
          row.coverage.new,
        ],
      })),
    );
  const unchanged = diff.targets.filter((target) => target.change === 'unchanged').map((target) => target.id);
  const notes = diff.targets.flatMap((target) => {
    if (target.change === 'added' || target.change === 'removed') return [text.onlyOneSide(target.id, target.change)];
    const lines: string[] = [];
    if (target.fields.length > 0) lines.push(text.definition(target.id, changesText(target.fields, words)));
    const { old: before, new: now } = target.meetsTarget;
    if (differs(target.meetsTarget) && before !== null && now !== null) {
      const yesNo = (value: boolean) => (value ? words.labels.yes : words.labels.no);
      const year = target.years.at(-1)?.year ?? 0;
      lines.push(text.meets(target.id, year, yesNo(before), yesNo(now)));
    }
    return lines;
  });
  if (unchanged.length > 0) notes.push(text.unchanged(unchanged));
  return {
    id: 'diff-targets',
    title: text.title,
    caption: text.caption,
    columns,
    rows,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function measuresTable(diff: BudgetDiff, words: Words): Table {
  const text = words.diff.measures;
  const planYears = diff.planYears;
  const start = planYears[0] as number;
  const end = planYears.at(-1) as number;
  const columns = [
    column('id', text.id, 'id'),
    column('title', text.measure, 'text', { priority: 2 }),
    column('change', text.change, 'text'),
    column('what', text.what, 'text', { wrap: true }),
    column('effect_change', text.effectChange(end), 'tonnes'),
    column('cost_change', text.costChange(start, end), 'nok', { priority: 3 }),
  ];
  const rows: Row[] = diff.measures.map((measure) => ({
    cells: [
      measure.id,
      measure.title,
      words.diff.change[measure.change],
      changesText(measure.fields, words) || null,
      contributionChange(measure.countedEffect, [end]),
      contributionChange(measure.countedCost, planYears),
    ],
  }));
  return { id: 'diff-measures', title: text.title, caption: text.counts(diff.measureCounts), columns, rows };
}

/** The change of a measure's contribution summed over `years`; an absent side contributes 0. */
function contributionChange(values: MeasureDiff['countedEffect'], years: readonly number[]): number {
  return values
    .filter((value) => years.includes(value.year))
    .reduce((sum, value) => sum + ((value.new ?? 0) - (value.old ?? 0)), 0);
}

function totalsTable(diff: BudgetDiff, words: Words): Table {
  const text = words.diff.totals;
  // With measures of several scopes the effects have a table per scope below: kroner only here.
  const withEffect = diff.effectByScope.length <= 1;
  const columns = [
    column('year', text.year, 'year'),
    ...(withEffect
      ? [
          column('effect_old', text.effectOld, 'tonnes'),
          column('effect_new', text.effectNew, 'tonnes'),
          column('effect_change', text.effectChange, 'tonnes'),
        ]
      : []),
    column('cost_old', text.costOld, 'nok', { priority: 2 }),
    column('cost_new', text.costNew, 'nok', { priority: 2 }),
    column('cost_change', text.costChange, 'nok', { priority: 2 }),
  ];
  const costs = new Map(diff.cost.map((value) => [value.year, value]));
  const rows: Row[] = diff.effect.map((effect) => {
    const cost = costs.get(effect.year) as YearValues;
    const effects = withEffect ? [effect.old, effect.new, delta(effect)] : [];
    return { cells: [effect.year, ...effects, cost.old, cost.new, delta(cost)] };
  });
  return { id: 'diff-totals', title: text.title, caption: text.caption, columns, rows };
}

/** The effect of each scope's counted measures before and now, per year: a sum per scope, never over scopes. */
function scopeEffectTable(diff: BudgetDiff, words: Words): Table {
  const text = words.diff.totals;
  return {
    id: 'diff-effect-by-scope',
    title: text.scopeTitle,
    columns: [
      column('scope', text.scope, 'text'),
      column('year', text.year, 'year'),
      column('effect_old', text.effectOld, 'tonnes'),
      column('effect_new', text.effectNew, 'tonnes'),
      column('effect_change', text.effectChange, 'tonnes'),
    ],
    rows: diff.effectByScope.flatMap(({ scope, values }) =>
      values.map((value) => ({
        cells: [words.labels.scope[scope], value.year, value.old, value.new, delta(value)],
      })),
    ),
  };
}

/** `status: foreslått → vedtatt; full effekt: 1 200 t → 1 500 t` (one side only: `status: vedtatt`). */
function changesText(fields: readonly FieldChange[], words: Words): string {
  return fields
    .map((change) => {
      const name = words.diff.fields[change.field] ?? change.field;
      const before = fieldValueText(change, 'old', words);
      const now = fieldValueText(change, 'new', words);
      if (change.old === null) return `${name}: ${now}`;
      if (change.new === null) return `${name}: ${before}`;
      return `${name}: ${before} → ${now}`;
    })
    .join('; ');
}

/** A field's value on one side as people read it, with its unit; absent as –. */
function fieldValueText(change: FieldChange, side: 'old' | 'new', words: Words): string {
  const value = change[side];
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? words.labels.yes : words.labels.no;
  const { type } = change;
  if (typeof value === 'number' && isNumericType(type as CellType)) {
    const numeric = type as NumericCellType;
    const shown = numberFormatFor(words.language).format(value, numeric);
    const unit =
      type === 'tonnes'
        ? words.diff.units.tonnes
        : type === 'nok'
          ? words.diff.units.nok
          : type === 'nokPerTonne'
            ? words.diff.units.nokPerTonne
            : undefined;
    // A no-break space keeps a number and its unit on one line where the text wraps.
    if (change.field === 'lifetime') return `${shown}\u00a0${words.diff.units.years}`;
    return unit === undefined ? shown : `${shown}\u00a0${unit}`;
  }
  const code = String(value);
  switch (type) {
    case 'status':
      return words.labels.status[code as Status] ?? code;
    case 'rating':
      return words.labels.rating[code as Rating] ?? code;
    case 'scope':
      return words.labels.scope[code as Scope] ?? code;
    case 'kind':
      return words.labels.kind[code as Kind] ?? code;
    case 'sector':
      return sectorLabel(code, words.language);
    case 'sectors':
      return listText(code, (id) => sectorLabel(id, words.language));
    case 'statuses':
      return listText(code, (id) => words.labels.status[id as Status] ?? id);
    case 'baselineMethod':
      return labelsFor(words.language).workbook.baselineMethods[code as 'flat' | 'growth' | 'explicit'] ?? code;
    default:
      return code;
  }
}

/** A comma-separated list of ids as names (`–` when empty). */
function listText(ids: string, name: (id: string) => string): string {
  return ids === '' ? '–' : ids.split(',').map(name).join(', ');
}

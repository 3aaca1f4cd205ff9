import type { BudgetReport } from '../../compute/budget-report.js';
import { valueInYear } from '../../compute/years.js';
import { municipalityByNumber } from '../../data/municipalities.js';
import { labelsFor } from '../../i18n/index.js';
import type { HeaderText, OverviewLabels } from '../../i18n/labels.js';
import type { Language, Scope } from '../../model/budget.js';
import type { CellType, Column, Table } from '../table.js';
import { type CellsById, cellsCatalogue, type View, viewTable } from './catalogue.js';
import { headlineTarget } from './sheet-context.js';

/** One budget folder of a `report` batch. */
export interface OverviewEntry {
  /** The folder as it was given. */
  dir: string;
  /** The name its documents got: `<name>.html`, `<name>.xlsx`, `<name>.md`. */
  name: string;
  /** The computed budget; absent when the folder failed (or when `figures` stand for it). */
  report?: BudgetReport;
  /** The figures of its row, instead of the whole report (a batch keeps only these per budget). */
  figures?: OverviewFigures;
}

/** What the overview shows of a budget: its row's figures, small enough to keep for thousands. */
export interface OverviewFigures {
  municipality: string;
  number: string | null;
  /** The county of the municipality number (data/municipalities.csv), null when unknown. */
  county: string | null;
  planStart: number;
  planEnd: number;
  target: string | null;
  targetYear: number | null;
  baseYear: number | null;
  scope: Scope | null;
  /** The headline target's sectors, in sector order. */
  sectors: readonly string[];
  latestYear: number | null;
  latest: number | null;
  changePct: number | null;
  level: number | null;
  gapDecided: number | null;
  gap: number | null;
  coverage: number | null;
  measures: number;
}

/** The figures of a budget's overview row: those of the target its plan works towards. */
export function overviewFigures(report: BudgetReport): OverviewFigures {
  const { municipality, planPeriod } = report;
  const target = headlineTarget(report.targets, planPeriod.start);
  const progress = target?.progress;
  const atPlanEnd = (values: readonly (number | null)[] | undefined) =>
    target === undefined || values === undefined ? null : (valueInYear(target.years, values, planPeriod.end) ?? null);
  const number = municipality.number ?? null;
  return {
    municipality: municipality.name,
    number,
    county: number === null ? null : (municipalityByNumber(number)?.county ?? null),
    planStart: planPeriod.start,
    planEnd: planPeriod.end,
    target: target?.id ?? null,
    targetYear: target?.year ?? null,
    baseYear: target?.baseYear ?? null,
    scope: target?.scope ?? null,
    sectors: target?.sectors ?? [],
    latestYear: progress?.latestYear ?? null,
    latest: progress?.latest ?? null,
    changePct: progress?.achievedPct == null ? null : -progress.achievedPct,
    level: target?.level ?? null,
    gapDecided: atPlanEnd(target?.decided.gap),
    gap: atPlanEnd(target?.gap),
    coverage: atPlanEnd(target?.coverage),
    measures: report.measures.filter((measure) => measure.counted).length,
  };
}

/** An entry's figures: those kept, or those of its report; none for a failed folder. */
function figuresOf(entry: OverviewEntry): OverviewFigures | undefined {
  return entry.figures ?? (entry.report === undefined ? undefined : overviewFigures(entry.report));
}

/** A column of the overview of a batch or of its county totals. */
type OverviewColumn =
  | 'municipality'
  | 'number'
  | 'plan'
  | 'target'
  | 'base_year'
  | 'target_year'
  | 'latest_year'
  | 'latest'
  | 'change_pct'
  | 'level'
  | 'gap_decided'
  | 'gap'
  | 'coverage'
  | 'measures'
  | 'status'
  | 'html'
  | 'xlsx'
  | 'md'
  | 'county'
  | 'scope'
  | 'budgets'
  | 'note';

/** A column of a type; the overview's columns carry no formula. */
const spec = (type: CellType, extra: Pick<Column, 'colorBy' | 'link'> = {}) => ({ type, ...extra });

/**
 * The columns of the overview and of the county totals, said once: both tables are views. The
 * municipality's name links to its HTML report, the document columns to their documents.
 */
const overviewColumns = cellsCatalogue<OverviewColumn>({
  municipality: spec('text', { link: 'html' }),
  number: spec('id'),
  plan: spec('text'),
  target: spec('id'),
  base_year: spec('year'),
  target_year: spec('year'),
  latest_year: spec('year'),
  latest: spec('tonnes'),
  change_pct: spec('percent'),
  level: spec('tonnes'),
  gap_decided: spec('tonnes', { colorBy: 'gap' }),
  gap: spec('tonnes', { colorBy: 'gap' }),
  coverage: spec('ratio'),
  measures: spec('integer'),
  status: spec('text'),
  html: spec('text', { link: 'html' }),
  xlsx: spec('text', { link: 'xlsx' }),
  md: spec('text', { link: 'md' }),
  county: spec('text'),
  scope: spec('text'),
  budgets: spec('integer'),
  note: spec('text'),
});

/** The headers of the overview's columns, by id, in a language. */
function overviewHeaders(words: OverviewLabels): Record<OverviewColumn, HeaderText> {
  const { columns: text, county } = words;
  const full = (header: string): HeaderText => ({ full: header });
  return {
    municipality: full(text.municipality),
    number: full(text.number),
    plan: full(text.plan),
    target: full(text.target),
    base_year: full(county.baseYear),
    target_year: full(text.targetYear),
    latest_year: full(text.latestYear),
    latest: full(text.latest),
    change_pct: full(text.change),
    level: full(text.level),
    gap_decided: full(text.gapDecided),
    gap: full(text.gap),
    coverage: full(text.coverage),
    measures: full(text.measures),
    status: full(text.status),
    html: full(text.html),
    xlsx: full(text.xlsx),
    md: full(text.md),
    county: full(county.county),
    scope: full(county.scope),
    budgets: full(county.budgets),
    note: full(county.note),
  };
}

/** A view of the overview's columns, as a listing (terminal, CSV, Markdown, HTML and index.xlsx alike). */
const overviewView = (ids: readonly OverviewColumn[]): View<OverviewColumn> => ({ kind: 'listing', ids });

/**
 * The overview of a batch (`report`'s index): one row per budget folder with the headline figures
 * of the target its plan works towards (latest emissions, change, emission limit, the gap with
 * decided measures and with proposals, and coverage in the last plan year) and links to its three
 * documents; failed folders are listed too. The number and status columns appear only when some
 * row has one.
 */
export function buildOverviewTable(entries: readonly OverviewEntry[], language: Language): Table {
  const words = labelsFor(language).overview;
  const figures = entries.map(figuresOf);
  const anyFailed = figures.some((item) => item === undefined);
  const anyNumber = figures.some((item) => item?.number);
  const view = overviewView([
    'municipality',
    ...(anyNumber ? (['number'] as const) : []),
    ...(['plan', 'target', 'base_year', 'target_year', 'latest_year', 'latest', 'change_pct', 'level'] as const),
    ...(['gap_decided', 'gap', 'coverage', 'measures'] as const),
    ...(anyFailed ? (['status'] as const) : []),
    ...(['html', 'xlsx', 'md'] as const),
  ]);
  const rows = entries.map((entry, index): CellsById<OverviewColumn> => {
    const item = figures[index];
    if (item === undefined) return { municipality: entry.dir, status: words.failed };
    return {
      municipality: item.municipality,
      number: item.number,
      plan: `${item.planStart}–${item.planEnd}`,
      target: item.target,
      base_year: item.baseYear,
      target_year: item.targetYear,
      latest_year: item.latestYear,
      latest: item.latest,
      change_pct: item.changePct,
      level: item.level,
      gap_decided: item.gapDecided,
      gap: item.gap,
      coverage: item.coverage,
      measures: item.measures,
      status: words.written,
      html: `${entry.name}.html`,
      xlsx: `${entry.name}.xlsx`,
      md: `${entry.name}.md`,
    };
  });
  return {
    id: 'overview',
    title: words.tableTitle,
    caption: words.caption(figures.filter((item) => item !== undefined).length, entries.length),
    ...viewTable(overviewColumns, view, overviewHeaders(words), rows, null),
    notes: words.notes,
  };
}

const countyView = overviewView([
  ...(['county', 'scope', 'budgets', 'latest_year', 'latest', 'target_year', 'level'] as const),
  ...(['gap_decided', 'gap', 'note'] as const),
]);

/**
 * County totals of a batch: per county and scope, the sums of the budgets' headline figures
 * (latest emissions, limits, gaps in the last plan year). Tonnes are added only where they mean
 * one thing: the budgets' headline targets cover the same sectors, and their latest year, target
 * year and last plan year agree; otherwise the row says why it has no sums. Null when no budget
 * was written.
 */
export function buildCountyTable(entries: readonly OverviewEntry[], language: Language): Table | null {
  const words = labelsFor(language).overview;
  const scopeNames = labelsFor(language).scope;
  const written = entries
    .map(figuresOf)
    .filter((item): item is OverviewFigures => item !== undefined && item.scope !== null);
  if (written.length === 0) return null;
  const groups = new Map<string, OverviewFigures[]>();
  for (const item of written) {
    const key = `${item.county ?? ''}\u0000${item.scope}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const sortedKeys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = sortedKeys.map((key): CellsById<OverviewColumn> => {
    const items = groups.get(key) as OverviewFigures[];
    const first = items[0] as OverviewFigures;
    const differs = (of: (item: OverviewFigures) => unknown) => items.some((item) => of(item) !== of(first));
    const why = differs((item) => item.sectors.join(','))
      ? words.county.differentSectors
      : differs((item) => item.latestYear)
        ? words.county.differentLatestYears
        : differs((item) => item.targetYear)
          ? words.county.differentTargetYears
          : differs((item) => item.planEnd)
            ? words.county.differentPlanEnds
            : null;
    const sum = (of: (item: OverviewFigures) => number | null) =>
      why !== null || items.some((item) => of(item) === null)
        ? null
        : items.reduce((total, item) => total + (of(item) ?? 0), 0);
    return {
      county: first.county ?? words.county.unknown,
      scope: scopeNames[first.scope as Scope],
      budgets: items.length,
      latest_year: why === null ? first.latestYear : null,
      latest: sum((item) => item.latest),
      target_year: why === null ? first.targetYear : null,
      level: sum((item) => item.level),
      gap_decided: sum((item) => item.gapDecided),
      gap: sum((item) => item.gap),
      note: why ?? words.county.summed(first.planEnd),
    };
  });
  return {
    id: 'county-totals',
    title: words.county.title,
    caption: words.county.caption,
    ...viewTable(overviewColumns, countyView, overviewHeaders(words), rows, null),
    notes: [],
  };
}

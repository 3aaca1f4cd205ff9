import type { Severity } from '../diagnostics/diagnostic.js';
import type { FactorBasis, Kind, Language, Rating, Scope, Status } from '../model/budget.js';

/**
 * A column header: the full text (CSV, Markdown, workbook), and optionally a shorter one for a
 * narrow terminal.
 */
export interface HeaderText {
  full: string;
  short?: string;
  /** The workbook's header, where it says more than `full` (a sheet stands alone). */
  sheet?: string;
}

/** Labels of one table: its title, an optional caption and one header per column id. */
export interface TableLabels<ColumnId extends string> {
  title: string;
  caption?: string;
  columns: Record<ColumnId, HeaderText>;
}

/** The headers of a table whose title is built from data. */
export interface ColumnLabels<ColumnId extends string> {
  caption?: string;
  columns: Record<ColumnId, HeaderText>;
}

export type SummaryTargetsColumn =
  | 'target'
  | 'scope'
  | 'base_year'
  | 'base'
  | 'year'
  | 'reduction'
  | 'level'
  | 'latest_year'
  | 'latest'
  | 'change_pct'
  | 'target_pct'
  | 'achieved'
  | 'progress'
  | 'on_track'
  | 'required_annual'
  | 'projected_at_year'
  | 'meets_target'
  | 'cumulative_overshoot';
export type SummaryPlanColumn = 'target' | 'year' | 'need' | 'effect' | 'gap_decided' | 'gap' | 'coverage';
export type SummaryTopColumn = 'id' | 'title' | 'status' | 'effect' | 'share';
export type PathwayColumn =
  | 'target'
  | 'year'
  | 'actual'
  | 'baseline'
  | 'effect'
  | 'effect_low'
  | 'effect_high'
  | 'projected'
  | 'path'
  | 'gap_decided'
  | 'gap'
  | 'need'
  | 'coverage'
  | 'effect_decided'
  | 'coverage_decided';
export type MeasuresColumn =
  | 'id'
  | 'title'
  | 'sector'
  | 'source'
  | 'scope'
  | 'responsible'
  | 'status'
  | 'current_status'
  | 'rating'
  | 'kind'
  | 'counted'
  | 'start'
  | 'full_effect'
  | 'end'
  | 'explicit_phase'
  | 'full_effect_t'
  | 'revised_t'
  | 'revised_from'
  | 'investment'
  | 'investment_year'
  | 'annual'
  | 'lifetime'
  | 'annualised'
  | 'nok_per_t'
  | 'factors'
  | 'overlap_group'
  | 'indicators'
  | 'tags'
  | 'description'
  | 'assumptions'
  | 'references';
export type MeasureGroupColumn = 'measures';
export type ProgressColumn =
  | 'target'
  | 'year'
  | 'base_year'
  | 'base'
  | 'latest_year'
  | 'latest'
  | 'level'
  | 'achieved_pct'
  | 'progress_ratio'
  | 'on_track'
  | 'required_annual_t'
  | 'required_annual_rate_pct'
  | 'projected_at_year'
  | 'meets_target'
  | 'cumulative_overshoot';
/**
 * The follow-up columns: `indicator` is the listing's reported indicator (its title, else its id);
 * `indicator_id` and `indicator_title` are the sheet's defined indicator, id and title apart.
 */
export type FollowUpColumn =
  | 'id'
  | 'title'
  | 'responsible'
  | 'status'
  | 'current_status'
  | 'rating'
  | 'rating_basis'
  | 'period'
  | 'date'
  | 'revised_t'
  | 'indicator'
  | 'indicator_id'
  | 'indicator_title'
  | 'unit'
  | 'indicator_baseline'
  | 'indicator_target'
  | 'target_year'
  | 'value'
  | 'expected'
  | 'progress'
  | 'comment';
export type CostsByYearColumn = 'year' | 'investment' | 'annual' | 'total';
export type CostsByResponsibleColumn = 'responsible' | 'total';
export type CostsMeasuresColumn =
  | 'id'
  | 'title'
  | 'responsible'
  | 'status'
  | 'investment'
  | 'investment_year'
  | 'annual'
  | 'lifetime'
  | 'annualised'
  | 'full_effect_t'
  | 'nok_per_t'
  | 'rank';
export type AbatementColumn = 'rank' | 'id' | 'title' | 'sector' | 'nok_per_t' | 'width_t' | 'cumulative_t';
export type FactorsColumn =
  | 'id'
  | 'name'
  | 'unit'
  | 'year'
  | 'kg_co2e'
  | 'basis'
  | 'gases'
  | 'builtin'
  | 'local'
  | 'used_by'
  | 'source'
  | 'url'
  | 'note';
export type ChecksColumn = 'severity' | 'code' | 'file' | 'line' | 'column' | 'message' | 'hint';
export type SourcesColumn = 'kind' | 'subject' | 'source' | 'vintage' | 'gwp' | 'file' | 'url' | 'note';

/** What a measure table can be grouped by (`measures --by`). */
export type MeasureGrouping = 'sector' | 'responsible' | 'status' | 'scope';

/**
 * Every word the outputs show, in one language. Adding a label here makes each language file fail
 * to compile until it has it.
 */
export interface Labels {
  language: Language;
  /** BCP 47 locale for Intl.NumberFormat. */
  locale: string;
  yes: string;
  no: string;
  /** Shown instead of a table without rows. */
  noRows: string;
  units: {
    /** tonnes CO2e */
    tonnes: string;
    /** Norwegian kroner */
    nok: string;
  };
  status: Record<Status, string>;
  kind: Record<Kind, string>;
  rating: Record<Rating, string>;
  scope: Record<Scope, string>;
  basis: Record<FactorBasis, string>;
  words: {
    target: string;
    emissionLimit: string;
    baseline: string;
    projected: string;
    need: string;
    gap: string;
    coverage: string;
    effect: string;
    /** Label of the total row of measures and groups. */
    countedTotal: string;
    /** Label of an ordinary total row. */
    total: string;
    /** The group of measures without a responsible. */
    noResponsible: string;
    /** Label of the total row of one scope's measures, when a table holds several scopes. */
    countedTotalFor: (scope: string) => string;
    /** Label of an ordinary total row of one scope. */
    totalFor: (scope: string) => string;
    /** Label of the row that sums costs over every scope (tonnes are never summed across scopes). */
    costsAllScopes: string;
    /** Under a table of tonnes that holds several scopes. */
    scopesApart: string;
  };
  /** A terminal note naming the columns left out at this width. */
  hiddenColumns: (headers: readonly string[]) => string;
  /** The heading of a whole report (Markdown export). */
  documentTitle: (municipality: string, start: number, end: number) => string;
  /** Which inventory the emission figures come from: each file's source (else its path) and vintage. */
  inventoryNote: (sources: readonly { source: string; vintage: string | null }[]) => string;
  summary: {
    targets: ColumnLabels<SummaryTargetsColumn> & {
      titleFor: (municipality: string, start: number, end: number) => string;
    };
    plan: TableLabels<SummaryPlanColumn>;
    top: ColumnLabels<SummaryTopColumn> & {
      titleFor: (year: number) => string;
      /** The title when each target lists its own measures (several targets). */
      titleForTargets: (year: number) => string;
      effectIn: (year: number) => HeaderText;
      /** The target column, when each target lists its own measures. */
      target: HeaderText;
      /** What the share of a target's own measures is a share of. */
      shareOfTarget: HeaderText;
    };
    noTargets: string;
    noMeasures: string;
  };
  pathway: ColumnLabels<PathwayColumn> & {
    titleFor: (target: string) => string;
    captionFor: (parts: {
      title: string | null;
      base: string;
      baseYear: number;
      level: string;
      year: number;
      pct: string | null;
    }) => string;
    scopeTitleFor: (scope: string) => string;
    pathNote: (from: 'latest' | 'base', milestones: readonly number[]) => string;
    coverageNote: string;
    /** What the gap with decided measures and the gap with proposals count (SPEC §5.4). */
    decidedNote: string;
  };
  measures: TableLabels<MeasuresColumn> & {
    effectIn: (year: number) => HeaderText;
    lowIn: (year: number) => HeaderText;
    highIn: (year: number) => HeaderText;
    notCountedNote: string;
    /** Under a table that holds measures of several scopes: how its sums are made. */
    scopeSumNote: string;
  };
  groups: ColumnLabels<MeasureGroupColumn> & {
    titleFor: Record<MeasureGrouping, string>;
    groupHeader: Record<MeasureGrouping, HeaderText>;
  };
  progress: TableLabels<ProgressColumn> & { onTrackNote: string };
  followUp: TableLabels<FollowUpColumn>;
  costsByYear: TableLabels<CostsByYearColumn>;
  costsByResponsible: TableLabels<CostsByResponsibleColumn>;
  costsMeasures: TableLabels<CostsMeasuresColumn> & { unknownCostNote: string };
  abatement: TableLabels<AbatementColumn>;
  factors: TableLabels<FactorsColumn> & {
    kgIn: (year: number) => HeaderText;
    valuesNote: (id: string, values: string) => string;
    noMatch: (search: string) => string;
  };
  /** The workbook's own words: sheet titles, captions, headers, page footers. */
  workbook: WorkbookLabels;
  /** The HTML report's words the tables do not carry: sections, charts, key figures. */
  html: HtmlLabels;
  /** The words of `report`'s overview of a batch. */
  overview: OverviewLabels;
  /** The words of `diff`. */
  diff: DiffLabels;
}

/**
 * The words of the Excel workbook in the budget's language: sheet titles, captions and column
 * headers. Coded values (statuses, ratings, scopes, yes/no …) come from the shared labels of
 * `labelsFor()`, so the workbook names them as every other output does.
 */
export interface WorkbookLabels {
  /** The workbook's title (document properties, page footers). */
  workbookTitle: (municipality: string, start: number, end: number) => string;
  /** Page footer, right: Excel's &P (page) and &N (pages). */
  pageOfPages: string;
  severities: Record<Severity, string>;
  ratingBases: Record<'manual' | 'status' | 'indicators', string>;
  baselineMethods: Record<'flat' | 'growth' | 'explicit', string>;
  /** The first line under each sheet title: who, which plan, which unit. */
  planLine: (municipality: string, start: number, end: number, horizon: number) => string;
  summary: {
    title: string;
    caption: string;
    /**
     * The blocks' labels are `Labels.summary.targets.columns` and `Labels.pathway.columns` (their
     * `sheet` variant), but for these.
     */
    /** The header over the labels. */
    field: string;
    /** The label of the row of plan years over a block's figures per year. */
    planYears: string;
    /** The heading of the cost block, and its annualised cost of the measures on the Kostnader sheet. */
    costs: string;
    annualisedTotal: string;
    /** The defined names' note: the headline target, one of its names, and that name with the target's ending. */
    namesNote: (target: string, name: string, own: string) => string;
  };
  /** The Forutsetninger sheet: the assumptions the formulas read, as named input cells. */
  assumptions: {
    title: string;
    caption: string;
    columns: { assumption: HeaderText; value: HeaderText; used: HeaderText };
    discountRate: string;
    /** Where the discount rate is used. */
    discountRateUse: string;
    /** How to test another value, and what is not recalculated. */
    note: string;
  };
  pathway: {
    title: string;
    caption: string;
    /** The sheet's headers are `Labels.pathway.columns` (their `sheet` variant). */
  };
  measures: {
    title: string;
    caption: string;
    /** The sheet's headers are `Labels.measures.columns` (their `sheet` variant), but for these. */
    effect: (year: number) => string;
    effectLow: (year: number) => string;
    effectHigh: (year: number) => string;
    totalCounted: string;
    totalNotCounted: string;
    note: string;
  };
  sectors: {
    title: string;
    caption: string;
    sector: string;
    sectorId: string;
    total: string;
  };
  responsible: {
    title: string;
    caption: string;
    responsible: string;
    measures: string;
    effect: (year: number) => string;
    cost: (year: number) => string;
    total: string;
  };
  costs: {
    title: string;
    caption: string;
    /** The sheet's headers are `Labels.costsMeasures.columns` (their `sheet` variant). */
    cost: (year: number) => string;
    total: string;
    note: (discountRate: string) => string;
    unknownNote: string;
    unknownExcluded: string;
  };
  followUp: {
    title: string;
    caption: string;
    /** The sheet's headers are `Labels.followUp.columns` (their `sheet` variant). */
  };
  /** The Faktorer sheet; its headers are those of `Labels.factors.columns`. */
  factors: {
    title: string;
    caption: string;
  };
  sources: {
    title: string;
    caption: string;
    columns: Record<SourcesColumn, HeaderText>;
    inventory: string;
    baseline: string;
    factor: string;
    reference: string;
    assumption: string;
    baselineMethod: (method: string) => string;
  };
  checks: {
    title: string;
    caption: string;
    columns: Record<ChecksColumn, HeaderText>;
    none: string;
  };
}

/** Words of the HTML report that the tables do not carry: sections, charts, key figures. */
export interface HtmlLabels {
  sections: {
    keyFigures: string;
    pathways: string;
    sectors: string;
    abatement: string;
    measures: string;
    followUp: string;
    sources: string;
  };
  /** One line under each chart: what it shows. */
  chartNotes: {
    pathway: string;
    sectors: string;
    abatement: string;
  };
  /** The pathway's series; with its projection with decided measures only, its low–high band, its marks. */
  series: {
    actual: string;
    baseline: string;
    path: string;
    projected: string;
    decided: string;
    range: string;
    milestone: string;
    target: string;
  };
  /** The gap bridge of a target: its section, its steps, and the table of its figures. */
  bridge: {
    section: string;
    heading: (target: string) => string;
    note: string;
    baseline: string;
    projected: string;
    limit: string;
    gap: string;
    /** The figures table: its step column, and its caption. */
    step: string;
    caption: string;
  };
  /** The measure table split in two, so every column shows on a laptop screen: who/status/when, then effect/cost. */
  measuresEffects: string;
  measuresCosts: string;
  axes: { tonnes: string; tonnesPerYear: string; cumulativeTonnes: string; nokPerTonne: string };
  /** Key figures of a target, by the last plan year. */
  cards: {
    /** The gap with decided measures only (SPEC §5.4). */
    gapDecided: (year: number) => string;
    /** The gap with the proposals too. */
    gap: (year: number) => string;
    coverage: (year: number) => string;
    achieved: string;
    onTrack: string;
  };
  noAbatement: string;
  noEffects: string;
  /** The folded table under a pathway chart: the figures it is drawn from. */
  figuresBehind: string;
  /** The last line of the report. */
  footer: (version: string) => string;
}

/** The words of `report`'s overview (index.html, index.md): one row per budget folder of the batch. */
export interface OverviewLabels {
  /** The document's heading. */
  title: string;
  /** The overview table's heading. */
  tableTitle: string;
  caption: (written: number, total: number) => string;
  columns: {
    municipality: string;
    number: string;
    plan: string;
    target: string;
    targetYear: string;
    latestYear: string;
    latest: string;
    change: string;
    level: string;
    /** The gap with decided measures only (SPEC §5.4). */
    gapDecided: string;
    /** The gap with the proposals too. */
    gap: string;
    coverage: string;
    measures: string;
    status: string;
    html: string;
    xlsx: string;
    md: string;
  };
  written: string;
  failed: string;
  notes: string[];
  footer: (version: string) => string;
  /** The base year column and the county totals under the overview. */
  county: CountyLabels;
}

/** The words of the county totals under the overview. */
export interface CountyLabels {
  baseYear: string;
  title: string;
  caption: string;
  county: string;
  scope: string;
  budgets: string;
  note: string;
  unknown: string;
  summed: (planEnd: number) => string;
  differentSectors: string;
  differentLatestYears: string;
  differentTargetYears: string;
  differentPlanEnds: string;
}

/** Words of `diff`: titles, headers, the names of fields and of the kinds of change. */
export interface DiffLabels {
  /** The document title: which budget, from which side to which. */
  title: (municipality: string, older: string, newer: string) => string;
  /** Names the working tree as a side of a git diff. */
  workingTree: string;
  /** Said when no figure, field or measure differs. */
  noChanges: (older: string, newer: string) => string;
  /** A kind of change, as a table cell. */
  change: Record<'added' | 'removed' | 'changed', string>;
  /** The name of each compared field, by its id. */
  fields: Record<string, string>;
  /** The suffixes of values with a unit. */
  units: { tonnes: string; nok: string; nokPerTonne: string; years: string };
  basis: { title: string; caption: string; what: HeaderText; scope: HeaderText; old: HeaderText; new: HeaderText };
  targets: {
    title: string;
    caption: string;
    target: HeaderText;
    year: HeaderText;
    effectOld: HeaderText;
    effectNew: HeaderText;
    gapOld: HeaderText;
    gapNew: HeaderText;
    gapChange: HeaderText;
    coverageOld: HeaderText;
    coverageNew: HeaderText;
    /** A note on a target added or removed. */
    onlyOneSide: (target: string, change: 'added' | 'removed') => string;
    /** A note listing a target's changed definition. */
    definition: (target: string, changes: string) => string;
    /** A note on whether the projection meets the target. */
    meets: (target: string, year: number, older: string, newer: string) => string;
    /** A note naming the targets whose figures did not change. */
    unchanged: (targets: readonly string[]) => string;
  };
  measures: {
    title: string;
    /** The caption: how many measures changed in which way. */
    counts: (counts: { added: number; removed: number; changed: number; unchanged: number }) => string;
    id: HeaderText;
    measure: HeaderText;
    change: HeaderText;
    what: HeaderText;
    effectChange: (year: number) => HeaderText;
    costChange: (start: number, end: number) => HeaderText;
  };
  totals: {
    title: string;
    caption: string;
    year: HeaderText;
    effectOld: HeaderText;
    effectNew: HeaderText;
    effectChange: HeaderText;
    costOld: HeaderText;
    costNew: HeaderText;
    costChange: HeaderText;
    /** The title of the effects per scope, when the measures are of several scopes. */
    scopeTitle: string;
    scope: HeaderText;
  };
}

import type { FactorBasis, Kind, Language, Rating, Scope, Status } from '../model/budget.js';

/**
 * A column header: the full text (CSV, Markdown, workbook), and optionally a shorter one for a
 * narrow terminal.
 */
export interface HeaderText {
  full: string;
  short?: string;
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
  | 'base_year'
  | 'base'
  | 'latest_year'
  | 'latest'
  | 'change_pct'
  | 'target_pct'
  | 'on_track'
  | 'meets_target';
export type SummaryPlanColumn = 'target' | 'year' | 'need' | 'effect' | 'gap_decided' | 'gap' | 'coverage';
export type SummaryTopColumn = 'id' | 'title' | 'status' | 'effect' | 'share';
export type PathwayColumn =
  | 'year'
  | 'actual'
  | 'baseline'
  | 'effect'
  | 'projected'
  | 'path'
  | 'gap_decided'
  | 'gap'
  | 'need'
  | 'coverage';
export type MeasuresColumn =
  | 'id'
  | 'title'
  | 'sector'
  | 'responsible'
  | 'scope'
  | 'status'
  | 'current_status'
  | 'kind'
  | 'counted'
  | 'start'
  | 'full_effect'
  | 'end'
  | 'annualised'
  | 'nok_per_t'
  | 'rating';
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
export type FollowUpColumn =
  | 'id'
  | 'title'
  | 'current_status'
  | 'rating'
  | 'period'
  | 'indicator'
  | 'unit'
  | 'value'
  | 'expected'
  | 'comment';
export type CostsByYearColumn = 'year' | 'investment' | 'annual' | 'total';
export type CostsByResponsibleColumn = 'responsible' | 'total';
export type CostsMeasuresColumn =
  | 'id'
  | 'title'
  | 'responsible'
  | 'investment'
  | 'investment_year'
  | 'annual'
  | 'lifetime'
  | 'annualised'
  | 'full_effect_t'
  | 'nok_per_t';
export type AbatementColumn = 'rank' | 'id' | 'title' | 'sector' | 'nok_per_t' | 'width_t' | 'cumulative_t';
export type FactorsColumn = 'id' | 'name' | 'unit' | 'kg_co2e' | 'basis' | 'source' | 'url' | 'local' | 'used_by';

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
}

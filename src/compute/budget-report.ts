import type {
  Indicator,
  InventorySource,
  Kind,
  Measure,
  Rating,
  Scope,
  Status,
  Target,
  Trajectory,
} from '../model/budget.js';
import type { Category } from '../model/sectors.js';

/**
 * The fully computed budget: the one model every output (terminal tables, CSV, Markdown, JSON,
 * Excel, HTML) draws on. Full precision, nothing rounded. Series are plain arrays aligned with the
 * `years` of the table that holds them (`values[index]` belongs to `years[index]`). Order is
 * deterministic: years ascending, sectors in sector order (SPEC §4.1), scopes and statuses in
 * model order, ids and responsibles in code-unit order.
 */
export interface BudgetReport {
  /** Municipality name and 4-digit number (null when not written). */
  municipality: { name: string; number: string | null };
  /** Unit of every emission quantity in the report. */
  unit: 't CO2e';
  /** The HØP years as written. */
  planPeriod: { start: number; end: number };
  /** Last year of the report's columns. */
  horizon: number;
  /** Plan start … horizon: the columns of measure series, totals and costs. */
  years: readonly number[];
  /** Plan start … plan end: the budget years proper. */
  planYears: readonly number[];
  /** Discount rate used for annualised costs. */
  discountRate: number;
  /** Statuses whose measures are counted, in status order. */
  countStatuses: readonly Status[];
  /** Trajectory of the target paths (SPEC §5.4). */
  trajectory: Trajectory;
  /** The categories the manifest declares for the own_operations and indirect scopes (SPEC §2.1), in declared order. */
  categories: readonly Category[];
  /** Scopes that have an inventory, in scope order. */
  scopes: readonly ScopeReport[];
  /** Targets in manifest order. */
  targets: readonly TargetReport[];
  /** Every measure, sorted by sector order, then id. */
  measures: readonly MeasureReport[];
  /** Effects of counted measures per report year, grouped (SPEC §5.6). */
  totals: EffectTotals;
  /** Costs of measures with a counted status per report year (SPEC §5.5). */
  costs: CostTotals;
  /** Counted measures with a cost per tonne, cheapest first (SPEC §5.5). */
  abatementCurve: readonly AbatementStep[];
}

/** One row of a table: a key and its values aligned with the table's years. */
export interface SeriesRow<Key> {
  /** What the row is about (a sector id, a responsible, a status, a scope). */
  key: Key;
  /** One value per year of the table. */
  values: readonly number[];
}

/** Values per year and sector, with the sum over sectors. */
export interface SectorTable {
  /** The table's years, ascending. */
  years: readonly number[];
  /** Sum over sectors, per year. */
  total: readonly number[];
  /** One row per sector, in sector order. */
  bySector: readonly SeriesRow<string>[];
}

/** Effects of counted measures per year and sector, with the low/high range of the total. */
export interface EffectTable extends SectorTable {
  /** Sum of the low estimates, per year. */
  low: readonly number[];
  /** Sum of the high estimates, per year. */
  high: readonly number[];
}

/** Inventory values: years are the inventory's, and a sector may be absent in a year (null). */
export interface ActualTable {
  /** Inventory years, ascending (not necessarily consecutive). */
  years: readonly number[];
  /** Sum over the sectors present, per year. */
  total: readonly number[];
  /** One row per sector that appears in any year, in sector order; null where absent. */
  bySector: readonly { key: string; values: readonly (number | null)[] }[];
}

/** One scope (territorial, own operations, indirect) with an inventory. */
export interface ScopeReport {
  /** The scope. */
  scope: Scope;
  /** L(scope): the latest inventory year. */
  latestYear: number;
  /** Sectors of the baseline and projected tables: inventory, baseline file and counted measures. */
  sectors: readonly string[];
  /** Inventory years (SPEC §5.1). */
  actual: ActualTable;
  /** L+1 … horizon (SPEC §5.3). */
  baseline: SectorTable;
  /** L+1 … horizon; rows only for sectors with counted measures of the scope. */
  effect: EffectTable;
  /** L+1 … horizon: baseline − effect per sector (the tiltaksbane). */
  projected: SectorTable;
  /** How the baseline was built. */
  baselineMethod: 'flat' | 'growth' | 'explicit';
  /** The baseline file's `source`, null without a file or source. */
  baselineSource: string | null;
  /** The inventory files behind the actuals (provenance). */
  inventoryFiles: readonly InventorySource[];
}

/** A target with its path (utslippsramme) and all series of SPEC §5.4. */
export interface TargetReport extends Pick<Target, 'id' | 'title' | 'scope' | 'baseYear' | 'year' | 'reductionPct'> {
  /** Trajectory of `path`. */
  trajectory: Trajectory;
  /** Covered sectors C, in sector order. */
  sectors: readonly string[];
  /** Σ_C actual(base year). */
  base: number;
  /** Target level in tonnes. */
  level: number;
  /** Milestones with their level in tonnes, ascending. */
  milestones: readonly { year: number; level: number }[];
  /** The points the path runs through, ascending. */
  anchors: readonly { year: number; value: number }[];
  /** Σ_C actual per inventory year (for pathway charts). */
  actual: { years: readonly number[]; values: readonly number[] };
  /** L+1 … target year: the years of every series below. */
  years: readonly number[];
  /** Path (utslippsramme). */
  path: readonly number[];
  /** Σ_C baseline. */
  baseline: readonly number[];
  /** Σ_C projected. */
  projected: readonly number[];
  /** Σ_C baseline − path. */
  need: readonly number[];
  /** Σ E of counted measures of the scope in C. */
  effect: readonly number[];
  /** Sum of the low effect estimates in C. */
  effectLow: readonly number[];
  /** Sum of the high effect estimates in C. */
  effectHigh: readonly number[];
  /** Σ_C projected − path (positive: reductions still missing). */
  gap: readonly number[];
  /** effect / need, null when need ≤ 0. */
  coverage: readonly (number | null)[];
  /** The same series with the decided measures only: what the council has adopted, without proposals. */
  decided: DecidedSeries;
  /** Progress figures. */
  progress: TargetProgress;
}

/**
 * A target's figures over counted measures whose written status is adopted, in_progress or completed
 * (SPEC §5.4), aligned with the target's years.
 */
export interface DecidedSeries {
  /** Σ E of the decided measures among those in `effect`. */
  effect: readonly number[];
  /** gap + effect − decided effect: the gap with decided measures only. */
  gap: readonly number[];
  /** decided effect / need, null when need ≤ 0. */
  coverage: readonly (number | null)[];
}

/** Progress of a target (SPEC §5.4); null where a figure is undefined (division by zero, year ≤ L). */
export interface TargetProgress {
  /** L of the target's scope; null when the scope has no inventory. */
  latestYear: number | null;
  /** Σ_C actual(L). */
  latest: number | null;
  /** (base − latest) / base × 100. */
  achievedPct: number | null;
  /** (base − latest) / (base − level). */
  progressRatio: number | null;
  /** The linear_from_base path at L, held flat after the target year: what on_track compares with. */
  expectedAtLatest: number | null;
  /** latest ≤ expectedAtLatest. */
  onTrack: boolean | null;
  /** (latest − level) / (year − L); null unless year > L. */
  requiredAnnualT: number | null;
  /** (1 − (level/latest)^(1/(year − L))) × 100; null unless year > L. */
  requiredAnnualRatePct: number | null;
  /** Σ_C projected(year); null unless year > L. */
  projectedAtYear: number | null;
  /** projectedAtYear ≤ level. */
  meetsTarget: boolean | null;
  /** Σ over L+1 … year of Σ_C projected. */
  cumulativeProjected: number | null;
  /** Σ over L+1 … year of path. */
  cumulativePath: number | null;
  /** cumulativeProjected − cumulativePath. */
  cumulativeOvershoot: number | null;
}

/** One measure with everything computed about it. */
export interface MeasureReport
  extends Pick<Measure, 'id' | 'title' | 'description' | 'sector' | 'source' | 'scope' | 'responsible' | 'status'> {
  /** Status of the latest follow-up record, else `status` (SPEC §5.7). */
  currentStatus: Status;
  /** Kind. */
  kind: Kind;
  /** True when the measure enters effect sums: counted status and quantified kind. */
  counted: boolean;
  /** True when the measure's costs enter cost sums: counted status, any kind. */
  costCounted: boolean;
  /** First year (dates the costs; also the phase-in without `phase`). */
  start: number;
  /** `full_effect` as written, null when absent. */
  fullEffect: number | null;
  /** Last year with effect, null when open-ended. */
  end: number | null;
  /** `full_effect`, else `start`: where fullEffectT and NOK/t are taken. */
  fullEffectYear: number;
  /** True when an explicit `phase` replaces the linear phase-in. */
  explicitPhase: boolean;
  /**
   * E*(full): E* in the full-effect year, with a follow-up revision (or cancellation) dated at or
   * before that year; null for kinds other than quantified.
   */
  fullEffectT: number | null;
  /** The latest follow-up revision of the full effect, null when none. */
  revision: AppliedRevision | null;
  /**
   * The follow-up that cancelled the measure (its current status is cancelled), null when none: from
   * its year on the measure has no effect and no costs (SPEC §5.2).
   */
  cancellation: { fromYear: number; period: string } | null;
  /** E(y) per report year, whatever the status; 0 for kinds other than quantified. */
  effect: readonly number[];
  /** Low estimate of E(y) per report year. */
  effectLow: readonly number[];
  /** High estimate of E(y) per report year. */
  effectHigh: readonly number[];
  /** Cost figures. */
  cost: MeasureCostReport;
  /** The measure's own cost per report year (investment + annual), whatever its status. */
  costByYear: readonly number[];
  /** Current rating (SPEC §5.7), null when there is nothing to rate on. */
  rating: Rating | null;
  /** Where the rating comes from. */
  ratingBasis: 'manual' | 'status' | 'indicators' | null;
  /** The latest follow-up record of the measure, null when none. */
  followUp: FollowUpSummary | null;
  /** Factor ids of the activity items, in written order (empty for direct effects). */
  factors: readonly string[];
  /** Overlap group, null when absent. */
  overlapGroup: string | null;
  /** Indicators as written. */
  indicators: readonly Indicator[];
  /** Tags as written. */
  tags: readonly string[];
  /** References as written. */
  references: readonly string[];
  /** Assumptions as written, null when absent. */
  assumptions: string | null;
}

/** A follow-up revision of a measure's full effect. */
export interface AppliedRevision {
  /** The revised full effect, t CO2e per year. */
  tCo2e: number;
  /** First year it applies to: the period's year. */
  fromYear: number;
  /** The period label as written. */
  period: string;
}

/** Cost of a measure. Unknown cost (no `cost` written) shows as 0 with `known: false`. */
export interface MeasureCostReport {
  /** False when no `cost` was written: figures are 0 and nokPerT is null. */
  known: boolean;
  /** One-off investment, NOK. */
  investment: number;
  /** Year of the investment; null when unknown. */
  investmentYear: number | null;
  /** Annual cost per active year, NOK (negative: saving). */
  annual: number;
  /** Lifetime for annualisation, years; null when unknown. */
  lifetime: number | null;
  /** Annualised cost, NOK per year. */
  annualised: number;
  /** annualised / fullEffectT; null without cost or when fullEffectT ≤ 0. */
  nokPerT: number | null;
}

/** The latest follow-up record of a measure. */
export interface FollowUpSummary {
  /** Period label as written (2026-T2). */
  period: string;
  /** The period's year. */
  periodYear: number;
  /** Record date as written, null when absent. */
  date: string | null;
  /** Status reported, null when not given. */
  status: Status | null;
  /** Manual rating, null when not given. */
  rating: Rating | null;
  /** Revised full effect given in this record, null when none. */
  revisedTCo2e: number | null;
  /** Comment, null when absent. */
  comment: string | null;
  /** Reported indicator values with their progress, in the measure's indicator order. */
  indicators: readonly IndicatorProgress[];
}

/** A reported indicator value against its expected path. */
export interface IndicatorProgress {
  /** Indicator id. */
  id: string;
  /** Title, null when absent. */
  title: string | null;
  /** Unit, null when absent. */
  unit: string | null;
  /** Value reported. */
  value: number;
  /** Expected value at the period's year; null when baseline, target or target year is missing. */
  expected: number | null;
  /** (value − baseline) / (expected − baseline); null when undefined. */
  ratio: number | null;
}

/**
 * Effects of counted measures per year, per scope (SPEC §5.6): tonnes of different scopes are
 * never added together, so every sum and grouping lives inside one scope.
 */
export interface EffectTotals {
  /** The report years. */
  years: readonly number[];
  /** One entry per scope with counted measures, in scope order. */
  scopes: readonly ScopeEffectTotals[];
  /** The total of each scope (the `total` of each entry of `scopes`), in scope order. */
  byScope: readonly SeriesRow<Scope>[];
}

/** Effects of the counted measures of one scope, per year; every grouping sums to `total`. */
export interface ScopeEffectTotals {
  /** The scope. */
  scope: Scope;
  /** Sum over the scope's counted measures, per year. */
  total: readonly number[];
  /** Sum of the low estimates, per year. */
  low: readonly number[];
  /** Sum of the high estimates, per year. */
  high: readonly number[];
  /** By sector (or category), in sector order. */
  bySector: readonly SeriesRow<string>[];
  /** By responsible, sorted; null key for measures without one (JSON key ""). */
  byResponsible: readonly SeriesRow<string | null>[];
  /** By written status, in status order. */
  byStatus: readonly SeriesRow<Status>[];
}

/** Costs per year of measures with a counted status. */
export interface CostTotals {
  /** The report years. */
  years: readonly number[];
  /** investment + annual, per year. */
  total: readonly number[];
  /** Investments, per year. */
  investment: readonly number[];
  /** Annual costs, per year. */
  annual: readonly number[];
  /** By responsible, sorted (null key: none); a value is null in years without a cost item. */
  byResponsible: readonly { key: string | null; values: readonly (number | null)[] }[];
}

/** One step of the abatement cost curve. */
export interface AbatementStep {
  /** Measure id. */
  id: string;
  /** Measure title. */
  title: string;
  /** Sector id. */
  sector: string;
  /** Scope. */
  scope: Scope;
  /** Cost per tonne, NOK (the step's height). */
  nokPerT: number;
  /** E*(full), t CO2e per year (the step's width). */
  widthT: number;
  /** Cumulative width before this step. */
  cumulativeStartT: number;
  /** Cumulative width after this step. */
  cumulativeEndT: number;
}

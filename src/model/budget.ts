import type { SectorCatalogue } from './sectors.js';

/**
 * The normalised budget: the only shape compute/ and render/ ever see. Defaults are filled in,
 * ids resolved, activity amounts converted to their factor's unit. `normalize.ts` is the only
 * bridge from the written (YAML) shape to this one.
 */

import type { Unloaded } from './unloaded.js';

export type Scope = 'territorial' | 'own_operations' | 'indirect';
export const scopes: readonly Scope[] = ['territorial', 'own_operations', 'indirect'];

export type Status = 'proposed' | 'adopted' | 'in_progress' | 'completed' | 'postponed' | 'cancelled';
export const statuses: readonly Status[] = [
  'proposed',
  'adopted',
  'in_progress',
  'completed',
  'postponed',
  'cancelled',
];

export type Kind = 'quantified' | 'in_baseline' | 'not_quantified';
export const kinds: readonly Kind[] = ['quantified', 'in_baseline', 'not_quantified'];

export type Language = 'nb' | 'nn' | 'en';
export const languages: readonly Language[] = ['nb', 'nn', 'en'];
/** The language of a budget that names none (SPEC §2). */
export const defaultLanguage: Language = 'nb';

export type Trajectory = 'linear_from_latest' | 'linear_from_base';
export type Rating = 'green' | 'yellow' | 'red';
export type RuleSetting = 'error' | 'warning' | 'info' | 'off';

/** Where something was written: for diagnostics found after loading (SPEC §3). */
export interface Origin {
  file: string;
  path: ReadonlyArray<string | number>;
}

export interface Manifest {
  municipality: Municipality;
  language: Language;
  /** Set when budget.yaml names no language and `language` is the default: the locale may choose. */
  languageDefaulted?: true;
  planPeriod: { start: number; end: number };
  /** Last year computed: the written horizon, else max(plan end, target and milestone years). */
  horizon: number;
  discountRate: number;
  countStatuses: ReadonlySet<Status>;
  trajectory: Trajectory;
  rules: ReadonlyMap<string, RuleSetting>;
  /** The sectors of the budget: the built-in ones and the categories the manifest declares. */
  sectors: SectorCatalogue;
  origin: Origin;
}

export interface SectorEmissions {
  /** Sum of the sources, or the number written for the sector. */
  total: number;
  /** Empty when the sector was written as a plain number. */
  sources: ReadonlyMap<string, number>;
}

export interface InventorySource {
  file: string;
  source: string | null;
  vintage: string | null;
  gwp: string | null;
}

export interface ScopeInventory {
  scope: Scope;
  /** Ascending. Never empty. */
  years: readonly number[];
  /** L(scope) of SPEC §5: the latest year with data. */
  latestYear: number;
  byYear: ReadonlyMap<number, ReadonlyMap<string, SectorEmissions>>;
  /** Every sector id that appears in any year, in sector order. */
  sectors: readonly string[];
  files: readonly InventorySource[];
}

interface BaselineCommon {
  scope: Scope;
  source: string | null;
  file: string | null;
}

export type BaselineSpec =
  | (BaselineCommon & { method: 'flat' })
  | (BaselineCommon & { method: 'growth'; growthPct: ReadonlyMap<string, number>; defaultPct: number })
  | (BaselineCommon & {
      method: 'explicit';
      /** Listed years ascending, each with the sectors given in that year. */
      years: ReadonlyMap<number, ReadonlyMap<string, number>>;
    });

export type FactorBasis = 'territorial' | 'location' | 'market' | 'lifecycle' | 'spend';

export interface EmissionFactor {
  id: string;
  /** In each language of the outputs; a local factor's name, as written, in all three. */
  name: { nb: string; nn: string; en: string };
  unit: string;
  /** Constant kg CO2e per unit, or null when `values` is given. */
  kgCo2e: number | null;
  /** Year → kg CO2e per unit, ascending years; null when constant. */
  values: ReadonlyMap<number, number> | null;
  basis: FactorBasis | null;
  gases: 'co2' | 'co2e' | null;
  source: string | null;
  url: string | null;
  /** Caveats: CO2 only, biogenic CO2 not counted, per Sm3 … (in English; a local factor's as written). */
  note?: string;
  /** A built-in factor's caveats in each language of the outputs (`factorNote` picks one). */
  notes?: Readonly<Record<Language, string>>;
  builtin: boolean;
  /** Absent for built-in factors. */
  origin?: Origin;
}

export interface ActivityItem {
  factor: EmissionFactor;
  /** In the factor's unit. */
  amount: number;
  writtenAmount: number;
  writtenUnit: string | null;
  origin: Origin;
}

export interface Indicator {
  id: string;
  title: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetYear: number | null;
  origin: Origin;
}

export interface MeasureCost {
  investment: number;
  investmentYear: number;
  annual: number;
  lifetime: number;
}

export interface Measure {
  /** Measure id. */
  id: string;
  /** Title. */
  title: string;
  /** Description, null when absent. */
  description: string | null;
  /** Sector id. */
  sector: string;
  /** Inventory source name within the sector, null when absent. */
  source: string | null;
  /** Scope. */
  scope: Scope;
  /** Responsible agency or unit, null when absent. */
  responsible: string | null;
  /** Status in the measure file (the adopted budget). */
  status: Status;
  kind: Kind;
  start: number;
  fullEffect: number | null;
  end: number | null;
  /** Explicit phase-in, ascending years; null when not written. */
  phase: ReadonlyMap<number, number> | null;
  effect: { tCo2e: number; low: number | null; high: number | null } | null;
  activity: readonly ActivityItem[] | null;
  uncertaintyPct: number | null;
  /** Null when no `cost` was written: unknown cost is not zero cost. */
  cost: MeasureCost | null;
  overlapGroup: string | null;
  indicators: readonly Indicator[];
  tags: readonly string[];
  references: readonly string[];
  assumptions: string | null;
  origin: Origin;
}

export interface Milestone {
  year: number;
  reductionPct: number | null;
  levelT: number | null;
  origin: Origin;
}

export interface Target {
  /** Target id. */
  id: string;
  /** Title as written, null when absent. */
  title: string | null;
  /** Scope of the target. */
  scope: Scope;
  /** Base year. */
  baseYear: number;
  /** Target year. */
  year: number;
  /** Reduction in % as written (null when `level_t` was given). */
  reductionPct: number | null;
  levelT: number | null;
  /** 'all' or the written list. */
  sectors: 'all' | readonly string[];
  excludeSectors: readonly string[];
  /** Ascending by year. */
  milestones: readonly Milestone[];
  origin: Origin;
}

export interface FollowUpPeriod {
  /** As written: 2026, 2026-T2, 2026-H1, 2026-Q3. */
  label: string;
  year: number;
  /** Month (1–12) in which the period ends: orders records of one year. */
  endMonth: number;
}

export interface FollowUpEntry {
  measureId: string;
  status: Status | null;
  rating: Rating | null;
  indicators: ReadonlyMap<string, number>;
  revisedTCo2e: number | null;
  comment: string | null;
  origin: Origin;
}

export interface FollowUpRecord {
  file: string;
  period: FollowUpPeriod;
  /** ISO date as written (YYYY-MM-DD), or null. */
  date: string | null;
  entries: ReadonlyMap<string, FollowUpEntry>;
  origin: Origin;
}

export interface Budget {
  /** The budget folder as given on the command line. */
  dir: string;
  manifest: Manifest;
  /** Only scopes with at least one inventory year. */
  inventories: ReadonlyMap<Scope, ScopeInventory>;
  /** Written baselines by scope; a scope without one is flat. */
  baselines: ReadonlyMap<Scope, BaselineSpec>;
  /** Built-in factors, replaced or extended by local ones. */
  factors: ReadonlyMap<string, EmissionFactor>;
  /** In file order (files sorted by path). Outputs sort them by sector, then id. */
  measures: readonly Measure[];
  targets: readonly Target[];
  /** Ordered by period (year, end month), then date. */
  followups: readonly FollowUpRecord[];
  /** What failed to load (with errors reported): checks skip references into it. Absent: nothing. */
  unloaded?: Unloaded;
}

/** A municipality: its name and, when written, its four-digit number. */
export interface Municipality {
  name: string;
  number: string | null;
}

/** How outputs name a municipality: `Porsgrunn (4001)`, or the name alone without a number. */
export function municipalityLabel({ name, number }: Municipality): string {
  return number === null ? name : `${name} (${number})`;
}

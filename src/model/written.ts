/**
 * The budget files exactly as their JSON Schemas allow them (schemas/*.schema.json): what a
 * validated file's data is. Year keys are strings, as YAML mapping keys become in JavaScript.
 * normalize.ts turns these into the Budget of budget.ts.
 */
import type { RuleSetting, Scope, Status } from './budget.js';

export type FileKind = 'budget' | 'inventory' | 'baseline' | 'factors' | 'measures' | 'followup';
export const fileKinds: readonly FileKind[] = ['budget', 'inventory', 'baseline', 'factors', 'measures', 'followup'];

/** Kinds listed under `files:` in the manifest, with their default globs. */
export const defaultGlobs: Readonly<Record<Exclude<FileKind, 'budget'>, readonly string[]>> = {
  inventory: ['inventory/*.yaml'],
  baseline: ['baseline.yaml'],
  factors: ['factors/*.yaml'],
  measures: ['measures/*.yaml'],
  followup: ['followup/*.yaml'],
};

type YearKey = string;

export interface WrittenMilestone {
  year: number;
  reduction_pct?: number;
  level_t?: number;
}

export interface WrittenTarget {
  id: string;
  title?: string;
  description?: string;
  scope?: Scope;
  base_year: number;
  year: number;
  reduction_pct?: number;
  level_t?: number;
  sectors?: 'all' | string[];
  exclude_sectors?: string[];
  milestones?: WrittenMilestone[];
}

export interface WrittenManifest {
  schema_version: 1;
  title?: string;
  municipality: { name: string; number?: string };
  language?: 'nb' | 'nn' | 'en';
  plan_period: { start: number; end: number };
  horizon?: number;
  discount_rate?: number;
  count_statuses?: Status[];
  trajectory?: 'linear_from_latest' | 'linear_from_base';
  files?: Partial<Record<Exclude<FileKind, 'budget'>, string[]>>;
  rules?: Record<string, RuleSetting>;
  categories?: { own_operations?: WrittenCategory[]; indirect?: WrittenCategory[] };
  targets?: WrittenTarget[];
}

/** An own category of the own_operations or indirect scope (SPEC §2.1). */
export interface WrittenCategory {
  id: string;
  nb: string;
  nn?: string;
  en?: string;
}

export type WrittenSectorValue = number | Record<string, number>;

export interface WrittenInventory {
  schema_version: 1;
  scope?: Scope;
  source?: string;
  vintage?: string | number;
  gwp?: 'AR4' | 'AR5' | 'AR6';
  unit?: 't CO2e';
  description?: string;
  years: Record<YearKey, Record<string, WrittenSectorValue>>;
}

export interface WrittenBaseline {
  schema_version: 1;
  scope?: Scope;
  source?: string;
  description?: string;
  method: 'explicit' | 'growth' | 'flat';
  years?: Record<YearKey, Record<string, number>>;
  growth_pct?: Record<string, number>;
}

export interface WrittenFactor {
  id: string;
  name?: string;
  unit: string;
  kg_co2e?: number;
  values?: Record<YearKey, number>;
  basis?: 'territorial' | 'location' | 'market' | 'lifecycle' | 'spend';
  gases?: 'co2' | 'co2e';
  source?: string;
  url?: string;
  description?: string;
}

export interface WrittenFactors {
  schema_version: 1;
  description?: string;
  factors: WrittenFactor[];
}

export interface WrittenIndicator {
  id: string;
  title?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  target_year?: number;
}

export interface WrittenActivity {
  factor: string;
  amount: number;
  unit?: string;
}

export interface WrittenMeasure {
  id: string;
  title: string;
  description?: string;
  sector: string;
  source?: string;
  scope?: Scope;
  responsible?: string;
  status: Status;
  kind?: 'quantified' | 'in_baseline' | 'not_quantified';
  start: number;
  full_effect?: number;
  end?: number;
  phase?: Record<YearKey, number>;
  effect?: { t_co2e: number; low?: number; high?: number };
  activity?: WrittenActivity[];
  uncertainty_pct?: number;
  cost?: { investment?: number; investment_year?: number; annual?: number; lifetime?: number };
  overlap_group?: string;
  indicators?: WrittenIndicator[];
  tags?: string[];
  references?: string[];
  assumptions?: string;
}

export interface WrittenMeasures {
  schema_version: 1;
  description?: string;
  measures: WrittenMeasure[];
}

export interface WrittenFollowUpEntry {
  status?: Status;
  rating?: 'green' | 'yellow' | 'red';
  indicators?: Record<string, number>;
  revised_t_co2e?: number;
  comment?: string;
}

export interface WrittenFollowUp {
  schema_version: 1;
  period: string | number;
  date?: string;
  description?: string;
  measures: Record<string, WrittenFollowUpEntry>;
}

export interface WrittenByKind {
  budget: WrittenManifest;
  inventory: WrittenInventory;
  baseline: WrittenBaseline;
  factors: WrittenFactors;
  measures: WrittenMeasures;
  followup: WrittenFollowUp;
}

import type {
  ActualTable,
  BudgetReport,
  EffectTable,
  MeasureReport,
  ScopeEffectTotals,
  ScopeReport,
  SectorTable,
  SeriesRow,
  TargetReport,
} from '../compute/budget-report.js';
import { compareResponsibles } from '../compute/totals.js';
import { type Language, statuses } from '../model/budget.js';
import { sectorComparator } from '../model/sectors.js';
import { safeJsonText } from '../safe-text.js';

/**
 * An object whose keys are data (years, sectors, responsibles): written from its entries in their
 * order. A plain object would put integer-like keys first and treat `__proto__` specially, and V8
 * builds objects keyed "2026", "2027" … slowly.
 */
class OrderedMap {
  constructor(readonly entries: readonly (readonly [string, Json])[]) {}
}

/**
 * An array whose items are made as they are written: a measure's JSON then lives only while it is
 * written, instead of 10 000 of them outliving several young-generation collections together.
 */
class LazyList {
  constructor(
    readonly length: number,
    readonly item: (index: number) => Json,
  ) {}
}

type Json = null | boolean | number | string | readonly Json[] | OrderedMap | LazyList | JsonObject;
type JsonObject = { readonly [key: string]: Json };

/**
 * Renders the report as the JSON contract of SPEC §7.1: keys in the SPEC's order (added keys sit where
 * they read best without reordering those), snake_case, year keys as strings, absent values null,
 * unrounded numbers, 2-space indent (as JSON.stringify(value, null, 2) writes it), a trailing newline.
 * Non-finite numbers become null. `language` is the budget's own (its `language` key): the JSON
 * carries no words, so `--lang` does not change it.
 */
export function renderJson(report: BudgetReport, language: Language): string {
  return `${new JsonWriter().write(toJson(report, language), 0)}\n`;
}

/**
 * Flattens a string built by concatenation: V8 keeps `a + b` as a rope of cells until a character
 * is read. Flattened per container, the cells die young instead of the whole document living as a
 * rope of millions of them (hundreds of MB for 10 000 measures).
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * Writes JSON text the way JSON.stringify(value, null, 2) lays it out. Separators and quoted keys
 * are cached: a budget of 10 000 measures has some two million lines, mostly `"2026": 12.5`.
 */
class JsonWriter {
  /** Line break + indentation, per depth. */
  private readonly lineBreaks: string[] = [];
  /** `,` + line break + indentation, per depth. */
  private readonly separators: string[] = [];
  private readonly quotedKeys = new Map<string, string>();

  write(value: Json, depth: number): string {
    if (value === null) return 'null';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'string') return safeJsonText(JSON.stringify(value));
    if (typeof value === 'boolean') return JSON.stringify(value);
    const first = this.lineBreak(depth + 1);
    const next = this.separators[depth + 1] as string;
    if (Array.isArray(value) || value instanceof LazyList) {
      const items = value as readonly Json[] | LazyList;
      if (items.length === 0) return '[]';
      const itemAt = items instanceof LazyList ? items.item : (index: number) => items[index] as Json;
      let text = '[';
      for (let index = 0; index < items.length; index++) {
        text += (index === 0 ? first : next) + this.write(itemAt(index), depth + 1);
      }
      return flat(`${text}${this.lineBreak(depth)}]`);
    }
    const entries = value instanceof OrderedMap ? value.entries : Object.entries(value as JsonObject);
    if (entries.length === 0) return '{}';
    let text = '{';
    for (let index = 0; index < entries.length; index++) {
      const [key, item] = entries[index] as readonly [string, Json];
      text += (index === 0 ? first : next) + this.quote(key) + this.write(item, depth + 1);
    }
    return flat(`${text}${this.lineBreak(depth)}}`);
  }

  /** The line break and indentation of a depth (also caches the separator). */
  private lineBreak(depth: number): string {
    let lineBreak = this.lineBreaks[depth];
    if (lineBreak === undefined) {
      lineBreak = `\n${'  '.repeat(depth)}`;
      this.lineBreaks[depth] = lineBreak;
      this.separators[depth] = `,${lineBreak}`;
    }
    return lineBreak;
  }

  /** The key as a JSON string followed by `: `. */
  private quote(key: string): string {
    let quoted = this.quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = `${safeJsonText(JSON.stringify(key))}: `;
      this.quotedKeys.set(key, quoted);
    }
    return quoted;
  }
}

function toJson(report: BudgetReport, language: Language): JsonObject {
  return {
    schema_version: 1,
    municipality: { name: report.municipality.name, number: report.municipality.number },
    language,
    unit: report.unit,
    plan_period: { start: report.planPeriod.start, end: report.planPeriod.end },
    horizon: report.horizon,
    discount_rate: num(report.discountRate),
    count_statuses: [...report.countStatuses],
    trajectory: report.trajectory,
    scopes: record(report.scopes.map((scope) => [scope.scope, scopeJson(scope)])),
    targets: report.targets.map(targetJson),
    measures: new LazyList(report.measures.length, (index) =>
      measureJson(report.measures[index] as MeasureReport, report.years),
    ),
    totals: totalsJson(report),
    costs: costsJson(report),
    abatement_curve: report.abatementCurve.map((step) => ({
      id: step.id,
      title: step.title,
      sector: step.sector,
      scope: step.scope,
      nok_per_t: num(step.nokPerT),
      width_t: num(step.widthT),
      cumulative_start_t: num(step.cumulativeStartT),
      cumulative_end_t: num(step.cumulativeEndT),
    })),
  };
}

function scopeJson(scope: ScopeReport): JsonObject {
  return {
    latest_year: scope.latestYear,
    baseline_method: scope.baselineMethod,
    baseline_source: scope.baselineSource,
    inventory_files: scope.inventoryFiles.map((file) => ({
      file: file.file,
      source: file.source,
      vintage: file.vintage,
      gwp: file.gwp,
    })),
    actual: actualJson(scope.actual),
    baseline: sectorTableJson(scope.baseline),
    effect: effectTableJson(scope.effect),
    projected: sectorTableJson(scope.projected),
  };
}

function actualJson(table: ActualTable): OrderedMap {
  return byYear(table.years, (index) => {
    const bySector: [string, Json][] = [];
    for (const row of table.bySector) {
      const value = row.values[index];
      if (value !== null && value !== undefined) bySector.push([row.key, num(value)]);
    }
    return { total: num(table.total[index]), by_sector: record(bySector) };
  });
}

function sectorTableJson(table: SectorTable): OrderedMap {
  return byYear(table.years, (index) => ({
    total: num(table.total[index]),
    by_sector: record(table.bySector.map((row) => [row.key, num(row.values[index])])),
  }));
}

function effectTableJson(table: EffectTable): OrderedMap {
  return byYear(table.years, (index) => ({
    total: num(table.total[index]),
    low: num(table.low[index]),
    high: num(table.high[index]),
    by_sector: record(table.bySector.map((row) => [row.key, num(row.values[index])])),
  }));
}

function targetJson(target: TargetReport): JsonObject {
  const series = (values: readonly (number | null)[]): OrderedMap => numbersByYear(target.years, values);
  const { progress } = target;
  return {
    id: target.id,
    title: target.title,
    scope: target.scope,
    year: target.year,
    base_year: target.baseYear,
    reduction_pct: num(target.reductionPct),
    trajectory: target.trajectory,
    sectors: [...target.sectors],
    base: num(target.base),
    level: num(target.level),
    milestones: target.milestones.map((milestone) => ({ year: milestone.year, level: num(milestone.level) })),
    anchors: target.anchors.map((anchor) => ({ year: anchor.year, value: num(anchor.value) })),
    path: series(target.path),
    need: series(target.need),
    effect: series(target.effect),
    gap: series(target.gap),
    coverage: series(target.coverage),
    decided: {
      effect: series(target.decided.effect),
      gap: series(target.decided.gap),
      coverage: series(target.decided.coverage),
    },
    progress: {
      latest_year: progress.latestYear,
      latest: num(progress.latest),
      achieved_pct: num(progress.achievedPct),
      progress_ratio: num(progress.progressRatio),
      on_track: progress.onTrack,
      required_annual_t: num(progress.requiredAnnualT),
      required_annual_rate_pct: num(progress.requiredAnnualRatePct),
      projected_at_year: num(progress.projectedAtYear),
      meets_target: progress.meetsTarget,
      cumulative_projected: num(progress.cumulativeProjected),
      cumulative_path: num(progress.cumulativePath),
      cumulative_overshoot: num(progress.cumulativeOvershoot),
      expected_at_latest: num(progress.expectedAtLatest),
    },
    baseline: series(target.baseline),
    projected: series(target.projected),
    effect_low: series(target.effectLow),
    effect_high: series(target.effectHigh),
    actual: numbersByYear(target.actual.years, target.actual.values),
  };
}

function measureJson(measure: MeasureReport, years: readonly number[]): JsonObject {
  const measureSeries = (values: readonly number[]): OrderedMap => numbersByYear(years, values);
  const { followUp } = measure;
  return {
    id: measure.id,
    title: measure.title,
    sector: measure.sector,
    source: measure.source,
    scope: measure.scope,
    responsible: measure.responsible,
    status: measure.status,
    current_status: measure.currentStatus,
    rating: measure.rating,
    rating_basis: measure.ratingBasis,
    kind: measure.kind,
    counted: measure.counted,
    start: measure.start,
    full_effect_year: measure.fullEffectYear,
    end: measure.end,
    full_effect_t: num(measure.fullEffectT),
    revision:
      measure.revision === null
        ? null
        : {
            t_co2e: num(measure.revision.tCo2e),
            from_year: measure.revision.fromYear,
            period: measure.revision.period,
          },
    cancelled:
      measure.cancellation === null
        ? null
        : { from_year: measure.cancellation.fromYear, period: measure.cancellation.period },
    effect: measureSeries(measure.effect),
    effect_low: measureSeries(measure.effectLow),
    effect_high: measureSeries(measure.effectHigh),
    cost: {
      investment: num(measure.cost.investment),
      annual: num(measure.cost.annual),
      annualised: num(measure.cost.annualised),
      nok_per_t: num(measure.cost.nokPerT),
      known: measure.cost.known,
      investment_year: measure.cost.investmentYear,
      lifetime: num(measure.cost.lifetime),
      counted: measure.costCounted,
    },
    cost_by_year: measureSeries(measure.costByYear),
    follow_up:
      followUp === null
        ? null
        : {
            period: followUp.period,
            date: followUp.date,
            status: followUp.status,
            rating: followUp.rating,
            revised_t_co2e: num(followUp.revisedTCo2e),
            comment: followUp.comment,
            indicators: followUp.indicators.map((indicator) => ({
              id: indicator.id,
              value: num(indicator.value),
              expected: num(indicator.expected),
              ratio: num(indicator.ratio),
            })),
          },
    overlap_group: measure.overlapGroup,
    factors: [...measure.factors],
    tags: [...measure.tags],
  };
}

/**
 * Effects of counted measures per year. Tonnes of different scopes are never added together (SPEC
 * §5.6): `scopes` holds each scope's total, range and groupings; the flat §7.1 groupings keep a
 * key's figure when its measures are all of one scope and are null for a key shared by several
 * scopes, as are `total`, `low` and `high` when measures of several scopes are counted.
 */
function totalsJson(report: BudgetReport): OrderedMap {
  const { totals } = report;
  const compareSector = sectorComparator(report.categories);
  const only = totals.scopes.length === 1 ? totals.scopes[0] : undefined;
  const across = (values: (scope: ScopeEffectTotals) => readonly number[], index: number): Json =>
    totals.scopes.length === 0 ? 0 : only === undefined ? null : num(values(only)[index]);
  return byYear(totals.years, (index) => ({
    by_sector: flatGroup(
      totals.scopes,
      (scope) => scope.bySector,
      compareSector,
      (key) => key,
      index,
    ),
    by_responsible: flatGroup(
      totals.scopes,
      (scope) => scope.byResponsible,
      compareResponsibles,
      responsibleKey,
      index,
    ),
    by_status: flatGroup(
      totals.scopes,
      (scope) => scope.byStatus,
      (a, b) => statuses.indexOf(a) - statuses.indexOf(b),
      (key) => key,
      index,
    ),
    by_scope: record(totals.byScope.map((row) => [row.key, num(row.values[index])])),
    total: across((scope) => scope.total, index),
    low: across((scope) => scope.low, index),
    high: across((scope) => scope.high, index),
    scopes: record(
      totals.scopes.map((scope) => [
        scope.scope,
        {
          total: num(scope.total[index]),
          low: num(scope.low[index]),
          high: num(scope.high[index]),
          by_sector: record(scope.bySector.map((row) => [row.key, num(row.values[index])])),
          by_responsible: record(scope.byResponsible.map((row) => [responsibleKey(row.key), num(row.values[index])])),
          by_status: record(scope.byStatus.map((row) => [row.key, num(row.values[index])])),
        },
      ]),
    ),
  }));
}

/** A grouping over every scope without adding scopes: a key's figure when one scope has it, else null. */
function flatGroup<Key>(
  scopes: readonly ScopeEffectTotals[],
  rowsOf: (scope: ScopeEffectTotals) => readonly SeriesRow<Key>[],
  compare: (a: Key, b: Key) => number,
  name: (key: Key) => string,
  index: number,
): OrderedMap {
  const found = new Map<Key, { count: number; value: number | undefined }>();
  for (const scope of scopes) {
    for (const row of rowsOf(scope)) {
      const entry = found.get(row.key);
      found.set(row.key, { count: (entry?.count ?? 0) + 1, value: row.values[index] });
    }
  }
  return record(
    [...found]
      .sort((a, b) => compare(a[0], b[0]))
      .map(([key, { count, value }]): [string, Json] => [name(key), count === 1 ? num(value) : null]),
  );
}

function costsJson(report: BudgetReport): OrderedMap {
  const { costs } = report;
  return byYear(costs.years, (index) => {
    const byResponsible: [string, Json][] = [];
    for (const row of costs.byResponsible) {
      const value = row.values[index];
      if (value !== null && value !== undefined) byResponsible.push([responsibleKey(row.key), num(value)]);
    }
    return {
      total: num(costs.total[index]),
      investment: num(costs.investment[index]),
      annual: num(costs.annual[index]),
      by_responsible: record(byResponsible),
    };
  });
}

/** Measures without a responsible are keyed "" in the JSON (no written responsible can be empty). */
function responsibleKey(responsible: string | null): string {
  return responsible ?? '';
}

/** An object keyed by year (as a string), in ascending year order. */
function byYear(years: readonly number[], valueAt: (index: number) => Json): OrderedMap {
  return record(years.map((year, index) => [String(year), valueAt(index)]));
}

/** A series of figures keyed by year: `values[i]` belongs to `years[i]`. */
function numbersByYear(years: readonly number[], values: readonly (number | null)[]): OrderedMap {
  return byYear(years, (index) => num(values[index]));
}

/** An object from entries, in their order. */
function record(entries: readonly (readonly [string, Json])[]): OrderedMap {
  return new OrderedMap(entries);
}

/** A finite number, else null (JSON has no NaN or Infinity). */
function num(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

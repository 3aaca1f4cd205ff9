import { maxOf } from '../arrays.js';
import { loadBuiltinFactors } from '../data/builtin-factors.js';
import { nearestList } from '../diagnostics/describe.js';
import type { Finding } from '../diagnostics/finding.js';
import { labelFor } from '../i18n/label-ids.js';
import { type IdKind, say } from '../i18n/messages/index.js';
import type {
  ActivityItem,
  BaselineSpec,
  Budget,
  EmissionFactor,
  FollowUpEntry,
  FollowUpPeriod,
  FollowUpRecord,
  Indicator,
  InventorySource,
  Manifest,
  Measure,
  Origin,
  Scope,
  ScopeInventory,
  SectorEmissions,
  Status,
  Target,
} from '../model/budget.js';
import { defaultLanguage, statuses } from '../model/budget.js';
import { type Category, categoryScopes, type SectorCatalogue, sectorCatalogue } from '../model/sectors.js';
import { convertUnit, suggestUnit, unitDimension } from '../model/units.js';
import { isUnloaded, nothingUnloaded, type Unloaded } from '../model/unloaded.js';
import type {
  WrittenBaseline,
  WrittenFactors,
  WrittenFollowUp,
  WrittenInventory,
  WrittenManifest,
  WrittenMeasure,
  WrittenMeasures,
  WrittenTarget,
} from '../model/written.js';

/**
 * A file that passed its schema, with the data it holds; or the salvaged rest of one that did not
 * (load/salvage.ts), whose lists of measures, factors and targets may have holes where a broken
 * item was: forEach and flatMap skip them, and the indices stay those of the file.
 */
export interface ValidFile<T> {
  file: string;
  data: T;
}

export interface WrittenBudget {
  dir: string;
  manifest: ValidFile<WrittenManifest>;
  inventories: readonly ValidFile<WrittenInventory>[];
  baselines: readonly ValidFile<WrittenBaseline>[];
  factors: readonly ValidFile<WrittenFactors>[];
  measures: readonly ValidFile<WrittenMeasures>[];
  followups: readonly ValidFile<WrittenFollowUp>[];
  /** What failed to load; references into it are not reported as unknown. */
  unloaded?: Unloaded;
}

/**
 * Turns the written files into the normalised Budget: defaults filled in, ids resolved, units
 * converted. What cannot be resolved is reported as a finding and left out, so that later checks
 * see a consistent budget; the caller computes nothing while there are errors.
 */
export function normalizeBudget(written: WrittenBudget): { budget: Budget; findings: Finding[] } {
  const findings: Finding[] = [];
  const unloaded = written.unloaded ?? nothingUnloaded;
  const manifest = normalizeManifest(written.manifest, findings);
  // Without the manifest's categories, a sector of the scopes that have them cannot be judged.
  const sectors = unloaded.categories ? anySectorBeyondTerritorial(manifest.sectors) : manifest.sectors;
  const inventories = normalizeInventories(written.inventories, findings, sectors);
  const baselines = normalizeBaselines(written.baselines, findings, sectors);
  const factors = normalizeFactors(written.factors, findings);
  const measures = normalizeMeasures(written.measures, factors, unloaded, findings, sectors);
  const targets = normalizeTargets(written.manifest, findings, sectors);
  const followups = normalizeFollowups(written.followups, measures, unloaded, findings);
  return {
    budget: { dir: written.dir, manifest, inventories, baselines, factors, measures, targets, followups, unloaded },
    findings,
  };
}

const defaultCountStatuses = statuses.filter((status) => status !== 'cancelled');

function normalizeManifest({ file, data }: ValidFile<WrittenManifest>, findings: Finding[]): Manifest {
  const targetYears = (data.targets ?? []).flatMap((target) => [
    target.year,
    ...(target.milestones ?? []).map((m) => m.year),
  ]);
  return {
    municipality: { name: data.municipality.name, number: data.municipality.number ?? null },
    language: data.language ?? defaultLanguage,
    ...(data.language === undefined ? { languageDefaulted: true as const } : {}),
    planPeriod: { start: data.plan_period.start, end: data.plan_period.end },
    horizon: data.horizon ?? maxOf([data.plan_period.end, ...targetYears]),
    discountRate: data.discount_rate ?? 0.04,
    countStatuses: new Set<Status>(data.count_statuses ?? defaultCountStatuses),
    trajectory: data.trajectory ?? 'linear_from_latest',
    rules: new Map(Object.entries(data.rules ?? {})),
    sectors: sectorCatalogue(normalizeCategories(file, data, findings)),
    origin: { file, path: [] },
  };
}

/**
 * The categories of the own_operations and indirect scopes (SPEC §2.1, §4.1), in declared order;
 * an id that is a built-in sector id, or declared twice in one scope, is a `duplicate-id` error and
 * left out. A label not given in nn or en falls back to the nb one.
 */
function normalizeCategories(file: string, data: WrittenManifest, findings: Finding[]): Category[] {
  const categories: Category[] = [];
  for (const scope of categoryScopes) {
    const seen = new Map<string, Origin>();
    (data.categories?.[scope] ?? []).forEach((written, index) => {
      const origin: Origin = { file, path: ['categories', scope, index, 'id'] };
      const builtin = sectorCatalogue().isOfScope(written.id, scope) || written.id === 'default';
      const previous = seen.get(written.id);
      if (builtin || previous) {
        const said = builtin
          ? say('categoryIsSector', { id: written.id, scope })
          : say('categoryTwice', { id: written.id, scope, first: [...seen.keys()].indexOf(written.id) });
        findings.push({ code: 'duplicate-id', ...said, origin });
        return;
      }
      seen.set(written.id, origin);
      const { id, nb } = written;
      categories.push({ scope, id, nb, nn: written.nn ?? nb, en: written.en ?? nb });
    });
  }
  return categories;
}

interface MutableSector {
  total: number;
  sources: Map<string, number>;
  /** Written as a plain number (no sources). */
  plain: boolean;
  /** The file that gave the sector (plain) or each source first: for duplicate messages. */
  file: string;
  sourceFiles: Map<string, string>;
}

function normalizeInventories(
  files: readonly ValidFile<WrittenInventory>[],
  findings: Finding[],
  catalogue: SectorCatalogue,
): Map<Scope, ScopeInventory> {
  const byScope = new Map<Scope, { years: Map<number, Map<string, MutableSector>>; files: InventorySource[] }>();
  for (const { file, data } of files) {
    const scope = data.scope ?? 'territorial';
    let entry = byScope.get(scope);
    if (!entry) {
      entry = { years: new Map(), files: [] };
      byScope.set(scope, entry);
    }
    entry.files.push({
      file,
      source: data.source ?? null,
      vintage: data.vintage === undefined ? null : String(data.vintage),
      gwp: data.gwp ?? null,
    });
    for (const [yearKey, sectors] of Object.entries(data.years)) {
      const year = Number(yearKey);
      let yearEntry = entry.years.get(year);
      if (!yearEntry) {
        yearEntry = new Map();
        entry.years.set(year, yearEntry);
      }
      for (const [sector, value] of Object.entries(sectors)) {
        const sectorPath = ['years', yearKey, sector];
        if (!checkSector(sector, scope, { file, path: sectorPath }, 'key', findings, catalogue)) continue;
        const existing = yearEntry.get(sector);
        if (typeof value === 'number') {
          if (existing) {
            findings.push(inventoryDuplicate({ file, path: sectorPath }, scope, year, sector, null, existing.file));
            continue;
          }
          yearEntry.set(sector, { total: value, sources: new Map(), plain: true, file, sourceFiles: new Map() });
          continue;
        }
        if (existing?.plain) {
          findings.push(inventoryDuplicate({ file, path: sectorPath }, scope, year, sector, null, existing.file));
          continue;
        }
        const target = existing ?? {
          total: 0,
          sources: new Map<string, number>(),
          plain: false,
          file,
          sourceFiles: new Map(),
        };
        for (const [source, tonnes] of Object.entries(value)) {
          const first = target.sourceFiles.get(source);
          if (first !== undefined) {
            findings.push(
              inventoryDuplicate({ file, path: [...sectorPath, source] }, scope, year, sector, source, first),
            );
            continue;
          }
          target.sources.set(source, tonnes);
          target.sourceFiles.set(source, file);
          target.total += tonnes;
        }
        yearEntry.set(sector, target);
      }
    }
  }
  const inventories = new Map<Scope, ScopeInventory>();
  for (const [scope, entry] of byScope) {
    const years = [...entry.years.keys()].sort((a, b) => a - b);
    const latestYear = years.at(-1);
    if (latestYear === undefined) continue;
    const sectorSet = new Set<string>();
    const byYear = new Map<number, ReadonlyMap<string, SectorEmissions>>();
    for (const year of years) {
      const sectors = entry.years.get(year) ?? new Map();
      const ordered = [...sectors.keys()].sort(catalogue.compare);
      for (const sector of ordered) sectorSet.add(sector);
      byYear.set(year, new Map(ordered.map((sector) => [sector, stripPlain(sectors.get(sector) as MutableSector)])));
    }
    inventories.set(scope, {
      scope,
      years,
      latestYear,
      byYear,
      sectors: [...sectorSet].sort(catalogue.compare),
      files: entry.files,
    });
  }
  return inventories;
}

function stripPlain(sector: MutableSector): SectorEmissions {
  return { total: sector.total, sources: sector.sources };
}

function inventoryDuplicate(
  origin: Origin,
  scope: Scope,
  year: number,
  sector: string,
  source: string | null,
  firstFile: string,
): Finding {
  return {
    code: 'inventory-duplicate',
    ...say('inventoryDuplicate', {
      scope,
      sector,
      year,
      ...(source === null ? {} : { source }),
      ...(firstFile === origin.file ? {} : { firstFile }),
    }),
    origin,
    at: 'key',
  };
}

function normalizeBaselines(
  files: readonly ValidFile<WrittenBaseline>[],
  findings: Finding[],
  catalogue: SectorCatalogue,
): Map<Scope, BaselineSpec> {
  const baselines = new Map<Scope, BaselineSpec>();
  for (const { file, data } of files) {
    const scope = data.scope ?? 'territorial';
    if (baselines.has(scope)) {
      findings.push({
        code: 'duplicate-id',
        ...say('secondBaseline', { scope, first: baselines.get(scope)?.file ?? '' }),
        origin: { file, path: ['method'] },
        at: 'key',
      });
      continue;
    }
    const common = { scope, source: data.source ?? null, file };
    if (data.method === 'flat') {
      baselines.set(scope, { ...common, method: 'flat' });
    } else if (data.method === 'growth') {
      const rates = new Map<string, number>();
      let defaultPct = 0;
      for (const [sector, pct] of Object.entries(data.growth_pct ?? {})) {
        if (sector === 'default') defaultPct = pct;
        else if (checkSector(sector, scope, { file, path: ['growth_pct', sector] }, 'key', findings, catalogue))
          rates.set(sector, pct);
      }
      baselines.set(scope, { ...common, method: 'growth', growthPct: rates, defaultPct });
    } else {
      const years = new Map<number, ReadonlyMap<string, number>>();
      const yearKeys = Object.keys(data.years ?? {}).sort((a, b) => Number(a) - Number(b));
      for (const yearKey of yearKeys) {
        const sectors = new Map<string, number>();
        for (const [sector, tonnes] of Object.entries(data.years?.[yearKey] ?? {})) {
          if (checkSector(sector, scope, { file, path: ['years', yearKey, sector] }, 'key', findings, catalogue))
            sectors.set(sector, tonnes);
        }
        years.set(Number(yearKey), sectors);
      }
      baselines.set(scope, { ...common, method: 'explicit', years });
    }
  }
  return baselines;
}

function normalizeFactors(
  files: readonly ValidFile<WrittenFactors>[],
  findings: Finding[],
): Map<string, EmissionFactor> {
  const builtin = loadBuiltinFactors();
  const factors = new Map<string, EmissionFactor>(builtin);
  const local = new Map<string, Origin>();
  for (const { file, data } of files) {
    data.factors.forEach((written, index) => {
      const origin: Origin = { file, path: ['factors', index] };
      const idOrigin: Origin = { file, path: ['factors', index, 'id'] };
      if (!firstId(local, 'factor', written.id, idOrigin, findings)) return;
      if (builtin.has(written.id)) {
        findings.push({
          code: 'factor-overrides-builtin',
          ...say('factorOverridesBuiltin', { id: written.id }),
          origin: idOrigin,
        });
      }
      const values = written.values
        ? new Map(
            Object.entries(written.values)
              .map(([year, kg]) => [Number(year), kg] as const)
              .sort((a, b) => a[0] - b[0]),
          )
        : null;
      const name = written.name ?? written.id;
      factors.set(written.id, {
        id: written.id,
        name: { nb: name, nn: name, en: name },
        unit: written.unit,
        kgCo2e: written.kg_co2e ?? null,
        values,
        basis: written.basis ?? null,
        gases: written.gases ?? null,
        source: written.source ?? null,
        url: written.url ?? null,
        ...(written.description ? { note: written.description } : {}),
        builtin: false,
        origin,
      });
    });
  }
  return factors;
}

function normalizeMeasures(
  files: readonly ValidFile<WrittenMeasures>[],
  factors: ReadonlyMap<string, EmissionFactor>,
  unloaded: Unloaded,
  findings: Finding[],
  catalogue: SectorCatalogue,
): Measure[] {
  const measures: Measure[] = [];
  const seen = new Map<string, Origin>();
  for (const { file, data } of files) {
    data.measures.forEach((written, index) => {
      const at = (...path: (string | number)[]): Origin => ({ file, path: ['measures', index, ...path] });
      if (!firstId(seen, 'measure', written.id, at('id'), findings)) return;
      const scope = written.scope ?? 'territorial';
      checkSector(written.sector, scope, at('sector'), 'value', findings, catalogue);
      measures.push(normalizeMeasure(written, scope, at, factors, unloaded, findings));
    });
  }
  return measures;
}

function normalizeMeasure(
  written: WrittenMeasure,
  scope: Scope,
  at: (...path: (string | number)[]) => Origin,
  factors: ReadonlyMap<string, EmissionFactor>,
  unloaded: Unloaded,
  findings: Finding[],
): Measure {
  const activity = written.activity
    ? written.activity.flatMap((item, index): ActivityItem[] => {
        const factor = factors.get(item.factor);
        if (!factor && isUnloaded(unloaded.factorIds, item.factor)) return [];
        if (!factor) {
          const near = nearestList(item.factor, [...factors.keys()]);
          findings.push({
            code: 'unknown-factor',
            ...say('unknownFactor', { id: written.id, factor: item.factor, near }),
            origin: at('activity', index, 'factor'),
          });
          return [];
        }
        const unit = item.unit ?? factor.unit;
        const amount = convertUnit(item.amount, unit, factor.unit);
        if (amount === undefined) {
          const suggestion = suggestUnit(unit);
          const dimension = unitDimension(factor.unit);
          findings.push({
            code: 'unit-mismatch',
            ...say('unitMismatch', {
              id: written.id,
              unit,
              factorUnit: factor.unit,
              factor: factor.id,
              ...(dimension ? { dimension } : {}),
              ...(suggestion && convertUnit(1, suggestion, factor.unit) !== undefined ? { suggestion } : {}),
            }),
            origin: at('activity', index, item.unit === undefined ? 'factor' : 'unit'),
          });
          return [];
        }
        return [
          { factor, amount, writtenAmount: item.amount, writtenUnit: item.unit ?? null, origin: at('activity', index) },
        ];
      })
    : null;
  const indicatorIds = new Map<string, Origin>();
  const indicators: Indicator[] = [];
  (written.indicators ?? []).forEach((indicator, index) => {
    const origin = at('indicators', index, 'id');
    if (!firstId(indicatorIds, 'indicator', indicator.id, origin, findings, written.id)) return;
    indicators.push({
      id: indicator.id,
      title: indicator.title ?? null,
      unit: indicator.unit ?? null,
      baseline: indicator.baseline ?? null,
      target: indicator.target ?? null,
      targetYear: indicator.target_year ?? null,
      origin: at('indicators', index),
    });
  });
  const cost = written.cost;
  return {
    id: written.id,
    title: written.title,
    description: written.description ?? null,
    sector: written.sector,
    source: written.source ?? null,
    scope,
    responsible: written.responsible ?? null,
    status: written.status,
    kind: written.kind ?? 'quantified',
    start: written.start,
    fullEffect: written.full_effect ?? null,
    end: written.end ?? null,
    phase: written.phase ? sortedYearMap(written.phase) : null,
    effect: written.effect
      ? { tCo2e: written.effect.t_co2e, low: written.effect.low ?? null, high: written.effect.high ?? null }
      : null,
    activity,
    uncertaintyPct: written.uncertainty_pct ?? null,
    cost: cost
      ? {
          investment: cost.investment ?? 0,
          investmentYear: cost.investment_year ?? written.start,
          annual: cost.annual ?? 0,
          lifetime: cost.lifetime ?? 10,
        }
      : null,
    overlapGroup: written.overlap_group ?? null,
    indicators,
    tags: written.tags ?? [],
    references: written.references ?? [],
    assumptions: written.assumptions ?? null,
    origin: at(),
  };
}

function normalizeTargets(
  { file, data }: ValidFile<WrittenManifest>,
  findings: Finding[],
  catalogue: SectorCatalogue,
): Target[] {
  const targets: Target[] = [];
  const seen = new Map<string, Origin>();
  (data.targets ?? []).forEach((written: WrittenTarget, index) => {
    const at = (...path: (string | number)[]): Origin => ({ file, path: ['targets', index, ...path] });
    if (!firstId(seen, 'target', written.id, at('id'), findings)) return;
    const scope = written.scope ?? 'territorial';
    const sectors = written.sectors === undefined || written.sectors === 'all' ? 'all' : written.sectors;
    if (sectors !== 'all') {
      sectors.forEach((sector, position) => {
        checkSector(sector, scope, at('sectors', position), 'value', findings, catalogue);
      });
    }
    (written.exclude_sectors ?? []).forEach((sector, position) => {
      checkSector(sector, scope, at('exclude_sectors', position), 'value', findings, catalogue);
    });
    targets.push({
      id: written.id,
      title: written.title ?? null,
      scope,
      baseYear: written.base_year,
      year: written.year,
      reductionPct: written.reduction_pct ?? null,
      levelT: written.level_t ?? null,
      sectors,
      excludeSectors: written.exclude_sectors ?? [],
      milestones: (written.milestones ?? [])
        .map((milestone, position) => ({
          year: milestone.year,
          reductionPct: milestone.reduction_pct ?? null,
          levelT: milestone.level_t ?? null,
          origin: at('milestones', position),
        }))
        .sort((a, b) => a.year - b.year),
      origin: at(),
    });
  });
  return targets;
}

const periodPattern = /^(\d{4})(?:-(T[1-3]|H[12]|Q[1-4]))?$/;
const endMonthOfPart: Record<string, number> = { T1: 4, T2: 8, T3: 12, H1: 6, H2: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12 };

/** Reads a follow-up period (2026, 2026-T2, 2026-H1, 2026-Q3), or undefined. */
export function parsePeriod(written: string | number): FollowUpPeriod | undefined {
  const label = String(written);
  const match = periodPattern.exec(label);
  if (!match) return undefined;
  const part = match[2];
  return { label, year: Number(match[1]), endMonth: part ? (endMonthOfPart[part] ?? 12) : 12 };
}

function normalizeFollowups(
  files: readonly ValidFile<WrittenFollowUp>[],
  measures: readonly Measure[],
  unloaded: Unloaded,
  findings: Finding[],
): FollowUpRecord[] {
  const measureById = new Map(measures.map((measure) => [measure.id, measure]));
  const records: FollowUpRecord[] = [];
  for (const { file, data } of files) {
    const period = parsePeriod(data.period);
    if (!period) {
      findings.push({
        code: 'followup-unknown-period',
        ...say('periodUnparsed', { period: String(data.period) }),
        origin: { file, path: ['period'] },
      });
      continue;
    }
    const entries = new Map<string, FollowUpEntry>();
    for (const [measureId, entry] of Object.entries(data.measures)) {
      const origin: Origin = { file, path: ['measures', measureId] };
      const measure = measureById.get(measureId);
      if (!measure && isUnloaded(unloaded.measureIds, measureId)) continue;
      if (!measure) {
        const near = nearestList(measureId, [...measureById.keys()]);
        findings.push({
          code: 'unknown-measure',
          ...say('unknownMeasure', { measure: measureId, near }),
          origin,
          at: 'key',
        });
        continue;
      }
      const known = measure.indicators.map((indicator) => indicator.id);
      for (const indicatorId of Object.keys(entry.indicators ?? {})) {
        if (known.includes(indicatorId)) continue;
        const near = nearestList(indicatorId, known);
        findings.push({
          code: 'unknown-indicator',
          ...say('unknownIndicator', {
            measure: measureId,
            indicator: indicatorId,
            known,
            ...(near[0] === undefined ? {} : { near: near[0] }),
          }),
          origin: { file, path: ['measures', measureId, 'indicators', indicatorId] },
          at: 'key',
        });
      }
      entries.set(measureId, {
        measureId,
        status: entry.status ?? null,
        rating: entry.rating ?? null,
        indicators: new Map(Object.entries(entry.indicators ?? {}).filter(([id]) => known.includes(id))),
        revisedTCo2e: entry.revised_t_co2e ?? null,
        comment: entry.comment ?? null,
        origin,
      });
    }
    records.push({ file, period, date: data.date ?? null, entries, origin: { file, path: [] } });
  }
  return records.sort(
    (a, b) =>
      a.period.year - b.period.year ||
      a.period.endMonth - b.period.endMonth ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.file.localeCompare(b.file),
  );
}

function sortedYearMap(written: Record<string, number>): Map<number, number> {
  return new Map(
    Object.entries(written)
      .map(([year, value]) => [Number(year), value] as const)
      .sort((a, b) => a[0] - b[0]),
  );
}

/**
 * True the first time `id` is seen, and remembers where; a later one gets a `duplicate-id` finding
 * (naming the first file) and false, so the caller skips it.
 */
function firstId(
  seen: Map<string, Origin>,
  kind: IdKind,
  id: string,
  origin: Origin,
  findings: Finding[],
  measure?: string,
): boolean {
  const previous = seen.get(id);
  if (previous) {
    findings.push(duplicateId(kind, id, previous, origin, measure));
    return false;
  }
  seen.set(id, origin);
  return true;
}

function duplicateId(kind: IdKind, id: string, first: Origin, origin: Origin, measure?: string): Finding {
  return {
    code: 'duplicate-id',
    ...say('duplicateId', { kind, id, first: first.file, ...(measure === undefined ? {} : { measure }) }),
    origin,
  };
}

/** A catalogue that takes any id in the scopes that may declare categories (whose declarations did not load). */
function anySectorBeyondTerritorial(catalogue: SectorCatalogue): SectorCatalogue {
  return { ...catalogue, isOfScope: (id, scope) => scope !== 'territorial' || catalogue.isOfScope(id, scope) };
}

/** Reports an unknown sector (with the nearest ids as hint); true when the sector is valid. */
function checkSector(
  sector: string,
  scope: Scope,
  origin: Origin,
  at: 'key' | 'value',
  findings: Finding[],
  catalogue: SectorCatalogue,
): boolean {
  if (catalogue.isOfScope(sector, scope)) return true;
  const allowed = catalogue.idsForScope(scope);
  const near = nearestList(sector, allowed);
  const elsewhere = catalogue.categories.find((category) => category.id === sector);
  const found = labelFor(sector, allowed, catalogue.categories);
  const label = found === undefined || found.id === sector ? undefined : found;
  if (sector !== 'other' && !elsewhere && label === undefined) {
    findings.push({ code: 'unknown-sector', ...say('unknownSector', { sector, near, allowed }), origin, at });
    return false;
  }
  const other = {
    sector,
    scope,
    ...(elsewhere === undefined ? {} : { elsewhere: elsewhere.scope }),
    ...(label === undefined ? {} : { label }),
    near,
    allowed,
  };
  findings.push({ code: 'unknown-sector', ...say('sectorOfOtherScope', other), origin, at });
  return false;
}

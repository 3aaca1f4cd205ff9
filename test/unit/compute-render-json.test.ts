import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { renderJson } from '../../src/render/json.js';
import { makeBudget, makeCost, makeMeasure, makeTarget } from '../fixtures/budgets.js';

const budget = makeBudget({
  manifest: { municipality: { name: 'Ærøvik', number: '0301' }, planPeriod: { start: 2026, end: 2027 }, horizon: 2027 },
  inventory: { territorial: { 2015: { heating: 0 }, 2024: { heating: 0, road_traffic: 100 } } },
  measures: [
    makeMeasure({ id: 'M', responsible: '__proto__', effect: 10, cost: makeCost({ investment: 100, lifetime: 0 }) }),
    makeMeasure({ id: 'N', responsible: null, sector: 'heating', effect: 5, cost: makeCost({ annual: 1 }) }),
  ],
  targets: [makeTarget({ id: 't', sectors: ['heating'], year: 2027, reductionPct: 50 })],
});
const text = renderJson(computeReport(budget), budget.manifest.language);
const json = JSON.parse(text);

describe('renderJson (SPEC §7.1)', () => {
  it('ends with a newline and indents by two spaces', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schema_version": 1,');
  });

  it('formats exactly as JSON.stringify(value, null, 2) does', () => {
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('keeps the SPEC’s top-level keys in order', () => {
    const keys = Object.keys(json);
    const specKeys = [
      'schema_version',
      'municipality',
      'plan_period',
      'horizon',
      'scopes',
      'targets',
      'measures',
      'totals',
      'costs',
    ];
    expect(keys.filter((key) => specKeys.includes(key))).toEqual(specKeys);
  });

  it('keeps the SPEC’s measure keys in order', () => {
    const specKeys = [
      'id',
      'sector',
      'scope',
      'responsible',
      'status',
      'current_status',
      'rating',
      'kind',
      'counted',
      'full_effect_t',
      'effect',
      'effect_low',
      'effect_high',
      'cost',
    ];
    expect(Object.keys(json.measures[0]).filter((key: string) => specKeys.includes(key))).toEqual(specKeys);
    expect(Object.keys(json.measures[0].cost).slice(0, 4)).toEqual(['investment', 'annual', 'annualised', 'nok_per_t']);
  });

  it('keys years as strings and covers plan start … horizon for measures, L+1 … horizon for scopes', () => {
    expect(Object.keys(json.measures[0].effect)).toEqual(['2026', '2027']);
    expect(Object.keys(json.scopes.territorial.baseline)).toEqual(['2025', '2026', '2027']);
    expect(Object.keys(json.scopes.territorial.actual)).toEqual(['2015', '2024']);
    expect(json.scopes.territorial.actual['2015'].by_sector).toEqual({ heating: 0 });
  });

  it('writes non-finite numbers as null', () => {
    const target = json.targets[0];
    expect(target.progress.achieved_pct).toBeNull();
    expect(target.coverage['2025']).toBeNull();
    const measure = json.measures.find((entry: { id: string }) => entry.id === 'M');
    expect(measure.cost.annualised).toBeNull();
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('keeps data keys in the report’s order, even integer-like ones', () => {
    const numbered = makeBudget({
      inventory: { territorial: { 2024: { road_traffic: 100 } } },
      measures: [makeMeasure({ id: 'A', responsible: '(unit)' }), makeMeasure({ id: 'B', responsible: '2024' })],
    });
    const totals =
      renderJson(computeReport(numbered), numbered.manifest.language).split('"by_responsible": {')[1] ?? '';
    expect(totals.indexOf('"(unit)"')).toBeLessThan(totals.indexOf('"2024"'));
  });

  it('keeps a "__proto__" responsible as a plain key and keys a missing responsible as ""', () => {
    expect(Object.keys(json.totals['2026'].by_responsible)).toEqual(['__proto__', '']);
    expect(json.measures.find((entry: { id: string }) => entry.id === 'N').responsible).toBeNull();
    const costs = json.costs['2026'].by_responsible;
    expect(Object.entries(costs)).toEqual([
      ['__proto__', 100],
      ['', 1],
    ]);
    expect(Object.getPrototypeOf(costs)).toBe(Object.prototype);
  });

  it('carries the municipality as written', () => {
    expect(json.municipality).toEqual({ name: 'Ærøvik', number: '0301' });
  });
});

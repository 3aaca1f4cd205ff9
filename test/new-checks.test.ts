/** The edges of the checks of issue 12 beyond their one-code fixtures (test/fixtures/invalid/<code>/). */
import { afterAll, describe, expect, it } from 'vitest';
import { tempBudgets } from './helpers/temp-budget.js';

const manifest = (targets: string, extra = '') => `schema_version: 1
municipality: { name: Testby }
plan_period: { start: 2026, end: 2029 }
${extra}targets:
${targets}`;
const inventory = `schema_version: 1
years:
  2015: { road_traffic: { Personbiler: 700, Busser: 300 }, heating: 500 }
  2024: { road_traffic: { Personbiler: 600, Busser: 200 }, heating: 200 }
`;
const measure = (fields: string) => `schema_version: 1
measures:
  - id: M1
    title: x
    responsible: r
    indicators: [{ id: i, title: t }]
${fields}`;
const target = '  - { id: t2030, base_year: 2015, year: 2030, reduction_pct: 50 }\n';

const budgets = tempBudgets({ 'budget.yaml': manifest(target), 'inventory/i.yaml': inventory });
afterAll(() => budgets.dispose());
const codesOf = (files: Record<string, string>) => budgets.validate(files).map((d) => `${d.code} ${d.at}`);
const plain = measure('    sector: heating\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 1 }\n');

describe('target-reduction-sign and -fraction', () => {
  it.each([
    ['-55', 'target-reduction-sign'],
    ['0', 'target-reduction-sign'],
    ['120', 'target-reduction-sign'],
    ['0.55', 'target-reduction-fraction'],
  ])('reduction_pct: %s → %s, on targets and milestones alike', (pct, code) => {
    const written = `  - id: t2030\n    base_year: 2015\n    year: 2030\n    reduction_pct: ${pct}\n    milestones:\n      - { year: 2027, reduction_pct: ${pct} }\n`;
    expect(codesOf({ 'budget.yaml': manifest(written), 'measures/m.yaml': plain })).toEqual([
      `${code} budget.yaml:8`,
      `${code} budget.yaml:10`,
    ]);
  });

  it('says nothing for 1, 55 and 100, nor for level_t', () => {
    for (const pct of ['1', '55', '100']) {
      const written = `  - { id: t2030, base_year: 2015, year: 2030, reduction_pct: ${pct} }\n`;
      expect(codesOf({ 'budget.yaml': manifest(written), 'measures/m.yaml': plain })).toEqual([]);
    }
    const level = '  - { id: t2030, base_year: 2015, year: 2030, level_t: -5 }\n';
    expect(codesOf({ 'budget.yaml': manifest(level), 'measures/m.yaml': plain })).not.toContain(
      'target-reduction-sign',
    );
  });
});

describe('effect-range-order', () => {
  it('a high below the central estimate; an equal range is fine', () => {
    const high = measure(
      '    sector: heating\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 10, low: 5, high: 8 }\n',
    );
    expect(codesOf({ 'measures/m.yaml': high })).toEqual(['effect-range-order measures/m.yaml:10']);
    const equal = measure(
      '    sector: heating\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 10, low: 10, high: 10 }\n',
    );
    expect(codesOf({ 'measures/m.yaml': equal })).toEqual([]);
  });
});

describe('measure-outside-horizon', () => {
  const late = (status: string, kind = 'quantified') =>
    measure(
      `    sector: heating\n    status: ${status}\n    kind: ${kind}\n    start: 2031\n    effect: { t_co2e: 1 }\n`,
    );

  it('only for counted measures, and within a written horizon not at all', () => {
    expect(codesOf({ 'measures/m.yaml': late('adopted') })).toEqual(['measure-outside-horizon measures/m.yaml:10']);
    expect(codesOf({ 'measures/m.yaml': late('cancelled') })).toEqual([]);
    expect(codesOf({ 'measures/m.yaml': late('adopted', 'in_baseline') })).toEqual([]);
    expect(codesOf({ 'budget.yaml': manifest(target, 'horizon: 2035\n'), 'measures/m.yaml': late('adopted') })).toEqual(
      [],
    );
  });

  it('suggests the year with two digits swapped only when one such year lies in the budget', () => {
    const swapped = budgets.validate({ 'measures/m.yaml': plain.replace('start: 2026', 'start: 2082') });
    expect(swapped[0]?.hint).toMatch(/^Did you mean 2028\? The budget computes 2026–2030/);
    const far = budgets.validate({ 'measures/m.yaml': plain.replace('start: 2026', 'start: 2100') });
    expect(far[0]?.hint).toMatch(/^The budget computes 2026–2030/);
  });
});

describe('baseline-year-ignored', () => {
  it('only for an explicit baseline', () => {
    const explicit =
      'schema_version: 1\nmethod: explicit\nyears:\n  2024: { heating: 100 }\n  2030: { heating: 100 }\n';
    expect(codesOf({ 'baseline.yaml': explicit, 'measures/m.yaml': plain })).toEqual([
      'baseline-year-ignored baseline.yaml:4',
    ]);
    const growth = 'schema_version: 1\nmethod: growth\ngrowth_pct: { default: -1 }\n';
    expect(codesOf({ 'baseline.yaml': growth, 'measures/m.yaml': plain })).toEqual([]);
  });
});

describe('unknown-source', () => {
  const sourced = (sector: string, source: string) =>
    measure(
      `    sector: ${sector}\n    source: ${source}\n    status: adopted\n    start: 2026\n    effect: { t_co2e: 1 }\n`,
    );

  it('a source of the sector passes; another sector’s, or a sector without sources, does not', () => {
    expect(codesOf({ 'measures/m.yaml': sourced('road_traffic', 'Busser') })).toEqual([]);
    const wrongSector = budgets.validate({ 'measures/m.yaml': sourced('heating', 'Busser') });
    expect(wrongSector.map((d) => d.code)).toEqual(['unknown-source']);
    expect(wrongSector[0]?.message).toContain('without sources');
    const typo = budgets.validate({ 'measures/m.yaml': sourced('road_traffic', 'Buss') });
    expect(typo[0]?.hint).toBe('Did you mean "Busser"?');
  });
});

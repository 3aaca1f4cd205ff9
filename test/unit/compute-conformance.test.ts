/**
 * The three conformance cases of ../shared/conformance, rebuilt by hand as normalised budgets (the
 * loader is not involved), computed and rendered as JSON, and compared with expected.json by the
 * rules of compare.py.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeReport } from '../../src/compute/report.js';
import type { Budget } from '../../src/model/budget.js';
import { renderJson } from '../../src/render/json.js';
import {
  type InventoryYears,
  makeActivity,
  makeBudget,
  makeCost,
  makeExplicitBaseline,
  makeFactor,
  makeFollowUp,
  makeMeasure,
  makeTarget,
} from '../fixtures/budgets.js';
import { compareWithExpected } from '../helpers/compare-expected.js';
import { hasShared, sharedDir } from '../helpers/shared.js';

const casesDir = join(sharedDir, 'conformance', 'cases');
const sharedMissing = !hasShared;
const note = sharedMissing ? ' (skipped: ../shared/conformance is missing)' : '';

function expectedOf(name: string): unknown {
  return JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8'));
}

function conform(budget: Budget, name: string): string[] {
  return compareWithExpected(JSON.parse(renderJson(computeReport(budget), budget.manifest.language)), expectedOf(name));
}

function c01(): Budget {
  const buildings = { file: 'measures/buildings.yaml', path: ['measures', 0] };
  const transport = { file: 'measures/transport.yaml', path: ['measures', 0] };
  return makeBudget({
    manifest: {
      municipality: { name: 'Minstevik', number: '9999' },
      language: 'en',
      planPeriod: { start: 2026, end: 2029 },
      horizon: 2030,
    },
    inventory: {
      territorial: {
        2015: { road_traffic: 10000, heating: 2000, agriculture: 3000 },
        2024: { road_traffic: 8000, heating: 1000, agriculture: 3000 },
      },
    },
    measures: [
      makeMeasure({
        id: 'B1',
        sector: 'heating',
        responsible: 'Property',
        status: 'in_progress',
        start: 2026,
        end: 2029,
        effect: 150,
        cost: makeCost({ annual: 50000 }),
        origin: buildings,
      }),
      makeMeasure({
        id: 'B2',
        sector: 'heating',
        responsible: 'Climate office',
        kind: 'not_quantified',
        start: 2026,
        cost: makeCost({ annual: 100000 }),
        origin: buildings,
      }),
      makeMeasure({
        id: 'M1',
        responsible: 'Fleet',
        start: 2026,
        fullEffect: 2028,
        effect: { tCo2e: 300, low: 200, high: 400 },
        cost: makeCost({ investment: 1_000_000, annual: -20000, lifetime: 8 }),
        origin: transport,
      }),
      makeMeasure({
        id: 'M2',
        responsible: 'Transport',
        status: 'proposed',
        start: 2027,
        effect: 1200,
        cost: makeCost({ investment: 5_000_000, lifetime: 15 }),
        origin: transport,
      }),
      makeMeasure({
        id: 'M3',
        responsible: 'Transport',
        status: 'cancelled',
        start: 2026,
        effect: 999,
        origin: transport,
      }),
    ],
    targets: [makeTarget({ id: 't2030', baseYear: 2015, year: 2030, reductionPct: 60 })],
  });
}

function c02(): Budget {
  const inventory = parse(readFileSync(join(casesDir, 'c02-porsgrunn', 'inventory', 'mdir-2026.yaml'), 'utf8')) as {
    years: InventoryYears;
  };
  return makeBudget({
    manifest: {
      municipality: { name: 'Porsgrunn', number: '4001' },
      language: 'nb',
      planPeriod: { start: 2026, end: 2029 },
      horizon: 2030,
    },
    inventory: { territorial: inventory.years },
    measures: [
      makeMeasure({
        id: 'VT-1',
        source: 'Personbiler',
        responsible: 'Eiendom og drift',
        start: 2026,
        fullEffect: 2029,
        effect: 450,
        cost: makeCost({ investment: 3_000_000, annual: -150000, lifetime: 10 }),
      }),
      makeMeasure({
        id: 'OPP-1',
        sector: 'heating',
        source: 'LPG',
        responsible: 'Eiendom og drift',
        status: 'proposed',
        start: 2027,
        effect: { tCo2e: 300, low: 200, high: 350 },
      }),
      makeMeasure({
        id: 'AV-1',
        sector: 'waste_wastewater',
        responsible: 'Renovasjon',
        status: 'in_progress',
        start: 2026,
        effect: 1500,
      }),
      makeMeasure({
        id: 'KJ-1',
        sector: 'other',
        scope: 'own_operations',
        responsible: 'HMS',
        status: 'completed',
        start: 2022,
        effect: 40,
        cost: makeCost({ annual: -500000 }),
      }),
    ],
    targets: [
      makeTarget({
        id: 'kep-2025',
        baseYear: 2015,
        year: 2025,
        reductionPct: 35,
        excludeSectors: ['industry', 'shipping'],
      }),
      makeTarget({
        id: 'illustrasjon-2030',
        baseYear: 2009,
        year: 2030,
        reductionPct: 55,
        excludeSectors: ['industry', 'shipping'],
        milestones: [{ year: 2027, reductionPct: 40 }],
      }),
    ],
  });
}

function c03(): Budget {
  const dieselB7 = makeFactor({ id: 'diesel_b7', unit: 'l', values: { 2024: 2.5, 2030: 2.2 } });
  const machineEnergy = makeFactor({ id: 'machine_energy', unit: 'kWh', kgCo2e: 0.265 });
  const diesel = makeFactor({ id: 'diesel', unit: 'l', kgCo2e: 2.66, builtin: true });
  return makeBudget({
    manifest: {
      municipality: { name: 'Faktorby', number: null },
      planPeriod: { start: 2025, end: 2028 },
      horizon: 2032,
      discountRate: 0.05,
      trajectory: 'linear_from_base',
      countStatuses: ['adopted', 'in_progress', 'completed'],
    },
    inventory: {
      territorial: [
        {
          2020: { road_traffic: { Personbiler: 5000, Busser: 1000 }, heating: 2000, other_mobile: 1500 },
          2022: { road_traffic: { Personbiler: 4600, Busser: 900 }, heating: 1500, other_mobile: 1600 },
        },
        {
          2023: {
            road_traffic: { Personbiler: 4400, Busser: 950 },
            heating: 1200,
            other_mobile: 1700,
            agriculture: 800,
          },
        },
      ],
    },
    baselines: [
      makeExplicitBaseline({
        2027: { road_traffic: 5000, heating: 900 },
        2030: { road_traffic: 4500, heating: 600, other_mobile: 1500 },
      }),
    ],
    factors: [dieselB7, machineEnergy, diesel],
    measures: [
      makeMeasure({
        id: 'A1',
        source: 'Busser',
        responsible: 'Transport',
        start: 2025,
        fullEffect: 2027,
        activity: [makeActivity(dieselB7, -200000)],
        uncertaintyPct: 25,
        cost: makeCost({ investment: 20_000_000, annual: 500000, lifetime: 12 }),
      }),
      makeMeasure({
        id: 'A2',
        sector: 'other_mobile',
        responsible: 'Property',
        status: 'in_progress',
        start: 2026,
        phase: { 2026: 0.1, 2028: 0.5, 2030: 1.0 },
        activity: [makeActivity(machineEnergy, -1_500_000, { amount: -1.5, unit: 'GWh' }), makeActivity(diesel, 1000)],
        cost: makeCost({ investment: 0, annual: 800000 }),
      }),
      makeMeasure({
        id: 'A3',
        sector: 'heating',
        responsible: 'Planning',
        status: 'completed',
        start: 2025,
        end: 2030,
        effect: 200,
      }),
      makeMeasure({
        id: 'A4',
        sector: 'heating',
        responsible: 'Planning',
        status: 'proposed',
        start: 2026,
        effect: 500,
      }),
      makeMeasure({ id: 'A5', responsible: 'State', kind: 'in_baseline', start: 2025 }),
    ],
    targets: [
      makeTarget({
        id: 't2032',
        baseYear: 2020,
        year: 2032,
        levelT: 4000,
        sectors: ['road_traffic', 'heating', 'other_mobile'],
        milestones: [{ year: 2026, reductionPct: 30 }],
      }),
    ],
    followups: [
      makeFollowUp(
        '2026-T2',
        { A3: { status: 'completed', revisedTCo2e: 260 }, A2: { status: 'in_progress', comment: 'slow start' } },
        '2026-08-31',
      ),
      makeFollowUp('2027-T3', { A2: { status: 'cancelled', comment: 'stopped: no contractor' } }, '2027-12-31'),
    ],
  });
}

describe('conformance cases rebuilt as budgets', () => {
  it.skipIf(sharedMissing)(`c01-minimal: direct effects, phase-in, end, statuses, costs, flat baseline${note}`, () => {
    expect(conform(c01(), 'c01-minimal')).toEqual([]);
  });

  it.skipIf(sharedMissing)(`c02-porsgrunn: real inventory, exclusions, milestone, own operations${note}`, () => {
    expect(conform(c02(), 'c02-porsgrunn')).toEqual([]);
  });

  it.skipIf(sharedMissing)(
    `c03-activity: factors, explicit phase and baseline, revision, cancellation, linear_from_base${note}`,
    () => {
      expect(conform(c03(), 'c03-activity')).toEqual([]);
    },
  );
});

describe('compareWithExpected (the rules of compare.py)', () => {
  it('accepts numbers within 1e-6 relative and ignores extra keys', () => {
    expect(compareWithExpected({ a: 1000.0005, b: 1e-9, extra: true }, { a: 1000, b: 0 })).toEqual([]);
  });

  it('reports numbers outside the tolerance, missing keys and other values', () => {
    expect(compareWithExpected({ a: 1.01, c: 'x', d: null }, { a: 1, b: 2, c: 'y', d: false })).toEqual([
      '$.a: expected 1, got 1.01',
      '$.b: missing',
      '$.c: expected "y", got "x"',
      '$.d: expected false, got null',
    ]);
  });

  it('matches lists of objects by id and compares other lists as sets', () => {
    const got = {
      rows: [
        { id: 'B', v: 2 },
        { id: 'A', v: 1, w: 0 },
      ],
      tags: ['y', 'x'],
    };
    expect(
      compareWithExpected(got, {
        rows: [
          { id: 'A', v: 1 },
          { id: 'B', v: 2 },
        ],
        tags: ['x', 'y'],
      }),
    ).toEqual([]);
    expect(compareWithExpected(got, { rows: [{ id: 'C', v: 1 }], tags: ['x'] })).toEqual([
      '$.rows[id=C]: missing',
      '$.tags: expected ["x"] (any order), got ["y","x"]',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { annualisedCost, costPerTonne } from '../../src/compute/costs.js';
import { computeReport } from '../../src/compute/report.js';
import { makeBudget, makeCost, makeFollowUp, makeMeasure } from '../fixtures/budgets.js';

describe('annualised cost and NOK/t (SPEC §5.5)', () => {
  it('annualises the investment at the discount rate over the lifetime and adds the annual cost', () => {
    expect(annualisedCost({ investment: 1_000_000, annual: -20000, lifetime: 8 }, 0.04)).toBeCloseTo(
      128527.83204671284,
      6,
    );
  });

  it('spreads the investment evenly when r = 0', () => {
    expect(annualisedCost({ investment: 1_000_000, annual: 5000, lifetime: 10 }, 0)).toBe(105000);
  });

  it('keeps its digits for a tiny rate (1 + r rounds to 1 below about 1e-16): finite, within 1e-6 of the exact annuity', () => {
    const cost = { investment: 1_000_000, annual: 5000, lifetime: 10 };
    // The exact annuity, without the cancellation of 1 − (1 + r)^−n: −expm1(−n · log1p(r)).
    const exact = (rate: number) =>
      (cost.investment * rate) / -Math.expm1(-cost.lifetime * Math.log1p(rate)) + cost.annual;
    for (const rate of [1e-20, 1e-17, 1e-16, 1e-14, 1e-12, 1e-10, 1e-9, 1e-8, 1e-6]) {
      const annualised = annualisedCost(cost, rate);
      expect(Number.isFinite(annualised), `r = ${rate}`).toBe(true);
      expect(Math.abs(annualised / exact(rate) - 1), `r = ${rate}`).toBeLessThan(1e-6);
    }
  });

  it('divides by E*(full), and is null without cost or when E*(full) ≤ 0', () => {
    expect(costPerTonne(50000, 150)).toBeCloseTo(333.3333333333333, 9);
    expect(costPerTonne(-500000, 40)).toBe(-12500);
    expect(costPerTonne(null, 150)).toBeNull();
    expect(costPerTonne(1000, 0)).toBeNull();
    expect(costPerTonne(1000, -5)).toBeNull();
    expect(costPerTonne(1000, null)).toBeNull();
  });

  it('uses E* in the full-effect year, with a revision dated at or before that year', () => {
    const measure = (id: string) =>
      makeMeasure({ id, start: 2026, fullEffect: 2028, effect: 300, cost: makeCost({ annual: 30000 }) });
    const report = computeReport(
      makeBudget({
        inventory: { territorial: { 2024: { road_traffic: 9000 } } },
        measures: [measure('M'), measure('R'), measure('L')],
        followups: [
          makeFollowUp('2027-T2', { R: { revisedTCo2e: 200 } }),
          makeFollowUp('2029', { L: { revisedTCo2e: 100 } }),
        ],
      }),
    );
    const byId = new Map(report.measures.map((row) => [row.id, row]));
    expect(byId.get('M')?.fullEffectYear).toBe(2028);
    expect(byId.get('M')).toMatchObject({ fullEffectT: 300, cost: { nokPerT: 100 } });
    expect(byId.get('R')).toMatchObject({ fullEffectT: 200, cost: { nokPerT: 150 } });
    // A revision after the full-effect year changes later effects, not E*(full).
    expect(byId.get('L')).toMatchObject({ fullEffectT: 300, cost: { nokPerT: 100 } });
  });
});

describe('costs by year', () => {
  const report = computeReport(
    makeBudget({
      manifest: { planPeriod: { start: 2026, end: 2029 }, horizon: 2030 },
      inventory: { territorial: { 2024: { road_traffic: 9000, heating: 3000 } } },
      measures: [
        makeMeasure({ id: 'A', responsible: 'Fleet', start: 2026, cost: makeCost({ investment: 1000, annual: 10 }) }),
        makeMeasure({
          id: 'B',
          responsible: 'Property',
          start: 2027,
          end: 2028,
          cost: makeCost({ annual: 5, investment: 300, investmentYear: 2026 }),
        }),
        makeMeasure({
          id: 'C',
          responsible: 'Climate',
          kind: 'not_quantified',
          start: 2026,
          cost: makeCost({ annual: 7 }),
        }),
        makeMeasure({ id: 'D', responsible: 'Fleet', status: 'cancelled', cost: makeCost({ annual: 1_000_000 }) }),
        makeMeasure({ id: 'E', responsible: 'Nobody', start: 2026 }),
      ],
    }),
  );

  it('puts the investment in its year and annual costs in start … end (or the horizon)', () => {
    expect(report.costs.investment).toEqual([1300, 0, 0, 0, 0]);
    expect(report.costs.annual).toEqual([17, 22, 22, 17, 17]);
    expect(report.costs.total).toEqual([1317, 22, 22, 17, 17]);
  });

  it('counts costs of counted statuses whatever the kind, and never of cancelled measures', () => {
    expect(report.costs.byResponsible.map((row) => row.key)).toEqual(['Climate', 'Fleet', 'Property']);
  });

  it('lists a responsible only in years with a cost item', () => {
    const property = report.costs.byResponsible.find((row) => row.key === 'Property');
    expect(property?.values).toEqual([300, 5, 5, null, null]);
  });

  it('gives each measure its own cost by year, and zeros with known: false without cost', () => {
    const byId = new Map(report.measures.map((measure) => [measure.id, measure]));
    expect(byId.get('B')?.costByYear).toEqual([300, 5, 5, 0, 0]);
    expect(byId.get('D')?.costByYear).toEqual([1e6, 1e6, 1e6, 1e6, 1e6]);
    expect(byId.get('E')?.cost).toEqual({
      known: false,
      investment: 0,
      investmentYear: null,
      annual: 0,
      lifetime: null,
      annualised: 0,
      nokPerT: null,
    });
  });
});

describe('abatement cost curve', () => {
  it('lists counted measures with NOK/t cheapest first, as wide as E*(full), with cumulative widths', () => {
    const report = computeReport(
      makeBudget({
        inventory: { territorial: { 2024: { road_traffic: 9000 } } },
        measures: [
          makeMeasure({ id: 'X', effect: 100, cost: makeCost({ annual: 10000 }) }),
          makeMeasure({ id: 'Y', effect: 50, cost: makeCost({ annual: -1000 }) }),
          makeMeasure({ id: 'Z', effect: 10 }),
          makeMeasure({ id: 'W', status: 'cancelled', effect: 10, cost: makeCost({ annual: 1 }) }),
          makeMeasure({ id: 'V', effect: 20, cost: makeCost({ annual: 2000 }) }),
        ],
      }),
    );
    expect(report.abatementCurve).toEqual([
      {
        id: 'Y',
        title: 'Y',
        sector: 'road_traffic',
        scope: 'territorial',
        nokPerT: -20,
        widthT: 50,
        cumulativeStartT: 0,
        cumulativeEndT: 50,
      },
      {
        id: 'V',
        title: 'V',
        sector: 'road_traffic',
        scope: 'territorial',
        nokPerT: 100,
        widthT: 20,
        cumulativeStartT: 50,
        cumulativeEndT: 70,
      },
      {
        id: 'X',
        title: 'X',
        sector: 'road_traffic',
        scope: 'territorial',
        nokPerT: 100,
        widthT: 100,
        cumulativeStartT: 70,
        cumulativeEndT: 170,
      },
    ]);
  });
});

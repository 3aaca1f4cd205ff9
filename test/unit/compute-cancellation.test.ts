import { describe, expect, it } from 'vitest';
import { collectCancellations } from '../../src/compute/cancellations.js';
import { computeReport } from '../../src/compute/report.js';
import { makeBudget, makeCost, makeFollowUp, makeMeasure } from '../fixtures/budgets.js';

describe('collectCancellations (SPEC §5.2, current status of §5.7)', () => {
  it('keeps measures whose latest status is cancelled, from the year of the record that cancelled them', () => {
    const cancellations = collectCancellations([
      makeFollowUp('2028-T1', { A: { status: 'cancelled' }, B: { comment: 'no status: still cancelled' } }),
      makeFollowUp('2027-T3', { A: { status: 'cancelled' }, B: { status: 'cancelled' }, C: { status: 'cancelled' } }),
      makeFollowUp('2028-T2', { C: { status: 'in_progress' } }),
    ]);
    // A: cancelled twice, stopped at the first; C: resumed later, so not cancelled.
    expect([...cancellations]).toEqual([
      ['A', { fromYear: 2027, period: '2027-T3' }],
      ['B', { fromYear: 2027, period: '2027-T3' }],
    ]);
  });
});

describe('a measure cancelled in a follow-up', () => {
  const report = computeReport(
    makeBudget({
      manifest: { planPeriod: { start: 2026, end: 2029 }, horizon: 2030 },
      inventory: { territorial: { 2024: { road_traffic: 9000, heating: 3000 } } },
      measures: [
        makeMeasure({
          id: 'K',
          start: 2026,
          fullEffect: 2027,
          effect: { tCo2e: 100, low: 80, high: 120 },
          cost: makeCost({ investment: 1000, investmentYear: 2028, annual: 10 }),
        }),
        makeMeasure({
          id: 'E',
          sector: 'heating',
          start: 2026,
          effect: 40,
          uncertaintyPct: 50,
          cost: makeCost({ investment: 500, investmentYear: 2026, annual: 5 }),
        }),
        makeMeasure({ id: 'S', start: 2026, effect: 10, cost: makeCost({ annual: 1 }) }),
      ],
      followups: [
        makeFollowUp('2026-T2', { E: { revisedTCo2e: 60 } }),
        makeFollowUp('2028-T1', { K: { status: 'cancelled' }, E: { status: 'cancelled' } }),
        makeFollowUp('2029', { E: { revisedTCo2e: 70 } }),
      ],
    }),
  );
  const byId = new Map(report.measures.map((measure) => [measure.id, measure]));

  it('has no effect from the record’s year on, central, low and high; earlier years stay', () => {
    expect(byId.get('K')?.effect).toEqual([50, 100, 0, 0, 0]);
    expect(byId.get('K')?.effectLow).toEqual([40, 80, 0, 0, 0]);
    expect(byId.get('K')?.effectHigh).toEqual([60, 120, 0, 0, 0]);
    // A revision after the cancellation does not bring the effect back.
    expect(byId.get('E')?.effect).toEqual([60, 60, 0, 0, 0]);
    expect(byId.get('E')?.effectHigh).toEqual([90, 90, 0, 0, 0]);
  });

  it('leaves the sums of later years, and the target figures built on them', () => {
    const scope = report.scopes[0];
    expect(scope?.effect.total).toEqual([0, 120, 170, 10, 10, 10]);
    expect(scope?.projected.total).toEqual([12000, 11880, 11830, 11990, 11990, 11990]);
    expect(report.totals.scopes[0]?.total).toEqual([120, 170, 10, 10, 10]);
  });

  it('stops annual costs from that year and drops an investment not yet made', () => {
    expect(byId.get('K')?.costByYear).toEqual([10, 10, 0, 0, 0]);
    expect(byId.get('E')?.costByYear).toEqual([505, 5, 0, 0, 0]);
    expect(report.costs.investment).toEqual([500, 0, 0, 0, 0]);
    expect(report.costs.annual).toEqual([16, 16, 1, 1, 1]);
  });

  it('keeps the written cost figures and names the cancelling record', () => {
    expect(byId.get('K')?.cost).toMatchObject({ investment: 1000, annual: 10 });
    expect(byId.get('K')?.cancellation).toEqual({ fromYear: 2028, period: '2028-T1' });
    expect(byId.get('S')?.cancellation).toBeNull();
    expect(byId.get('K')?.currentStatus).toBe('cancelled');
    expect(byId.get('K')?.counted).toBe(true);
  });

  it('gives E*(full) 0 and no NOK/t when cancelled at or before the full-effect year', () => {
    const early = computeReport(
      makeBudget({
        inventory: { territorial: { 2024: { road_traffic: 9000 } } },
        measures: [makeMeasure({ id: 'M', start: 2026, fullEffect: 2028, effect: 300, cost: makeCost({ annual: 1 }) })],
        followups: [makeFollowUp('2027', { M: { status: 'cancelled' } })],
      }),
    );
    expect(early.measures[0]).toMatchObject({ fullEffectT: 0, cost: { nokPerT: null } });
    expect(early.abatementCurve).toEqual([]);
  });

  it('stops the costs of a measure that is not quantified, and of one cancelled before it started', () => {
    const stopped = computeReport(
      makeBudget({
        manifest: { planPeriod: { start: 2026, end: 2028 }, horizon: 2029 },
        inventory: { territorial: { 2024: { road_traffic: 9000 } } },
        measures: [
          makeMeasure({ id: 'N', kind: 'not_quantified', start: 2026, cost: makeCost({ annual: 7 }) }),
          makeMeasure({ id: 'L', start: 2028, effect: 50, cost: makeCost({ investment: 100, annual: 3 }) }),
        ],
        followups: [makeFollowUp('2027', { N: { status: 'cancelled' }, L: { status: 'cancelled' } })],
      }),
    );
    const byId = new Map(stopped.measures.map((measure) => [measure.id, measure]));
    expect(byId.get('N')?.costByYear).toEqual([7, 0, 0, 0]);
    expect(byId.get('N')?.fullEffectT).toBeNull();
    expect(byId.get('L')?.costByYear).toEqual([0, 0, 0, 0]);
    expect(byId.get('L')?.effect).toEqual([0, 0, 0, 0]);
    expect(stopped.costs.total).toEqual([7, 0, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { pathAnchors, pathValueAt } from '../../src/compute/target-path.js';
import { coveredSectors } from '../../src/compute/targets.js';
import { makeBudget, makeFollowUp, makeMeasure, makeTarget } from '../fixtures/budgets.js';

const inventory = {
  2015: { road_traffic: 10000, heating: 2000, agriculture: 3000, industry: 50000 },
  2024: { road_traffic: 8000, heating: 1000, agriculture: 3000, industry: 40000 },
};

describe('covered sectors', () => {
  it('are all inventory sectors (or the listed ones) minus the excluded, in sector order', () => {
    const all = ['industry', 'heating', 'road_traffic', 'agriculture'];
    expect(coveredSectors({ sectors: 'all', excludeSectors: ['industry'] }, all)).toEqual([
      'heating',
      'road_traffic',
      'agriculture',
    ]);
    expect(coveredSectors({ sectors: ['agriculture', 'heating'], excludeSectors: [] }, all)).toEqual([
      'heating',
      'agriculture',
    ]);
  });
});

describe('path anchors and values', () => {
  const target = { baseYear: 2015, year: 2030 };
  const milestones = [
    { year: 2020, level: 9000 },
    { year: 2027, level: 7000 },
  ];

  it('linear_from_latest: (L, latest), milestones after L, target', () => {
    expect(pathAnchors('linear_from_latest', target, 12000, 6000, milestones, { year: 2024, value: 10000 })).toEqual([
      { year: 2024, value: 10000 },
      { year: 2027, value: 7000 },
      { year: 2030, value: 6000 },
    ]);
  });

  it('linear_from_base: (base_year, base), every milestone, target', () => {
    expect(pathAnchors('linear_from_base', target, 12000, 6000, milestones, { year: 2024, value: 10000 })).toEqual([
      { year: 2015, value: 12000 },
      { year: 2020, value: 9000 },
      { year: 2027, value: 7000 },
      { year: 2030, value: 6000 },
    ]);
  });

  it('interpolates linearly and holds flat outside', () => {
    const anchors = [
      { year: 2024, value: 10000 },
      { year: 2027, value: 7000 },
      { year: 2030, value: 6000 },
    ];
    expect([2020, 2025, 2027, 2029, 2035].map((year) => pathValueAt(anchors, year))).toEqual([
      10000,
      9000,
      7000,
      6000 + 1000 / 3,
      6000,
    ]);
  });
});

describe('targets (SPEC §5.4)', () => {
  const budget = makeBudget({
    inventory: { territorial: inventory },
    measures: [
      makeMeasure({ id: 'M1', start: 2026, effect: 1000 }),
      makeMeasure({ id: 'I1', sector: 'industry', effect: 5000 }),
      makeMeasure({ id: 'P1', status: 'cancelled', effect: 7000 }),
    ],
    targets: [makeTarget({ id: 't', baseYear: 2015, year: 2030, reductionPct: 60, excludeSectors: ['industry'] })],
  });
  const [target] = computeReport(budget).targets;

  it('computes base and level over the covered sectors', () => {
    expect(target?.sectors).toEqual(['heating', 'road_traffic', 'agriculture']);
    expect(target?.base).toBe(15000);
    expect(target?.level).toBe(6000);
  });

  it('computes path, need, effect, gap and coverage for L+1 … year', () => {
    expect(target?.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(target?.path).toEqual([11000, 10000, 9000, 8000, 7000, 6000]);
    expect(target?.need).toEqual([1000, 2000, 3000, 4000, 5000, 6000]);
    expect(target?.effect).toEqual([0, 1000, 1000, 1000, 1000, 1000]);
    expect(target?.gap).toEqual([1000, 1000, 2000, 3000, 4000, 5000]);
    expect(target?.coverage).toEqual([0, 0.5, 1 / 3, 0.25, 0.2, 1 / 6]);
  });

  it('computes progress figures', () => {
    const progress = target?.progress;
    expect(progress?.latest).toBe(12000);
    expect(progress?.achievedPct).toBe(20);
    expect(progress?.progressRatio).toBeCloseTo(1 / 3, 12);
    expect(progress?.requiredAnnualT).toBe(1000);
    expect(progress?.requiredAnnualRatePct).toBeCloseTo((1 - 0.5 ** (1 / 6)) * 100, 12);
    expect(progress?.projectedAtYear).toBe(11000);
    expect(progress?.meetsTarget).toBe(false);
    expect(progress?.cumulativeProjected).toBe(12000 + 5 * 11000);
    expect(progress?.cumulativePath).toBe(51000);
    expect(progress?.cumulativeOvershoot).toBe(12000 + 5 * 11000 - 51000);
  });

  it('on_track compares latest with the linear_from_base path at L', () => {
    // base 15000 (2015) → 6000 (2030): 15000 − 9 × 600 = 9600 at 2024, latest 12000
    expect(target?.progress.expectedAtLatest).toBe(9600);
    expect(target?.progress.onTrack).toBe(false);
    const ahead = makeBudget({
      inventory: { territorial: { 2015: { heating: 1000 }, 2024: { heating: 500 } } },
      targets: [makeTarget({ id: 't', reductionPct: 40 })],
    });
    expect(computeReport(ahead).targets[0]?.progress.onTrack).toBe(true);
  });

  it('holds the linear_from_base path flat after the target year for on_track', () => {
    const past = makeBudget({
      inventory: { territorial: { 2015: { heating: 1000 }, 2024: { heating: 600 } } },
      targets: [makeTarget({ id: 't', year: 2020, reductionPct: 50 })],
      manifest: { horizon: 2030 },
    });
    const [report] = computeReport(past).targets;
    expect(report?.progress.expectedAtLatest).toBe(500);
    expect(report?.progress.onTrack).toBe(false);
    expect(report?.years).toEqual([]);
    expect(report?.progress.requiredAnnualT).toBeNull();
    expect(report?.progress.projectedAtYear).toBeNull();
    expect(report?.progress.meetsTarget).toBeNull();
  });

  it('uses level_t and gives milestones their own level', () => {
    const budget2 = makeBudget({
      inventory: { territorial: inventory },
      targets: [
        makeTarget({ id: 't', levelT: 4000, sectors: ['heating'], milestones: [{ year: 2026, reductionPct: 30 }] }),
      ],
    });
    const [report] = computeReport(budget2).targets;
    expect(report?.level).toBe(4000);
    expect(report?.milestones).toEqual([{ year: 2026, level: 1400 }]);
  });

  it('gives null coverage when need ≤ 0 and never non-finite ratios', () => {
    const zero = makeBudget({
      inventory: { territorial: { 2015: { heating: 0 }, 2024: { heating: 0 } } },
      targets: [makeTarget({ id: 't', reductionPct: 50 })],
    });
    const [report] = computeReport(zero).targets;
    expect(report?.coverage.every((value) => value === null)).toBe(true);
    expect(report?.progress.achievedPct).toBeNull();
    expect(report?.progress.progressRatio).toBeNull();
  });
});

describe('the decided view of a target (SPEC §5.4)', () => {
  const budget = makeBudget({
    inventory: { territorial: inventory },
    measures: [
      makeMeasure({ id: 'A', start: 2026, effect: 1000 }),
      makeMeasure({ id: 'G', sector: 'heating', status: 'in_progress', start: 2027, effect: 200 }),
      makeMeasure({ id: 'D', sector: 'agriculture', status: 'completed', start: 2025, effect: 100 }),
      makeMeasure({ id: 'P', status: 'proposed', start: 2028, effect: 500 }),
      makeMeasure({ id: 'X', status: 'postponed', start: 2026, effect: 300 }),
      makeMeasure({ id: 'I', sector: 'industry', effect: 5000 }),
    ],
    // A follow-up status changes no sum, the decided view included.
    followups: [makeFollowUp('2026', { P: { status: 'adopted' }, A: { status: 'postponed' } })],
    targets: [makeTarget({ id: 't', baseYear: 2015, year: 2030, reductionPct: 60, excludeSectors: ['industry'] })],
  });
  const [target] = computeReport(budget).targets;

  it('sums the counted measures whose own status is adopted, in_progress or completed', () => {
    // The default count_statuses count proposed and postponed measures too.
    expect(target?.effect).toEqual([100, 1400, 1600, 2100, 2100, 2100]);
    expect(target?.decided.effect).toEqual([100, 1100, 1300, 1300, 1300, 1300]);
  });

  it('adds the proposals back to the gap and divides by the same need', () => {
    expect(target?.decided.gap).toEqual(
      target?.gap.map((gap, index) => gap + (index >= 3 ? 800 : index >= 1 ? 300 : 0)),
    );
    expect(target?.decided.gap).toEqual([900, 900, 1700, 2700, 3700, 4700]);
    expect(target?.decided.coverage).toEqual([0.1, 0.55, 1300 / 3000, 1300 / 4000, 1300 / 5000, 1300 / 6000]);
  });

  it('equals the full view when every counted measure is decided, and is empty without an inventory', () => {
    const decidedOnly = makeBudget({
      manifest: { countStatuses: ['adopted', 'in_progress', 'completed'] },
      inventory: { territorial: inventory },
      measures: [makeMeasure({ id: 'A', start: 2026, effect: 1000 }), makeMeasure({ id: 'P', status: 'proposed' })],
      targets: [makeTarget({ id: 't', baseYear: 2015, year: 2030, reductionPct: 60 })],
    });
    const [full] = computeReport(decidedOnly).targets;
    expect(full?.decided).toEqual({ effect: full?.effect, gap: full?.gap, coverage: full?.coverage });
    const [none] = computeReport(
      makeBudget({ targets: [makeTarget({ id: 't', scope: 'own_operations', reductionPct: 50 })] }),
    ).targets;
    expect(none?.decided).toEqual({ effect: [], gap: [], coverage: [] });
  });
});

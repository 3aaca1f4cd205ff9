import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../../src/checks/arithmetic.js';
import { computeReport } from '../../src/compute/report.js';
import type { Budget } from '../../src/model/budget.js';
import { makeBudget, makeMeasure } from '../fixtures/budgets.js';

function check(budget: Budget) {
  return checkArithmetic(budget, computeReport(budget));
}

const inventory = { territorial: { 2024: { road_traffic: 1000, heating: 500 } } };

describe('effect-exceeds-sector', () => {
  it('names the first year, the effect and the baseline, at the sector of the first measure involved', () => {
    const findings = check(
      makeBudget({
        inventory,
        measures: [
          makeMeasure({ id: 'H', sector: 'heating', effect: 100 }),
          makeMeasure({ id: 'A', start: 2026, effect: 600 }),
          makeMeasure({ id: 'B', start: 2027, fullEffect: 2028, effect: 900 }),
          makeMeasure({ id: 'C', status: 'cancelled', effect: 5000 }),
        ],
      }),
    );
    expect(findings).toEqual([
      {
        code: 'effect-exceeds-sector',
        message:
          'Measures "A", "B" together reduce road_traffic (territorial) by 1050 t CO2e in 2027, more than the sector\'s baseline of 1000 t CO2e.',
        hint: 'Check these measures for double counting, and check that the inventory and baseline cover the whole sector.',
        origin: { file: 'measures/m.yaml', path: ['measures', 1, 'sector'] },
        said: expect.objectContaining({ key: 'sectorExceeded' }),
      },
    ]);
  });

  it('is silent when effects stay within the baseline', () => {
    expect(check(makeBudget({ inventory, measures: [makeMeasure({ id: 'A', effect: 1000 })] }))).toEqual([]);
  });
});

describe('overlap-group', () => {
  it('flags a group whose measures together exceed their sector’s baseline, at the group of its first measure', () => {
    const findings = check(
      makeBudget({
        inventory,
        measures: [
          makeMeasure({ id: 'X', sector: 'heating', effect: 300, overlapGroup: 'oil' }),
          makeMeasure({ id: 'Y', sector: 'heating', start: 2027, effect: 300, overlapGroup: 'oil' }),
          makeMeasure({ id: 'Z', effect: 10, overlapGroup: 'oil' }),
        ],
      }),
    );
    const overlap = findings.filter((finding) => finding.code === 'overlap-group');
    expect(overlap).toEqual([
      {
        code: 'overlap-group',
        message:
          'Measures "X", "Y" of overlap group "oil" together reduce heating (territorial) by 600 t CO2e in 2027, more than the sector\'s baseline of 500 t CO2e.',
        hint: 'Measures in one overlap group may count the same reduction twice: lower their effects or merge them.',
        origin: { file: 'measures/m.yaml', path: ['measures', 0, 'overlap_group'] },
        said: expect.objectContaining({ key: 'overlapExceeded' }),
      },
    ]);
  });

  it('ignores a group within the baseline and a group of one measure', () => {
    const findings = check(
      makeBudget({
        inventory,
        measures: [
          makeMeasure({ id: 'X', sector: 'heating', effect: 200, overlapGroup: 'g' }),
          makeMeasure({ id: 'Y', sector: 'heating', effect: 200, overlapGroup: 'g' }),
          makeMeasure({ id: 'Z', effect: 800, overlapGroup: 'alone' }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});

describe('effect-before-latest', () => {
  it('flags a counted measure that starts in or before L, at its start', () => {
    const findings = check(
      makeBudget({
        inventory,
        measures: [
          makeMeasure({ id: 'OLD', start: 2024, effect: 1 }),
          makeMeasure({ id: 'NEW', start: 2025, effect: 1 }),
          makeMeasure({ id: 'GONE', start: 2020, status: 'cancelled', effect: 1 }),
          makeMeasure({ id: 'OWN', start: 2020, scope: 'own_operations', sector: 'other', effect: 1 }),
        ],
      }),
    );
    expect(findings).toEqual([
      {
        code: 'effect-before-latest',
        message:
          'Measure "OLD" starts in 2024, in or before 2024, the latest inventory year of territorial: its effect may already be in the inventory.',
        hint: 'Start it after 2024, or set `kind: in_baseline` if the inventory already shows its effect.',
        origin: { file: 'measures/m.yaml', path: ['measures', 0, 'start'] },
        said: { key: 'effectBeforeLatest', params: { id: 'OLD', start: 2024, latest: 2024, scope: 'territorial' } },
      },
    ]);
  });
});

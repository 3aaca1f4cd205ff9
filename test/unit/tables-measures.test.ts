import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { buildMeasureGroupTable } from '../../src/render/tables/groups.js';
import { buildMeasuresTable } from '../../src/render/tables/measures.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { bodyRows, columnValues, rowObject, totalRows } from '../helpers/table-values.js';

const report = computeReport(sampleBudget());

describe('measures table', () => {
  const table = buildMeasuresTable(report, { language: 'en' });

  it('lists every measure in sector order, then id', () => {
    expect(columnValues(table, 'id')).toEqual(['H-1', 'N-1', 'V-1', 'V-2', 'O-1']);
    expect(columnValues(table, 'sector')).toEqual(['Heating', 'Road traffic', 'Road traffic', 'Road traffic', 'Other']);
  });

  it('has the columns of a measure listing, with the effect in each plan year', () => {
    expect(table.columns.map((column) => column.id)).toEqual([
      'id',
      'title',
      'sector',
      'responsible',
      'scope',
      'status',
      'current_status',
      'kind',
      'counted',
      'start',
      'full_effect',
      'end',
      'effect_2026',
      'effect_2027',
      'effect_2028',
      'effect_2029',
      'low',
      'high',
      'annualised',
      'nok_per_t',
      'rating',
    ]);
    const v2 = rowObject(table, bodyRows(table)[3] as never);
    expect(v2).toMatchObject({
      id: 'V-2',
      status: 'adopted',
      current_status: 'in_progress',
      kind: 'Quantified',
      counted: true,
      effect_2026: 100,
      effect_2027: 200,
      effect_2028: 300,
      effect_2029: 300,
    });
  });

  it('shows no effect figures for measures that are not quantified, and no cost where it is unknown', () => {
    const n1 = rowObject(table, bodyRows(table)[1] as never);
    expect(n1).toMatchObject({
      id: 'N-1',
      effect_2029: null,
      low: null,
      high: null,
      annualised: 20000,
      nok_per_t: null,
    });
    const h1 = rowObject(table, bodyRows(table)[0] as never);
    expect(h1).toMatchObject({ id: 'H-1', responsible: null, annualised: null });
  });

  it('sums the counted measures per scope; a summary row when an uncounted one shows an effect', () => {
    const [total, own, costs] = totalRows(table);
    if (!total || !own || !costs) throw new Error('no total rows');
    // V-1 is cancelled: its 100 t is shown but not summed, so SUM over the rows would differ.
    expect(total.role).toBe('summary');
    expect(rowObject(table, total)).toMatchObject({
      title: 'Territorial: total of counted measures',
      effect_2029: 500,
    });
    // Tonnes of the own-operations scope are never added to the territorial ones (SPEC §5.6).
    expect(own.role).toBe('total');
    expect(rowObject(table, own)).toMatchObject({
      title: 'Own operations: total of counted measures',
      effect_2029: 40,
    });
    // Kroner may be summed across scopes: the last row sums the costs only.
    expect(rowObject(table, costs)).toMatchObject({ title: 'All scopes: costs', effect_2029: null, low: null });
    expect(rowObject(table, costs).annualised).toBe(
      (rowObject(table, total).annualised as number) + (rowObject(table, own).annualised as number),
    );
    expect(table.notes).toHaveLength(2);

    const adopted = buildMeasuresTable(report, { language: 'en', statuses: ['adopted'] });
    expect(columnValues(adopted, 'id')).toEqual(['N-1', 'V-2']);
    expect(totalRows(adopted)[0]?.role).toBe('total');
  });

  it('shows one year with --year', () => {
    const one = buildMeasuresTable(report, { language: 'en', year: 2027 });
    expect(one.columns.filter((column) => column.id.startsWith('effect_')).map((column) => column.id)).toEqual([
      'effect_2027',
    ]);
    expect(one.columns.find((column) => column.id === 'low')?.header).toBe('Low 2027');
  });

  it('sorts by effect, cost, NOK per tonne or id; unknown values last', () => {
    const ids = (sort: 'effect' | 'cost' | 'nok_per_t' | 'id') =>
      columnValues(buildMeasuresTable(report, { language: 'en', sort }), 'id');
    // Within each scope: the own-operations measure O-1 follows the territorial ones.
    expect(ids('effect')).toEqual(['V-2', 'H-1', 'V-1', 'N-1', 'O-1']);
    expect(ids('cost')).toEqual(['V-2', 'N-1', 'H-1', 'V-1', 'O-1']);
    expect(ids('nok_per_t')).toEqual(['V-2', 'H-1', 'N-1', 'V-1', 'O-1']);
    expect(ids('id')).toEqual(['H-1', 'N-1', 'V-1', 'V-2', 'O-1']);
  });
});

describe('measure groups', () => {
  it('totals the counted measures by sector, in sector order, as the report does', () => {
    const table = buildMeasureGroupTable(report, 'sector', { language: 'en' });
    expect(table.id).toBe('measures-by-sector');
    expect(columnValues(table, 'group')).toEqual(['Heating', 'Road traffic', 'Other']);
    expect(columnValues(table, 'measures')).toEqual([1, 1, 1]);
    const index = report.totals.years.indexOf(2029);
    expect(columnValues(table, 'effect_2029')).toEqual(
      report.totals.scopes.flatMap((scope) => scope.bySector.map((row) => row.values[index])),
    );
    expect(columnValues(table, 'scope')).toEqual(['Territorial', 'Territorial', 'Own operations']);
    const [total, own] = totalRows(table);
    expect(total?.role).toBe('total');
    expect(rowObject(table, total as never)).toMatchObject({
      group: 'Territorial: total',
      measures: 2,
      effect_2029: 500,
    });
    expect(rowObject(table, own as never)).toMatchObject({
      group: 'Own operations: total',
      measures: 1,
      effect_2029: 40,
    });
  });

  it('puts measures without a responsible last', () => {
    const table = buildMeasureGroupTable(report, 'responsible', { language: 'nb' });
    // Per scope: HSE's measure is of the own-operations scope.
    expect(columnValues(table, 'group')).toEqual(['Fleet', '(uten ansvarlig)', 'HSE']);
  });

  it('groups by status and scope in model order', () => {
    expect(columnValues(buildMeasureGroupTable(report, 'status', { language: 'nn' }), 'group')).toEqual([
      'Føreslått',
      'Vedteke',
      'Gjennomført',
    ]);
    expect(columnValues(buildMeasureGroupTable(report, 'scope', { language: 'en' }), 'group')).toEqual([
      'Territorial',
      'Own operations',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { buildFactorsTable } from '../../src/render/tables/factors.js';
import { toTables } from '../../src/render/tables/index.js';
import { makeActivity, makeBudget, makeFactor, makeMeasure } from '../fixtures/budgets.js';
import { sampleBudget } from '../fixtures/sample-budget.js';
import { columnValues, rowObject } from '../helpers/table-values.js';

const diesel = makeFactor({
  id: 'diesel',
  name: { nb: 'Diesel (fossil)', nn: 'Diesel (fossil)', en: 'Diesel (fossil)' },
  kgCo2e: 2.66,
  source: 'Miljødirektoratet (NIR 2021)',
  builtin: true,
});
const grid = makeFactor({
  id: 'electricity_nordic_location',
  name: { nb: 'Strøm, nordisk miks', nn: 'Straum, nordisk miks', en: 'Electricity, Nordic mix' },
  unit: 'kWh',
  values: { 2022: 0.019, 2023: 0.015 },
  basis: 'location',
  source: 'NVE klimadeklarasjon',
  builtin: true,
});
const local = makeFactor({
  id: 'biogas_local',
  name: { nb: 'Biogass fra eget anlegg', nn: 'Biogass frå eige anlegg', en: 'Local biogas' },
  unit: 'kg',
});
const budget = makeBudget({
  factors: [grid, local, diesel],
  measures: [
    makeMeasure({ id: 'B-1', activity: [makeActivity(diesel, -1000), makeActivity(diesel, -500)] }),
    makeMeasure({ id: 'A-1', activity: [makeActivity(diesel, -100), makeActivity(grid, 4000)] }),
  ],
});
const report = computeReport(budget);
const factors = [...budget.factors.values()];

describe('factors table', () => {
  it('lists every factor by id with its value in the plan start year, source and users', () => {
    const table = buildFactorsTable(report, factors, { language: 'en' });
    expect(columnValues(table, 'id')).toEqual(['biogas_local', 'diesel', 'electricity_nordic_location']);
    expect(rowObject(table, table.rows[1] as never)).toEqual({
      id: 'diesel',
      name: 'Diesel (fossil)',
      unit: 'l',
      kg_co2e: 2.66,
      basis: 'territorial',
      source: 'Miljødirektoratet (NIR 2021)',
      url: null,
      local: false,
      used_by: 'A-1, B-1',
    });
    expect(columnValues(table, 'kg_co2e')[2]).toBe(0.015);
    expect(columnValues(table, 'local')).toEqual([true, false, false]);
    expect(table.columns.find((column) => column.id === 'kg_co2e')?.header).toBe('kg CO2e per unit (2026)');
    expect(table.notes).toEqual(['electricity_nordic_location varies by year: 2022: 0.019, 2023: 0.015.']);
  });

  it('names factors in the output language: bokmål for nb, nynorsk for nn', () => {
    expect(columnValues(buildFactorsTable(report, factors, { language: 'nb' }), 'name')[0]).toBe(
      'Biogass fra eget anlegg',
    );
    expect(columnValues(buildFactorsTable(report, factors, { language: 'nn' }), 'name')[0]).toBe(
      'Biogass frå eige anlegg',
    );
  });

  it('filters by id, name or source, ignoring case', () => {
    const ids = (search: string) => columnValues(buildFactorsTable(report, factors, { language: 'en', search }), 'id');
    expect(ids('DIES')).toEqual(['diesel']);
    expect(ids('nordisk')).toEqual(['electricity_nordic_location']);
    expect(ids('nve')).toEqual(['electricity_nordic_location']);
    const none = buildFactorsTable(report, factors, { language: 'nb', search: 'kull' });
    expect(none.rows).toEqual([]);
    expect(none.notes).toEqual(['Ingen faktor passer med «kull».']);
  });
});

describe('toTables', () => {
  it('lists every table of a full report, the factors only when given', () => {
    const sample = computeReport(sampleBudget());
    const ids = toTables(sample, { language: 'en' }).map((table) => table.id);
    expect(ids).toEqual([
      'summary-targets',
      'summary-plan',
      'summary-top',
      'pathway-t2030',
      'pathway-t2025',
      'measures',
      'measures-by-sector',
      'measures-by-responsible',
      'progress',
      'followup',
      'costs-by-year',
      'costs-by-responsible',
      'costs-measures',
      'abatement-curve',
    ]);
    expect(toTables(sample, { language: 'en', factors }).at(-1)?.id).toBe('factors');
  });

  it('ignores the listing filters of the measures command', () => {
    const sample = computeReport(sampleBudget());
    const measures = toTables(sample, { language: 'en', statuses: ['proposed'], year: 2027 }).find(
      (table) => table.id === 'measures',
    );
    expect(measures && columnValues(measures, 'id')).toHaveLength(5);
  });
});

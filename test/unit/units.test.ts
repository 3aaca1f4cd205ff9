import { describe, expect, it } from 'vitest';
import { convertibleUnits, convertUnit, suggestUnit, unitDimension } from '../../src/model/units.js';

describe('convertUnit', () => {
  it('converts within a dimension by exact powers of ten', () => {
    expect(convertUnit(-1.5, 'GWh', 'kWh')).toBe(-1_500_000);
    expect(convertUnit(1, 'TWh', 'Wh')).toBe(1e12);
    expect(convertUnit(1500, 'kWh', 'GWh')).toBe(0.0015);
    expect(convertUnit(0.3, 'MWh', 'kWh')).toBe(300);
    expect(convertUnit(2.5, 't', 'kg')).toBe(2500);
    expect(convertUnit(250, 'g', 'kg')).toBe(0.25);
    expect(convertUnit(1.2, 'm3', 'l')).toBe(1200);
    expect(convertUnit(3, 'MNOK', 'kNOK')).toBe(3000);
    expect(convertUnit(45_000, 'NOK', 'kNOK')).toBe(45);
  });

  it('converts identical units with factor 1, whatever they are', () => {
    expect(convertUnit(7.25, 'Sm3', 'Sm3')).toBe(7.25);
    expect(convertUnit(12, 'vehicle', 'vehicle')).toBe(12);
    expect(convertUnit(3, 'piece', 'piece')).toBe(3);
    expect(convertUnit(0.1, 'pkm', 'pkm')).toBe(0.1);
  });

  it('refuses other dimensions, unknown units and wrong case', () => {
    expect(convertUnit(1, 'kWh', 'l')).toBeUndefined();
    expect(convertUnit(1, 'Sm3', 'm3')).toBeUndefined();
    expect(convertUnit(1, 'vehicle', 'piece')).toBeUndefined();
    expect(convertUnit(1, 'KWH', 'kWh')).toBeUndefined();
    expect(convertUnit(1, 'km', 'm')).toBeUndefined();
  });
});

describe('unitDimension', () => {
  it('names the dimension of every convertible unit and none of the rest', () => {
    for (const [dimension, units] of Object.entries(convertibleUnits)) {
      for (const unit of units) expect(unitDimension(unit)).toBe(dimension);
    }
    expect(unitDimension('Sm3')).toBeUndefined();
    expect(unitDimension('vehicle')).toBeUndefined();
    expect(unitDimension('kwh')).toBeUndefined();
  });
});

describe('suggestUnit', () => {
  it('offers the correctly cased unit when only the case differs', () => {
    expect(suggestUnit('KWH')).toBe('kWh');
    expect(suggestUnit('mwh')).toBe('MWh');
    expect(suggestUnit('nok')).toBe('NOK');
    expect(suggestUnit('L')).toBe('l');
    expect(suggestUnit('sm3')).toBe('Sm3');
    expect(suggestUnit('m³')).toBe('m3');
  });

  it('offers nothing for a correct or an unknown unit', () => {
    expect(suggestUnit('kWh')).toBeUndefined();
    expect(suggestUnit('vehicle')).toBeUndefined();
    expect(suggestUnit('litre')).toBeUndefined();
  });
});

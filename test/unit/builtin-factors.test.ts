import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFactors } from '../../src/data/builtin-factors.js';

const fixed: Record<string, { unit: string; kg: number }> = {
  diesel: { unit: 'l', kg: 2.66 },
  petrol: { unit: 'l', kg: 2.32 },
  marine_gas_oil: { unit: 'l', kg: 2.66 },
  heating_oil: { unit: 'l', kg: 2.66 },
  heating_kerosene: { unit: 'l', kg: 2.55 },
  lpg: { unit: 'l', kg: 1.62 },
  lpg_kg: { unit: 'kg', kg: 3.0 },
  natural_gas: { unit: 'Sm3', kg: 1.99 },
  biodiesel: { unit: 'l', kg: 0 },
  hvo: { unit: 'l', kg: 0 },
  bioethanol: { unit: 'l', kg: 0 },
  biogas: { unit: 'kg', kg: 0 },
  wood_pellets: { unit: 'kg', kg: 0 },
  wood_chips: { unit: 'kg', kg: 0 },
  firewood: { unit: 'kg', kg: 0 },
  electricity: { unit: 'kWh', kg: 0 },
  district_heating: { unit: 'kWh', kg: 0 },
};

describe('loadBuiltinFactors', () => {
  const factors = loadBuiltinFactors();

  it('has the fixed territorial factors of SPEC §4.2', () => {
    for (const [id, { unit, kg }] of Object.entries(fixed)) {
      const factor = factors.get(id);
      expect(factor, id).toMatchObject({ id, unit, kgCo2e: kg, values: null, basis: 'territorial', builtin: true });
    }
  });

  it('has the year-dependent electricity factors with ascending years', () => {
    const location = factors.get('electricity_nordic_location');
    expect(location).toMatchObject({ unit: 'kWh', kgCo2e: null, basis: 'location', gases: 'co2e' });
    expect([...(location?.values ?? [])]).toEqual([
      [2019, 0.017],
      [2020, 0.008],
      [2022, 0.019],
      [2023, 0.015],
    ]);
    const residual = factors.get('electricity_residual_mix');
    expect(residual).toMatchObject({ unit: 'kWh', kgCo2e: null, basis: 'market', gases: 'co2e' });
    expect([...(residual?.values ?? [])]).toEqual([
      [2016, 0.53],
      [2020, 0.402],
    ]);
  });

  it('says a name in nynorsk where bokmål and nynorsk differ (Strøm → Straum)', () => {
    const names = [...factors.values()].map((factor) => factor.name);
    expect(names.filter((name) => /Strøm/.test(name.nn))).toEqual([]);
    expect(names.filter((name) => /\b(uten|fra)\b/.test(name.nn))).toEqual([]);
    expect(factors.get('electricity')?.name.nn).toBe('Straum (territorielt)');
  });

  it('names, sources and dates every factor', () => {
    for (const factor of factors.values()) {
      expect(factor.name.nb, factor.id).not.toBe('');
      expect(factor.name.en, factor.id).not.toBe('');
      expect(factor.name.nn, factor.id).not.toBe('');
      expect(factor.source, factor.id).toBeTruthy();
      expect(factor.url, factor.id).toMatch(/^https:\/\//);
      expect(['territorial', 'location', 'market', 'lifecycle', 'spend'], factor.id).toContain(factor.basis);
      expect(['co2', 'co2e'], factor.id).toContain(factor.gases);
      expect((factor.kgCo2e === null) !== (factor.values === null), factor.id).toBe(true);
      expect(factor.id, factor.id).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it('gives the Mdir table factors as CO2 only', () => {
    for (const factor of factors.values()) {
      if (factor.source?.includes('NIR 2021')) expect(factor.gases, factor.id).toBe('co2');
    }
  });

  it('has unique ids in the data file', () => {
    const entries = JSON.parse(readFileSync(new URL('../../data/factors.json', import.meta.url), 'utf8')) as {
      id: string;
    }[];
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(factors.size).toBe(entries.length);
  });

  it('reads the file once', () => {
    expect(loadBuiltinFactors()).toBe(factors);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildInventoryYaml, type MdirRow, parseMdirCsv, selectMunicipality } from '../../src/import/mdir.js';

// The real extract and the conformance cases live beside the project, in ../shared.
const csvPath = fileURLToPath(new URL('../../../shared/data/mdir/telemark-2026.csv', import.meta.url));
const conformancePath = fileURLToPath(
  new URL('../../../shared/conformance/cases/c02-porsgrunn/inventory/mdir-2026.yaml', import.meta.url),
);
const haveCsv = existsSync(csvPath);
if (!haveCsv) console.warn(`Skipping the Telemark import tests: ${csvPath} is missing.`);

type Inventory = { years: Record<string, Record<string, Record<string, number> | number>> };

function total(rows: readonly MdirRow[], year: number, excluded: readonly string[] = []): number {
  return rows
    .filter((row) => row.year === year && !excluded.includes(row.sector))
    .reduce((sum, row) => sum + row.tonnes, 0);
}

function sectorTotal(value: Record<string, number> | number): number {
  return typeof value === 'number' ? value : Object.values(value).reduce((sum, tonnes) => sum + tonnes, 0);
}

describe.skipIf(!haveCsv)('the Telemark extract of 2026', () => {
  const { rows, diagnostics } = haveCsv
    ? parseMdirCsv(readFileSync(csvPath, 'utf8'), 'telemark-2026.csv')
    : { rows: [], diagnostics: [] };
  const selection = selectMunicipality(rows, 'Porsgrunn');
  const porsgrunn = 'rows' in selection ? selection.rows : [];

  it('reads every row', () => {
    expect(diagnostics).toEqual([]);
    expect(rows).toHaveLength(22_099);
    expect(new Set(rows.map((row) => row.municipality)).size).toBe(17);
  });

  it('gives the published Porsgrunn totals', () => {
    expect(selection).toMatchObject({ name: 'Porsgrunn', number: null });
    expect(Math.abs(total(porsgrunn, 2009) - 2_257_325)).toBeLessThanOrEqual(1);
    expect(Math.abs(total(porsgrunn, 2024) - 1_972_802)).toBeLessThanOrEqual(1);
    expect(Math.abs(total(porsgrunn, 2015, ['industry', 'shipping']) - 114_865)).toBeLessThanOrEqual(1);
    expect(Math.abs(total(porsgrunn, 2024, ['industry', 'shipping']) - 94_340)).toBeLessThanOrEqual(1);
  });

  it('trims source names and maps the lower-case sector', () => {
    expect(porsgrunn.some((row) => row.source === 'Bygg og anlegg' && row.sector === 'other_mobile')).toBe(true);
    expect(porsgrunn.every((row) => row.source === row.source.trim())).toBe(true);
    expect(porsgrunn.some((row) => row.sector === 'fgas_products' && row.source === 'Bruk av SF6')).toBe(true);
    expect(porsgrunn.some((row) => row.source === '*Estimat sjøfart')).toBe(true);
  });

  it.skipIf(!existsSync(conformancePath))('builds the conformance inventory of Porsgrunn', () => {
    const built = parse(
      buildInventoryYaml(porsgrunn, {
        municipality: 'Porsgrunn',
        number: null,
        source: 'test',
        vintage: '2026',
        file: csvPath,
      }),
    ) as Inventory;
    const expected = parse(readFileSync(conformancePath, 'utf8')) as Inventory;
    expect(Object.keys(built.years)).toEqual(Object.keys(expected.years));
    for (const [year, sectors] of Object.entries(expected.years)) {
      const builtSectors = built.years[year] ?? {};
      expect(Object.keys(builtSectors), year).toEqual(Object.keys(sectors));
      for (const [sector, value] of Object.entries(sectors)) {
        const builtValue = builtSectors[sector] ?? {};
        expect(Math.abs(sectorTotal(builtValue) - sectorTotal(value)), `${year} ${sector}`).toBeLessThanOrEqual(1e-6);
        if (typeof value !== 'number') expect(builtValue, `${year} ${sector}`).toEqual(value);
      }
    }
  });
});

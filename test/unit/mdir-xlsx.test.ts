import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseMdirXlsx } from '../../src/import/mdir.js';

const header = [
  'Fylke',
  'Kommunenummer',
  'Kommune',
  'År',
  'Sektor',
  'Utslippskilde',
  'Klimagass',
  'Utslipp (tonn CO2-ekvivalenter)',
];

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('parseMdirXlsx', () => {
  it('reads the sheet "Oversikt - detaljert" below a title, with numbers, formulas and rich text', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Forklaring').addRow(['Om statistikken']);
      const sheet = workbook.addWorksheet('Oversikt - detaljert');
      sheet.addRow(['Klimagassutslipp fra kommuner']);
      sheet.addRow([]);
      sheet.addRow(header);
      sheet.addRow(['Telemark', 4001, 'Porsgrunn', 2024, 'Veitrafikk', 'Personbiler', 'CO2', 25000.25]);
      sheet.addRow([
        'Telemark',
        '4001',
        'Porsgrunn',
        2024,
        'Veitrafikk',
        'Personbiler',
        'CH4',
        { formula: '0.1+0.2', result: 0.3 },
      ]);
      sheet.addRow([
        'Telemark',
        4001,
        'Porsgrunn',
        2024,
        'produkter med fluorgasser',
        { richText: [{ text: 'Bruk av ' }, { text: 'HFK  ' }] },
        'HFK',
        '12,5',
      ]);
      sheet.addRow(['Oslo', 301, 'Oslo', 2024, 'Skog og arealbruk', 'Skog', 'CO2', -1000]);
      sheet.addRow([]);
      sheet.addRow(['Kilde: Miljødirektoratet']);
    });
    const { rows, diagnostics } = await parseMdirXlsx(bytes, 'mdir.xlsx');
    expect(rows).toEqual([
      {
        municipalityNumber: '4001',
        municipality: 'Porsgrunn',
        year: 2024,
        sector: 'road_traffic',
        source: 'Personbiler',
        tonnes: 25000.25,
      },
      {
        municipalityNumber: '4001',
        municipality: 'Porsgrunn',
        year: 2024,
        sector: 'road_traffic',
        source: 'Personbiler',
        tonnes: 0.3,
      },
      {
        municipalityNumber: '4001',
        municipality: 'Porsgrunn',
        year: 2024,
        sector: 'fgas_products',
        source: 'Bruk av HFK',
        tonnes: 12.5,
      },
    ]);
    expect(diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.range?.start, diagnostic.path])).toEqual([
      ['info', { line: 7, column: 5 }, ['Oversikt - detaljert', 7, 'Sektor']],
    ]);
  });

  it('locates a bad cell by row and column', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Oversikt - detaljert');
      sheet.addRow(header);
      sheet.addRow(['Telemark', 4001, 'Porsgrunn', 2024, 'Veitrafikk', 'Busser', 'CO2', { error: '#N/A' }]);
      sheet.addRow(['Telemark', 40011, 'Porsgrunn', 2024, 'Veitrafikk', 'Busser', 'CO2', 1]);
    });
    const { rows, diagnostics } = await parseMdirXlsx(bytes, 'mdir.xlsx');
    expect(rows).toEqual([]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range?.start, diagnostic.message])).toEqual([
      ['import-row', { line: 2, column: 8 }, 'Emission "#N/A" is not a number.'],
      ['import-row', { line: 3, column: 2 }, 'Municipality number "40011" is not a number of four digits.'],
    ]);
  });

  it('names the sheets when "Oversikt - detaljert" is missing', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Oversikt');
    });
    const { rows, diagnostics } = await parseMdirXlsx(bytes, 'mdir.xlsx');
    expect(rows).toEqual([]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.hint])).toEqual([
      ['import-format', 'The workbook has no sheet "Oversikt - detaljert".', expect.stringContaining('"Oversikt"')],
    ]);
  });

  it('reports a sheet without the header row', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Oversikt - detaljert').addRow(['Kommune', 'År', 'Utslipp']);
    });
    const { diagnostics } = await parseMdirXlsx(bytes, 'mdir.xlsx');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['import-format']);
  });

  it('reports a file that is not a workbook', async () => {
    const { diagnostics } = await parseMdirXlsx(new TextEncoder().encode('Kommune,År\n'), 'mdir.xlsx');
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      ['import-format', 'The file is not an Excel workbook (.xlsx).'],
    ]);
  });
});

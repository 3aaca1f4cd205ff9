import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildInventoryYaml, type MdirRow, parseMdirCsv, selectMunicipality } from '../../src/import/mdir.js';

const reducedHeader = 'Kommune,År,Sektor,Utslippskilde,Utslipp';
const fullHeader = 'Fylke,Kommunenummer,Kommune,År,Sektor,Utslippskilde,Klimagass,Utslipp (tonn CO2-ekvivalenter)';

function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

describe('parseMdirCsv', () => {
  it('reads the quirks of the real extract', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        reducedHeader,
        'Porsgrunn,2009,Annen mobil forbrenning,Bygg og anlegg  ,3352.02',
        'Porsgrunn,2009,"Industri, olje og gass","Industri, olje og gass",374252.77',
        'Porsgrunn,2009,produkter med fluorgasser,Bruk av SF6,413.87',
        'Porsgrunn,2009,Sjøfart,*Estimat sjøfart,31350.28',
        'Porsgrunn,2009,Sjøfart,Kjemikalie-/produkttanker,0.0',
      ),
      'mdir.csv',
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toEqual([
      {
        municipalityNumber: null,
        municipality: 'Porsgrunn',
        year: 2009,
        sector: 'other_mobile',
        source: 'Bygg og anlegg',
        tonnes: 3352.02,
      },
      {
        municipalityNumber: null,
        municipality: 'Porsgrunn',
        year: 2009,
        sector: 'industry',
        source: 'Industri, olje og gass',
        tonnes: 374252.77,
      },
      {
        municipalityNumber: null,
        municipality: 'Porsgrunn',
        year: 2009,
        sector: 'fgas_products',
        source: 'Bruk av SF6',
        tonnes: 413.87,
      },
      {
        municipalityNumber: null,
        municipality: 'Porsgrunn',
        year: 2009,
        sector: 'shipping',
        source: '*Estimat sjøfart',
        tonnes: 31350.28,
      },
      {
        municipalityNumber: null,
        municipality: 'Porsgrunn',
        year: 2009,
        sector: 'shipping',
        source: 'Kjemikalie-/produkttanker',
        tonnes: 0,
      },
    ]);
  });

  it('reads the full layout with numbers and gases', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        fullHeader,
        'Telemark,4001,Porsgrunn,2024,Veitrafikk,Personbiler,CO2,25000.5',
        'Oslo,301,Oslo,2024,Veitrafikk,Busser,CH4,1.25',
      ),
      'mdir.csv',
    );
    expect(diagnostics).toEqual([]);
    expect(rows.map((row) => [row.municipalityNumber, row.municipality, row.sector, row.tonnes])).toEqual([
      ['4001', 'Porsgrunn', 'road_traffic', 25000.5],
      ['0301', 'Oslo', 'road_traffic', 1.25],
    ]);
  });

  it('reads a semicolon-separated file with decimal commas', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        'Kommune;År;Sektor;Utslippskilde;Utslipp',
        'Skien;2024;Veitrafikk;Personbiler;21234,56',
        'Skien;2024;Industri, olje og gass;Industri, olje og gass;80',
        'Skien;2024;Oppvarming;Fossil olje;1\u00a0234,5',
        'Skien;2024;Luftfart;Innenriks luftfart;0.25',
      ),
      'mdir.csv',
    );
    expect(diagnostics).toEqual([]);
    expect(rows.map((row) => [row.sector, row.source, row.tonnes])).toEqual([
      ['road_traffic', 'Personbiler', 21234.56],
      ['industry', 'Industri, olje og gass', 80],
      ['heating', 'Fossil olje', 1234.5],
      ['aviation', 'Innenriks luftfart', 0.25],
    ]);
  });

  it('takes a BOM and CRLF line endings', () => {
    const text = `\uFEFF${reducedHeader}\r\nPorsgrunn,2024,Veitrafikk,Busser,2370.1\r\nPorsgrunn,2024,Veitrafikk,Varebiler,9002\r\n`;
    const { rows, diagnostics } = parseMdirCsv(text, 'mdir.csv');
    expect(diagnostics).toEqual([]);
    expect(rows.map((row) => [row.municipality, row.source, row.tonnes])).toEqual([
      ['Porsgrunn', 'Busser', 2370.1],
      ['Porsgrunn', 'Varebiler', 9002],
    ]);
  });

  it('locates each unreadable field by line and column', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        reducedHeader,
        'Porsgrunn,2024,Veitrafik,Personbiler,100',
        'Porsgrunn,20x4,Veitrafikk,Personbiler,100',
        '',
        'Porsgrunn,2024,"Industri, olje og gass",Industri,12,5',
        'Porsgrunn,2024,Veitrafikk,Busser,abc',
        'Porsgrunn,2024,Veitrafikk,,1',
        'Porsgrunn,2024,Veitrafikk,Busser',
        'Porsgrunn,2024,Veitrafikk,Varebiler,9002',
      ),
      'data/mdir.csv',
    );
    expect(rows.map((row) => row.source)).toEqual(['Varebiler']);
    const located = diagnostics.map((diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      file: diagnostic.file,
      line: diagnostic.range?.start.line,
      column: diagnostic.range?.start.column,
      end: diagnostic.range?.end.column,
    }));
    expect(located).toEqual([
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 2, column: 16, end: 25 },
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 3, column: 11, end: 15 },
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 5, column: 53, end: 54 },
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 6, column: 34, end: 37 },
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 7, column: 27, end: 28 },
      { code: 'import-row', severity: 'error', file: 'data/mdir.csv', line: 8, column: 33, end: 34 },
    ]);
    expect(diagnostics[0]?.message).toBe('Sector "Veitrafik" is not one of Miljødirektoratet\'s sectors.');
    expect(diagnostics[0]?.hint).toMatch(/^Did you mean "Veitrafikk"\? The sectors are "Industri, olje og gass", /);
    expect(diagnostics[0]?.path).toEqual([2, 'Sektor']);
    expect(diagnostics[1]?.message).toBe('Year "20x4" is not a year.');
    expect(diagnostics[2]?.message).toBe('The row has 6 fields; the header has 5.');
    expect(diagnostics[2]?.hint).toMatch(/double quotes/);
    expect(diagnostics[3]?.message).toBe('Emission "abc" is not a number.');
    expect(diagnostics[4]?.message).toBe('The emission source (Utslippskilde) is empty.');
    expect(diagnostics[5]?.message).toBe('The row has 4 fields; the header has 5.');
  });

  it('hints at the point when a comma file has a decimal comma in quotes', () => {
    const { diagnostics } = parseMdirCsv(lines(reducedHeader, 'Skien,2024,Veitrafikk,Busser,"12,5"'), 'mdir.csv');
    expect(diagnostics.map((diagnostic) => [diagnostic.range?.start.column, diagnostic.hint])).toEqual([
      [30, 'In a comma-separated file the decimal separator is a point: 12.5.'],
    ]);
  });

  it('locates fields after a quoted field with quotes and a line break inside', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(reducedHeader, 'Skien,2024,Veitrafikk,"Busser ""elektrisk""\nog diesel",x1'),
      'mdir.csv',
    );
    expect(rows).toEqual([]);
    expect(diagnostics.map((diagnostic) => [diagnostic.range?.start.line, diagnostic.range?.start.column])).toEqual([
      [3, 12],
    ]);
  });

  it('reports broken quoting as a located row error', () => {
    const { diagnostics } = parseMdirCsv(
      lines(reducedHeader, 'Skien,2024,Veitrafikk,Busser,1', 'Skien,2024,"Veitrafikk"x,Busser,1'),
      'mdir.csv',
    );
    expect(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range?.start.line, diagnostic.message]),
    ).toEqual([['import-row', 3, 'The row is not valid CSV: a quoted field is followed by other characters.']]);
  });

  it('gives one format diagnostic for a header of neither layout', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines('Municipality,Year,Sector,Source,Emissions', 'Skien,2024,Road,Cars,1'),
      'other.csv',
    );
    expect(rows).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'import-format',
      severity: 'error',
      file: 'other.csv',
      range: { start: { line: 1, column: 1 } },
      message:
        'The header is not one of Miljødirektoratet\'s tables: it lacks "Kommune", "År", "Sektor", "Utslippskilde" and "Utslipp".',
    });
    expect(diagnostics[0]?.hint).toContain('Kommune, År, Sektor, Utslippskilde, Utslipp');
  });

  it('gives a format diagnostic for an empty file', () => {
    expect(
      parseMdirCsv('', 'empty.csv').diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message]),
    ).toEqual([['import-format', 'The file is empty.']]);
  });

  it('skips forest and land use with one info per name', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        reducedHeader,
        'Skien,2024,Skog og arealbruk,Skog,-12000',
        'Skien,2024,Skog og arealbruk,Beite,300',
        'Skien,2024,Veitrafikk,Busser,1',
      ),
      'mdir.csv',
    );
    expect(rows).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'import-row',
      severity: 'info',
      range: { start: { line: 2, column: 12 } },
      message: 'Sector "Skog og arealbruk" is skipped (2 rows): forest and land use are kept apart from the inventory.',
    });
  });

  it('reads empty and dash as 0, and the symbols for missing figures as 0 with one warning', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(
        reducedHeader,
        'Skien,2024,Luftfart,Innenriks luftfart,',
        'Skien,2024,Luftfart,Utenriks luftfart,-',
        'Skien,2024,Sjøfart,Cruise,..',
        'Skien,2024,Sjøfart,Havbruk,..',
      ),
      'mdir.csv',
    );
    expect(rows.map((row) => row.tonnes)).toEqual([0, 0, 0, 0]);
    expect(
      diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.range?.start.line, diagnostic.message]),
    ).toEqual([['warning', 4, 'Emission ".." (not available) is read as 0 (2 rows).']]);
  });

  it('ignores blank lines and rows of empty fields', () => {
    const { rows, diagnostics } = parseMdirCsv(
      lines(reducedHeader, '', ',,,,', 'Skien,2024,Veitrafikk,Busser,1'),
      'mdir.csv',
    );
    expect(diagnostics).toEqual([]);
    expect(rows).toHaveLength(1);
  });
});

function row(
  municipality: string,
  number: string | null,
  sector = 'road_traffic',
  source = 'Busser',
  tonnes = 1,
  year = 2024,
): MdirRow {
  return { municipalityNumber: number, municipality, year, sector, source, tonnes };
}

describe('selectMunicipality', () => {
  const reduced = [row('Porsgrunn', null), row('Skien', null), row('Porsgrunn', null, 'heating')];
  const full = [
    row('Porsgrunn', '4001'),
    row('Skien', '4003'),
    row('Herøy', '1515'),
    row('Herøy', '1818'),
    row('Kautokeino - Guovdageaidnu', '5626'),
  ];

  it('finds a municipality by name in any case', () => {
    const selection = selectMunicipality(reduced, '  porsGRUNN ');
    expect(selection).toEqual({ name: 'Porsgrunn', number: null, rows: [reduced[0], reduced[2]] });
  });

  it('finds a municipality by number when the file has numbers', () => {
    expect(selectMunicipality(full, '4003')).toMatchObject({ name: 'Skien', number: '4003' });
    expect(selectMunicipality(full, 'skien')).toMatchObject({ name: 'Skien', number: '4003' });
  });

  it('reads hyphens, underscores and spaces in a name as the same (a name from a folder)', () => {
    const rows = [row('Midt-Telemark', '4020'), row('Skien', '4003')];
    expect(selectMunicipality(rows, 'Midt Telemark')).toMatchObject({ name: 'Midt-Telemark', number: '4020' });
    expect(selectMunicipality(rows, 'midt_telemark')).toMatchObject({ name: 'Midt-Telemark', number: '4020' });
    expect(selectMunicipality(full, 'kautokeino-guovdageaidnu')).toMatchObject({ number: '5626' });
  });

  it('finds a municipality by either part of a double name', () => {
    expect(selectMunicipality(full, 'Guovdageaidnu')).toMatchObject({
      name: 'Kautokeino - Guovdageaidnu',
      number: '5626',
    });
  });

  it('takes a number for the reduced file (no numbers) from the built-in list of municipalities', () => {
    const selected = selectMunicipality(reduced, '4001');
    expect('error' in selected ? selected : [selected.name, selected.number, selected.rows.length]).toEqual([
      'Porsgrunn',
      '4001',
      2,
    ]);
    expect(selectMunicipality(reduced, '4601')).toMatchObject({
      error: {
        message: 'Number 4601 is Bergen, which is not in the file (it has no municipality numbers).',
        hint: 'The file has Porsgrunn, Skien.',
      },
    });
    expect(selectMunicipality(reduced, '9999')).toMatchObject({
      error: {
        message: 'No municipality of Norway has number 9999 (the division of 2024), and the file has no numbers.',
        hint: 'Give the name instead, e.g. Porsgrunn.',
      },
    });
  });

  it('suggests the nearest names for an unknown one', () => {
    expect(selectMunicipality(reduced, 'Porsgrun')).toMatchObject({
      error: { message: 'No municipality named "Porsgrun" in the file.', hint: 'Did you mean "Porsgrunn"?' },
    });
  });

  it('lists the numbers for an unknown number', () => {
    const selection = selectMunicipality(full, '9999');
    expect(selection).toMatchObject({ error: { message: 'No municipality has number 9999 in the file.' } });
    expect('error' in selection && selection.error.hint).toContain('4001 Porsgrunn');
  });

  it('asks for the number when a name is shared', () => {
    expect(selectMunicipality(full, 'Herøy')).toMatchObject({
      error: {
        message: 'Several municipalities are named "Herøy": 1515, 1818.',
        hint: 'Give the number instead, e.g. 1515.',
      },
    });
  });
});

describe('buildInventoryYaml', () => {
  const options = {
    municipality: 'Porsgrunn',
    number: '4001',
    source: 'Miljødirektoratet (test)',
    vintage: '2026',
    file: 'data/in/mdir.csv',
  };

  it('sums gas rows, orders years, sectors and sources, and starts with the schema modeline', () => {
    const rows = [
      row('Porsgrunn', '4001', 'road_traffic', 'Personbiler', 2864.79, 2024),
      row('Porsgrunn', '4001', 'industry', 'Industri, olje og gass', 10.1, 2024),
      row('Porsgrunn', '4001', 'shipping', 'Stykkgods', 0, 2024),
      row('Porsgrunn', '4001', 'shipping', '*Estimat sjøfart', 1.5, 2024),
      row('Porsgrunn', '4001', 'road_traffic', 'Personbiler', 2000.11, 2015),
      row('Porsgrunn', '4001', 'road_traffic', 'Personbiler', 0.1, 2024),
      row('Porsgrunn', '4001', 'road_traffic', 'Busser', 0.2, 2024),
    ];
    const text = buildInventoryYaml(rows, options);
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=https://klimabudsjett.github.io/schemas/v1/inventory.schema.json',
        "# Porsgrunn (4001): Miljødirektoratet's municipal emission statistics, imported from mdir.csv",
        '# with `klimabudsjett import mdir` (the rows of each source, one per gas, summed).',
        '',
        'schema_version: 1',
        'scope: territorial',
        'source: Miljødirektoratet (test)',
        'vintage: "2026"',
        'gwp: AR5',
        'unit: t CO2e',
        'years:',
        '  2015:',
        '    road_traffic: { Personbiler: 2000.11 }',
        '  2024:',
        '    industry: { "Industri, olje og gass": 10.1 }',
        '    road_traffic: { Busser: 0.2, Personbiler: 2864.89 }',
        '    shipping: { "*Estimat sjøfart": 1.5, Stykkgods: 0.0 }',
        '',
      ].join('\n'),
    );
  });

  it('parses back to exactly the sums, whatever the names', () => {
    const names = [
      'a: b',
      '#hash',
      'x #y',
      '[list]',
      '{map}',
      'yes',
      'null',
      '123',
      "it's",
      'say "hi"',
      '- dash',
      '?q',
      '%p',
      '@at',
      '&anchor',
      '!tag',
      '|',
      '>',
      'Tørrbulk/Stykkgods',
    ];
    const rows = names.map((name, index) => row('Oslo', null, 'shipping', name, index + 0.25));
    const parsed = parse(buildInventoryYaml(rows, { ...options, number: null, vintage: null })) as {
      vintage?: string;
      years: Record<string, { shipping: Record<string, number> }>;
    };
    expect(parsed.vintage).toBeUndefined();
    expect(parsed.years['2024']?.shipping).toEqual(
      Object.fromEntries(names.map((name, index) => [name, index + 0.25])),
    );
  });

  it('writes whole numbers without decimals when the input has none', () => {
    const text = buildInventoryYaml(
      [row('Oslo', null, 'heating', 'Annet', 5), row('Oslo', null, 'heating', 'Annet', 7)],
      options,
    );
    expect(text).toContain('    heating: { Annet: 12 }\n');
  });

  it('is deterministic', () => {
    const rows = [row('Oslo', null, 'heating', 'B', 1.25), row('Oslo', null, 'heating', 'A', 2)];
    expect(buildInventoryYaml(rows, options)).toBe(buildInventoryYaml([...rows].reverse(), options));
  });
});

import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { field, renderCsv, renderCsvTable } from '../../src/render/csv.js';
import { zipCsvTables } from '../../src/render/csv-zip.js';
import type { Table } from '../../src/render/table.js';

const table: Table = {
  id: 'measures',
  title: 'Tiltak',
  caption: 'not written to CSV',
  columns: [
    { id: 'id', header: 'ID', type: 'id' },
    { id: 'title', header: 'Tiltak', type: 'text' },
    { id: 'status', header: 'Status', type: 'status' },
    { id: 'counted', header: 'Telles', type: 'boolean' },
    { id: 'effect', header: 'Effekt 2029', type: 'tonnes' },
    { id: 'share', header: 'Andel', type: 'ratio' },
    { id: 'year', header: 'Start', type: 'year' },
  ],
  rows: [
    { cells: ['A-1', 'Busser, båter og "biler"', 'in_progress', true, 1234.5, 0.1 + 0.2, 2026] },
    { cells: ['A-2', 'Linje 1\nlinje 2', 'cancelled', false, -5, null, null] },
    { cells: [null, 'Sum', null, null, 1229.5, null, null], role: 'total' },
  ],
  notes: ['not written either'],
};

describe('renderCsvTable', () => {
  it('writes RFC 4180: a header row, CRLF line ends, quotes where needed, plain numbers', () => {
    expect(renderCsvTable(table, { language: 'nb' })).toBe(
      [
        'ID,Tiltak,Status,Telles,Effekt 2029,Andel,Start',
        'A-1,"Busser, båter og ""biler""",Pågår,ja,1234.5,0.3,2026',
        'A-2,"Linje 1\nlinje 2",Avbrutt,nei,-5,,',
        ',Sum,,,1229.5,,',
        '',
      ].join('\r\n'),
    );
  });

  it('writes headers and words in the language asked for', () => {
    const csv = renderCsvTable({ ...table, rows: [table.rows[0] as Table['rows'][number]] }, { language: 'en' });
    expect(csv.split('\r\n')[1]).toBe('A-1,"Busser, båter og ""biler""",In progress,yes,1234.5,0.3,2026');
  });

  it('writes several tables a blank line apart', () => {
    const one = renderCsvTable(table, { language: 'nb' });
    expect(renderCsv([table, table], { language: 'nb' })).toBe(`${one}\r\n${one}`);
  });
});

describe('CSV injection (OWASP): text a spreadsheet would run is written as text', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+47 123', "'+47 123"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('%j', (text, written) => {
    expect(field(text)).toBe(written);
  });

  it('leaves ordinary text and negative numbers alone', () => {
    expect(field('Elbiler')).toBe('Elbiler');
    expect(field('−35 % innen 2030')).toBe('−35 % innen 2030');
    const negative: Table = {
      id: 't',
      title: 't',
      columns: [
        { id: 'title', header: 'Tiltak', type: 'text' },
        { id: 'cost', header: 'Kr', type: 'nok' },
      ],
      rows: [{ cells: ['=1+1', -500000] }],
    };
    expect(renderCsvTable(negative, { language: 'nb' })).toBe("Tiltak,Kr\r\n'=1+1,-500000\r\n");
  });

  it('defuses headers and ids too', () => {
    const hostile: Table = {
      id: 't',
      title: 't',
      columns: [{ id: 'id', header: '=cmd', type: 'id' }],
      rows: [{ cells: ['-x'] }],
    };
    expect(renderCsvTable(hostile, { language: 'en' })).toBe("'=cmd\r\n'-x\r\n");
  });
});

describe('zipCsvTables', () => {
  const table = (id: string): Table => ({ id, title: id, columns: [{ id: 'a', header: 'a', type: 'text' }], rows: [] });

  it('gives tables whose ids differ only by case (targets x and X) names that differ where case does not count', () => {
    const ids = ['pathway-x', 'pathway-X', 'pathway-x-2', 'measures'];
    const bytes = zipCsvTables(ids.map(table), { language: 'en', created: new Date(Date.UTC(2000, 0, 1)) });
    const names = Object.keys(unzipSync(bytes));
    expect(names).toHaveLength(ids.length);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(ids.length);
    // The first keeps its name; the others get a counter.
    expect(names).toEqual(expect.arrayContaining(['pathway-x.csv', 'pathway-X-2.csv', 'measures.csv']));
  });
});

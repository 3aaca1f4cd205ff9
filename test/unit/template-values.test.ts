import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetters, templateColumns } from '../../src/template/columns.js';
import { formatPhase, parseNumberText, parsePhase } from '../../src/template/values.js';
import { measureZip } from '../../src/template/zip-bounds.js';

describe('numbers typed as text', () => {
  it.each([
    ['12,5', 12.5],
    ['1 200 000', 1_200_000],
    ['1\u00a0200\u00a0000', 1_200_000],
    ['−40 000', -40_000],
    ['1.200.000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['0.25', 0.25],
    ['-3', -3],
    ['1e3', 1000],
  ])('%s is %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['', '-', 'tolv', '12 kr', '1,2,3', '12,5,0', 'NaN', 'Infinity', '0x10'])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it('reads back any finite number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberText(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('phase-in text', () => {
  it('round-trips in every language', () => {
    const phase = { 2026: 0.3, 2027: 0.6, 2028: 1 };
    for (const language of ['nb', 'nn', 'en'] as const) {
      expect(parsePhase(formatPhase(phase, language))).toEqual({ '2026': 0.3, '2027': 0.6, '2028': 1 });
    }
    expect(formatPhase(phase, 'nb')).toBe('2026: 0,3; 2027: 0,6; 2028: 1');
  });

  it('takes = and percentages and line breaks; refuses anything else', () => {
    expect(parsePhase('2026=30 %\n2027 = 1')).toEqual({ '2026': 0.3, '2027': 1 });
    expect(parsePhase('fra 2026')).toBeUndefined();
    expect(parsePhase('  ')).toBeUndefined();
  });
});

describe('cell addresses', () => {
  it('names columns as spreadsheets do', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellAddress('Tiltak', 7, 4)).toBe('Tiltak!D7');
    expect(cellAddress("Mine tiltak's", 3, 1)).toBe("'Mine tiltak''s'!A3");
  });

  it('has one column per field, the required ones among them', () => {
    const ids = templateColumns.map((column) => column.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templateColumns.filter((column) => column.required).map((column) => column.id)).toEqual([
      'id',
      'title',
      'sector',
      'status',
      'start',
    ]);
  });
});

describe('zip bounds', () => {
  const encoder = new TextEncoder();

  it('counts the real inflated size, not what the headers claim', () => {
    const zeros = new Uint8Array(3 * 1024 * 1024);
    const bytes = zipSync({ 'a.xml': [zeros, { level: 9 }] });
    expect(measureZip(bytes, 2 * 1024 * 1024)).toEqual({ kind: 'too-large' });
    expect(measureZip(bytes, 4 * 1024 * 1024)).toEqual({ kind: 'ok', rows: 0 });
    // A header that claims a tiny size changes nothing: the inflated bytes are counted.
    const lying = new Uint8Array(bytes);
    const view = new DataView(lying.buffer);
    for (let offset = 0; offset < lying.length - 4; offset++) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 10, true);
    }
    expect(measureZip(lying, 2 * 1024 * 1024)).toEqual({ kind: 'too-large' });
  });

  it('counts the rows of worksheets', () => {
    const sheet = `<worksheet><sheetData>${'<row r="1"><c/></row>'.repeat(12345)}</sheetData></worksheet>`;
    const bytes = zipSync({
      'xl/worksheets/sheet1.xml': encoder.encode(sheet),
      'xl/other.xml': encoder.encode('<row>'),
    });
    expect(measureZip(bytes, 10 * 1024 * 1024)).toEqual({ kind: 'ok', rows: 12345 });
  });

  it('calls anything else malformed', () => {
    expect(measureZip(encoder.encode('ID;Tiltak\nA;B\n'), 1024)).toEqual({ kind: 'malformed' });
    const bytes = zipSync({ 'a.xml': encoder.encode('hello') });
    expect(measureZip(bytes.subarray(0, bytes.length - 30), 1024)).toEqual({ kind: 'malformed' });
  });
});

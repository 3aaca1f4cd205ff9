import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Table } from '../../src/render/table.js';

const table: Table = {
  id: 'measures',
  title: 'Tiltak | oversikt',
  caption: '- not a list',
  columns: [
    { id: 'id', header: 'ID', type: 'id' },
    { id: 'title', header: 'Tiltak', type: 'text' },
    { id: 'status', header: 'Status', type: 'status' },
    { id: 'effect', header: 'Effekt 2029', type: 'tonnes' },
  ],
  rows: [
    { cells: ['A-1', 'Busser | båter *nå*', 'adopted', 1234.4] },
    { cells: ['A-2', 'Linje 1\nlinje 2', 'proposed', null] },
    { cells: [null, 'Sum', null, 1234.4], role: 'total' },
  ],
  notes: ['1. Not a list either.'],
};

describe('renderMarkdown', () => {
  it('writes a heading, a GFM table with numbers right-aligned, bold totals and escaped text', () => {
    expect(renderMarkdown([table], { language: 'nb', documentTitle: 'Klimabudsjett 2026–2029: Testvik' })).toBe(
      [
        '# Klimabudsjett 2026–2029: Testvik',
        '',
        '## Tiltak \\| oversikt',
        '',
        '\\- not a list',
        '',
        '| ID | Tiltak | Status | Effekt 2029 |',
        '| --- | --- | --- | ---: |',
        '| A-1 | Busser \\| båter \\*nå\\* | Vedtatt | 1\u00a0234 |',
        '| A-2 | Linje 1 linje 2 | Foreslått |  |',
        '|  | **Sum** |  | **1\u00a0234** |',
        '',
        '1\\. Not a list either.',
        '',
      ].join('\n'),
    );
  });

  it('says so when a table has no rows', () => {
    const empty = renderMarkdown([{ ...table, rows: [], caption: undefined, notes: [] }], { language: 'en' });
    expect(empty).toBe('## Tiltak \\| oversikt\n\n(none)\n');
  });
});

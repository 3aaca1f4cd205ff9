import { describe, expect, it } from 'vitest';
import { displayWidth, truncateToWidth, wrapToWidth } from '../../src/render/display-width.js';
import type { Table } from '../../src/render/table.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { layoutColumns } from '../../src/render/terminal-layout.js';

const longTitle = 'Fossilfrie bygge- og anleggsplasser i kommunale prosjekter, med krav i alle nye kontrakter';

const table: Table = {
  id: 'measures',
  title: 'Tiltak',
  columns: [
    { id: 'id', header: 'ID', type: 'id' },
    { id: 'title', header: 'Tiltak', type: 'text' },
    { id: 'responsible', header: 'Ansvarlig', type: 'text', priority: 3 },
    { id: 'status', header: 'Status', type: 'status', priority: 2 },
    { id: 'on_track', header: 'I rute', type: 'boolean', colorBy: 'verdict' },
    { id: 'gap', header: 'Utslippsgap', shortHeader: 'Gap', type: 'tonnes', colorBy: 'gap' },
    { id: 'effect', header: 'Effekt 2029 (t CO2e)', shortHeader: 'Effekt 2029', type: 'tonnes' },
  ],
  rows: [
    { cells: ['AN-1', longTitle, 'Eiendom og drift, prosjektavdelingen', 'in_progress', false, 1200, 665] },
    { cells: ['AN-1', 'Samme tiltak, annen rad', null, 'completed', true, -50, 40] },
    { cells: [null, 'Sum', null, null, null, 1150, 705], role: 'total' },
  ],
  notes: ['Et notat som er så langt at det må brytes over flere linjer når terminalen bare er seksti kolonner bred.'],
};

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('renderTerminal', () => {
  it.each([40, 60, 80, 120])('never writes a line wider than %i columns', (width) => {
    const text = renderTerminal([table], { language: 'nb', color: false, width });
    for (const line of lines(text)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('shows everything with full headers when there is room', () => {
    const text = renderTerminal([table], { language: 'nb', color: false, width: 200 });
    expect(text).toContain(longTitle);
    expect(text).toContain('Effekt 2029 (t CO2e)');
    expect(text).not.toContain('Ikke vist');
  });

  it('cuts text with …, leaves out low-priority columns and names them', () => {
    const text = renderTerminal([table], { language: 'nb', color: false, width: 60 });
    expect(text).toContain('…');
    expect(text).toContain('Ikke vist ved denne bredden: Ansvarlig');
    expect(text).not.toContain('Eiendom og drift');
  });

  it('right-aligns numbers, shows a repeated id once and rules off the total row', () => {
    const text = renderTerminal([table], { language: 'en', color: false, width: 200 });
    const [title, header, rule, first, second, totalRule, total] = lines(text);
    expect(title).toBe('Tiltak');
    expect(header).toMatch(/^ID\s+Tiltak\s+Ansvarlig\s+Status\s+I rute\s+Utslippsgap\s+Effekt 2029 \(t CO2e\)$/);
    expect(rule).toMatch(/^─+$/);
    expect(first).toMatch(/^AN-1 .* In progress\s+no\s+1,200\s+665$/);
    expect(second).toMatch(/^ {4} .*Samme tiltak.* Completed\s+yes\s+-50\s+40$/);
    expect(totalRule).toMatch(/^─+( +─+)+$/);
    expect(total).toMatch(/^ +Sum +1,150 +705$/);
  });

  it('colours statuses, verdicts and gaps only when asked', () => {
    const plain = renderTerminal([table], { language: 'nb', color: false, width: 200 });
    const coloured = renderTerminal([table], { language: 'nb', color: true, width: 200 });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[33mPågår\u001b[39m');
    expect(coloured).toContain('\u001b[31mnei\u001b[39m');
    expect(coloured).toContain('\u001b[32mja\u001b[39m');
    expect(coloured).toContain('\u001b[31m1\u00a0200\u001b[39m');
    expect(coloured).toContain('\u001b[32m−50\u001b[39m');
  });

  it('writes tables a blank line apart and says when one has no rows', () => {
    const text = renderTerminal([table, { ...table, title: 'Tom', rows: [], notes: [] }], {
      language: 'nn',
      color: false,
      width: 80,
    });
    expect(text).toMatch(/\n\nTom\n\(ingen\)\n$/);
  });
});

describe('layoutColumns', () => {
  const columns = table.columns;
  const texts = [['AN-1', longTitle, 'Eiendom', 'Pågår', 'nei', '1 200', '665']];

  it('keeps full headers when everything fits', () => {
    const layout = layoutColumns(columns, texts, 200);
    expect(layout.headers).toContain('Effekt 2029 (t CO2e)');
    expect(layout.hidden).toEqual([]);
  });

  it('switches to the short headers before cutting text', () => {
    const layout = layoutColumns(columns, texts, 150);
    expect(layout.headers).toContain('Effekt 2029');
    expect(layout.headers).toContain('Gap');
    expect(layout.widths[1]).toBe(displayWidth(longTitle));
  });

  it('leaves out the highest priority number first, then the next', () => {
    expect(layoutColumns(columns, texts, 70).hidden).toEqual([2]);
    expect(layoutColumns(columns, texts, 50).hidden).toEqual([2, 3]);
  });
});

describe('display width', () => {
  it('counts colour codes and combining marks as nothing, wide characters as two', () => {
    expect(displayWidth('\u001b[31mrød\u001b[39m')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('1\u00a0234')).toBe(5);
  });

  it('cuts and wraps to a width', () => {
    expect(truncateToWidth('Elektriske bybusser', 10)).toBe('Elektrisk…');
    expect(truncateToWidth('kort', 10)).toBe('kort');
    expect(wrapToWidth('To av åtte prosjekter er fossilfrie', 12)).toEqual([
      'To av åtte',
      'prosjekter',
      'er',
      'fossilfrie',
    ]);
    expect(wrapToWidth('Anleggsmaskiner', 8)).toEqual(['Anleggs…']);
  });
});

describe('a document title', () => {
  it('comes first, wrapped to the width, bold and underlined in colour, a blank line before the tables', () => {
    const title = 'Porsgrunn (4001): endringer fra origin/main til arbeidskopien i budsjettmappa';
    const plain = renderTerminal([table], { language: 'nb', color: false, width: 40, documentTitle: title });
    expect(lines(plain).slice(0, 4)).toEqual([
      'Porsgrunn (4001): endringer fra',
      'origin/main til arbeidskopien i',
      'budsjettmappa',
      '',
    ]);
    const coloured = renderTerminal([table], { language: 'nb', color: true, width: 40, documentTitle: title });
    expect(lines(coloured)[0]).toBe('\u001b[1m\u001b[4mPorsgrunn (4001): endringer fra\u001b[24m\u001b[22m');
  });
});

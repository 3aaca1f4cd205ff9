import { describe, expect, it } from 'vitest';
import { shortenPath, wrapStatusLine } from '../../src/cli/status-lines.js';
import { displayWidth } from '../../src/render/display-width.js';

const reportLine =
  'budsjett/kommuner/porsgrunn: wrote rapporter/2026/porsgrunn.xlsx, rapporter/2026/porsgrunn.html, rapporter/2026/porsgrunn.md';

describe('wrapStatusLine', () => {
  it('breaks at spaces, never inside a path, within the width', () => {
    const lines = wrapStatusLine(reportLine, 80);
    expect(lines).toEqual([
      'budsjett/kommuner/porsgrunn: wrote rapporter/2026/porsgrunn.xlsx,',
      '  rapporter/2026/porsgrunn.html, rapporter/2026/porsgrunn.md',
    ]);
  });

  it('keeps every line within the width, and the words in order, at any width', () => {
    for (let width = 10; width <= 130; width++) {
      const lines = wrapStatusLine(reportLine, width);
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
      expect(
        lines
          .map((line) => line.trim())
          .join('')
          .replaceAll(' ', ''),
      ).toBe(reportLine.replaceAll(' ', ''));
    }
  });

  it('breaks a path too long for a line after a `/`', () => {
    const lines = wrapStatusLine('wrote /very/long/folder/name/that/does/not/fit/report.xlsx', 24);
    expect(lines).toEqual(['wrote /very/long/folder/', '  name/that/does/not/', '  fit/report.xlsx']);
  });

  it('keeps a line that fits as it is, and its indentation', () => {
    expect(wrapStatusLine('3 of 3 budgets written.', 80)).toEqual(['3 of 3 budgets written.']);
    expect(wrapStatusLine('  hint: Did you mean "Bamble"? Or give the number with --number.', 40)).toEqual([
      '  hint: Did you mean "Bamble"? Or give',
      '    the number with --number.',
    ]);
  });
});

describe('shortenPath', () => {
  it('drops leading folders at a `/`', () => {
    expect(shortenPath('budsjett/kommuner/porsgrunn', 30)).toBe('budsjett/kommuner/porsgrunn');
    expect(shortenPath('budsjett/kommuner/porsgrunn', 20)).toBe('…/kommuner/porsgrunn');
    expect(shortenPath('budsjett/kommuner/porsgrunn', 12)).toBe('…/porsgrunn');
    expect(shortenPath('budsjett/kommuner/porsgrunn', 6)).toBe('…grunn');
  });
});

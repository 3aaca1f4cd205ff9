/**
 * Robustness at scale (issue 11): no recursion or argument spread whose depth or length the input
 * controls. A spread passes every item as an argument (`push(...x)`, `Math.max(...x)`), and 130 000
 * diagnostics overflowed the stack; a YAML text nesting 3 000 levels overflowed both parsers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appendAll, maxOf } from '../../src/arrays.js';
import { parseYamlText, readYamlFile } from '../../src/load/read-yaml.js';
import { maxYamlNesting, tooDeepAt } from '../../src/load/yaml-nesting.js';
import { projectRoot } from '../helpers/run-cli.js';

const manifest = 'schema_version: 1\nmunicipality: { name: Porsgrunn }\nplan_period: { start: 2026, end: 2029 }\n';

describe('argument spreads', () => {
  it('appendAll and maxOf take lists far longer than any argument list', () => {
    const many = Array.from({ length: 500_000 }, (_, index) => index);
    expect(appendAll([-1], many)).toHaveLength(500_001);
    expect(maxOf(many)).toBe(499_999);
    expect(maxOf([], 7)).toBe(7);
    expect(maxOf([1, Number.NaN, 3])).toBeNaN();
  });

  it('src/ passes no list as spread arguments (push(...x), Math.max(...x), f(...x))', () => {
    const offenders: string[] = [];
    const files = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.ts'),
    );
    for (const file of files) {
      const lines = readFileSync(join(projectRoot, 'src', file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        // A call's argument list holding `...`: an identifier or `)` right before `(`, then `...`.
        if (/[\w$)\]]\s*\((?:[^()[\]{}]*,\s*)?\.\.\.[\w$]/.test(code))
          offenders.push(`src/${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('YAML nesting limit', () => {
  it.each([
    ['flow lists', `${manifest}x_a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`],
    ['flow mappings', `${manifest}x_a: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`],
    [
      'block mappings',
      `${manifest}x_a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join('')}`,
    ],
    [
      'block sequences',
      `${manifest}x_a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i)}- \n`).join('')}`,
    ],
    ['item markers on one line', `${manifest}x_a:\n  ${'- '.repeat(3000)}x\n`],
  ])('3 000 levels of %s are one yaml-syntax diagnostic that says the limit', (_name, text) => {
    const result = parseYamlText(text, 'budget.yaml');
    expect(result.file).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(result.diagnostics[0]?.message).toContain(`deeper than ${maxYamlNesting} levels`);
    expect(result.diagnostics[0]?.range?.start.line).toBeGreaterThanOrEqual(4);
  });

  it('lets a budget-like file through, and depth just under the limit', () => {
    const measures = readFileSync(join(projectRoot, 'examples', 'porsgrunn', 'measures', 'transport.yaml'), 'utf8');
    expect(tooDeepAt(measures)).toBeUndefined();
    expect(tooDeepAt(`${manifest}x_a: ${'['.repeat(190)}${']'.repeat(190)}\n`)).toBeUndefined();
    expect(parseYamlText(`${manifest}x_a: ${'['.repeat(190)}${']'.repeat(190)}\n`, 'b.yaml').diagnostics).toEqual([]);
  });

  it('reads the text once: a character it lacks is not searched for again on every line', () => {
    // A flow mapping on every line and no `[`, `|` or `>` anywhere: the search for each of these
    // once ran to the end of the text again on every line, so 130 000 measures took ten minutes.
    const scanned = (lines: number): number => {
      const text = `${manifest}measures:\n${'  - { id: M, effect: { t_co2e: 1 } }\n'.repeat(lines)}`;
      const original = String.prototype.indexOf;
      let distance = 0;
      const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search, from) {
        const found = original.call(this, search, from);
        if (this.length === text.length) distance += (found < 0 ? this.length : found) - (from ?? 0);
        return found;
      });
      try {
        expect(tooDeepAt(text)).toBeUndefined();
      } finally {
        spy.mockRestore();
      }
      return distance / text.length;
    };
    // Linear: the characters read per character of text stay the same when the text doubles.
    expect(scanned(4000)).toBeLessThan(scanned(2000) * 1.2);
    expect(scanned(4000)).toBeLessThan(10);
  });

  it('does not count brackets in quoted or plain text, comments or block scalars', () => {
    const brackets = '['.repeat(500);
    const text = `${manifest}x_a: "${brackets}"\nx_b: '${brackets}'\nx_c: tekst ${brackets}\n# ${brackets}\nx_d: |\n  ${brackets}\n    ${brackets}\nx_e: 1\n`;
    expect(tooDeepAt(text)).toBeUndefined();
    expect(parseYamlText(text, 'b.yaml').diagnostics).toEqual([]);
  });
});

describe('file size limit', () => {
  it('a 3 GB (sparse) file is file-unreadable with its size, not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'klimabudsjett-size-'));
    try {
      const path = join(dir, 'huge.yaml');
      writeFileSync(path, 'schema_version: 1\n');
      truncateSync(path, 3 * 2 ** 30);
      const result = readYamlFile(path, 'measures/huge.yaml');
      expect(result.diagnostics).toMatchObject([
        { code: 'file-unreadable', message: expect.stringContaining('3072 MB, more than the 256 MB') },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

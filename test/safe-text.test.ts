/**
 * One sanitiser for budget text on every human-facing path (SPEC §7, issue 11): a title with
 * escape sequences must not clear the screen, set the window title or make a hyperlink in a
 * terminal table, a diagnostic, a Markdown or HTML file or a workbook; bidi overrides must not
 * reorder lines. JSON keeps the data but writes those characters as \u escapes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { hasUnsafeText, safeJsonText, safeText } from '../src/safe-text.js';
import { projectRoot, runCli } from './helpers/run-cli.js';

describe('safeText', () => {
  it('replaces C0 (but tab and newline), DEL, C1 and bidi controls with U+FFFD', () => {
    for (const code of [0x00, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f]) {
      expect(safeText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe('a\uFFFDb');
    }
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(safeText(`a${String.fromCharCode(code)}b`), code.toString(16)).toBe('a\uFFFDb');
    }
  });

  it('keeps tab, newline and ordinary text (æøå, emoji, non-breaking and zero-width-joined text)', () => {
    const text = 'Tiltak\tæøå ÆØÅ\n1\u00a0234 👩‍👩‍👧 \u200e';
    expect(safeText(text)).toBe(text);
    expect(hasUnsafeText(text)).toBe(false);
    expect(safeText('a\u001bb', ' ')).toBe('a b');
  });

  it('safeJsonText keeps the data and leaves no unsafe character in the bytes', () => {
    const value = { title: 'x\u001b[2J\u009b\u007f\u202e\u2066y', key: 'ok' };
    const text = safeJsonText(JSON.stringify(value));
    expect(hasUnsafeText(text)).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-safe-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
cpSync(join(projectRoot, 'examples', 'minimal'), join(scratch, 'b'), { recursive: true });
/** Clear screen, window title, an OSC 8 hyperlink, a right-to-left override, C1 CSI, markup. */
const hostile = String.raw`\e[2J\e]0;pwned\a\e]8;;https://evil.example\aklikk\e]8;;\a \u202Eevil\u202C \x9b31m | <b>fet</b> *x*`;
const measures = join(scratch, 'b', 'measures', 'tiltak.yaml');
writeFileSync(
  measures,
  readFileSync(measures, 'utf8')
    .replace('"Elektriske tjenestebiler"', `"${hostile}"`)
    .replace('responsible: "Eiendom og drift"', `responsible: "Drift ${String.raw`\e[31m\u2067`}"`),
);

cpSync(join(scratch, 'b'), join(scratch, 'changed'), { recursive: true });
const changed = join(scratch, 'changed', 'measures', 'tiltak.yaml');
writeFileSync(changed, readFileSync(changed, 'utf8').replace('t_co2e: 150', 't_co2e: 175'));

/** No unsafe character at all (NO_COLOR is set, so no escape sequence is ours). */
function expectSafe(text: string, where: string) {
  const found = [...text].filter((character) => hasUnsafeText(character));
  expect(
    found.map((character) => character.codePointAt(0)?.toString(16)),
    where,
  ).toEqual([]);
}

describe('budget text reaches no output with control or bidi characters', () => {
  it.each([
    ['measures table', ['measures', 'b']],
    ['summary table', ['summary', 'b']],
    ['measures csv', ['measures', 'b', '--format', 'csv']],
    ['measures md', ['measures', 'b', '--format', 'md']],
    ['measures json', ['measures', 'b', '--format', 'json']],
    ['export table', ['export', 'b']],
    ['export md', ['export', 'b', '--format', 'md']],
    ['export html', ['export', 'b', '--format', 'html']],
    ['export json', ['export', 'b', '--format', 'json']],
    ['diff table', ['diff', 'b', 'changed']],
    ['diff md', ['diff', 'b', 'changed', '--format', 'md']],
    ['diff json', ['diff', 'b', 'changed', '--format', 'json']],
  ])('%s', async (where, args) => {
    const result = await runCli(args, scratch);
    expect(result.code, result.stderr).toBe(0);
    // CSV ends its lines with CRLF, its own; JSON writes the characters as \u escapes.
    const stdout = where.endsWith('csv') ? result.stdout.replaceAll('\r\n', '\n') : result.stdout;
    expectSafe(stdout, where);
    expectSafe(result.stderr, `${where} (stderr)`);
    expect(stdout).toContain(where.endsWith('json') ? '\\u001b' : '\uFFFD');
  });

  it('export json keeps the title as written (escaped), for machines', async () => {
    const result = await runCli(['export', 'b', '--format', 'json'], scratch);
    const report = JSON.parse(result.stdout) as { measures: { id: string; title?: string }[] };
    expect(JSON.stringify(report)).toContain('\\u001b[2J');
    expect(result.stdout).toContain('\\u202e');
  });

  it('escapes Markdown markup: pipes and HTML tags stay text', async () => {
    const result = await runCli(['measures', 'b', '--format', 'md'], scratch);
    expect(result.stdout).toContain('\\| \\<b\\>fet\\</b\\> \\*x\\*');
    const row = result.stdout.split('\n').find((line) => line.includes('fet')) ?? '';
    const header = result.stdout.split('\n').find((line) => line.startsWith('| ')) ?? '';
    expect(row.split(/(?<!\\)\|/).length).toBe(header.split(/(?<!\\)\|/).length);
  });

  it('escapes a character reference in Markdown, which would bring back a bidi override', async () => {
    const { renderMarkdown } = await import('../src/render/markdown.js');
    const table = {
      id: 't',
      title: 'Tittel &#x202E;snudd &amp; &lt;b&gt; & co',
      columns: [{ id: 'a', header: 'A', type: 'text' as const }],
      rows: [{ cells: ['x &#8238; y'] }],
    };
    const text = renderMarkdown([table], { language: 'nb' });
    expect(text).toContain('## Tittel \\&#x202E;snudd \\&amp; \\&lt;b\\&gt; & co');
    expect(text).toContain('| x \\&#8238; y |');
  });

  it('escapes HTML markup in the report', async () => {
    const result = await runCli(['export', 'b', '--format', 'html'], scratch);
    expect(result.stdout).not.toContain('<b>fet</b>');
    expect(result.stdout).toContain('&#60;b&#62;fet&#60;/b&#62;');
  });

  it('writes workbook cells without control or bidi characters', async () => {
    const result = await runCli(['export', 'b', '--format', 'xlsx'], scratch);
    expect(result.code, result.stderr).toBe(0);
    const files = unzipSync(result.io.outBytes());
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.xml')) expectSafe(Buffer.from(bytes).toString('utf8'), name);
    }
    const strings = Buffer.from(files['xl/sharedStrings.xml'] ?? new Uint8Array()).toString('utf8');
    expect(strings).toContain('\uFFFD');
  });

  it('keeps messages safe: stylish, github and junit diagnostics quoting budget text', async () => {
    const broken = join(scratch, 'broken');
    cpSync(join(scratch, 'b'), broken, { recursive: true });
    const text = readFileSync(join(broken, 'measures', 'tiltak.yaml'), 'utf8');
    writeFileSync(
      join(broken, 'measures', 'tiltak.yaml'),
      text.replace('status: adopted', String.raw`status: "\e]0;pwned\a\u202Eadopted"`),
    );
    for (const format of ['stylish', 'github', 'junit', 'json', 'sarif']) {
      const result = await runCli(['validate', 'broken', '--format', format], scratch);
      expect(result.code, format).toBe(1);
      expectSafe(result.stdout, `${format} stdout`);
      expectSafe(result.stderr, `${format} stderr`);
      expect(`${result.stdout}${result.stderr}`).toMatch(/pwned/);
    }
  });

  it('keeps a hostile file name out of the terminal too', async () => {
    const odd = join(scratch, 'odd');
    cpSync(join(scratch, 'b'), odd, { recursive: true });
    writeFileSync(join(odd, 'measures', 'x\u001b[2J.yaml'), 'schema_version: 1\nmeasures: 7\n');
    const stylish = await runCli(['validate', 'odd'], scratch);
    expect(stylish.code).toBe(1);
    expectSafe(stylish.stderr, 'stylish');
    const github = await runCli(['validate', 'odd', '--format', 'github'], scratch);
    expectSafe(github.stdout, 'github');
  });
});

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  type DiagnosticFormat,
  diagnosticFormatNames,
  diagnosticFormatters,
  type FormatContext,
} from '../../src/diagnostics/format.js';

// Given out of order on purpose: every formatter must sort by itself.
const diagnostics: Diagnostic[] = [
  {
    code: 'measure-without-indicator',
    severity: 'info',
    message: 'Measure “Færre kjemikalieprodukter” has no indicator to follow it up with.',
    file: 'measures/industri.yaml',
    range: { start: { line: 2, column: 3 }, end: { line: 2, column: 31 } },
    path: ['measures', 0],
    hint: 'Add an `indicators:` list, e.g. “antall produkter”.',
  },
  {
    code: 'unknown-factor',
    severity: 'error',
    message: 'Measure "bus-electrification" uses emission factor "diesel-bus", which is not defined.',
    file: 'measures/transport.yaml',
    range: { start: { line: 4, column: 17 }, end: { line: 4, column: 27 } },
    path: ['measures', 0, 'activity', 0, 'factor'],
    hint: 'Define it in factors.yaml, or use one of: diesel-car, electricity-grid.',
  },
  {
    code: 'file-unreadable',
    severity: 'error',
    message: 'Cannot read followup/2025.yaml: permission denied.',
    file: 'followup/2025.yaml',
    path: [],
  },
  {
    code: 'overlap-group',
    severity: 'warning',
    message: 'Measures of overlap group "buss" cut 120 % of the sector: 1,2 t more than its baseline <2030> & more.',
    file: 'measures/transport.yaml',
    range: { start: { line: 7, column: 5 }, end: { line: 9, column: 1 } },
    path: ['measures', 1],
  },
  {
    code: 'schema',
    severity: 'error',
    message: 'Tab\tindented value under `municipality`.',
    file: 'budget.yaml',
    range: { start: { line: 2, column: 15 }, end: { line: 2, column: 24 } },
    path: ['municipality'],
  },
];

const sources = new Map<string, string>([
  // A BOM, CRLF line endings and a tab before the offending value.
  ['budget.yaml', '\uFEFFschema_version: 1\r\nmunicipality:\tPorsgrunn\r\nunit: t CO2e\r\n'],
  [
    'measures/transport.yaml',
    [
      'measures:',
      '  - id: bus-electrification',
      '    activity:',
      '      - factor: diesel-bus',
      '        amount: 120',
      '  - id: bus-priority',
      '    overlap_group: buss',
      '    effect: 40',
      '',
    ].join('\n'),
  ],
  ['measures/industri.yaml', 'measures:\n  - id: færre-kjemikalieprodukter\n    sector: industri\n'],
  // followup/2025.yaml is missing on purpose: no source, no frame.
]);

const context: FormatContext = {
  color: false,
  sources,
  files: ['budget.yaml', 'measures/industri.yaml', 'measures/transport.yaml', 'measures/ok.yaml'],
  toolVersion: '0.1.0',
};

const goldenFiles: Record<DiagnosticFormat, string> = {
  stylish: 'stylish.txt',
  json: 'json.json',
  github: 'github.txt',
  junit: 'junit.xml',
  sarif: 'sarif.json',
};

const format = (
  name: DiagnosticFormat,
  list: readonly Diagnostic[] = diagnostics,
  overrides: Partial<FormatContext> = {},
) => diagnosticFormatters[name](list, { ...context, ...overrides });

const hasAnsi = (text: string): boolean => text.includes('\u001b[');

describe('diagnostic formatters', () => {
  it.each(diagnosticFormatNames)('%s matches its golden file', async (name) => {
    const output = format(name);
    expect(output.endsWith('\n')).toBe(true);
    expect(hasAnsi(output)).toBe(false);
    await expect(output).toMatchFileSnapshot(`../golden/diagnostics-format/${goldenFiles[name]}`);
  });

  it.each(diagnosticFormatNames)('%s does not depend on the input order', (name) => {
    expect(format(name, [...diagnostics].reverse())).toBe(format(name));
  });

  it('lists every format once', () => {
    expect([...diagnosticFormatNames].sort()).toEqual(Object.keys(diagnosticFormatters).sort());
  });
});

describe('stylish', () => {
  it('prints nothing when there is nothing to say', () => {
    expect(format('stylish', [])).toBe('');
  });

  it('uses ANSI colours only when color is on', () => {
    expect(hasAnsi(format('stylish', diagnostics, { color: true }))).toBe(true);
    expect(hasAnsi(format('stylish', diagnostics, { color: false }))).toBe(false);
  });

  it('puts the caret under the range despite a tab, a BOM and CRLF', () => {
    const output = format(
      'stylish',
      diagnostics.filter((diagnostic) => diagnostic.file === 'budget.yaml'),
    );
    expect(output).not.toContain('\r');
    expect(output).not.toContain('\uFEFF');
    const frame = output.split('\n');
    const sourceLine = frame.find((line) => line.includes('Porsgrunn')) ?? '';
    const caretLine = frame[frame.indexOf(sourceLine) + 1] ?? '';
    expect(caretLine.indexOf('^')).toBe(sourceLine.indexOf('Porsgrunn'));
    expect(caretLine).toMatch(/ \^{9}$/);
  });

  // Columns of `before` on a terminal, and of the marked text: what the caret line must match.
  it.each([
    ['CJK', '東京都', 6, 'typo', 4],
    ['an emoji and a ZWJ sequence', '🌍 👩‍💻', 5, 'typo', 4],
    ['a flag', '🇳🇴', 2, 'typo', 4],
    ['decomposed letters', 'Fe\u0301rder Ha\u030Aland', 13, 'typo', 4],
    ['a range over wide text', 'ok', 2, '漢字', 4],
  ])('puts the caret under the right column after %s', (_, before, beforeColumns, target, targetColumns) => {
    const line = `title: "${before}" ${target}`;
    const start = line.indexOf(target) + 1; // UTF-16 columns, as yaml counts them
    const diagnostic: Diagnostic = {
      code: 'schema',
      severity: 'error',
      message: 'Wrong.',
      file: 'wide.yaml',
      range: { start: { line: 1, column: start }, end: { line: 1, column: start + target.length } },
      path: ['title'],
    };
    const frame = format('stylish', [diagnostic], { sources: new Map([['wide.yaml', `${line}\n`]]) }).split('\n');
    const sourceLine = frame.find((text) => text.includes('title:')) ?? '';
    const caretLine = frame[frame.indexOf(sourceLine) + 1] ?? '';
    // The gutter is ASCII; after it, `title: "` + before + `" ` (10 columns besides `before`).
    const gutter = sourceLine.indexOf('title:');
    expect(caretLine.indexOf('^')).toBe(gutter + 10 + beforeColumns);
    expect(caretLine.slice(caretLine.indexOf('^'))).toBe('^'.repeat(targetColumns));
  });

  it('cuts long lines around the caret', () => {
    const value = 'x'.repeat(300);
    const long: Diagnostic = {
      code: 'schema',
      severity: 'error',
      message: 'Too long.',
      file: 'long.yaml',
      range: { start: { line: 1, column: 251 }, end: { line: 1, column: 256 } },
      path: ['name'],
    };
    const output = format('stylish', [long], { sources: new Map([['long.yaml', `name: ${value}\n`]]) });
    const frame = output.split('\n');
    const sourceLine = frame.find((line) => line.includes('xxx')) ?? '';
    const caretLine = frame[frame.indexOf(sourceLine) + 1] ?? '';
    expect(sourceLine.length).toBeLessThan(180);
    expect(sourceLine).toContain('…');
    expect(caretLine.indexOf('^^^^^')).toBeGreaterThan(0);
    expect(caretLine.indexOf('^^^^^')).toBeLessThan(sourceLine.length);
  });

  it('on a terminal, wraps message and hint at spaces and cuts source lines to its width', () => {
    const words = 'Årstall ligger mellom 1900 og 2200: et budsjett nevner tidligere år i utslippsregnskapet';
    const wide: Diagnostic = {
      code: 'schema',
      severity: 'error',
      message: `${words}, og plan- og målår framover.`,
      file: 'budget.yaml',
      range: { start: { line: 2, column: 12 }, end: { line: 2, column: 16 } },
      path: ['base_year'],
      hint: `Er 1890 en skrivefeil? ${words}.`,
    };
    const source = `description: "${'lang tekst '.repeat(12)}"\nbase_year: 1890\n`;
    const sources = new Map([['budget.yaml', source]]);
    const lines = format('stylish', [wide], { sources, width: 60 }).trimEnd().split('\n');
    for (const line of lines.slice(1, -1)) expect(line.length, line).toBeLessThanOrEqual(60);
    const hintAt = lines.findIndex((line) => line.startsWith('  hint: Er 1890'));
    expect(lines[hintAt + 1]).toMatch(/^ {8}\S/);
    // Nothing is lost: the wrapped text joins back into the message and the hint.
    const text = lines.map((line) => line.trim()).join(' ');
    expect(text).toContain(wide.message);
    expect(text).toContain(wide.hint);
    expect(lines.find((line) => line.includes('description'))).toContain('…');
    // Without a width (a pipe, a file, CI), one line each as before.
    const piped = format('stylish', [wide], { sources });
    expect(piped).toContain(`  ${wide.message}\n`);
    expect(piped).toContain(`  hint: ${wide.hint}\n`);
  });

  it('prints only the file for a diagnostic without range', () => {
    expect(format('stylish')).toContain('followup/2025.yaml  error  file-unreadable\n  Cannot read');
  });
});

describe('json', () => {
  it('has the SPEC §6 shape with keys in order', () => {
    const parsed: unknown = JSON.parse(format('json'));
    expect(parsed).toMatchObject({ summary: { errors: 3, warnings: 1, infos: 1 } });
    const { diagnostics: list } = parsed as { diagnostics: Record<string, unknown>[] };
    expect(list.map((entry) => entry.file)).toEqual([
      'budget.yaml',
      'followup/2025.yaml',
      'measures/industri.yaml',
      'measures/transport.yaml',
      'measures/transport.yaml',
    ]);
    expect(Object.keys(list[3] ?? {})).toEqual([
      'code',
      'severity',
      'message',
      'hint',
      'file',
      'line',
      'column',
      'end_line',
      'end_column',
      'path',
    ]);
    expect(list[1]).toMatchObject({ line: null, column: null, end_line: null, end_column: null, path: [] });
    expect(list[1]).not.toHaveProperty('hint');
  });

  it('prints an empty list and zero counts without diagnostics', () => {
    expect(JSON.parse(format('json', []))).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0 } });
  });
});

describe('github', () => {
  it('escapes message data and property values', () => {
    const lines = format('github').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const overlap = lines.find((line) => line.includes('overlap-group')) ?? '';
    expect(overlap).toBe(
      '::warning file=measures/transport.yaml,line=7,endLine=9,title=overlap-group::' +
        'Measures of overlap group "buss" cut 120 %25 of the sector: 1,2 t more than its baseline <2030> & more.',
    );
    const unknownFactor = lines.find((line) => line.includes('unknown-factor')) ?? '';
    expect(unknownFactor).toContain(
      '::error file=measures/transport.yaml,line=4,col=17,endLine=4,endColumn=27,title=unknown-factor::',
    );
    expect(unknownFactor).toContain('not defined.%0ADefine it in factors.yaml, or use one of: diesel-car');
    expect(lines.find((line) => line.includes('measure-without-indicator'))).toMatch(/^::notice /);
  });

  it('escapes `:` and `,` in the file name and omits positions without a range', () => {
    const odd: Diagnostic = { code: 'file-empty', severity: 'error', message: 'Empty.', file: 'a,b:c%.yaml', path: [] };
    expect(format('github', [odd])).toBe('::error file=a%2Cb%3Ac%25.yaml,title=file-empty::Empty.\n');
  });
});

describe('junit', () => {
  const output = format('junit');

  it('fails a test case for an error, not for a warning or an info', () => {
    expect(output).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="klimabudsjett" tests="6" failures="3" errors="0">/,
    );
    expect(output.match(/<testsuite /g)).toHaveLength(5);
    expect(output.match(/<failure /g)).toHaveLength(3);
    expect(output).toContain('<testcase classname="measures/ok.yaml" name="measures/ok.yaml"/>');
    expect(output).toMatch(/<testcase [^>]*>\n {6}<system-out>[^\n]* {2}warning {2}/);
    expect(output).not.toContain('  info  ');
  });

  it('fails warnings too when they fail the run (--max-warnings exceeded)', () => {
    const failing = format('junit', diagnostics, { warningsFail: true });
    expect(failing).toContain('tests="6" failures="4"');
    expect(failing.match(/<failure /g)).toHaveLength(4);
  });

  it('shows infos in system-out only when asked (--verbose)', () => {
    const verbose = format('junit', diagnostics, { infos: true });
    expect(verbose).toContain('<system-out>measures/industri.yaml:2:3  info  measure-without-indicator');
    expect(verbose.match(/<failure /g)).toHaveLength(3);
  });

  it('escapes markup and replaces control characters (safeText), so none that XML forbids remains', () => {
    expect(output).toContain('baseline &lt;2030&gt; &amp; more.');
    expect(output).toContain('Tab&#9;indented');
    const control: Diagnostic = {
      code: 'schema',
      severity: 'error',
      message: 'Bell \u0007 here',
      file: 'x.yaml',
      path: [],
    };
    expect(format('junit', [control])).toContain('message="Bell \uFFFD here"');
  });

  it('has balanced tags', () => {
    for (const tag of ['testsuites', 'testsuite', 'testcase', 'failure', 'system-out']) {
      const opened = output.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
      const closed =
        (output.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0) +
        (output.match(new RegExp(`<${tag} [^>]*/>`, 'g'))?.length ?? 0);
      expect(closed, tag).toBe(opened);
    }
  });
});

describe('sarif', () => {
  it('lists one rule per code used and a result per diagnostic', () => {
    const log = JSON.parse(format('sarif')) as {
      version: string;
      runs: {
        tool: { driver: { version: string; rules: { id: string; defaultConfiguration: { level: string } }[] } };
        artifacts: unknown[];
        results: { ruleId: string; level: string; locations: { physicalLocation: { region?: unknown } }[] }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver.version).toBe('0.1.0');
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'file-unreadable',
      'measure-without-indicator',
      'overlap-group',
      'schema',
      'unknown-factor',
    ]);
    expect(run?.tool.driver.rules[1]?.defaultConfiguration.level).toBe('note');
    expect(run?.artifacts).toHaveLength(5);
    expect(run?.results.map((result) => result.level)).toEqual(['error', 'error', 'note', 'error', 'warning']);
    expect(run?.results[1]?.locations[0]?.physicalLocation.region).toBeUndefined();
  });

  it('describes every rule in full, with help, as code scanning wants', () => {
    const log = JSON.parse(format('sarif'));
    const rule = log.runs[0].tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'overlap-group');
    expect(rule.fullDescription.text).toBe(
      "Measures of one overlap group together exceed the sector's baseline. By default a warning.",
    );
    expect(rule.helpUri).toBe(
      'https://github.com/klimabudsjett/klimabudsjett/blob/main/docs/diagnostics.md#overlap-group',
    );
    expect(rule.help.text).toContain(rule.helpUri);
    expect(rule.help.markdown).toContain(`[\`overlap-group\` in the diagnostics reference](${rule.helpUri})`);
    for (const each of log.runs[0].tool.driver.rules)
      expect(each.fullDescription.text).toMatch(/^[A-Z].+\. By default/);
  });
});

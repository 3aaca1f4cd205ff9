/**
 * Bad input never crashes `validate`: each case writes a budget folder into a temporary directory
 * and checks the exit code, every diagnostic (code, file, line, column, message), that no stack
 * trace reaches stderr and that the run is quick.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDiagnosticCode } from '../src/diagnostics/codes.js';
import { projectRoot, runCli, spawnCli } from './helpers/run-cli.js';

/** Path → content; `folder` makes a directory. */
type Files = Record<string, string | Uint8Array | typeof folder>;
const folder = Symbol('folder');

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  hint?: string;
  file: string;
  line: number | null;
  column: number | null;
  end_line: number | null;
  end_column: number | null;
  path: (string | number)[];
}

interface BadInputCase {
  name: string;
  files: Files;
  /** The folder argument; default `.`. */
  dir?: string;
  exit: 0 | 1 | 2;
  /** Every diagnostic of the output, in order, with the fields worth pinning. */
  diagnostics: Partial<JsonDiagnostic>[];
  /** A budget for the run, in milliseconds. */
  maxMs?: number;
  /** A further check after the run. */
  after?: () => void;
}

const manifest =
  'schema_version: 1\nmunicipality: { name: Porsgrunn, number: "4001" }\nplan_period: { start: 2026, end: 2029 }\n';

/** A measures file whose one measure is complete up to line 8; `rest` starts on line 9. */
const measures = (rest: string): string =>
  [
    'schema_version: 1',
    'measures:',
    '  - id: VT-03',
    '    title: "Elektriske tjenestebiler"',
    '    sector: road_traffic',
    '    responsible: "Eiendom og drift"',
    '    status: adopted',
    '    indicators: [{ id: zev-share, title: "Andel nullutslippsbiler" }]',
    rest,
  ].join('\n');

const validMeasures = measures('    start: 2026\n    effect: { t_co2e: 120 }\n');

/** `depth` levels of ten aliases each: 10^depth nodes once expanded. */
function aliasBomb(depth: number): string {
  const lines = ['x_a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level < depth; level++) {
    lines.push(
      `x_a${level}: &a${level} [${Array(10)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf16le = (text: string, bom: boolean): Uint8Array =>
  Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);

const cases: BadInputCase[] = [
  {
    name: 'a YAML syntax error (an unclosed flow mapping)',
    files: { 'budget.yaml': manifest.replace('end: 2029 }', 'end: 2029') },
    exit: 1,
    diagnostics: [
      {
        code: 'yaml-syntax',
        file: 'budget.yaml',
        line: 3,
        column: 14,
        message: 'This { starts a mapping that is never closed with }.',
      },
    ],
  },
  {
    name: 'an unclosed flow list followed by more keys',
    files: {
      'budget.yaml': `${manifest}count_statuses: [adopted, in_progress
trajectory: linear_from_base
`,
    },
    exit: 1,
    diagnostics: [
      { code: 'yaml-syntax', line: 4, column: 17, message: 'This [ starts a list that is never closed with ].' },
    ],
  },
  {
    name: 'an alias without its anchor',
    files: {
      'budget.yaml': `${manifest}horizon: *slutt
`,
    },
    exit: 1,
    diagnostics: [
      {
        code: 'yaml-syntax',
        line: 4,
        column: 10,
        message: 'The alias *slutt refers to an anchor that is not defined before it.',
      },
    ],
  },
  {
    name: 'an unclosed quote',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': validMeasures.replace('"Eiendom og drift"', '"Eiendom og drift'),
    },
    exit: 1,
    diagnostics: [
      {
        code: 'yaml-syntax',
        file: 'measures/transport.yaml',
        line: 6,
        column: 18,
        message: 'This " opens a quoted text that is never closed.',
      },
    ],
  },
  {
    name: 'duplicate keys',
    files: { 'budget.yaml': `${manifest}horizon: 2030\nhorizon: 2031\n` },
    exit: 1,
    diagnostics: [
      {
        code: 'duplicate-key',
        file: 'budget.yaml',
        line: 5,
        column: 1,
        end_line: 5,
        end_column: 8,
        message: 'The key `horizon` appears twice in the same mapping (first on line 4).',
      },
    ],
  },
  {
    name: 'a year key written once as a number and once quoted',
    files: {
      'budget.yaml': manifest,
      'inventory/mdir.yaml': 'schema_version: 1\nyears:\n  2024: { heating: 2100 }\n  "2024": { heating: 2350 }\n',
    },
    exit: 1,
    diagnostics: [{ code: 'duplicate-key', file: 'inventory/mdir.yaml', line: 4, column: 3 }],
  },
  {
    name: 'an alias bomb (“billion laughs”)',
    files: { 'budget.yaml': `${manifest}${aliasBomb(9)}` },
    exit: 1,
    diagnostics: [{ code: 'alias-limit', file: 'budget.yaml', line: 5, column: 12 }],
    maxMs: 2000,
  },
  {
    name: '`__proto__` and `constructor` keys under a measure',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures(
        '    start: 2026\n    effect: { t_co2e: 120 }\n    __proto__: { polluted: true }\n    constructor: { prototype: { polluted: true } }\n',
      ),
    },
    exit: 1,
    diagnostics: [
      {
        code: 'schema',
        file: 'measures/transport.yaml',
        line: 11,
        column: 5,
        message: 'Unknown key `__proto__` in measure "VT-03".',
      },
      {
        code: 'schema',
        file: 'measures/transport.yaml',
        line: 12,
        column: 5,
        message: 'Unknown key `constructor` in measure "VT-03".',
      },
    ],
    after: expectNoPollution,
  },
  {
    name: '`__proto__` keys where any key is allowed (x_ notes, follow-up ids, year maps)',
    files: {
      'budget.yaml': `${manifest}x_notes: { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }\n`,
      'measures/transport.yaml': validMeasures,
      'inventory/mdir.yaml': 'schema_version: 1\nyears:\n  __proto__: { heating: 1 }\n  2024: { heating: 2100 }\n',
      'followup/2026-T2.yaml': 'schema_version: 1\nperiod: 2026-T2\nmeasures:\n  __proto__: { status: adopted }\n',
    },
    exit: 1,
    diagnostics: [
      { code: 'unknown-measure', file: 'followup/2026-T2.yaml', line: 4, column: 3 },
      {
        code: 'schema',
        file: 'inventory/mdir.yaml',
        line: 3,
        column: 3,
        message: '`__proto__` in `years` is not a year.',
      },
    ],
    after: expectNoPollution,
  },
  {
    name: 'a byte order mark',
    files: { 'budget.yaml': `\uFEFF${manifest}`, 'measures/transport.yaml': `\uFEFF${validMeasures}` },
    exit: 0,
    diagnostics: [],
  },
  {
    name: 'a byte order mark before an error (columns not shifted)',
    files: { 'budget.yaml': `\uFEFF${manifest}horizon: "2030"\n` },
    exit: 1,
    diagnostics: [{ code: 'schema', file: 'budget.yaml', line: 4, column: 10, end_line: 4, end_column: 16 }],
  },
  {
    name: 'CRLF line endings (positions still right)',
    files: {
      'budget.yaml': manifest.replaceAll('\n', '\r\n'),
      'measures/transport.yaml': measures('    start: 2026\n    effect: { t_co2e: "120 t" }\n').replaceAll(
        '\n',
        '\r\n',
      ),
    },
    exit: 1,
    diagnostics: [
      {
        code: 'schema',
        file: 'measures/transport.yaml',
        line: 10,
        column: 23,
        end_line: 10,
        end_column: 30,
        message: '`effect.t_co2e` of measure "VT-03" must be a number, not the text "120 t".',
      },
    ],
  },
  {
    name: 'Latin-1 bytes (ø) in a UTF-8 file',
    files: { 'budget.yaml': latin1(manifest.replace('Porsgrunn', 'Bø i Telemark')) },
    exit: 1,
    // `municipality: { name: B` is 23 characters: the ø is column 24.
    diagnostics: [{ code: 'file-encoding', file: 'budget.yaml', line: 2, column: 24 }],
  },
  {
    name: 'Latin-1 bytes after a UTF-8 BOM and a multi-byte character',
    files: { 'budget.yaml': Buffer.concat([Buffer.from(`\uFEFF${manifest}# Må leses\n`), latin1('x_note: Bø\n')]) },
    exit: 1,
    diagnostics: [{ code: 'file-encoding', file: 'budget.yaml', line: 5, column: 10 }],
  },
  {
    name: 'a UTF-16 file with a byte order mark',
    files: { 'budget.yaml': utf16le(manifest, true) },
    exit: 1,
    diagnostics: [
      { code: 'file-encoding', file: 'budget.yaml', line: null, message: 'The file is UTF-16, not UTF-8.' },
    ],
  },
  {
    name: 'a UTF-16 file without a byte order mark',
    files: { 'budget.yaml': utf16le(manifest, false) },
    exit: 1,
    diagnostics: [{ code: 'file-encoding', file: 'budget.yaml', line: 1, column: 2 }],
  },
  {
    name: 'an empty file',
    files: { 'budget.yaml': manifest, 'measures/tom.yaml': '' },
    exit: 1,
    diagnostics: [{ code: 'file-empty', file: 'measures/tom.yaml', line: null }],
  },
  {
    name: 'a file of only comments',
    files: { 'budget.yaml': manifest, 'measures/tom.yaml': '# Tiltak kommer her\n# (ikke ferdig)\n' },
    exit: 1,
    diagnostics: [{ code: 'file-empty', file: 'measures/tom.yaml', line: null }],
  },
  {
    name: 'a folder named like a YAML file',
    files: { 'budget.yaml': manifest, 'measures/gamle.yaml': folder, 'measures/transport.yaml': validMeasures },
    exit: 2,
    diagnostics: [
      {
        code: 'file-unreadable',
        file: 'measures/gamle.yaml',
        line: null,
        message: 'This is a folder where a file is expected.',
      },
    ],
  },
  {
    name: 'budget.yaml is a folder',
    files: { 'budget.yaml': folder },
    exit: 2,
    diagnostics: [{ code: 'file-unreadable', file: 'budget.yaml', line: null }],
  },
  {
    name: 'a literal path in `files:` that does not exist',
    files: { 'budget.yaml': `${manifest}files:\n  measures: [tiltak.yaml]\n` },
    exit: 2,
    diagnostics: [{ code: 'file-unreadable', file: 'budget.yaml', line: 5, column: 14 }],
  },
  {
    name: 'a missing budget.yaml',
    files: { 'measures/transport.yaml': validMeasures },
    exit: 1,
    diagnostics: [
      { code: 'manifest-missing', file: 'budget.yaml', line: null, message: 'The current folder has no budget.yaml.' },
    ],
  },
  {
    name: 'a budget folder that does not exist',
    files: {},
    dir: 'finnes-ikke',
    exit: 2,
    diagnostics: [{ code: 'file-unreadable', file: 'finnes-ikke', message: 'The folder finnes-ikke does not exist.' }],
  },
  {
    // validate takes the budget folder above a file (as a pre-commit hook passes files).
    name: 'a file of the budget instead of its folder',
    files: { 'budget.yaml': manifest, 'measures/transport.yaml': `schema_version: 1\nmeasures: 7\n` },
    dir: 'measures/transport.yaml',
    exit: 1,
    diagnostics: [{ code: 'schema', file: 'measures/transport.yaml', line: 2, column: 11 }],
  },
  {
    name: 'huge numbers',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures(
        '    start: 2026\n    effect: { t_co2e: 1e400 }\n    cost: { investment: 99999999999999999999999 }\n',
      ),
    },
    exit: 1,
    diagnostics: [
      { code: 'schema', line: 10, column: 23, message: '`effect.t_co2e` of measure "VT-03" is too large a number.' },
      { code: 'schema', line: 11, column: 25 },
    ],
  },
  {
    name: 'strings where numbers belong',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures(
        '    start: "2026"\n    activity:\n      - factor: diesel\n        amount: 1 234,5\n',
      ),
    },
    exit: 1,
    diagnostics: [
      {
        code: 'schema',
        line: 9,
        column: 12,
        message: '`start` of measure "VT-03" must be a whole number, not the text "2026".',
      },
      {
        code: 'schema',
        line: 12,
        column: 17,
        hint: 'Write decimals with a point (1234.5) and no thousands separator.',
      },
    ],
  },
  {
    name: 'a number with units',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures('    start: 2026\n    effect: { t_co2e: "120 t" }\n'),
    },
    exit: 1,
    diagnostics: [
      { code: 'schema', line: 10, column: 23, hint: 'Remove the quotes and units: write the number only.' },
    ],
  },
  {
    name: 'a list where a mapping belongs',
    files: { 'budget.yaml': manifest.replace('{ name: Porsgrunn, number: "4001" }', '[Porsgrunn, "4001"]') },
    exit: 1,
    diagnostics: [
      { code: 'schema', line: 2, column: 15, message: '`municipality` must be a mapping (key: value), not a list.' },
    ],
  },
  {
    name: 'null values',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures('    start:\n    effect: ~\n    cost: null\n'),
    },
    exit: 1,
    diagnostics: [
      { code: 'schema', line: 9, column: 5, path: ['measures', 0, 'start'] },
      { code: 'schema', line: 10, column: 13, path: ['measures', 0, 'effect'] },
      { code: 'schema', line: 11, column: 11, path: ['measures', 0, 'cost'] },
    ],
  },
  {
    name: 'a whole file that is null',
    files: { 'budget.yaml': manifest, 'measures/transport.yaml': 'null\n' },
    exit: 1,
    diagnostics: [
      {
        code: 'schema',
        file: 'measures/transport.yaml',
        line: 1,
        column: 1,
        message: 'The file must be a mapping (key: value), not empty.',
      },
    ],
  },
  {
    name: 'a whole file that is a list',
    files: { 'budget.yaml': manifest, 'measures/transport.yaml': '- id: VT-03\n' },
    exit: 1,
    diagnostics: [{ code: 'schema', file: 'measures/transport.yaml', line: 1, column: 1 }],
  },
  {
    name: 'tabs for indentation',
    files: { 'budget.yaml': `${manifest}targets:\n\t- id: t2030\n` },
    exit: 1,
    diagnostics: [
      { code: 'yaml-syntax', line: 5, column: 1, message: 'A tab is used for indentation; YAML indents with spaces.' },
    ],
  },
  {
    name: 'several YAML documents in one file',
    files: { 'budget.yaml': `${manifest}---\nschema_version: 1\n` },
    exit: 1,
    diagnostics: [{ code: 'yaml-syntax', line: 4, column: 1 }],
  },
  {
    name: 'a 5 MB line (a pasted text)',
    files: { 'budget.yaml': `${manifest}x_note: "${'Lang tekst. '.repeat(440_000)}"\n` },
    exit: 0,
    diagnostics: [],
    maxMs: 10_000,
  },
  {
    name: 'a 5 MB line with an error at its start',
    files: {
      'budget.yaml': manifest,
      'measures/transport.yaml': measures(
        `    start: 2026\n    effect: { t_co2e: 120 }\n    description: "${'Lang tekst. '.repeat(440_000)}\n`,
      ),
    },
    exit: 1,
    diagnostics: [{ code: 'yaml-syntax', line: 11, column: 18 }],
    maxMs: 10_000,
  },
  {
    name: 'a mapping with 40 000 keys',
    files: {
      'budget.yaml': `${manifest}x_data:\n${Array.from({ length: 40_000 }, (_, index) => `  k${index}: 1\n`).join('')}horizon: x\n`,
    },
    exit: 1,
    diagnostics: [{ code: 'schema', line: 40_005, column: 10 }],
    maxMs: 10_000,
  },
];

const tempDirs: string[] = [];
beforeAll(async () => {
  // Load the command modules and the schema validators once, so that the timings measure the input.
  await runCli(['validate', '.', '--format', 'json'], makeBudget({ 'budget.yaml': manifest }));
});
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function makeBudget(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'klimabudsjett-bad-input-'));
  tempDirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(dir, path);
    if (content === folder) {
      mkdirSync(absolute, { recursive: true });
    } else {
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
    }
  }
  return dir;
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

const stackLine = /^ {4}at /m;

describe('bad input never crashes validate', () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const dir = makeBudget(testCase.files);
    const started = performance.now();
    const json = await runCli(['validate', '--lang', 'en', testCase.dir ?? '.', '--format', 'json'], dir);
    const stylish = await runCli(['validate', '--lang', 'en', testCase.dir ?? '.'], dir);
    const elapsed = (performance.now() - started) / 2;

    expect(json.stderr).toBe('');
    expect(stylish.stderr).not.toMatch(stackLine);
    expect(stylish.stderr).not.toContain('internal error');
    expect(json.code).toBe(testCase.exit);
    expect(stylish.code).toBe(testCase.exit);

    const { diagnostics } = JSON.parse(json.stdout) as { diagnostics: JsonDiagnostic[] };
    for (const diagnostic of diagnostics) {
      expect(isDiagnosticCode(diagnostic.code), diagnostic.code).toBe(true);
      expect(diagnostic.message).toMatch(/\S.*\.$/s);
      expect(diagnostic.file).not.toBe('');
      expect(diagnostic.file).not.toMatch(/^\/|\\/);
      expect(diagnostic.line === null || diagnostic.line >= 1).toBe(true);
      expect(diagnostic.column === null || diagnostic.column >= 1).toBe(true);
    }
    expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(testCase.diagnostics.length);
    testCase.diagnostics.forEach((want, index) => {
      expect(diagnostics[index]).toMatchObject(want);
    });
    // Each diagnostic is shown in the stylish output at its place.
    for (const diagnostic of diagnostics) {
      const place =
        diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
      expect(stylish.stderr).toContain(`${place}  ${diagnostic.severity}  ${diagnostic.code}`);
    }
    // Code frames stay readable even for a 5 MB line.
    expect(Math.max(0, ...stylish.stderr.split('\n').map((line) => line.length))).toBeLessThan(1000);
    expect(elapsed).toBeLessThan(testCase.maxMs ?? 1000);
    testCase.after?.();
  });
});

/** A few cases through the built bin: a real process must not print a stack either. */
const spawnedCases = [
  'an alias bomb (“billion laughs”)',
  'Latin-1 bytes (ø) in a UTF-8 file',
  'a budget folder that does not exist',
];
const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));

describe.skipIf(!hasBuild)('bad input through the built bin (after npm run build)', () => {
  it.each(spawnedCases)('%s', (name) => {
    const testCase = cases.find((candidate) => candidate.name === name);
    if (!testCase) throw new Error(`no case named ${name}`);
    const dir = makeBudget(testCase.files);
    const result = spawnCli(['validate', testCase.dir ?? '.'], dir);
    expect(result.code).toBe(testCase.exit);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(stackLine);
    expect(result.stderr).toContain(`  error  ${testCase.diagnostics[0]?.code}\n`);
  });
});

/**
 * Mutation fuzzing of the loader: take the YAML files of real budgets (the conformance cases and
 * examples/*), break one file at a time in seeded random ways (delete, duplicate or swap lines,
 * cut text, put a wrong type in a value, change indentation, insert YAML punctuation, truncate)
 * and check that loading never throws and that every diagnostic is well-formed and placed inside
 * its file.
 *
 * A second part renders what survives: for each mutated budget (also with hostile text — escape
 * sequences, bidi overrides, markup — put into its values) that still validates, every format
 * (table, csv, md, json, html, xlsx) is made, and none may hold NaN, undefined, Infinity or a
 * control character, nor crash.
 *
 * Reproduce a failure with the seed it prints: FUZZ_SEED=123 npx vitest run test/fuzz.test.ts
 * More runs: FUZZ_RUNS=20000 (the CLI part runs a twelfth of them); rougher: FUZZ_MUTATIONS=8.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { type DiagnosticCode, ioFailureCodes, isDiagnosticCode } from '../src/diagnostics/codes.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { htmlDocument, markdownDocument, workbookDocument } from '../src/documents/documents.js';
import { checkBudget } from '../src/load/check-budget.js';
import { canCompute, loadBudget } from '../src/load/load-budget.js';
import { renderCsv } from '../src/render/csv.js';
import { renderJson } from '../src/render/json.js';
import { renderTableJson } from '../src/render/table-json.js';
import { toTables } from '../src/render/tables/index.js';
import { renderTerminal } from '../src/render/terminal.js';
import { hasUnsafeText } from '../src/safe-text.js';
import { binPath, projectRoot, runCli } from './helpers/run-cli.js';
import { conformanceCases, hasShared } from './helpers/shared.js';

const seed = Number(process.env.FUZZ_SEED ?? 20_261_127);
const libraryRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const cliRuns = Math.max(1, Math.round(libraryRuns / 12));
/** Runs of the rendering part (html and xlsx take a tenth of a second each). */
const renderRuns = Math.max(1, Math.round(libraryRuns / 25));
/** At most this many mutations of one file per run. */
const maxMutations = Number(process.env.FUZZ_MUTATIONS ?? 3);

/** Codes about a whole file, which may come without a line and column. */
const fileLevelCodes: ReadonlySet<DiagnosticCode> = new Set([
  'file-empty',
  'file-encoding',
  'manifest-missing',
  'file-unreadable',
  'file-outside-budget',
]);

// ---------------------------------------------------------------------------------------------
// The corpus: each budget folder copied once into a temporary directory.

interface CorpusBudget {
  name: string;
  dir: string;
  /** Relative path → original text. */
  files: { path: string; text: string }[];
}

const sources = [...(hasShared ? conformanceCases('cases') : []), ...listBudgets(join(projectRoot, 'examples'))];
if (!hasShared) console.warn('note: fuzz.test.ts runs without ../shared/conformance/cases (missing).');

const tempRoot = mkdtempSync(join(tmpdir(), 'klimabudsjett-fuzz-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

const corpus: CorpusBudget[] = sources.map((source, index) => {
  const dir = join(tempRoot, `${index}-${basename(source)}`);
  cpSync(source, dir, { recursive: true, filter: (path) => !path.endsWith('expected.json') });
  const files = yamlFiles(dir).map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
  return { name: basename(source), dir, files };
});

function listBudgets(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'budget.yaml')))
    .map((entry) => join(root, entry.name))
    .sort();
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.yaml'))
    .sort()
    .map((path) => join(dir, path));
}

// ---------------------------------------------------------------------------------------------
// Mutations. Positions are plain numbers taken modulo the line count or text length, so that
// fast-check can shrink them.

type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'delete-span'; at: number; length: number }
  | { kind: 'replace-value'; at: number; value: string }
  | { kind: 'indent'; at: number; change: 'add-space' | 'add-two' | 'remove-one' | 'remove-two' | 'tab' }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  /** Hostile text (escape sequences, bidi, markup) as the value of a free-text key. */
  | { kind: 'hostile-text'; at: number; value: string };

/** Values of another type, or of the right type but wrong. */
const replacementValues = [
  '"text"',
  'tekst med ø',
  '12',
  '-1',
  '0',
  '2026.5',
  '1e400',
  '99999999999999999999999',
  '"2026"',
  '"120 t"',
  '[a, b]',
  '[]',
  '{ x: 1 }',
  '{}',
  'null',
  '~',
  '""',
  'true',
  '*a',
  '&a 1',
  '2010',
  '2031',
  '2200',
  '1800',
  '2026-T9',
  '2026-Q4',
  'road_trafic',
  'other',
  'heating',
  'diesel',
  'kWh',
  'GWh',
  'VT-03',
  'A1',
  'cancelled',
  'in_baseline',
  'not_quantified',
  'own_operations',
];

const insertions = [
  ':',
  ': ',
  '"',
  "'",
  '&a ',
  '*a',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '#',
  ',',
  '\n',
  '? ',
  '!!str ',
  '@',
  '|',
  '>',
  '---\n',
  '\t',
  ' ',
  'ø',
  '\u00a0',
  '\uFEFF',
  '\r',
  '\u0000',
  'x_y: 1\n',
];

const position = fc.nat({ max: 1_000_000 });
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: position }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: position }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: position, other: position }),
  fc.record({ kind: fc.constant('delete-span' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('replace-value' as const),
    at: position,
    value: fc.constantFrom(...replacementValues),
  }),
  fc.record({
    kind: fc.constant('indent' as const),
    at: position,
    change: fc.constantFrom('add-space', 'add-two', 'remove-one', 'remove-two', 'tab'),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.constantFrom(...insertions) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

interface FuzzInput {
  budget: number;
  file: number;
  mutations: Mutation[];
}

const inputArbitrary: fc.Arbitrary<FuzzInput> = fc.record({
  budget: fc.nat(),
  file: fc.nat(),
  mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: maxMutations }),
});

/** The value slots of a YAML text: after `key: `, and items of flow lists. */
function valueSlots(text: string): { start: number; end: number }[] {
  const slots: { start: number; end: number }[] = [];
  const patterns = [
    /(:[ \t]+)("[^"\n]*"|[^\s{}[\],#"'][^,{}[\]\n#]*)/g,
    /([[,][ \t]*)([^\s{}[\],#:"'][^,{}[\]\n#:]*)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const lead = match[1] ?? '';
      const value = (match[2] ?? '').trimEnd();
      if (value === '') continue;
      const start = (match.index ?? 0) + lead.length;
      slots.push({ start, end: start + value.length });
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  switch (mutation.kind) {
    case 'delete-line':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const other = mutation.other % lines.length;
      const first = lines[line] ?? '';
      lines[line] = lines[other] ?? '';
      lines[other] = first;
      return lines.join('\n');
    }
    case 'delete-span': {
      if (text.length === 0) return text;
      const start = mutation.at % text.length;
      return text.slice(0, start) + text.slice(start + mutation.length);
    }
    case 'replace-value': {
      const slots = valueSlots(text);
      const slot = slots[mutation.at % Math.max(1, slots.length)];
      return slot ? text.slice(0, slot.start) + mutation.value + text.slice(slot.end) : text;
    }
    case 'indent': {
      const current = lines[line] ?? '';
      const indent = /^ */.exec(current)?.[0].length ?? 0;
      const changed = {
        'add-space': ` ${current}`,
        'add-two': `  ${current}`,
        'remove-one': current.slice(Math.min(1, indent)),
        'remove-two': current.slice(Math.min(2, indent)),
        tab: `\t${current.slice(indent)}`,
      }[mutation.change];
      lines[line] = changed;
      return lines.join('\n');
    }
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'hostile-text': {
      const slots = [...text.matchAll(freeTextSlot)];
      const slot = slots[mutation.at % Math.max(1, slots.length)];
      if (slot === undefined) return text;
      const start = (slot.index ?? 0) + (slot[1] ?? '').length;
      return text.slice(0, start) + mutation.value + text.slice(start + (slot[2] ?? '').trimEnd().length);
    }
  }
}

function mutate(input: FuzzInput): { budget: CorpusBudget; path: string; text: string } {
  const budget = corpus[input.budget % corpus.length] as CorpusBudget;
  const file = budget.files[input.file % budget.files.length] as CorpusBudget['files'][number];
  const text = input.mutations.reduce(applyMutation, file.text);
  return { budget, path: file.path, text };
}

/** Writes the mutated file, runs `body`, and puts the original back. */
async function withMutation<T>(
  input: FuzzInput,
  body: (budget: CorpusBudget, path: string) => T | Promise<T>,
): Promise<T> {
  const { budget, path, text } = mutate(input);
  const absolute = join(budget.dir, path);
  const original = readFileSync(absolute);
  writeFileSync(absolute, text);
  try {
    return await body(budget, path);
  } finally {
    writeFileSync(absolute, original);
  }
}

// ---------------------------------------------------------------------------------------------
// What every run must satisfy.

/** Every way a list of diagnostics breaks the contract; empty when it keeps it. */
function contractProblems(
  diagnostics: readonly Diagnostic[],
  sourceOf: (file: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const diagnostic of diagnostics) {
    const where = `${diagnostic.code} in ${diagnostic.file}`;
    if (!isDiagnosticCode(diagnostic.code)) problems.push(`unknown code ${diagnostic.code}`);
    if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '')
      problems.push(`${where}: empty message`);
    else if (!diagnostic.message.endsWith('.'))
      problems.push(`${where}: message without a final '.': ${diagnostic.message}`);
    if (diagnostic.hint !== undefined && diagnostic.hint.trim() === '') problems.push(`${where}: empty hint`);
    if (!diagnostic.file) problems.push(`${diagnostic.code}: no file`);
    if (diagnostic.range === undefined) {
      if (!fileLevelCodes.has(diagnostic.code)) problems.push(`${where}: no line and column (${diagnostic.message})`);
      continue;
    }
    const text = sourceOf(diagnostic.file);
    if (text === undefined) {
      problems.push(`${where}: a range, but the file's text is unknown`);
      continue;
    }
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    for (const [name, point] of [
      ['start', start],
      ['end', end],
    ] as const) {
      const lineText = lines[point.line - 1];
      if (!Number.isInteger(point.line) || point.line < 1 || lineText === undefined)
        problems.push(`${where}: ${name} line ${point.line} outside the file's ${lines.length} lines`);
      else if (!Number.isInteger(point.column) || point.column < 1 || point.column > lineText.length + 1)
        problems.push(
          `${where}: ${name} column ${point.column} outside line ${point.line} (${lineText.length} characters)`,
        );
    }
    if (end.line < start.line || (end.line === start.line && end.column < start.column))
      problems.push(`${where}: the range ends before it starts`);
  }
  return problems;
}

function exitCodeOf(diagnostics: readonly Diagnostic[]): number {
  if (diagnostics.some((diagnostic) => ioFailureCodes.has(diagnostic.code))) return 2;
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}

function describeFailure(input: FuzzInput, problems: readonly string[]): string {
  const { budget, path, text } = mutate(input);
  const excerpt = text.length > 600 ? `${text.slice(0, 600)}…` : text;
  return [
    `${budget.name}/${path} after ${JSON.stringify(input.mutations)}:`,
    ...problems.map((problem) => `  - ${problem}`),
    '--- mutated file ---',
    excerpt,
  ].join('\n');
}

/** fc.assert, with the seed and how to rerun it on failure. */
async function check(property: fc.IAsyncProperty<[FuzzInput]> | fc.IProperty<[FuzzInput]>, numRuns: number) {
  try {
    await fc.assert(property, { seed, numRuns });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    const message = `${error instanceof Error ? error.message : String(error)}${cause}`;
    throw new Error(
      `fuzz failure with seed ${seed}; rerun: FUZZ_SEED=${seed} FUZZ_RUNS=${libraryRuns} FUZZ_MUTATIONS=${maxMutations} npx vitest run test/fuzz.test.ts\n${message}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------

describe.skipIf(corpus.length === 0)(`mutation fuzzing (seed ${seed})`, () => {
  it('uses a corpus of several budgets', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(hasShared ? 4 : 1);
    expect(corpus.every((budget) => budget.files.length > 0)).toBe(true);
  });

  it('the unmutated budgets load without errors', () => {
    for (const budget of corpus) {
      const result = loadBudget('.', { cwd: budget.dir });
      expect(contractProblems(result.diagnostics, (file) => result.sources.get(file))).toEqual([]);
      expect(exitCodeOf(result.diagnostics), `${budget.name}: ${JSON.stringify(result.diagnostics)}`).toBe(0);
    }
  });

  it(`loadBudget never throws and gives well-formed diagnostics (${libraryRuns} runs)`, async () => {
    await check(
      fc.asyncProperty(inputArbitrary, (input) =>
        withMutation(input, (budget) => {
          const result = loadBudget('.', { cwd: budget.dir });
          const problems = contractProblems(result.diagnostics, (file) => result.sources.get(file));
          const exit = exitCodeOf(result.diagnostics);
          if (exit === 2 && !result.diagnostics.some((diagnostic) => diagnostic.code === 'file-unreadable'))
            problems.push('exit 2 without file-unreadable');
          if (problems.length > 0) throw new Error(describeFailure(input, problems));
        }),
      ),
      libraryRuns,
    );
  }, 180_000);

  it(`validate (in-process CLI) never crashes (${cliRuns} runs, json and stylish)`, async () => {
    await check(
      fc.asyncProperty(inputArbitrary, (input) =>
        withMutation(input, async (budget) => {
          const json = await runCli(['validate', '.', '--format', 'json'], budget.dir);
          const stylish = await runCli(['validate', '.'], budget.dir);
          const problems: string[] = [];
          if (json.stderr !== '') problems.push(`stderr with --format json: ${json.stderr}`);
          if (/internal error|^ {4}at /m.test(stylish.stderr))
            problems.push(`stylish: ${stylish.stderr.slice(0, 400)}`);
          if (json.code !== stylish.code) problems.push(`exit ${json.code} with json, ${stylish.code} with stylish`);
          let codes: string[] = [];
          try {
            codes = (JSON.parse(json.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
          } catch {
            problems.push(`stdout is not JSON: ${json.stdout.slice(0, 200)}`);
          }
          const allowed = json.code === 0 || json.code === 1 || (json.code === 2 && codes.includes('file-unreadable'));
          if (!allowed) problems.push(`exit ${json.code} (${codes.join(', ')})`);
          if (problems.length > 0) throw new Error(describeFailure(input, problems));
        }),
      ),
      cliRuns,
    );
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------
// Rendering: what validates must render in every format, with nothing broken or unsafe in it.

/** The value of a key that holds free text (block or flow style). */
const freeTextSlot =
  /(\b(?:title|name|responsible|comment|source|description|note|vintage|unit):[ \t]+)("[^"\n]*"|[^\s,{}[\]#"'][^,{}[\]\n#]*)/g;

/** Text a hostile budget puts in its titles and names (YAML double-quoted escapes). */
const hostileValues = [
  String.raw`"\e[2J\e[H cleared"`,
  String.raw`"\e]0;window title\a"`,
  String.raw`"\e]8;;https://evil.example\alink\e]8;;\a"`,
  String.raw`"\u202Eevil\u202C \u2066isolate\u2069"`,
  String.raw`"\x9b31m C1 \x7f del \r cr"`,
  '"a | b <script>alert(1)</script> *x* [l](u)"',
  '"=HYPERLINK("http://evil")"',
];

const hostileMutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('hostile-text' as const),
  at: position,
  value: fc.constantFrom(...hostileValues),
});

const renderInputArbitrary: fc.Arbitrary<FuzzInput> = fc.record({
  budget: fc.nat(),
  file: fc.nat(),
  mutations: fc.array(fc.oneof(hostileMutation, hostileMutation, mutationArbitrary), {
    minLength: 1,
    maxLength: maxMutations,
  }),
});

/** Every rendered output of a budget that validates: name → text (the workbook's XML parts too). */
async function renderEverything(dir: string): Promise<Map<string, string> | undefined> {
  const checked = checkBudget('.', { cwd: dir });
  const report = checked.report;
  if (!canCompute(checked) || report === undefined) return undefined;
  const computed = { budget: checked.budget, report, diagnostics: checked.diagnostics };
  const language = checked.budget.manifest.language;
  const tables = toTables(report, { language, factors: [...checked.budget.factors.values()] });
  const outputs = new Map<string, string>([
    ['table', renderTerminal(tables, { language, color: false, width: 100 })],
    // CSV's own line ends are CRLF: taken out before looking for control characters.
    ['csv', renderCsv(tables, { language }).replaceAll('\r\n', '\n')],
    ['md', markdownDocument(computed, language)],
    ['json', renderJson(report, language)],
    ['tables json', renderTableJson(tables, { language })],
    ['html', await htmlDocument(computed, language)],
  ]);
  const workbook = unzipSync(await workbookDocument(computed, language, {}));
  for (const [name, bytes] of Object.entries(workbook)) {
    if (name.endsWith('.xml')) outputs.set(`xlsx ${name}`, Buffer.from(bytes).toString('utf8'));
  }
  return outputs;
}

/** NaN, undefined or Infinity as text, or a control or bidi character. */
function renderProblems(outputs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, text] of outputs) {
    const broken = /\b(?:NaN|undefined|-?Infinity)\b/.exec(text);
    if (broken)
      problems.push(
        `${name}: "${broken[0]}" near ${JSON.stringify(text.slice(Math.max(0, broken.index - 80), broken.index + 40))}`,
      );
    if (hasUnsafeText(text)) {
      const at = [...text].findIndex((character) => hasUnsafeText(character));
      problems.push(
        `${name}: control character near ${JSON.stringify([...text].slice(Math.max(0, at - 40), at + 10).join(''))}`,
      );
    }
  }
  return problems;
}

describe.skipIf(corpus.length === 0)(`rendering mutated budgets that validate (seed ${seed})`, () => {
  it('the unmutated budgets render cleanly in every format', async () => {
    for (const budget of corpus) {
      const outputs = await renderEverything(budget.dir);
      expect(outputs, budget.name).toBeDefined();
      expect(renderProblems(outputs ?? new Map()), budget.name).toEqual([]);
    }
  }, 60_000);

  it(`every format renders without NaN, undefined, Infinity or control characters (${renderRuns} runs)`, async () => {
    let rendered = 0;
    await check(
      fc.asyncProperty(renderInputArbitrary, (input) =>
        withMutation(input, async (budget) => {
          const outputs = await renderEverything(budget.dir);
          if (outputs === undefined) return;
          rendered++;
          const problems = renderProblems(outputs);
          if (problems.length > 0) throw new Error(describeFailure(input, problems));
        }),
      ),
      renderRuns,
    );
    // Most mutations break the budget; enough must survive for the property to say something.
    expect(rendered).toBeGreaterThan(renderRuns / 10);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------
// Structural mutations and the file system (issue 11, the `contain` engineer's block): deep
// nesting, many keys, huge arrays, symbolic links and permissions. Loading never throws, every
// diagnostic keeps the contract, nesting past the limit is a yaml-syntax diagnostic, and no text of
// a file outside the budget reaches a diagnostic.

type Structural =
  | { kind: 'deep-flow'; depth: number }
  | { kind: 'deep-block'; depth: number }
  | { kind: 'deep-items'; depth: number }
  | { kind: 'many-keys'; count: number }
  | { kind: 'huge-array'; count: number }
  | { kind: 'many-measures'; count: number };

const structuralArbitrary: fc.Arbitrary<Structural> = fc.oneof(
  fc.record({ kind: fc.constant('deep-flow' as const), depth: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ kind: fc.constant('deep-block' as const), depth: fc.integer({ min: 1, max: 700 }) }),
  fc.record({ kind: fc.constant('deep-items' as const), depth: fc.integer({ min: 1, max: 4000 }) }),
  fc.record({ kind: fc.constant('many-keys' as const), count: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ kind: fc.constant('huge-array' as const), count: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ kind: fc.constant('many-measures' as const), count: fc.integer({ min: 1, max: 3000 }) }),
);

/** The nesting a structural mutation adds under a top-level key (for the limit check). */
function addedDepth(mutation: Structural): number {
  return mutation.kind === 'deep-flow' || mutation.kind === 'deep-block' || mutation.kind === 'deep-items'
    ? mutation.depth
    : 1;
}

/** Appends the structure under a top-level `x_fuzz` key (or, for measures, copies of the first one). */
function applyStructural(text: string, mutation: Structural): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  switch (mutation.kind) {
    case 'deep-flow':
      return `${body}x_fuzz: ${'['.repeat(mutation.depth)}1${']'.repeat(mutation.depth)}\n`;
    case 'deep-block':
      return `${body}x_fuzz:\n${Array.from({ length: mutation.depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join('')}${' '.repeat(mutation.depth + 1)}v\n`;
    case 'deep-items':
      return `${body}x_fuzz:\n  ${'- '.repeat(mutation.depth)}x\n`;
    case 'many-keys':
      return `${body}x_fuzz:\n${Array.from({ length: mutation.count }, (_, i) => `  k${i}: ${i}\n`).join('')}`;
    case 'huge-array':
      return `${body}x_fuzz: [${Array.from({ length: mutation.count }, (_, i) => i % 10).join(', ')}]\n`;
    case 'many-measures': {
      const first = /^ {2}- id: .*\n(?: {4}.*\n)*/m.exec(body)?.[0];
      if (first === undefined) return `${body}x_fuzz: ${mutation.count}\n`;
      const copies = Array.from({ length: mutation.count }, (_, i) => first.replace(/id: (\S+)/, `id: $1-fuzz${i}`));
      return body.replace(first, `${first}${copies.join('')}`);
    }
  }
}

describe.skipIf(corpus.length === 0)(`structural and file-system fuzzing (seed ${seed})`, () => {
  const structuralRuns = Math.max(10, Math.round(libraryRuns / 40));

  it(`loadBudget survives deep nesting, many keys and huge arrays (${structuralRuns} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), structuralArbitrary, async (budgetIndex, fileIndex, mutation) => {
        const budget = corpus[budgetIndex % corpus.length] as CorpusBudget;
        const file = budget.files[fileIndex % budget.files.length] as CorpusBudget['files'][number];
        const absolute = join(budget.dir, file.path);
        writeFileSync(absolute, applyStructural(file.text, mutation));
        try {
          const result = loadBudget('.', { cwd: budget.dir });
          const problems = contractProblems(result.diagnostics, (path) => result.sources.get(path));
          // The file's own mapping is one level: past the limit, a yaml-syntax diagnostic.
          if (addedDepth(mutation) + 1 > 200 && !result.diagnostics.some((d) => d.code === 'yaml-syntax'))
            problems.push(`nesting ${addedDepth(mutation)} without yaml-syntax`);
          if (problems.length > 0)
            throw new Error(`${budget.name}/${file.path} with ${JSON.stringify(mutation)}:\n${problems.join('\n')}`);
        } finally {
          writeFileSync(absolute, file.text);
        }
      }),
      { seed, numRuns: structuralRuns },
    );
  }, 300_000);

  type Link = 'inside' | 'outside' | 'absolute' | 'dangling' | 'self-loop' | 'folder-outside' | 'folder-loop';
  const links: Link[] = ['inside', 'outside', 'absolute', 'dangling', 'self-loop', 'folder-outside', 'folder-loop'];
  const secret = 'FUZZ-SECRET-7f3a';

  it('symbolic links: inside read, outside refused unread, dangling and loops reported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom(...links), async (budgetIndex, fileIndex, link) => {
        const source = corpus[budgetIndex % corpus.length] as CorpusBudget;
        const work = mkdtempSync(join(tempRoot, 'links-'));
        const dir = join(work, 'budget');
        cpSync(source.dir, dir, { recursive: true });
        writeFileSync(join(work, 'secret.yaml'), `schema_version: 1\nmeasures: ${secret}\n`);
        mkdirSync(join(work, 'outside'));
        writeFileSync(join(work, 'outside', 'x.yaml'), `${secret}: [\n`);
        const files = source.files.filter((file) => file.path !== 'budget.yaml');
        const file = files[fileIndex % Math.max(1, files.length)];
        if (file === undefined) return;
        const path = join(dir, file.path);
        const folder = dirname(path);
        const depth = file.path.split('/').length;
        rmSync(path);
        const up = '../'.repeat(depth);
        const expected: Record<Link, string | undefined> = {
          inside: undefined,
          outside: 'file-outside-budget',
          absolute: 'file-outside-budget',
          dangling: 'file-unreadable',
          'self-loop': 'file-unreadable',
          'folder-outside': 'file-outside-budget',
          'folder-loop': undefined,
        };
        if (link === 'inside') {
          writeFileSync(join(dir, 'kept.txt'), file.text);
          symlinkSync(`${'../'.repeat(depth - 1)}kept.txt`, path);
        } else if (link === 'outside') symlinkSync(`${up}secret.yaml`, path);
        else if (link === 'absolute') symlinkSync(join(work, 'secret.yaml'), path);
        else if (link === 'dangling') symlinkSync('nowhere.yaml', path);
        else if (link === 'self-loop') symlinkSync(basename(path), path);
        else if (link === 'folder-outside') {
          rmSync(folder, { recursive: true });
          symlinkSync(`${'../'.repeat(depth - 1)}outside`, folder);
        } else symlinkSync('.', join(folder, 'loop'));
        try {
          const result = loadBudget('budget', { cwd: work });
          const problems = contractProblems(result.diagnostics, (p) => result.sources.get(p));
          const codes: string[] = result.diagnostics.map((d) => d.code);
          const want = folder === dir && link === 'folder-outside' ? undefined : expected[link];
          if (want !== undefined && !codes.includes(want)) problems.push(`${link}: no ${want} in ${codes.join(', ')}`);
          if (link === 'inside' && codes.some((code) => code === 'file-outside-budget' || code === 'file-unreadable'))
            problems.push(`inside: ${codes.join(', ')}`);
          const text = JSON.stringify([...result.diagnostics, ...result.sources.values()]);
          if (text.includes(secret)) problems.push(`${link}: the secret reached a diagnostic or source`);
          if (problems.length > 0) throw new Error(`${source.name}/${file.path} as ${link}:\n${problems.join('\n')}`);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      }),
      { seed, numRuns: 40 },
    );
  }, 120_000);

  const rootWithoutBite = process.getuid?.() === 0;
  const setpriv =
    rootWithoutBite &&
    spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', '0']).status ===
      0;
  const hasBin = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));
  if (rootWithoutBite && !setpriv)
    console.log('note: permission fuzzing skipped: root, and setpriv cannot drop to nobody');
  it.skipIf(!hasBin || (rootWithoutBite && !setpriv))(
    'permissions: an unreadable file or folder is file-unreadable, exit 2 (as nobody when run as root)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.nat(), fc.boolean(), async (budgetIndex, fileIndex, whole) => {
          const source = corpus[budgetIndex % corpus.length] as CorpusBudget;
          const work = mkdtempSync(join(tempRoot, 'modes-'));
          chmodSync(tempRoot, 0o755);
          chmodSync(work, 0o755);
          const dir = join(work, 'budget');
          cpSync(source.dir, dir, { recursive: true });
          const file = source.files[fileIndex % source.files.length] as CorpusBudget['files'][number];
          const target = whole && file.path.includes('/') ? dirname(join(dir, file.path)) : join(dir, file.path);
          if (rootWithoutBite) spawnSync('chown', ['-R', '65534:65534', work], { stdio: 'ignore' });
          chmodSync(target, 0o000);
          const prefix = rootWithoutBite
            ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
            : [process.execPath];
          const run = spawnSync(prefix[0] as string, [...prefix.slice(1), binPath, 'validate', 'budget'], {
            cwd: work,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
          });
          chmodSync(target, 0o755);
          rmSync(work, { recursive: true, force: true });
          const problems: string[] = [];
          if (run.status !== 2) problems.push(`exit ${run.status}`);
          if (!run.stderr.includes('file-unreadable')) problems.push('no file-unreadable');
          if (/^ {4}at |internal error/m.test(run.stderr)) problems.push('a crash');
          if (problems.length > 0)
            throw new Error(`${source.name}: ${relative(dir, target)} mode 000: ${problems.join(', ')}\n${run.stderr}`);
        }),
        { seed, numRuns: 12 },
      );
    },
    120_000,
  );
});

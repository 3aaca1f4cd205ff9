import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { compareDiagnostics, hasErrors } from '../../diagnostics/diagnostic.js';
import { type DiagnosticFormat, diagnosticFormatters } from '../../diagnostics/format.js';
import { lstatOrUndefined } from '../../fs-stat.js';
import { messagesFor } from '../../i18n/messages/index.js';
import { localizeDiagnostics } from '../../i18n/messages/localize.js';
import { checkBudget } from '../../load/check-budget.js';
import { loadBudget } from '../../load/load-budget.js';
import type { Language } from '../../model/budget.js';
import { defaultGlobs } from '../../model/written.js';
import { packageVersion } from '../../package-version.js';
import { safeText } from '../../safe-text.js';
import { templateRows } from '../../template/columns.js';
import {
  buildMeasuresYaml,
  describeChanges,
  keepUncarried,
  measureChanges,
  toCell,
} from '../../template/measures-yaml.js';
import { readTemplate } from '../../template/read-template.js';
import { usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath, useColor } from '../io.js';
import { outputLanguage } from '../language.js';
import { type BudgetInputs, budgetInputs, refuseInputs } from '../output-guard.js';

interface ImportMeasuresOptions {
  output?: string;
  force?: boolean;
  budget?: string;
  format?: DiagnosticFormat;
  color: boolean;
  quiet: boolean;
  lang?: Language;
}

/**
 * `import measures FILE.xlsx`: a filled-in measures template → a measures file, checked with the
 * rest of the budget before anything is written; diagnostics (any validate format) go to stderr,
 * the YAML to stdout or `-o`.
 */
export async function importMeasuresCommand(file: string, options: ImportMeasuresOptions, io: CliIo): Promise<number> {
  const workbookPath = resolve(io.cwd, file);
  const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  if (output !== undefined && options.force !== true && exists(output)) {
    throw usageError('outputExists', { file: displayPath(io.cwd, output), listed: true });
  }
  if (output === workbookPath) throw usageError('overwritesWorkbook', {});
  let bytes: Buffer;
  try {
    bytes = readFileSync(workbookPath);
  } catch {
    throw usageError('cannotRead', { file, of: 'template' });
  }
  const root = options.budget !== undefined ? resolve(io.cwd, options.budget) : findBudget(output ?? io.cwd);
  if (root === undefined || !existsSync(join(root, 'budget.yaml'))) {
    throw usageError('noBudgetForImport', {});
  }
  const shownFile = displayPath(io.cwd, workbookPath);
  const before = loadBudget(root, { cwd: io.cwd });
  const guarded = [otherInputs(root, io.cwd, before)];
  // The budget's language, as its validation speaks it (--lang, `language`, the environment, bokmål).
  const language = outputLanguage(options.lang, before.budget, io.env);
  const words = messagesFor(language).template;
  // Refused before any work: the budget's other files are never an import's output, even with --force.
  if (output !== undefined) refuseInputs(output, guarded, displayPath(io.cwd, output));
  const read = await readTemplate(bytes, shownFile, { categories: before.budget?.manifest.sectors.categories ?? [] });
  const existing = writtenMeasures(io.cwd, before.parsed, before.budget?.measures ?? []);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  for (const measure of read.measures) {
    const kept = keepUncarried(measure, existing.get(String(measure.data.id))?.data, shownFile, read.sheet);
    if (kept) diagnostics.push(kept);
  }
  let yaml = '';
  let replaced: Record<string, unknown>[] = [];
  if (!hasErrors(read.diagnostics)) {
    yaml = buildMeasuresYaml(read.measures, basename(workbookPath));
    const target = output ?? join(root, 'measures', `${basename(workbookPath, extname(workbookPath))}.yaml`);
    const measuresFiles = new Set(
      (before.budget?.measures ?? []).map((measure) => resolve(io.cwd, measure.origin.file)),
    );
    // A file of the budget is replaced; anything else (stdout, a path outside) stands for all its measures.
    const replacesOne = output !== undefined && (measuresFiles.has(output) || isInside(root, output));
    replaced = [...existing.values()]
      .filter((measure) => !replacesOne || measure.file === output)
      .map((measure) => measure.data);
    const checked = checkBudget(root, {
      cwd: io.cwd,
      measuresOverlay: { files: new Map([[target, yaml]]), drop: () => !replacesOne },
    });
    const overlayShown = displayPath(io.cwd, target);
    for (const diagnostic of checked.diagnostics) {
      if (diagnostic.file === overlayShown) {
        diagnostics.push(toCell(diagnostic, read.measures, shownFile, read.sheet, templateRows.header));
      } else if (diagnostic.severity === 'error') {
        diagnostics.push(diagnostic);
      }
    }
    report(diagnostics, options, io, [shownFile, ...checked.files], checked.sources, language);
  } else {
    report(diagnostics, options, io, [shownFile], new Map(), language);
  }
  if (hasErrors(diagnostics)) return ExitCode.InvalidBudget;

  const changes = describeChanges(
    measureChanges(
      replaced,
      read.measures.map((measure) => measure.data),
    ),
    language,
  );
  if (output === undefined) {
    io.stdout.write(yaml);
    if (!options.quiet) io.stderr.write(`${words.printed(read.measures.length, changes)}\n`);
    return ExitCode.Ok;
  }
  // The workbook is an input under any name; so are the budget's files other than its measures
  // (budget.yaml, inventories …): a measures file is this command's output, nothing else is.
  const workbookInput = { root: dirname(workbookPath), files: [workbookPath], patterns: [], reader: 'import' as const };
  io.writeFile(output, yaml, {
    inputs: [workbookInput, ...guarded],
    create: options.force !== true,
  });
  if (!options.quiet) {
    io.stderr.write(`${words.wrote(safeText(options.output ?? ''), read.measures.length, changes)}\n`);
  }
  return ExitCode.Ok;
}

/** What the budget reads besides its measures files: never an import's output. */
function otherInputs(root: string, cwd: string, loaded: ReturnType<typeof loadBudget>): BudgetInputs {
  const inputs = budgetInputs(root, cwd, loaded);
  const manifest = loaded.parsed.get(relative(cwd, join(root, 'budget.yaml')).split(sep).join('/'));
  const written = (manifest?.data as { files?: { measures?: unknown } } | undefined)?.files?.measures;
  const measuresPatterns = Array.isArray(written) ? written : defaultGlobs.measures;
  const measuresFiles = new Set((loaded.budget?.measures ?? []).map((measure) => resolve(cwd, measure.origin.file)));
  return {
    root: inputs.root,
    files: inputs.files.filter((file) => !measuresFiles.has(file)),
    patterns: inputs.patterns.filter((pattern) => !measuresPatterns.includes(pattern)),
  };
}

interface WrittenEntry {
  data: Record<string, unknown>;
  /** Absolute path of its file. */
  file: string;
}

/** The budget's measures as written, by id, with their file. */
function writtenMeasures(
  cwd: string,
  parsed: ReturnType<typeof loadBudget>['parsed'],
  measures: readonly { id: string; origin: { file: string; path: readonly (string | number)[] } }[],
): Map<string, WrittenEntry & { file: string }> {
  const found = new Map<string, WrittenEntry>();
  for (const measure of measures) {
    let data: unknown = parsed.get(measure.origin.file)?.data;
    for (const key of measure.origin.path) data = (data as Record<string | number, unknown> | undefined)?.[key];
    if (data !== null && typeof data === 'object') {
      found.set(measure.id, { data: data as Record<string, unknown>, file: resolve(cwd, measure.origin.file) });
    }
  }
  return found;
}

function report(
  diagnostics: readonly Diagnostic[],
  options: ImportMeasuresOptions,
  io: CliIo,
  files: readonly string[],
  sources: ReadonlyMap<string, string>,
  language: Language,
): void {
  const format = options.format ?? 'stylish';
  const shown = [...diagnostics]
    .filter((diagnostic) => !options.quiet || diagnostic.severity === 'error')
    .sort(compareDiagnostics);
  if (shown.length === 0 && format === 'stylish') return;
  io.stderr.write(
    diagnosticFormatters[format](localizeDiagnostics(shown, language), {
      words: messagesFor(language).status,
      color: useColor(io, io.stderr, !options.color),
      sources,
      files: [...new Set(files)].sort(),
      toolVersion: packageVersion(),
    }),
  );
}

/** The nearest folder with budget.yaml at or above `start` (a file's folder, or a folder). */
function findBudget(start: string): string | undefined {
  let folder = isFolder(start) ? start : dirname(start);
  for (;;) {
    if (existsSync(join(folder, 'budget.yaml'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..';
}

function isFolder(path: string): boolean {
  return lstatOrUndefined(path)?.isDirectory() === true;
}

function exists(path: string): boolean {
  return lstatOrUndefined(path) !== undefined;
}

import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { appendAll } from '../arrays.js';
import { checks } from '../checks/index.js';
import { diagnosticCodes } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compareDiagnostics, hasErrors } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import { say } from '../i18n/messages/index.js';
import type { Budget, RuleSetting } from '../model/budget.js';
import { defaultGlobs, type FileKind, type WrittenByKind } from '../model/written.js';
import { boundsOf, checkFile, type DiscoveryProblem, discoverFiles, errorCode } from './discover.js';
import { normalizeBudget, type ValidFile, type WrittenBudget } from './normalize.js';
import { type ParsedFile, parseYamlText, readYamlFile } from './read-yaml.js';
import { validateSchema } from './schema.js';
import { collectUnloaded } from './unloaded-collector.js';

export interface LoadOptions {
  /** Paths in diagnostics are relative to this folder. */
  cwd: string;
  /**
   * The folder every file must lie in (SPEC §3 Containment); default: the git working tree that
   * contains the budget folder, else the budget folder. A revision's temporary copy passes its root.
   */
  within?: string;
  /**
   * Measures files read from memory instead of the disk (`import measures` checks what it would
   * write with the rest of the budget first): `files` (absolute path → text) are added or replace
   * the file of that path, and the budget's measures files `drop` accepts are left out.
   */
  measuresOverlay?: { files: ReadonlyMap<string, string>; drop: (absolute: string) => boolean };
}

export interface LoadResult {
  /** The normalised budget; absent when the manifest could not be read at all. */
  budget?: Budget;
  /** Sorted by file, line and column; severities after the manifest's `rules:`. */
  diagnostics: Diagnostic[];
  /** Display path → text of every file read: for code frames. */
  sources: Map<string, string>;
  /** Display paths of every file checked, sorted. */
  files: string[];
  /** Display path → parsed file: to locate findings made after loading. */
  parsed: Map<string, ParsedFile>;
}

type ListedKind = Exclude<FileKind, 'budget'>;

/**
 * Reads a budget folder: discovers its files, parses and validates them, normalises the budget
 * and runs the checks. Never throws on bad input: every problem is a diagnostic.
 */
export function loadBudget(dir: string, options: LoadOptions): LoadResult {
  const root = resolve(options.cwd, dir);
  const display = (absolute: string) => relative(options.cwd, absolute).split(sep).join('/') || '.';
  const result: LoadResult = { diagnostics: [], sources: new Map(), files: [], parsed: new Map() };
  const findings: Finding[] = [];

  const rootProblem = checkFolder(root, display(root));
  if (rootProblem) {
    result.diagnostics.push({
      code: 'file-unreadable',
      severity: 'error',
      ...rootProblem,
      file: display(root),
      path: [],
    });
    return result;
  }

  const unloaded = collectUnloaded();
  const bounds = boundsOf(root, options.within);
  const read = <K extends FileKind>(absolute: string, kind: K): ValidFile<WrittenByKind[K]> | undefined => {
    const path = display(absolute);
    result.files.push(path);
    const overlaid = kind === 'measures' ? options.measuresOverlay?.files.get(absolute) : undefined;
    const { file, text, diagnostics } =
      overlaid === undefined ? readYamlFile(absolute, path) : parseYamlText(overlaid, path);
    if (text !== undefined) result.sources.set(path, text);
    appendAll(result.diagnostics, diagnostics);
    if (!file) {
      unloaded.fileFailed(kind, undefined, text);
      return undefined;
    }
    result.parsed.set(path, file);
    const validated = validateSchema(file, kind);
    appendAll(result.diagnostics, validated.diagnostics);
    if (validated.data) return { file: path, data: validated.data };
    if (!validated.salvaged) {
      unloaded.fileFailed(kind, file.data, text);
      return undefined;
    }
    // The parts that broke the schema stay out; the rest is checked as if the file were whole.
    unloaded.partsDropped(kind, file.data, validated.salvaged.dropped);
    return { file: path, data: validated.salvaged.data as WrittenByKind[K] };
  };

  const manifestPath = join(root, 'budget.yaml');
  let manifest: ValidFile<WrittenByKind['budget']> | undefined;
  if (!exists(manifestPath)) {
    result.files.push(display(manifestPath));
    result.diagnostics.push({
      code: 'manifest-missing',
      severity: 'error',
      ...say('manifestMissing', display(root) === '.' ? {} : { folder: display(root) }),
      file: display(manifestPath),
      path: [],
    });
  } else {
    // The manifest too may be a link out of the folder.
    const refused = checkFile(manifestPath, display(manifestPath), bounds);
    if (refused) {
      result.files.push(display(manifestPath));
      result.diagnostics.push({ ...problemDiagnostic(refused), file: display(manifestPath), path: [] });
    } else manifest = read(manifestPath, 'budget');
  }

  const globs = { ...defaultGlobs, ...(manifest?.data.files ?? {}) };
  const manifestFile = manifest?.file ?? display(manifestPath);
  const refusedPaths = new Set<string>();
  const listed = (kind: ListedKind): string[] => {
    const optional = kind === 'baseline' && manifest?.data.files?.baseline === undefined;
    const atGlob = (pattern: string) => ({
      file: manifestFile,
      ...(locateGlob(result.parsed.get(manifestFile), kind, pattern, globs[kind]) ?? {}),
      path: ['files', kind],
    });
    const found = discoverFiles(bounds, globs[kind], display, (pattern) => {
      if (optional) return;
      result.diagnostics.push({
        code: 'file-unreadable',
        severity: 'error',
        ...say('fileMissing', { pattern }),
        ...atGlob(pattern),
      });
    });
    for (const problem of found.problems) {
      // A file or folder refused for one kind is refused for all: say so once.
      if ('path' in problem.at) {
        if (refusedPaths.has(problem.at.path)) continue;
        refusedPaths.add(problem.at.path);
      }
      const place = 'pattern' in problem.at ? atGlob(problem.at.pattern) : { file: display(problem.at.path), path: [] };
      result.diagnostics.push({ ...problemDiagnostic(problem), ...place });
    }
    return found.files;
  };
  const written = {
    inventories: listed('inventory').flatMap((path) => read(path, 'inventory') ?? []),
    baselines: listed('baseline').flatMap((path) => read(path, 'baseline') ?? []),
    factors: listed('factors').flatMap((path) => read(path, 'factors') ?? []),
    measures: overlaidMeasures(listed('measures'), options.measuresOverlay).flatMap(
      (path) => read(path, 'measures') ?? [],
    ),
    followups: listed('followup').flatMap((path) => read(path, 'followup') ?? []),
  };
  result.files.sort();

  // A manifest that breaks its schema beyond salvage still lets the other files be checked (SPEC
  // §3), against a stand-in without targets: the checks that need the manifest's years skip a
  // budget whose manifest did not load, and no budget is returned.
  const checked = manifest ?? (exists(manifestPath) ? standInManifest(display(manifestPath)) : undefined);
  if (checked) {
    const writtenBudget: WrittenBudget = { dir, manifest: checked, ...written, unloaded: unloaded.result() };
    const normalized = normalizeBudget(writtenBudget);
    appendAll(findings, normalized.findings);
    for (const check of checks) appendAll(findings, check(normalized.budget));
    if (manifest) result.budget = normalized.budget;
    appendAll(result.diagnostics, locateFindings(findings, result.parsed, normalized.budget.manifest.rules));
  }
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/** The measures files to read: those found, less the dropped ones, plus the overlay's (sorted). */
function overlaidMeasures(found: readonly string[], overlay: LoadOptions['measuresOverlay']): string[] {
  if (overlay === undefined) return [...found];
  const kept = found.filter((path) => !overlay.drop(path) && !overlay.files.has(path));
  return [...kept, ...overlay.files.keys()].sort();
}

/** A manifest with nothing in it but what the schema requires: for checking the other files when the real one did not load. */
function standInManifest(file: string): ValidFile<WrittenByKind['budget']> {
  // Its years play no part: the checks that read them skip a budget whose manifest did not load.
  return { file, data: { schema_version: 1, municipality: { name: '' }, plan_period: { start: 2000, end: 2000 } } };
}

/** Turns findings into diagnostics: located in their file, severity from the code and `rules:`. */
export function locateFindings(
  findings: readonly Finding[],
  parsed: ReadonlyMap<string, ParsedFile>,
  rules: ReadonlyMap<string, RuleSetting>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding.code, rules);
    if (severity === 'off') continue;
    const range = parsed.get(finding.origin.file)?.locate(finding.origin.path, finding.at ?? 'value');
    diagnostics.push({
      code: finding.code,
      severity,
      message: finding.message,
      file: finding.origin.file,
      ...(range ? { range } : {}),
      path: finding.origin.path,
      ...(finding.hint ? { hint: finding.hint } : {}),
      ...(finding.said ? { said: finding.said } : {}),
    });
  }
  return diagnostics;
}

/** The severity of a code after the manifest's rules; errors cannot be lowered. */
export function severityOf(code: Finding['code'], rules: ReadonlyMap<string, RuleSetting>): RuleSetting {
  const fallback = diagnosticCodes[code].severity;
  if (fallback === 'error') return 'error';
  return rules.get(code) ?? fallback;
}

function checkFolder(root: string, shown: string): ReturnType<typeof say> | undefined {
  try {
    if (!statSync(root).isDirectory()) return say('folderProblem', { folder: shown, problem: 'file' });
  } catch (error) {
    return say('folderProblem', { folder: shown, problem: errorCode(error) === 'EACCES' ? 'denied' : 'missing' });
  }
  try {
    // A folder that cannot be listed would look empty (no budget.yaml): say why instead.
    readdirSync(root);
    return undefined;
  } catch (error) {
    const errno = errorCode(error);
    return say('folderProblem', { folder: shown, problem: 'unlistable', ...(errno === undefined ? {} : { errno }) });
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A discovery problem as a diagnostic, before it is placed. */
function problemDiagnostic(problem: DiscoveryProblem): Omit<Diagnostic, 'file' | 'path'> {
  return {
    code: problem.code,
    severity: 'error',
    message: problem.message,
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    ...(problem.said === undefined ? {} : { said: problem.said }),
  };
}

function locateGlob(
  manifest: ParsedFile | undefined,
  kind: ListedKind,
  pattern: string,
  patterns: readonly string[],
): { range: NonNullable<ReturnType<ParsedFile['locate']>> } | undefined {
  const range = manifest?.locate(['files', kind, patterns.indexOf(pattern)]);
  return range ? { range } : undefined;
}

/** True when no diagnostic is an error: the budget may be computed. */
export function canCompute(result: LoadResult): result is LoadResult & { budget: Budget } {
  return result.budget !== undefined && !hasErrors(result.diagnostics);
}

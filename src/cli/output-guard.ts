import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { messagesFor } from '../i18n/messages/index.js';
import type { LoadResult } from '../load/load-budget.js';
import { defaultGlobs } from '../model/written.js';
import { safeText } from '../safe-text.js';
import { OutputError, outputError } from './errors.js';

/**
 * What a budget reads, so that no output ever lands on it (SPEC §7: inputs are never written):
 * the files read in this run, and every path its `files:` patterns would match, now or later.
 */
export interface BudgetInputs {
  /** The budget folder, absolute. */
  root: string;
  /** Absolute paths of the files read. */
  files: readonly string[];
  /** budget.yaml and the `files:` patterns (the defaults where the manifest names none), relative to root. */
  patterns: readonly string[];
  /** What reads these files, for the refusal (default: `the budget <folder name>`). */
  reader?: 'import';
}

/** The inputs of a loaded budget: `cwd` is what the result's display paths are relative to. */
export function budgetInputs(dir: string, cwd: string, result: Pick<LoadResult, 'files' | 'parsed'>): BudgetInputs {
  const root = resolve(cwd, dir);
  const manifest = result.parsed.get(relative(cwd, join(root, 'budget.yaml')).split('\\').join('/'));
  const written = (manifest?.data as { files?: unknown } | undefined)?.files;
  const globs: Record<string, unknown> = { ...defaultGlobs, ...(isRecord(written) ? written : {}) };
  const patterns = Object.values(globs).flatMap((value) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [],
  );
  return { root, files: result.files.map((file) => resolve(cwd, file)), patterns: ['budget.yaml', ...patterns] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Throws an OutputError (exit 2) when writing `path` would write one of the budgets' inputs: a file
 * read, the same file under another name (symlinked folder, hard link), or a path one of the
 * `files:` patterns matches. `shown` is the path as the user gave it.
 */
export function refuseInputs(path: string, inputs: readonly BudgetInputs[], shown: string): void {
  const input = inputOf(path, inputs);
  if (input === undefined) return;
  const reader = input.reader ?? { budget: safeText(basename(input.root) || input.root) };
  throw new OutputError((language) => messagesFor(language).usage.refusingInput({ file: shown, reader }));
}

/** The budget that reads `path` (see refuseInputs), if any. */
export function inputOf(path: string, inputs: readonly BudgetInputs[]): BudgetInputs | undefined {
  if (inputs.length === 0) return undefined;
  const names = aliases(path);
  const identity = fileIdentity(path);
  return inputs.find((input) => {
    const known = prepared(input);
    if (identity !== undefined && known.identities.has(identity)) return true;
    return names.some((name) => known.names.has(name) || known.matches(name));
  });
}

/** What an input set is compared by, worked out once per set (a `report` batch asks for every document). */
interface PreparedInputs {
  /** Every name of every file read (as given, and resolved). */
  names: ReadonlySet<string>;
  /** Device and inode of every file read. */
  identities: ReadonlySet<string>;
  /** True when a pattern matches the absolute path, taken relative to the budget folder (as given or resolved). */
  matches: (path: string) => boolean;
}

const preparedInputs = new WeakMap<BudgetInputs, PreparedInputs>();

function prepared(input: BudgetInputs): PreparedInputs {
  const cached = preparedInputs.get(input);
  if (cached) return cached;
  const matcher = picomatch(input.patterns, { dot: false });
  const roots = [...new Set([input.root, realOrSelf(input.root)])];
  // A path outside every root matches no pattern: a prefix test (without case, as Windows compares
  // paths) passes it over without working out a relative path, since a batch asks every budget so
  // far about every document (356 budgets: 1.4 s of the batch's own time, and its garbage, before).
  const prefixes = roots.map((root) => (root.endsWith(sep) ? root : `${root}${sep}`).toLowerCase());
  const result: PreparedInputs = {
    names: new Set(input.files.flatMap(aliases)),
    identities: new Set(input.files.flatMap((file) => fileIdentity(file) ?? [])),
    matches: (path) =>
      roots.some((root, index) => {
        if (isAbsolute(path) && !path.toLowerCase().startsWith(prefixes[index] as string)) return false;
        const inside = relative(root, path);
        return (
          inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) && matcher(inside.split('\\').join('/'))
        );
      }),
  };
  preparedInputs.set(input, result);
  return result;
}

/** The path as given and with its folder's (or its own) symbolic links resolved. */
function aliases(path: string): string[] {
  const names = new Set([path, join(realOrSelf(dirname(path)), basename(path))]);
  names.add(realOrSelf(path));
  return [...names];
}

/** The path with its symbolic links resolved; itself where it cannot be (it does not exist). */
export function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** Device and inode of an existing file: the same file whatever its name (hard links). */
function fileIdentity(path: string): string | undefined {
  try {
    const stats = statSync(path, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Guards a batch's out-dir: what it returns throws an OutputError for the file `shown` when the
 * folder at `dir` is no longer the one the batch began with (replaced meanwhile, say by a symbolic
 * link to elsewhere), so that no document follows the new link and none is put from the old folder.
 */
export function sameFolderGuard(dir: string): (shown: string) => void {
  const identity = fileIdentity(dir);
  return (shown) => {
    if (fileIdentity(dir) === identity) return;
    const replaced: NodeJS.ErrnoException = new Error('the out-dir was replaced during the batch');
    replaced.code = 'ERR_OUTDIR_REPLACED';
    throw outputError(shown, replaced);
  };
}

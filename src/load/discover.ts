import * as fs from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { appendAll } from '../arrays.js';
import type { Said } from '../diagnostics/diagnostic.js';
import { type DiagnosticMessages, say } from '../i18n/messages/index.js';

/**
 * Finding a budget's files inside its bounds (SPEC §3 Containment): every file read lies inside the
 * budget folder, or inside the git working tree that contains it. Paths, globs and symbolic links
 * that lead elsewhere are refused before anything is read, so no text from outside reaches a
 * message. Globs never walk above the allowed root, never list a folder outside it, never walk a
 * folder twice (so symlink loops end), and a folder that cannot be read is a problem, not an empty
 * folder.
 */

/** Why a path was not read. `pattern` problems belong to a glob of `files:`, `path` ones to a file. */
export interface DiscoveryProblem {
  code: 'file-outside-budget' | 'file-unreadable';
  message: string;
  hint?: string;
  /** The message as a template key and params (see `Diagnostic.said`). */
  said?: Said;
  /** The glob of `files:` at fault, or the absolute path of the file or folder at fault. */
  at: { pattern: string } | { path: string };
}

export interface Discovered {
  /** Absolute paths (as reached from the budget folder, not resolved), sorted. */
  files: string[];
  problems: DiscoveryProblem[];
}

/** The bounds of a budget: its folder and the root every file must lie in, both resolved. */
export interface Bounds {
  /** The budget folder as given (absolute): paths are found and shown from here. */
  root: string;
  /** The real path of the budget folder. */
  realRoot: string;
  /** The real path of the git working tree containing the folder, else realRoot. */
  allowed: string;
}

/** The bounds of the budget folder `root` (which exists), inside `within` when given. */
export function boundsOf(root: string, within?: string): Bounds {
  const realRoot = fs.realpathSync(root);
  return { root, realRoot, allowed: within === undefined ? (gitTop(realRoot) ?? realRoot) : fs.realpathSync(within) };
}

/** The nearest folder at or above `dir` holding `.git` (a folder, or a file in a worktree). */
function gitTop(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (fs.existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** True when the real path `real` lies inside (or is) `folder`. */
export function isInside(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Checks one file found from the budget folder before it is read: a symbolic link must lead to an
 * existing file inside the bounds; only regular files (and folders, which the reader reports) pass.
 */
export function checkFile(path: string, shown: string, bounds: Bounds): DiscoveryProblem | undefined {
  let real: string;
  try {
    real = fs.realpathSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && isLink(path)) return problem('file-unreadable', { kind: 'linkToNothing', shown }, path);
    if (code === 'ELOOP') return problem('file-unreadable', { kind: 'linkLoops', shown }, path);
    return undefined; // The reader says what is wrong (missing, permission denied …).
  }
  if (!isInside(real, bounds.allowed)) {
    return problem('file-outside-budget', { kind: 'linkOutside', shown }, path);
  }
  // Git's own folder is not part of the working tree: its config may hold a CI token.
  const named = relative(bounds.root, path).split(/[\\/]/);
  if (named.includes('.git') || relative(bounds.allowed, real).split(sep).includes('.git')) {
    return problem('file-outside-budget', { kind: 'inGitFolder', shown }, path);
  }
  let stats: fs.Stats;
  try {
    stats = fs.statSync(real);
  } catch {
    return undefined;
  }
  if (stats.isFile() || stats.isDirectory()) return undefined;
  const detail = stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device';
  return problem('file-unreadable', { kind: 'notRegular', shown, detail }, path);
}

/**
 * The files matched by the `files:` patterns of one kind, each checked with checkFile(). A literal
 * path that does not exist is reported through `missing` unless optional.
 */
export function discoverFiles(
  bounds: Bounds,
  patterns: readonly string[],
  display: (absolute: string) => string,
  missing: (pattern: string) => void,
): Discovered {
  const found = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  for (const pattern of patterns) {
    const leaves = escapeOf(pattern, bounds);
    if (leaves) {
      problems.push(leaves);
      continue;
    }
    if (!isDynamicPattern(pattern)) {
      const absolute = resolve(bounds.root, pattern);
      if (fs.existsSync(absolute) || isLink(absolute)) found.add(absolute);
      else missing(pattern);
      continue;
    }
    const walked = boundedGlob(pattern, bounds, display);
    appendAll(problems, walked.problems);
    for (const match of walked.files) found.add(match);
  }
  const files: string[] = [];
  for (const path of [...found].sort()) {
    const refused = checkFile(path, display(path), bounds);
    if (refused) problems.push(refused);
    else files.push(path);
  }
  return { files, problems };
}

/** A pattern that leaves the bounds before any folder is walked: absolute, or `..` too far. */
function escapeOf(pattern: string, bounds: Bounds): DiscoveryProblem | undefined {
  if (isAbsolute(pattern) || /^[a-zA-Z]:[\\/]/.test(pattern) || pattern.startsWith('\\')) {
    return {
      code: 'file-outside-budget',
      ...say('absolutePath', { pattern }),
      at: { pattern },
    };
  }
  // The fixed part ends at the last separator before the first glob character; a `..` after it
  // (`measures/*/../../x`, `{../secret,x}.yaml`) is refused whatever it would match.
  const dynamicAt = pattern.search(/[*?[\]{}()!+@]/);
  const fixedEnd = dynamicAt < 0 ? pattern.length : Math.max(0, pattern.slice(0, dynamicAt).search(/[\\/][^\\/]*$/));
  const upAfterGlob = dynamicAt >= 0 && /(^|[\\/{},])\.\.([\\/{},]|$)/.test(pattern.slice(fixedEnd));
  // The fixed part, resolved lexically from the real budget folder: symlinks in it are checked
  // when the files are, and the walk never lists a folder outside the bounds.
  const base = resolve(bounds.realRoot, pattern.slice(0, fixedEnd).split(/[\\/]/).join(sep));
  if (!upAfterGlob && isInside(base, bounds.allowed)) return undefined;
  return {
    code: 'file-outside-budget',
    ...say('pathProblem', { kind: 'globOutside', shown: pattern }),
    at: { pattern },
  };
}

/**
 * tinyglobby, with its file system calls watched: a folder outside the bounds or reached a second
 * time is not listed (a link back to an ancestor is reported as a loop), a folder that cannot be
 * read is reported, and a link that cannot be resolved is matched as a file, for checkFile() to
 * report when the pattern wants it.
 */
function boundedGlob(
  pattern: string,
  bounds: Bounds,
  display: (absolute: string) => string,
): { files: string[]; problems: DiscoveryProblem[] } {
  const problems: DiscoveryProblem[] = [];
  const unresolved = new Set<string>();
  /** Real folder → the path (maybe through links) it was reached by. */
  const reachedBy = new Map<string, string>();
  const listed = new Set<string>();
  const readdirSync = ((path: string, options: { withFileTypes: true }) => {
    let real: string;
    try {
      real = fs.realpathSync(path);
    } catch {
      return [];
    }
    const link = reachedBy.get(real);
    const shown = display(link ?? path.replace(/[\\/]$/, ''));
    if (!isInside(real, bounds.allowed)) {
      problems.push(problem('file-outside-budget', { kind: 'folderOutside', shown }, link ?? real));
      return [];
    }
    if (listed.has(real)) {
      if (link !== undefined && isInside(resolve(link), real) && resolve(link) !== real) {
        problems.push(problem('file-unreadable', { kind: 'folderLoop', shown: display(link) }, link));
      }
      return [];
    }
    listed.add(real);
    try {
      return fs.readdirSync(path, options);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') {
        problems.push(
          problem(
            'file-unreadable',
            {
              kind: 'folderUnreadable',
              shown,
              ...(errorCode(error) === undefined ? {} : { detail: errorCode(error) }),
            },
            link ?? real,
          ),
        );
      }
      return [];
    }
  }) as typeof fs.readdirSync;
  const realpathSync = ((path: string) => {
    try {
      const real = fs.realpathSync(path);
      if (!reachedBy.has(real)) reachedBy.set(real, path.replace(/[\\/]$/, ''));
      return real;
    } catch {
      unresolved.add(path);
      return path;
    }
  }) as typeof fs.realpathSync;
  const statSync = ((path: string, options?: fs.StatSyncOptions) =>
    unresolved.has(path) ? fs.lstatSync(path) : fs.statSync(path, options)) as typeof fs.statSync;
  // Folders are not expanded and dot files stay hidden, as before; links are resolved by the
  // watched calls above.
  const files = globSync(pattern, {
    cwd: bounds.root,
    onlyFiles: false,
    expandDirectories: false,
    dot: false,
    followSymbolicLinks: true,
    fs: { readdirSync, realpathSync, statSync },
  }).map((match) => resolve(bounds.root, match));
  return { files, problems };
}

function problem(
  code: DiscoveryProblem['code'],
  said: Parameters<DiagnosticMessages['pathProblem']>[0],
  path: string,
): DiscoveryProblem {
  return { code, ...say('pathProblem', said), at: { path } };
}

function isLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The `code` of a file-system error (`ENOENT`, `EACCES` …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

/** A budget folder as it was in a git revision, written out to a temporary folder. */
export interface RevisionCheckout {
  /** The budget folder in the temporary copy. */
  dir: string;
  /** The copy's root, standing for the repository's top: display paths are relative to it. */
  root: string;
  /** Removes the temporary copy. */
  remove(): void;
}

/** Why a revision could not be read: one sentence, and a hint. */
export interface RevisionProblem {
  problem: string;
  hint?: string;
}

/** Output of git larger than any budget (a 10 000-measure budget is 4 MB). */
const maxBuffer = 1 << 30;

/**
 * Writes the files of the budget folder `dir` as they were in `revision` of its git repository to
 * a temporary folder, with the repository's layout, so the folder loads as any other and its
 * diagnostics name repository paths. Reads through git's plumbing (`ls-tree`, `cat-file --batch`):
 * the working tree, the index and HEAD are left alone. Symbolic links and submodules are left out.
 */
export function checkoutRevision(dir: string, revision: string): RevisionCheckout | RevisionProblem {
  if (revision.startsWith('-')) return { problem: `"${revision}" is not a folder or a git revision.` };
  const where = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if ('problem' in where) return where;
  if (where.status !== 0) {
    return {
      problem: `"${revision}" is not a folder, and ${dir} is not in a git repository to read it as a revision.`,
      hint: 'Give two budget folders, or run diff inside the budget repository (or name the folder with --dir).',
    };
  }
  const [top = '', prefix = ''] = where.stdout.toString('utf8').split('\n');
  const commit = git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if ('problem' in commit) return commit;
  if (commit.status !== 0) {
    return {
      problem: `"${revision}" is neither a folder nor a revision of the git repository at ${top}.`,
      hint: 'Give a folder, a branch, a tag or a commit (see git log --oneline).',
    };
  }
  const sha = commit.stdout.toString('utf8').trim();
  const folder = listBlobs(top, sha, prefix === '' ? '.' : prefix);
  if ('problem' in folder) return folder;
  if (folder.length === 0) {
    return {
      problem: `The budget folder ${prefix === '' ? '.' : prefix.replace(/\/$/, '')} does not exist in revision ${revision}.`,
      hint: 'Compare with a revision that has the folder, or give the old budget as a folder.',
    };
  }
  // A manifest whose `files:` reach out of the folder (`../shared/*.yaml`) needs the whole tree.
  const manifest = folder.find((blob) => blob.path === `${prefix}budget.yaml`);
  const manifestText = manifest === undefined ? undefined : readBlobs(top, [manifest]);
  if (manifestText !== undefined && 'problem' in manifestText) return manifestText;
  const whole = manifestText !== undefined && reachesOutside(manifestText[0]?.toString('utf8') ?? '');
  const blobs = whole ? listBlobs(top, sha, '.') : folder;
  if ('problem' in blobs) return blobs;
  const files = readBlobs(top, blobs);
  if ('problem' in files) return files;
  const root = mkdtempSync(join(tmpdir(), 'klimabudsjett-diff-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    blobs.forEach((blob, index) => {
      const target = join(root, blob.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files[index] as Buffer);
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir: join(root, prefix), root, remove };
}

interface Blob {
  oid: string;
  /** Relative to the repository's top, `/` separators. */
  path: string;
}

/** The files (blobs) under `path` in a commit; symbolic links and submodules are left out. */
function listBlobs(top: string, commit: string, path: string): Blob[] | RevisionProblem {
  const listing = git(top, ['ls-tree', '-r', '-z', commit, '--', path]);
  if ('problem' in listing) return listing;
  if (listing.status !== 0) return [];
  return listing.stdout
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [mode, type, oid] = entry.slice(0, tab).split(' ');
      return { mode, type, oid: oid as string, path: entry.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob' && entry.mode !== '120000')
    .map(({ oid, path: file }) => ({ oid, path: file }));
}

/** The contents of blobs, in order, read by one `git cat-file --batch`. */
function readBlobs(top: string, blobs: readonly Blob[]): Buffer[] | RevisionProblem {
  const contents = git(top, ['cat-file', '--batch'], `${blobs.map((blob) => blob.oid).join('\n')}\n`);
  if ('problem' in contents) return contents;
  return splitBatch(contents.stdout, blobs.length);
}

/** True when a manifest's `files:` name a path out of the budget folder. */
function reachesOutside(manifestText: string): boolean {
  let files: unknown;
  try {
    files = (parse(manifestText) as { files?: unknown } | null)?.files;
  } catch {
    return false;
  }
  if (files === null || typeof files !== 'object') return false;
  return Object.values(files)
    .flat()
    .some((pattern) => typeof pattern === 'string' && /(^|[\\/])\.\.([\\/]|$)/.test(pattern));
}

/** Splits `git cat-file --batch` output: per object `<oid> <type> <size>\n<bytes>\n`. */
function splitBatch(output: Buffer, count: number): Buffer[] {
  const files: Buffer[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const lineEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, lineEnd).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (lineEnd < 0 || header[1] !== 'blob' || !Number.isInteger(size)) {
      throw new Error(`unexpected output of git cat-file: ${header.join(' ')}`);
    }
    files.push(output.subarray(lineEnd + 1, lineEnd + 1 + size));
    offset = lineEnd + 1 + size + 1;
  }
  return files;
}

/** Runs git in `cwd`; a git that cannot be started is a problem, a failing one a status. */
function git(
  cwd: string,
  args: readonly string[],
  input?: string,
): { status: number; stdout: Buffer } | RevisionProblem {
  const result = spawnSync('git', ['-C', cwd, ...args], {
    input,
    maxBuffer,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  if (result.error !== undefined) {
    return {
      problem: `git could not be run (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}), so revisions cannot be read.`,
      hint: 'Install git, or give the old budget as a folder.',
    };
  }
  return { status: result.status ?? 1, stdout: result.stdout };
}

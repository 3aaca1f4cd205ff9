import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { type LeftOutReason, type Said, say, type Words } from '../i18n/messages/index.js';

/** A budget folder as it was in a git revision, written out to a temporary folder. */
export interface RevisionCheckout {
  /** The budget folder in the temporary copy. */
  dir: string;
  /** The copy's root, standing for the repository's top: display paths are relative to it. */
  root: string;
  /** Symbolic links of the revision that were not copied, each with the reason (repository paths). */
  leftOut: { path: string; reason: LeftOutReason }[];
  /** Removes the temporary copy (also done on SIGINT, SIGTERM and exit). */
  remove(): void;
}

/** Why a revision could not be read: one sentence, and a hint (said in the user's language by the CLI). */
export interface RevisionProblem {
  problem: Words & { said: Said };
}

/** Output of git larger than any budget (a 10 000-measure budget is 4 MB). */
const maxBuffer = 1 << 30;

/** Links followed one after another before a link counts as a loop (as the kernel's 40). */
const maxLinkHops = 40;

/**
 * Writes the files of the budget folder `dir` as they were in `revision` of its git repository to
 * a temporary folder, with the repository's layout, so the folder loads as any other and its
 * diagnostics name repository paths. Reads through git's plumbing (`ls-tree`, `cat-file --batch`):
 * the working tree, the index and HEAD are left alone. That plumbing, unlike a checkout, lists
 * entries a crafted tree may hold (`..`, `.git`): a revision with such an entry is refused whole.
 * A symbolic link is copied as the file (or folder) it leads to when that lies in the same
 * revision; others are left out and listed. Submodules are left out.
 */
export function checkoutRevision(dir: string, revision: string): RevisionCheckout | RevisionProblem {
  if (revision.startsWith('-')) return { problem: say('revisionDash', { revision }) };
  const where = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if ('problem' in where) return where;
  if (where.status !== 0) {
    return { problem: say('revisionNoRepository', { revision, dir }) };
  }
  const [top = '', prefix = ''] = where.stdout.toString('utf8').split('\n');
  const commit = git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if ('problem' in commit) return commit;
  if (commit.status !== 0) {
    return { problem: say('revisionUnknown', { revision, top }) };
  }
  const sha = commit.stdout.toString('utf8').trim();
  const folder = listEntries(top, sha, prefix === '' ? '.' : prefix, revision);
  if ('problem' in folder) return folder;
  if (folder.length === 0) {
    const shown = prefix === '' ? '.' : prefix.replace(/\/$/, '');
    return { problem: say('revisionNoFolder', { folder: shown, revision }) };
  }
  // A manifest whose `files:` reach out of the folder (`../shared/*.yaml`) needs the whole tree; a
  // link, the tree's listing (to resolve it) and the files it leads to.
  const manifest = folder.find((entry) => entry.path === `${prefix}budget.yaml` && entry.mode !== linkMode);
  const manifestText = manifest === undefined ? undefined : readBlobs(top, [manifest]);
  if (manifestText !== undefined && 'problem' in manifestText) return manifestText;
  const outside = manifestText !== undefined && reachesOutside(manifestText[0]?.toString('utf8') ?? '');
  const hasLinks = folder.some((entry) => entry.mode === linkMode);
  const entries = outside || hasLinks ? listEntries(top, sha, '.', revision) : folder;
  if ('problem' in entries) return entries;
  const wanted = outside
    ? entries
    : entries.filter((entry) => entry.path.startsWith(prefix) || entry.mode === linkMode);
  const read = readInto(top, wanted, new Map());
  if ('problem' in read) return read;
  const links = planLinks(entries, read, outside ? '' : prefix, prefix);
  const targets = new Set(links.copies.values());
  const more = readInto(
    top,
    entries.filter((entry) => targets.has(entry.path) && !read.has(entry.path)),
    read,
  );
  if ('problem' in more) return more;
  const copied = new Map<string, Buffer>();
  for (const entry of wanted) if (entry.mode !== linkMode) copied.set(entry.path, read.get(entry.path) as Buffer);
  for (const [link, target] of links.copies) copied.set(link, read.get(target) as Buffer);
  const root = mkdtempSync(join(tmpdir(), 'klimabudsjett-diff-'));
  const forget = removeOnSignals(root);
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
    forget();
  };
  try {
    for (const [path, bytes] of copied) writeInside(root, path, bytes);
  } catch (error) {
    remove();
    return { problem: say('revisionCopyFailed', { revision, reason: errorCode(error) ?? String(error) }) };
  }
  return { dir: join(root, prefix), root, leftOut: links.leftOut, remove };
}

const linkMode = '120000';

interface Entry {
  mode: string;
  oid: string;
  /** Relative to the repository's top, `/` separators. */
  path: string;
}

/**
 * The files and symbolic links under `path` in a commit (submodules are left out), or a problem
 * when an entry's path would not stay inside a copy of the repository.
 */
function listEntries(top: string, commit: string, path: string, revision: string): Entry[] | RevisionProblem {
  const listing = git(top, ['ls-tree', '-r', '-z', commit, '--', path]);
  if ('problem' in listing) return listing;
  if (listing.status !== 0) return [];
  const entries: Entry[] = [];
  for (const line of listing.stdout.toString('utf8').split('\0')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const [mode = '', type, oid = ''] = line.slice(0, tab).split(' ');
    const file = line.slice(tab + 1);
    if (!isSafeEntryPath(file)) {
      return { problem: say('revisionPathOutside', { revision, path: printable(file) }) };
    }
    if (type === 'blob') entries.push({ mode, oid, path: file });
  }
  return entries;
}

/** A repository path that stays inside a copy: relative, no `.`/`..`/empty segment, no `.git`. */
function isSafeEntryPath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && segment.toLowerCase() !== '.git');
}

/** A path for a message: control and bidi characters shown as `?`. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced here.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/** Reads the blobs of `entries` into `into` (path → bytes) with one `git cat-file --batch`. */
function readInto(
  top: string,
  entries: readonly Entry[],
  into: Map<string, Buffer>,
): Map<string, Buffer> | RevisionProblem {
  if (entries.length === 0) return into;
  const contents = readBlobs(top, entries);
  if ('problem' in contents) return contents;
  entries.forEach((entry, index) => {
    into.set(entry.path, contents[index] as Buffer);
  });
  return into;
}

/**
 * What the symbolic links under `linkPrefix` become: a copy of the file they lead to (or of each
 * file of the folder), as link path → target path, when that lies in the revision. Links that
 * leave the repository, dangle or loop are left out, and listed when under `notePrefix` (the
 * budget folder). `read` holds every link's text.
 */
function planLinks(
  entries: readonly Entry[],
  read: ReadonlyMap<string, Buffer>,
  linkPrefix: string,
  notePrefix: string,
): { copies: Map<string, string>; leftOut: { path: string; reason: LeftOutReason }[] } {
  const links = new Map<string, string>();
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.mode === linkMode) links.set(entry.path, read.get(entry.path)?.toString('utf8') ?? '');
    else files.push(entry.path);
  }
  const isFile = new Set(files);
  const copies = new Map<string, string>();
  const leftOut: { path: string; reason: LeftOutReason }[] = [];
  for (const link of links.keys()) {
    if (!link.startsWith(linkPrefix)) continue;
    const resolved = followLink(link, links.get(link) as string, links);
    if (typeof resolved !== 'string') {
      if (link.startsWith(notePrefix)) leftOut.push({ path: link, reason: resolved.reason });
    } else if (isFile.has(resolved)) {
      copies.set(link, resolved);
    } else {
      const inside = files.filter((path) => path.startsWith(`${resolved}/`));
      if (inside.length === 0 && link.startsWith(notePrefix)) leftOut.push({ path: link, reason: 'nothing' });
      for (const path of inside) copies.set(`${link}${path.slice(resolved.length)}`, path);
    }
  }
  return { copies, leftOut };
}

/** Where a link leads inside the repository (following links), or why it does not. */
function followLink(
  link: string,
  target: string,
  links: ReadonlyMap<string, string>,
): string | { reason: LeftOutReason } {
  let from = link;
  let to = target;
  for (let hop = 0; hop < maxLinkHops; hop++) {
    if (posix.isAbsolute(to)) return { reason: 'outside' };
    const resolved = posix.normalize(posix.join(posix.dirname(from), to));
    if (resolved === '..' || resolved.startsWith('../') || resolved === '.') {
      return { reason: 'outside' };
    }
    const next = links.get(resolved);
    if (next === undefined) return resolved;
    from = resolved;
    to = next;
  }
  return { reason: 'loops' };
}

/** Writes a new file under `root`; never through an existing file or link, never outside `root`. */
function writeInside(root: string, path: string, bytes: Buffer): void {
  const target = resolve(root, path);
  if (!target.startsWith(root + sep)) throw Object.assign(new Error(`${path} leaves the copy`), { code: 'EPERM' });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes, { flag: 'wx' });
}

/** The contents of blobs, in order, read by one `git cat-file --batch`. */
function readBlobs(top: string, blobs: readonly Entry[]): Buffer[] | RevisionProblem {
  const contents = git(top, ['cat-file', '--batch'], `${blobs.map((blob) => blob.oid).join('\n')}\n`);
  if ('problem' in contents) return contents;
  return splitBatch(contents.stdout, blobs.length);
}

/** Temporary copies alive in this process: removed when it is interrupted or exits. */
const liveCopies = new Set<string>();
let watching = false;

function removeLiveCopies(): void {
  for (const root of liveCopies) rmSync(root, { recursive: true, force: true });
  liveCopies.clear();
}

/**
 * Removes the copies, then lets the signal do what it would have done: end the process. Reading a
 * revision is synchronous, so a signal that arrives meanwhile is handled once the command is done
 * (its copies already removed); the handlers stay, so that such a signal still ends the process.
 */
function onSignal(signal: NodeJS.Signals): void {
  removeLiveCopies();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Registers a copy for removal on SIGINT, SIGTERM and exit; returns the way to forget it. */
function removeOnSignals(root: string): () => void {
  if (!watching) {
    watching = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removeLiveCopies);
  }
  liveCopies.add(root);
  return () => liveCopies.delete(root);
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
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
    const reason = (result.error as NodeJS.ErrnoException).code ?? result.error.message;
    return { problem: say('revisionNoGit', { reason }) };
  }
  return { status: result.status ?? 1, stdout: result.stdout };
}

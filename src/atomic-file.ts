import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { lstatOrUndefined } from './fs-stat.js';

/**
 * How outputs are written (SPEC §7, output safety): whatever is at the path decides.
 * - nothing: a temporary file beside it, then a rename (atomic);
 * - a regular file: the same, and the new file keeps its mode (a 600 file stays 600) and, for
 *   root, its owner; a file with several hard links is rewritten in place instead, so every name
 *   sees the new contents (not atomic: a rename would cut the link);
 * - a device, FIFO or terminal (`/dev/null`, `/dev/stdout` on a pipe): written to, never replaced;
 * - a symbolic link: refused (a link planted in a checkout must not send a report over
 *   `~/.bashrc`), unless it leads to a device or FIFO, or is one of the process's own descriptors
 *   (`/dev/stdout`, `/proc/self/fd/1`), which the shell opened on purpose: then written to;
 * - a folder or socket: refused.
 * With `create`, nothing at all may be at the path (not even a dangling link): the file is linked
 * into place, so a file that appears meanwhile is not replaced either.
 */
export interface WriteFileOptions {
  create?: boolean;
}

/** A refusal of an output path: `code` says why (see OutputError's reasons in the command line). */
export class UnsafeOutputError extends Error {
  constructor(
    readonly code: 'ERR_OUTPUT_SYMLINK' | 'ERR_OUTPUT_EXISTS' | 'ERR_OUTPUT_SOCKET' | 'EISDIR',
    message: string,
  ) {
    super(message);
    this.name = 'UnsafeOutputError';
  }
}

/** Writes `data` to `path` as described for WriteFileOptions. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteFileOptions = {}): void {
  const target = inspect(path, options);
  if (target.kind === 'stream') {
    writeFileSync(path, data, { flag: target.append ? 'a' : 'w' });
    return;
  }
  if (target.kind === 'linked') {
    rewriteInPlace(path, data);
    return;
  }
  const temporary = createTemporary(path, target.kind === 'file');
  try {
    writeFileSync(temporary, data);
    commit(temporary, path, target, options);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Lets `write` fill a temporary file (e.g. by streaming), then puts it in place as writeFileAtomic does. */
export async function replaceFileAtomic(
  path: string,
  write: (temporary: string) => Promise<void>,
  options: WriteFileOptions = {},
): Promise<void> {
  const target = inspect(path, options);
  // A device's folder (/dev) is no place for a temporary file; nor is a hard-linked file's.
  const aside = target.kind === 'stream' || target.kind === 'linked';
  const temporary = aside ? join(tmpdir(), temporaryName(path)) : createTemporary(path, target.kind === 'file');
  try {
    await write(temporary);
    putInPlace(temporary, path, target, options);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Writes `data` to a fresh temporary file beside `path`, for putTemporaryFile to put in place later
 * (a `report` worker writes its documents, the batch puts them in place in order). Private when a
 * file is at `path` already, as for writeFileAtomic; `path` itself is not looked at further here.
 * `name` (from temporaryPath) is the temporary file's path when its writer was told it, so that
 * whoever told it can remove it should the writer die; it must not exist yet.
 */
export function writeTemporaryFile(path: string, data: string | Uint8Array, name?: string): string {
  const temporary = createTemporary(path, lstatOrUndefined(path) !== undefined, name);
  try {
    writeFileSync(temporary, data);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return temporary;
}

/**
 * Puts a temporary file of writeTemporaryFile at `path` as writeFileAtomic would write its contents
 * there (what is at the path decides, now); the temporary file is gone afterwards, also on failure.
 */
export function putTemporaryFile(temporary: string, path: string): void {
  try {
    refuseReplacedTemporary(temporary);
    putInPlace(temporary, path, inspect(path, {}), {});
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Puts a written temporary file's contents at `path` as `target` says: written into a device or
 * FIFO, rewritten into a hard-linked file, else renamed into place (commit). The caller removes
 * the temporary file if it is still there.
 */
function putInPlace(temporary: string, path: string, target: Target, options: WriteFileOptions): void {
  // Not copyFileSync: it would give the device or the linked file the temporary file's mode.
  if (target.kind === 'stream') writeFileSync(path, readFileSync(temporary), { flag: target.append ? 'a' : 'w' });
  else if (target.kind === 'linked') rewriteInPlace(path, readFileSync(temporary));
  else commit(temporary, path, target, options);
}

/**
 * A temporary file waits in the out-dir between its writing and its putting: only a regular file
 * with one name is put in place, never a symbolic link or a hard link planted at its name meanwhile
 * (renamed into place, either would make the output another file).
 */
function refuseReplacedTemporary(temporary: string): void {
  const stats = lstatOrUndefined(temporary);
  if (stats?.isFile() === true && stats.nlink === 1) return;
  const error: NodeJS.ErrnoException = new Error(`${temporary} is no longer the temporary file written.`);
  error.code = 'ERR_TEMPORARY_REPLACED';
  throw error;
}

/** A fresh name for a temporary file beside `path`, for writeTemporaryFile's `name`. */
export function temporaryPath(path: string): string {
  return join(dirname(path), temporaryName(path));
}

type Target =
  | { kind: 'new' }
  | { kind: 'file'; stats: Stats }
  | { kind: 'linked' }
  | { kind: 'stream'; append: boolean };

/** What is at `path`, and so how it is written; throws for what is never written. */
function inspect(path: string, options: WriteFileOptions): Target {
  const link = lstatOrUndefined(path);
  if (link === undefined) return { kind: 'new' };
  if (options.create) throw new UnsafeOutputError('ERR_OUTPUT_EXISTS', `${path} exists already.`);
  if (link.isSymbolicLink()) {
    const followed = statOrUndefined(path);
    if (followed !== undefined && isStream(followed)) return { kind: 'stream', append: false };
    // The shell's own redirection (`-o /dev/stdout > out.json`): append, as the shell left the offset there.
    if (followed?.isFile() && ownDescriptor.test(path)) return { kind: 'stream', append: true };
    throw new UnsafeOutputError('ERR_OUTPUT_SYMLINK', `${path} is a symbolic link.`);
  }
  if (isStream(link)) return { kind: 'stream', append: false };
  if (link.isDirectory()) throw new UnsafeOutputError('EISDIR', `${path} is a folder.`);
  if (link.isSocket()) throw new UnsafeOutputError('ERR_OUTPUT_SOCKET', `${path} is a socket.`);
  return link.nlink > 1 ? { kind: 'linked' } : { kind: 'file', stats: link };
}

/** The process's own standard streams and descriptors, as Linux and the BSDs name them. */
const ownDescriptor = /^\/(?:dev\/(?:stdout|stderr|fd\/\d+)|proc\/self\/fd\/\d+)$/;

function isStream(stats: Stats): boolean {
  return stats.isCharacterDevice() || stats.isBlockDevice() || stats.isFIFO();
}

/**
 * A fresh temporary file beside `path` (its folder is created when missing: renames stay on one
 * file system), private until it gets the mode of the file it replaces (`replacing`).
 */
function createTemporary(path: string, replacing: boolean, name = temporaryPath(path)): string {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = name;
  // A new file gets the usual mode (0666 less the umask); one that replaces a file starts private.
  writeFileSync(temporary, '', { flag: 'wx', mode: replacing ? 0o600 : 0o666 });
  return temporary;
}

/** `.<name>.<random>.tmp`, the name cut so that a name near the 255-byte limit still has a temporary file. */
function temporaryName(path: string): string {
  const name = Buffer.from(basename(path))
    .subarray(0, 200)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return `.${name}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Puts the finished temporary file at `path`: over the old file (with its mode), or only where nothing is. */
function commit(temporary: string, path: string, target: Target, options: WriteFileOptions): void {
  if (target.kind === 'file') keepMode(temporary, target.stats);
  if (options.create) {
    createOnly(temporary, path);
    return;
  }
  renameSync(temporary, path);
}

/** The permission bits of the replaced file, and its owner when root can keep it (best effort). */
function keepMode(temporary: string, stats: Stats): void {
  chmodSync(temporary, stats.mode & 0o777);
  if (process.getuid?.() !== 0) return;
  try {
    chownSync(temporary, stats.uid, stats.gid);
  } catch {
    // A file system without owners (FAT, some mounts): the file stays root's.
  }
}

/** Links the temporary file in as `path`, which fails if anything appeared there meanwhile. */
function createOnly(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UnsafeOutputError('ERR_OUTPUT_EXISTS', `${path} exists already.`);
    // File systems without hard links: check, then rename (a narrow race instead of none).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    if (lstatOrUndefined(path) !== undefined)
      throw new UnsafeOutputError('ERR_OUTPUT_EXISTS', `${path} exists already.`);
    renameSync(temporary, path);
    return;
  }
  unlinkSync(temporary);
}

/** Rewrites a file in place: its inode, mode and other hard links stay. */
function rewriteInPlace(path: string, data: string | Uint8Array): void {
  const descriptor = openSync(path, 'r+');
  try {
    ftruncateSync(descriptor, 0);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written, written);
  } finally {
    closeSync(descriptor);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

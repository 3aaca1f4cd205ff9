/** A mistake in how the command was called: exit 2 with the message only. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An output file that could not be written (a folder in the way, no permission, a full disk): exit 2, not a bug. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Why the file system refused, in words, by Node's error code. */
const refusals: Record<string, string> = {
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of its path is a file',
  // mkdir of the output's folder, when a file has that name
  EEXIST: 'a part of its path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  // a socket, or a FIFO opened without waiting for a reader
  ENXIO: 'nothing reads from it',
  // refusals of src/atomic-file.ts (SPEC §7, output safety)
  ERR_OUTPUT_SYMLINK: 'it is a symbolic link, which is never replaced (write to the file it points to, or use -o -)',
  ERR_OUTPUT_EXISTS: 'it exists already',
  ERR_OUTPUT_SOCKET: 'it is a socket',
};

/** Turns a file-system failure while writing `shown` into an OutputError; anything else is rethrown as it is. */
export function outputError(shown: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return error;
  const reason = refusals[code] ?? (error as Error).message;
  return new OutputError(`Could not write ${shown}: ${reason}.`);
}

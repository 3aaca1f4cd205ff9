import { relative, sep } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import { outputError } from './errors.js';

/** A path as the user is told of it: relative to the working folder, with `/`, `.` for the folder itself. */
export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || '.';
}

/**
 * Writes an output file atomically; a file-system refusal becomes an OutputError that names the
 * file as the user sees it and says why in words.
 */
export function writeOutputFile(cwd: string, path: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(path, data);
  } catch (error) {
    throw outputError(displayPath(cwd, path), error);
  }
}

export interface OutputStream {
  write(text: string | Uint8Array): void;
  isTTY: boolean;
  columns?: number;
}

/** Everything a command may touch outside itself: the CLI's whole contact with the process. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Writes a file atomically (a temporary file, then rename). */
  writeFile(path: string, data: string | Uint8Array): void;
}

/** The real process: stdout, stderr, cwd, env and the file system. */
export function nodeIo(): CliIo {
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    writeFile: (path, data) => writeOutputFile(process.cwd(), path, data),
  };
}

function stream(target: NodeJS.WriteStream): OutputStream {
  target.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`klimabudsjett summary | head`): stop quietly, as Unix tools do.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`klimabudsjett: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
  return {
    write: (text) => target.write(text),
    get isTTY() {
      return target.isTTY === true;
    },
    get columns() {
      return target.columns;
    },
  };
}

/** Decides whether to colour a stream: --no-color and NO_COLOR win, then FORCE_COLOR, then the TTY. */
export function useColor(io: CliIo, target: OutputStream, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return target.isTTY;
}

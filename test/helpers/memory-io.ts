import type { CliIo, OutputStream } from '../../src/cli/io.js';
import { writeOutputFile } from '../../src/cli/io.js';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
  /** Raw bytes written to stdout (binary outputs). */
  outBytes(): Uint8Array;
}

/** An in-memory CliIo: captures stdout and stderr; files are written for real. */
export function memoryIo(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): CapturedIo {
  const stdout: (string | Uint8Array)[] = [];
  const stderr: (string | Uint8Array)[] = [];
  const stream = (chunks: (string | Uint8Array)[]): OutputStream => ({
    write: (text) => {
      chunks.push(text);
    },
    isTTY: options.tty ?? false,
    columns: 80,
  });
  const join = (chunks: (string | Uint8Array)[]) =>
    chunks.map((chunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))).join('');
  return {
    stdout: stream(stdout),
    stderr: stream(stderr),
    cwd,
    env: { NO_COLOR: '1', ...(options.env ?? {}) },
    writeFile: (path, data, how) => writeOutputFile(cwd, path, data, how),
    out: () => join(stdout),
    err: () => join(stderr),
    outBytes: () => Buffer.concat(stdout.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk))),
  };
}

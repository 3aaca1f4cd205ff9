import { rmSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { putTemporaryFile, writeFileAtomic } from '../atomic-file.js';
import { messagesFor } from '../i18n/messages/index.js';
import { safeText } from '../safe-text.js';
import { outputError, refusalOf } from './errors.js';
import { langOfArgv, messageLanguage } from './language.js';
import { type BudgetInputs, refuseInputs } from './output-guard.js';

/**
 * A path as the user is told of it: relative to the working folder, with `/`, `.` for the folder
 * itself, control characters replaced (a folder name must not drive the terminal), tab and newline
 * too (nor forge a line of its own).
 */
export function displayPath(cwd: string, path: string): string {
  return safeText(relative(cwd, path).split(sep).join('/') || '.').replace(/[\t\n]/g, '\uFFFD');
}

/** How an output file may be written. */
export interface WriteHow {
  /** What the budgets of the command read: never written (SPEC §7). Empty when no budget was read. */
  inputs: readonly BudgetInputs[];
  /** Only where nothing is yet (init; import without --force). */
  create?: boolean;
}

/**
 * Writes an output file safely (src/atomic-file.ts): never an input, atomically, only regular files
 * replaced; a file-system refusal becomes an OutputError that names the file as the user sees it
 * and says why in words.
 */
export function writeOutputFile(cwd: string, path: string, data: string | Uint8Array, how: WriteHow): void {
  const shown = displayPath(cwd, path);
  refuseInputs(path, how.inputs, shown);
  try {
    writeFileAtomic(path, data, { create: how.create === true });
  } catch (error) {
    throw outputError(shown, error);
  }
}

/**
 * Puts a temporary file (src/atomic-file.ts writeTemporaryFile, beside `path`) in place with the
 * checks and words of writeOutputFile: never over an input, only regular files replaced, hard links
 * kept. The temporary file is gone afterwards, whatever happened.
 */
export function putOutputFile(cwd: string, path: string, temporary: string, how: Pick<WriteHow, 'inputs'>): void {
  const shown = displayPath(cwd, path);
  try {
    refuseInputs(path, how.inputs, shown);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  try {
    putTemporaryFile(temporary, path);
  } catch (error) {
    throw outputError(shown, error);
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
  /** Writes a file safely: see writeOutputFile. */
  writeFile(path: string, data: string | Uint8Array, how: WriteHow): void;
}

/** The real process: stdout, stderr, cwd, env and the file system. */
export function nodeIo(): CliIo {
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    writeFile: (path, data, how) => writeOutputFile(process.cwd(), path, data, how),
  };
}

function stream(target: NodeJS.WriteStream): OutputStream {
  target.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`klimabudsjett summary | head`): stop quietly, as Unix tools do.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`klimabudsjett: ${brokenOutputLine(error, process.argv.slice(2), process.env)}\n`);
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

/**
 * The line said when stdout or stderr breaks. The stream may break after the command has returned
 * (its writes are asynchronous), where no budget is at hand: the language is that of a message
 * about no budget, `--lang` as the command line has it, else the locale's, else English.
 */
export function brokenOutputLine(
  error: Error,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  const language = messageLanguage(langOfArgv(argv), env);
  return messagesFor(language).usage.cannotWriteOutput({ refusal: refusalOf(error), error: error.message });
}

/** Decides whether to colour a stream: --no-color and NO_COLOR win, then FORCE_COLOR, then the TTY. */
export function useColor(io: CliIo, target: OutputStream, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return target.isTTY;
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import { type CapturedIo, memoryIo } from './memory-io.js';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/klimabudsjett.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  io: CapturedIo;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  args: readonly string[],
  cwd: string,
  options: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const io = memoryIo(cwd, options);
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err(), io };
}

/** Runs the built bin (dist/) in a child process: proves the shebang, ESM paths and wiring. */
export function spawnCli(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

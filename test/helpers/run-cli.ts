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

/**
 * The environment of a spawned CLI: no colour. FORCE_COLOR is removed rather than emptied: from
 * Node 24 on, a process started with NO_COLOR and FORCE_COLOR both set (even to '') prints a
 * warning to stderr as soon as it loads `node:process`.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  if (!extra.FORCE_COLOR) delete env.FORCE_COLOR;
  // The locale picks the messages' language when nothing else does: none, unless a test sets one.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) if (extra[name] === undefined) delete env[name];
  return env;
}

/** Runs the built bin (dist/) in a child process: proves the shebang, ESM paths and wiring. */
export function spawnCli(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: childEnv(env),
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The real process's streams: a reader that goes away (`klimabudsjett … | head`) ends the program
 * quietly, without Node's unhandled EPIPE error and its stack.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { binPath, projectRoot } from './helpers/run-cli.js';

it('stops quietly when stdout is closed by its reader', async () => {
  const child = spawn(process.execPath, [binPath, 'summary', 'examples/porsgrunn'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { workerFlags } from '../../src/cli/report/pool.js';

describe('workerFlags: the V8 flags of a report worker', () => {
  it('keeps V8 helper threads while a core is left for them', () => {
    expect(workerFlags(1, 2)).toEqual(['--max-semi-space-size=8']);
    expect(workerFlags(3, 8)).toEqual(['--max-semi-space-size=8']);
  });

  it('turns background compilation, parallel scavenge and concurrent sweeping off when the workers fill every core', () => {
    for (const [size, cores] of [
      [2, 2],
      [4, 2],
      [1, 1],
    ] as const) {
      expect(workerFlags(size, cores)).toEqual([
        '--max-semi-space-size=8',
        '--no-concurrent-recompilation',
        '--no-parallel-scavenge',
        '--no-concurrent-sweeping',
      ]);
    }
  });

  it('gives flags this Node accepts (an unknown one would stop every worker at its start)', () => {
    const run = spawnSync(process.execPath, [...workerFlags(2, 2), '-e', 'process.stdout.write("ok")'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});

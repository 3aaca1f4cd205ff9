/**
 * The terminal views fit an 80-column terminal: no line of any listing over the examples is wider
 * than 80 display columns, in any language, and `summary examples/porsgrunn` fits one 80×24 screen.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { displayWidth } from '../src/render/display-width.js';
import { memoryIo } from './helpers/memory-io.js';
import { projectRoot, runCli } from './helpers/run-cli.js';

const porsgrunn = join(projectRoot, 'examples', 'porsgrunn');
const commands = ['summary', 'pathway', 'measures', 'progress', 'costs', 'factors', 'export'];

function widest(text: string): { width: number; line: string } {
  let result = { width: 0, line: '' };
  for (const line of text.split('\n')) {
    const width = displayWidth(line);
    if (width > result.width) result = { width, line };
  }
  return result;
}

describe('80 columns', () => {
  for (const language of ['nb', 'nn', 'en']) {
    for (const command of commands) {
      it(`${command} examples/porsgrunn --lang ${language}`, async () => {
        const result = await runCli([command, porsgrunn, '--lang', language], projectRoot);
        expect(result.code).toBe(0);
        const { width, line } = widest(result.stdout);
        expect(width, line).toBeLessThanOrEqual(80);
      });
    }
  }

  it('measures with every option still fits', async () => {
    for (const args of [
      ['--by', 'sector'],
      ['--year', '2030', '--sort', 'cost'],
      ['--status', 'adopted'],
    ]) {
      const result = await runCli(['measures', porsgrunn, ...args], projectRoot);
      expect(result.code).toBe(0);
      expect(widest(result.stdout).width).toBeLessThanOrEqual(80);
    }
  });

  it.each(['nb', 'en'])('summary examples/porsgrunn --lang %s fits one 80×24 screen', async (language) => {
    const result = await runCli(['summary', porsgrunn, '--lang', language], projectRoot);
    expect(result.stdout.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(24);
  });

  it('uses the width of a wider terminal', async () => {
    const io = memoryIo(projectRoot, { tty: true });
    io.stdout.columns = 300;
    expect(await run(['measures', porsgrunn], io)).toBe(0);
    expect(io.out()).not.toContain('Ikke vist');
    expect(widest(io.out()).width).toBeGreaterThan(80);
  });
});

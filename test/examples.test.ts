/**
 * Examples are executable documentation: every folder in examples/ validates with exit 0 and an
 * empty stderr, and every report command in every text format matches its golden file under
 * test/golden/examples/<example>/<command>.<ext> (`npm run test:update` rewrites them; review the
 * diff like code). Colour is off and the terminal 80 columns wide, as memoryIo gives it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';

const examplesDir = join(projectRoot, 'examples');
const examples = readdirSync(examplesDir)
  .filter((name) => statSync(join(examplesDir, name)).isDirectory())
  .sort();

const commands = ['summary', 'pathway', 'measures', 'progress', 'costs', 'factors', 'export'] as const;
const formats = { table: 'txt', csv: 'csv', md: 'md', json: 'json' } as const;

/** Arguments beyond the command and format that a golden needs (export writes one CSV table per output). */
function extraArgs(command: string, format: string): string[] {
  return command === 'export' && format === 'csv' ? ['--table', 'measures'] : [];
}

describe.each(examples)('examples/%s', (example) => {
  const dir = join(examplesDir, example);
  const golden = (name: string) => join(projectRoot, 'test', 'golden', 'examples', example, name);

  it('validates with exit 0 and nothing on stderr', async () => {
    const result = await runCli(['validate', dir], projectRoot);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  for (const command of commands) {
    for (const [format, extension] of Object.entries(formats)) {
      it(`${command} --format ${format}`, async () => {
        const result = await runCli([command, dir, '--format', format, ...extraArgs(command, format)], projectRoot);
        expect(result.code).toBe(0);
        if (format !== 'csv') expect(result.stderr).toBe('');
        await expect(result.stdout).toMatchFileSnapshot(golden(`${command}.${extension}`));
      });
    }
  }

  for (const language of ['en', 'nn'] as const) {
    for (const [format, extension] of Object.entries(formats)) {
      if (language === 'nn' && format !== 'table') continue;
      it(`summary --lang ${language} --format ${format}`, async () => {
        const result = await runCli(['summary', dir, '--lang', language, '--format', format], projectRoot);
        expect(result.code).toBe(0);
        await expect(result.stdout).toMatchFileSnapshot(golden(`summary.${language}.${extension}`));
      });
    }
  }

  it('measures --lang en, by responsible, sorted and for one year', async () => {
    const byResponsible = await runCli(['measures', dir, '--lang', 'en', '--by', 'responsible'], projectRoot);
    expect(byResponsible.code).toBe(0);
    await expect(byResponsible.stdout).toMatchFileSnapshot(golden('measures.by-responsible.en.txt'));
    const sorted = await runCli(['measures', dir, '--sort', 'effect', '--year', '2027'], projectRoot);
    expect(sorted.code).toBe(0);
    await expect(sorted.stdout).toMatchFileSnapshot(golden('measures.sort-effect.2027.txt'));
  });

  it('export --format md in English', async () => {
    const result = await runCli(['export', dir, '--format', 'md', '--lang', 'en'], projectRoot);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(golden('export.en.md'));
  });
});

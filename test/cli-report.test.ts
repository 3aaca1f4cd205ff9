/**
 * `report DIR… --out-dir D`: the workbook, the HTML and the Markdown report of each folder, the same bytes as
 * `export` writes, and the overview of the batch (index.html, index.md); a broken folder is reported,
 * skipped and listed as failed while the others are written (exit 1).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, spawnCli } from './helpers/run-cli.js';
import { xlsxToText } from './helpers/xlsx-to-text.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const env = { SOURCE_DATE_EPOCH: '1795737600' };

cpSync(join(projectRoot, 'examples'), join(scratch, 'budsjett'), { recursive: true });
rmSync(join(scratch, 'budsjett', 'README.md'));
cpSync(join(projectRoot, 'examples', 'minimal'), join(scratch, 'budsjett', 'broken'), { recursive: true });
writeFileSync(join(scratch, 'budsjett', 'broken', 'budget.yaml'), 'schema_version: 1\n');

describe('report', () => {
  it('writes each good folder as export would, reports the broken one and exits 1', async () => {
    const result = await runCli(
      ['report', 'budsjett/minimal', 'budsjett/broken', 'budsjett/porsgrunn', '--out-dir', 'ut'],
      scratch,
      { env },
    );
    expect(result.code).toBe(1);
    expect(readdirSync(join(scratch, 'ut')).sort()).toEqual([
      'index.html',
      'index.md',
      'index.xlsx',
      'minimal.html',
      'minimal.md',
      'minimal.xlsx',
      'porsgrunn.html',
      'porsgrunn.md',
      'porsgrunn.xlsx',
    ]);
    expect(result.stderr).toMatch(/^budsjett\/broken\/budget\.yaml:\d+:\d+ +error/m);
    expect(result.stderr).toContain('budsjett/minimal: skrev ut/minimal.xlsx, ut/minimal.html, ut/minimal.md\n');
    expect(result.stderr).toContain('oversikt: skrev ut/index.xlsx, ut/index.html, ut/index.md\n');
    expect(result.stderr).toMatch(/2 av 3 budsjetter skrevet; feilet: budsjett\/broken\.\n$/);
    // The overview: a row per folder in the order given, the broken one listed as failed.
    await expect(readFileSync(join(scratch, 'ut', 'index.md'), 'utf8')).toMatchFileSnapshot('golden/report/index.md');
    await expect(readFileSync(join(scratch, 'ut', 'index.html'), 'utf8')).toMatchFileSnapshot(
      'golden/report/index.html',
    );
    await expect(await xlsxToText(readFileSync(join(scratch, 'ut', 'index.xlsx')))).toMatchFileSnapshot(
      'golden/report/index.xlsx.txt',
    );
    for (const format of ['md', 'xlsx', 'html']) {
      const exported = join(scratch, `porsgrunn-export.${format}`);
      const single = await runCli(['export', 'budsjett/porsgrunn', '-o', exported], scratch, { env });
      expect(single.code, single.stderr).toBe(0);
      expect(readFileSync(join(scratch, 'ut', `porsgrunn.${format}`))).toEqual(readFileSync(exported));
    }
  });

  it('names folders that share a name by their paths', async () => {
    cpSync(join(projectRoot, 'examples', 'minimal'), join(scratch, 'a', 'minimal'), { recursive: true });
    const result = await runCli(['report', 'a/minimal', 'budsjett/minimal', '--out-dir', 'to', '--quiet'], scratch, {
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(join(scratch, 'to')).sort()).toEqual([
      'a-minimal.html',
      'a-minimal.md',
      'a-minimal.xlsx',
      'budsjett-minimal.html',
      'budsjett-minimal.md',
      'budsjett-minimal.xlsx',
      'index.html',
      'index.md',
      'index.xlsx',
    ]);
  });

  it('gives a folder named index other names than the overview', async () => {
    cpSync(join(projectRoot, 'examples', 'minimal'), join(scratch, 'index'), { recursive: true });
    const result = await runCli(['report', 'index', '--out-dir', 'ix', '--quiet'], scratch, { env });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(scratch, 'ix')).sort()).toEqual([
      'index-budget.html',
      'index-budget.md',
      'index-budget.xlsx',
      'index.html',
      'index.md',
      'index.xlsx',
    ]);
    expect(readFileSync(join(scratch, 'ix', 'index.md'), 'utf8')).toContain('(index-budget.html)');
  });

  it('skips the --out-dir when it is among the folders (report */ run again)', async () => {
    const first = await runCli(['report', 'budsjett/minimal', '--out-dir', 'budsjett/ut', '--quiet'], scratch, { env });
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(['report', 'budsjett/minimal', 'budsjett/ut/', '--out-dir', 'budsjett/ut'], scratch, {
      env,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('budsjett/ut: hoppet over, det er --out-dir\n');
    expect(again.stderr).toMatch(/1 av 1 budsjetter skrevet\.\n$/);
  });

  it('shows a progress bar on a terminal and clears it', async () => {
    const result = await runCli(['report', 'budsjett/minimal', '--out-dir', 'tty', '--quiet'], scratch, {
      env,
      tty: true,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`\r${'░'.repeat(20)} 1/1 budsjett/minimal\u001b[K\r\u001b[K`);
  });

  it('wraps its status lines to the terminal at spaces and paths, not mid-path', async () => {
    const outDir = 'rapporter/klimabudsjett-2026/alle-kommunene-i-telemark';
    const erase = '\u001b[K';
    const result = await runCli(['report', 'budsjett/minimal', '--out-dir', outDir], scratch, { env, tty: true });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr
      .split('\n')
      // The progress bar is drawn and erased (ESC [K) in front of the first line.
      .map((line) => (line.includes(erase) ? line.slice(line.lastIndexOf(erase) + erase.length) : line))
      .filter((line) => line !== '');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(lines).toContain('budsjett/minimal: skrev');
    expect(lines).toContain(`  ${outDir}/minimal.xlsx,`);
    const unwrapped = await runCli(['report', 'budsjett/minimal', '--out-dir', outDir], scratch, { env });
    expect(unwrapped.stderr).toContain(`budsjett/minimal: skrev ${outDir}/minimal.xlsx, ${outDir}/minimal.html,`);
  });

  it('refuses an --out-dir that is a file (exit 2) and writes nothing', async () => {
    writeFileSync(join(scratch, 'fil'), '');
    const result = await runCli(['report', 'budsjett/minimal', '--out-dir', 'fil', '--lang', 'en'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out-dir fil is a file, not a folder\./);
    expect(existsSync(join(scratch, 'minimal.xlsx'))).toBe(false);
  });

  it('--jobs 2 (worker processes) writes the same bytes and says the same, in the same order, as --jobs 1', () => {
    // The built CLI: worker processes run the bundle (dist/bundle/report-worker.js).
    const folders = ['budsjett/minimal', 'budsjett/broken', 'budsjett/porsgrunn', 'budsjett/asker'];
    const one = spawnCli(['report', ...folders, '--out-dir', 'jobs-1', '--jobs', '1'], scratch, env);
    const two = spawnCli(['report', ...folders, '--out-dir', 'jobs-2', '--jobs', '2'], scratch, env);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stderr.replaceAll('jobs-2', 'jobs-1')).toBe(one.stderr);
    const files = readdirSync(join(scratch, 'jobs-1')).sort();
    expect(readdirSync(join(scratch, 'jobs-2')).sort()).toEqual(files);
    for (const file of files) {
      expect(
        readFileSync(join(scratch, 'jobs-2', file)).equals(readFileSync(join(scratch, 'jobs-1', file))),
        file,
      ).toBe(true);
    }
  });

  it('refuses a --jobs that is not a whole number from 1 (exit 2)', async () => {
    const result = await runCli(
      ['report', 'budsjett/minimal', '--out-dir', 'j0', '--jobs', '0', '--lang', 'en'],
      scratch,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs takes a whole number from 1 to 256, not "0"\./);
  });
});

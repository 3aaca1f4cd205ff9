/**
 * SPEC §8 Determinism (issue 11): the same budget exported from two current directories, in two
 * time zones, gives identical bytes: file names inside documents are relative to the budget folder,
 * zip entry times are UTC. Diagnostics on stderr stay relative to the current directory.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, spawnCli } from './helpers/run-cli.js';

const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-determinism-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const budget = join(scratch, 'kommuner', 'vest', 'porsgrunn');
mkdirSync(budget, { recursive: true });
cpSync(join(projectRoot, 'examples', 'porsgrunn'), budget, { recursive: true });

describe.skipIf(!hasBuild)('the same bytes from any current directory and time zone', () => {
  it.each(['json', 'html', 'xlsx', 'zip', 'md'])('export -o x.%s', (extension) => {
    const far = spawnCli(
      ['export', 'kommuner/vest/porsgrunn', '-o', join(scratch, `far.${extension}`), '--quiet'],
      scratch,
      {
        TZ: 'Pacific/Kiritimati',
      },
    );
    const near = spawnCli(['export', '.', '-o', join(scratch, `near.${extension}`), '--quiet'], budget, {
      TZ: 'America/Anchorage',
    });
    expect(far.code, far.stderr).toBe(0);
    expect(near.code, near.stderr).toBe(0);
    const [a, b] = [readFileSync(join(scratch, `far.${extension}`)), readFileSync(join(scratch, `near.${extension}`))];
    expect(a.equals(b)).toBe(true);
    if (extension === 'json' || extension === 'html' || extension === 'md') {
      expect(a.toString('utf8')).not.toContain('kommuner/vest');
    }
  });

  it('zip entries carry the document date in UTC (SOURCE_DATE_EPOCH)', () => {
    // 2024-03-05 06:07:08 UTC: 14:07 in Asia/Shanghai, 06:07 in the archive.
    const result = spawnCli(['export', '.', '-o', join(scratch, 'epoch.zip'), '--quiet'], budget, {
      TZ: 'Asia/Shanghai',
      SOURCE_DATE_EPOCH: String(Date.UTC(2024, 2, 5, 6, 7, 8) / 1000),
    });
    expect(result.code, result.stderr).toBe(0);
    const zip = readFileSync(join(scratch, 'epoch.zip'));
    const time = zip.readUInt16LE(10);
    const date = zip.readUInt16LE(12);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([6, 7, 8]);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2024, 3, 5]);
  });
});

describe('diagnostics of a computing command stay relative to the current directory', () => {
  it('names the files (and the files in hints) from where the command runs', async () => {
    const copy = join(scratch, 'dupe', 'budsjett');
    cpSync(join(projectRoot, 'examples', 'porsgrunn'), copy, { recursive: true });
    const transport = readFileSync(join(copy, 'measures', 'transport.yaml'), 'utf8');
    writeFileSync(join(copy, 'measures', 'zz-kopi.yaml'), transport);
    const result = await runCli(['export', 'dupe/budsjett', '--format', 'json'], scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dupe\/budsjett\/measures\/zz-kopi\.yaml:\d+:\d+ +error +duplicate-id/m);
    expect(result.stderr).toContain('tips: Den første står i dupe/budsjett/measures/transport.yaml;');
  });
});

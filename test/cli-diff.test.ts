/**
 * `diff`: two copies of the Porsgrunn example, the newer with a measure adopted and enlarged and one
 * added, compared as folders (goldens in every format) and as git revisions (the same numbers,
 * diagnostics named `revision:path`, the repository left as it was).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { hasShared, sharedDir } from './helpers/shared.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-diff-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const example = join(projectRoot, 'examples', 'porsgrunn');
cpSync(example, join(scratch, 'old'), { recursive: true });
cpSync(example, join(scratch, 'new'), { recursive: true });

/** The newer budget: VT-2 adopted with a larger effect and a cost, VT-4 added. */
function changeTransport(path: string): void {
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(
    '    status: proposed\n    start: 2027\n    full_effect: 2029\n    effect: { t_co2e: 900, low: 700, high: 1100 }\n',
    '    status: adopted\n    start: 2027\n    full_effect: 2029\n    effect: { t_co2e: 1100, low: 800, high: 1300 }\n    cost: { investment: 5000000, lifetime: 12 }\n',
  );
  if (changed === text) throw new Error('the example changed: VT-2 not found as expected');
  writeFileSync(
    path,
    `${changed}  - id: VT-4\n    title: "Sykkelveier langs Porsgrunnselva"\n    sector: road_traffic\n    responsible: "Byutvikling"\n    status: adopted\n    start: 2027\n    full_effect: 2029\n    effect: { t_co2e: 150 }\n    cost: { investment: 12000000, lifetime: 30 }\n`,
  );
}
changeTransport(join(scratch, 'new', 'measures', 'transport.yaml'));

describe('diff of two folders', () => {
  it.each([
    ['table', [], 'porsgrunn.txt'],
    ['md', ['--format', 'md'], 'porsgrunn.md'],
    ['json', ['--format', 'json'], 'porsgrunn.json'],
    ['table in English', ['--lang', 'en'], 'porsgrunn.en.txt'],
  ])('writes the %s golden', async (_, extra, golden) => {
    const result = await runCli(['diff', 'old', 'new', ...extra], scratch);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    await expect(result.stdout).toMatchFileSnapshot(`golden/diff/${golden}`);
  });

  it('says so when nothing changed, and exits 0', async () => {
    const result = await runCli(['diff', 'old', 'old'], scratch);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Porsgrunn (4001): endringer fra old til old\n\nIngen endringer i tallene mellom old og old.\n',
    );
  });

  it('writes -o atomically and picks the format from the extension', async () => {
    const result = await runCli(['diff', 'old', 'new', '-o', 'endringer.md'], scratch);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(scratch, 'endringer.md'), 'utf8')).toMatch(
      /^# Porsgrunn \(4001\): endringer fra old til new\n/,
    );
  });

  it('refuses formats it does not write', async () => {
    const result = await runCli(['diff', 'old', 'new', '-o', 'x.xlsx', '--lang', 'en'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/diff writes table, md or json, not xlsx/);
  });

  it('prints the errors of a broken side and exits 1', async () => {
    cpSync(join(scratch, 'new'), join(scratch, 'broken'), { recursive: true });
    const file = join(scratch, 'broken', 'measures', 'transport.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: adopted', 'status: adoptd'));
    const result = await runCli(['diff', 'old', 'broken'], scratch);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/broken\/measures\/transport\.yaml:\d+:\d+/);
  });
});

describe.skipIf(!hasShared)('diff of two different budgets', () => {
  it('lists the changed basis, the targets and measures on one side only (nynorsk golden)', async () => {
    const cases = join(sharedDir, 'conformance', 'cases');
    const result = await runCli(['diff', 'c01-minimal', 'c03-activity', '--lang', 'nn'], cases);
    expect(result.code, result.stderr).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('golden/diff/c01-c03.nn.txt');
  });
});

const hasGit = spawnSync('git', ['--version']).status === 0;

describe.skipIf(!hasGit)('diff of git revisions', () => {
  const repo = join(scratch, 'repo');
  const git = (...args: string[]) => {
    const result = spawnSync(
      'git',
      ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args],
      {
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  cpSync(example, join(repo, 'budsjett'), { recursive: true });
  // A second budget whose baseline lies outside its folder, in a folder shared by budgets.
  cpSync(example, join(repo, 'b2'), { recursive: true });
  cpSync(join(example, 'baseline.yaml'), join(repo, 'felles', 'baseline.yaml'));
  rmSync(join(repo, 'b2', 'baseline.yaml'));
  const b2 = join(repo, 'b2', 'budget.yaml');
  writeFileSync(b2, `${readFileSync(b2, 'utf8')}files:\n  baseline: [../felles/baseline.yaml]\n`);
  if (hasGit) {
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'budget 2026');
    git('tag', 'v1');
    const transport = join(repo, 'budsjett', 'measures', 'transport.yaml');
    writeFileSync(transport, readFileSync(transport, 'utf8').replace('status: adopted', 'status: adoptd'));
    git('commit', '--quiet', '-am', 'a typo');
    git('tag', 'broken');
    git('revert', '--no-edit', 'HEAD');
    changeTransport(transport);
  }
  const checkouts = () =>
    readdirSync(tmpdir()).filter((name) => name.startsWith('klimabudsjett-diff-') && !name.includes('test'));

  it('compares a revision with the working tree: the same figures as the two folders', async () => {
    const status = git('status', '--porcelain');
    const before = checkouts();
    const fromGit = await runCli(['diff', 'v1', '--format', 'json'], join(repo, 'budsjett'));
    expect(fromGit.code, fromGit.stderr).toBe(0);
    const fromFolders = await runCli(['diff', 'old', 'new', '--format', 'json'], scratch);
    const { old, new: now, ...figures } = JSON.parse(fromGit.stdout);
    expect([old, now]).toEqual([
      { kind: 'revision', name: 'v1' },
      { kind: 'folder', name: '.' },
    ]);
    const { old: _, new: __, ...expected } = JSON.parse(fromFolders.stdout);
    expect(figures).toEqual(expected);
    expect(git('status', '--porcelain')).toBe(status);
    expect(checkouts()).toEqual(before);
  });

  it('compares two revisions of the folder named by --dir', async () => {
    const result = await runCli(['diff', 'v1', 'HEAD', '--dir', 'budsjett'], repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      'Porsgrunn (4001): endringer fra v1 til HEAD\n\nIngen endringer i tallene mellom v1 og HEAD.\n',
    );
  });

  it('reads the files that the manifest of a revision names outside its folder', async () => {
    const result = await runCli(['diff', 'v1', '--dir', 'b2'], repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Ingen endringer i tallene mellom v1 og arbeidskopien\./);
  });

  it('names the files of a revision with errors as revision:path', async () => {
    const result = await runCli(['diff', 'v1', 'broken', '--dir', 'budsjett'], repo);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken:budsjett\/measures\/transport\.yaml:\d+:\d+ +error/m);
  });

  it('exits 2 with a hint for a name that is neither a folder nor a revision', async () => {
    const result = await runCli(['diff', 'mian', '--dir', 'budsjett', '--lang', 'en'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"mian" is neither a folder nor a revision of the git repository/);
    expect(result.stderr).toMatch(/hint: Give a folder, a branch, a tag or a commit/);
  });

  it('finds both sides before checking either: a bad revision stops before any diagnostics', async () => {
    const broken = join(scratch, 'broken-too');
    cpSync(example, broken, { recursive: true });
    writeFileSync(join(broken, 'budget.yaml'), 'schema_version: 1\n');
    const result = await runCli(['diff', broken, 'mian', '--dir', 'budsjett', '--lang', 'en'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^klimabudsjett: "mian" is neither a folder nor a revision/);
  });

  it('exits 2 when the budget folder is not in the revision', async () => {
    cpSync(example, join(repo, 'ny'), { recursive: true });
    const result = await runCli(['diff', 'v1', '--dir', 'ny', '--lang', 'en'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/The budget folder ny does not exist in revision v1\./);
    rmSync(join(repo, 'ny'), { recursive: true });
  });
});

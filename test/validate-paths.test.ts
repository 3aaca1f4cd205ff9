/**
 * `validate FILE…`: a file stands for the budget folder above it, so that validate works as a
 * pre-commit hook (.pre-commit-hooks.yaml), which passes the changed files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { binPath, childEnv, projectRoot, runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett paths '));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const repo = join(scratch, 'repo');
cpSync(join(projectRoot, 'examples', 'minimal'), join(repo, 'budsjett'), { recursive: true });
cpSync(join(projectRoot, 'examples', 'minimal'), join(repo, 'andre'), { recursive: true });
mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
writeFileSync(join(repo, '.github', 'workflows', 'ci.yml'), 'on: push\n');

describe('validate with file paths', () => {
  it('checks the budget folder above a file, each folder once', async () => {
    const result = await runCli(
      ['validate', '--format', 'sarif', 'budsjett/measures/tiltak.yaml', 'budsjett/budget.yaml'],
      repo,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    // SARIF lists the files read: the whole budget, once, and nothing of the other budget.
    const files: string[] = JSON.parse(result.stdout).runs[0].artifacts.map(
      (artifact: { location: { uri: string } }) => artifact.location.uri,
    );
    expect(files).toEqual(['budsjett/budget.yaml', 'budsjett/inventory/utslipp.yaml', 'budsjett/measures/tiltak.yaml']);
  });

  it("reports a broken file's budget with the file's line, and skips files outside any budget", async () => {
    const measures = join(repo, 'andre', 'measures', 'tiltak.yaml');
    writeFileSync(measures, readFileSync(measures, 'utf8').replace(/status: \w+/, 'status: done'));
    const result = await runCli(
      ['validate', '--format', 'github', '.github/workflows/ci.yml', 'andre/measures/tiltak.yaml'],
      repo,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=andre\/measures\/tiltak\.yaml,line=\d+/);
    expect(result.stderr).toBe(
      'klimabudsjett: no budget folder (with a budget.yaml) above .github/workflows/ci.yml; skipped.\n',
    );
    const outside = await runCli(['validate', '.github/workflows/ci.yml', '--quiet'], repo);
    expect([outside.code, outside.stdout, outside.stderr]).toEqual([0, '', '']);
  });

  it("runs as the pre-commit hook's entry on the files pre-commit would pass", () => {
    const [hook] = parse(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hook).toMatchObject({ id: 'klimabudsjett-validate', language: 'node', entry: 'klimabudsjett validate' });
    const matches = new RegExp(hook.files);
    const changed = ['budsjett/budget.yaml', 'budsjett/measures/tiltak.yaml', 'README.md', '.github/workflows/ci.yml'];
    const passed = changed.filter((file) => matches.test(file));
    expect(passed).toEqual(['budsjett/budget.yaml', 'budsjett/measures/tiltak.yaml', '.github/workflows/ci.yml']);
    const [, ...args] = hook.entry.split(' ');
    const result = spawnSync(process.execPath, [binPath, ...args, ...passed], {
      cwd: repo,
      encoding: 'utf8',
      env: childEnv(),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
  });
});

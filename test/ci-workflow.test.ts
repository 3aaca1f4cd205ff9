/**
 * The CI of a budget repository, run here: the `run:` steps of the workflow `init` writes and of
 * the composite action in action.yml, in a fresh budget repository made by `init`, with the package
 * source pointed at the packed tarball (in a folder with spaces) and npm's global prefix in a
 * scratch folder. Steps run as GitHub runs them (`bash -eo pipefail`), for a pull request.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installScript, packageVariable } from '../src/init/ci-templates.js';
import { type Packed, packTarball } from './helpers/packed.js';
import { childEnv, projectRoot, runCli } from './helpers/run-cli.js';

const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'index.js'));
const hasGit = spawnSync('git', ['--version']).status === 0;
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett ci '));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

/** The context of the simulated run: a pull request into main. */
const github: Record<string, string> = { event_name: 'pull_request', base_ref: 'main', ref: 'refs/pull/1/merge' };

/** `${{ github.x }}` and `${{ inputs.x }}`: the only expressions the workflow and the action use. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(github|inputs)\.([\w-]+)\s*\}\}/g, (expression, scope: string, name: string) => {
    const value = (scope === 'github' ? github : inputs)[name];
    if (value === undefined) throw new Error(`unknown expression ${expression}`);
    return value;
  });
}

/** The `if:` conditions the workflow and the action use, evaluated for the simulated run. */
function condition(expression: string | undefined, inputs: Record<string, string>): boolean {
  if (expression === undefined) return true;
  if (expression === "github.event_name == 'pull_request'") return github.event_name === 'pull_request';
  const input = /^inputs\.([\w-]+) != ''$/.exec(expression);
  if (input?.[1] !== undefined) return (inputs[input[1]] ?? '') !== '';
  throw new Error(`unknown condition ${expression}`);
}

/** Runs a script as GitHub runs a `run:` step on Linux. */
function runStep(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  const file = join(scratch, 'step.sh');
  writeFileSync(file, script);
  const result = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the `run:` steps in order, as the runner does: a folder a step appends to $GITHUB_PATH is on
 * the PATH of the steps after it. Stops at the first failure that does not continue on error.
 */
function runSteps(steps: readonly Step[], cwd: string, env: NodeJS.ProcessEnv, inputs: Record<string, string> = {}) {
  const ran: string[] = [];
  const githubPath = join(scratch, `github-path-${ran.length}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(githubPath, '');
  for (const step of steps) {
    if (step.run === undefined || !condition(step.if, inputs)) continue;
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value, inputs)]),
    );
    const added = readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse();
    const path = [...added, env.PATH].join(delimiter);
    const result = runStep(expand(step.run, inputs), cwd, { ...env, ...stepEnv, PATH: path, GITHUB_PATH: githubPath });
    ran.push(step.name ?? step.run.split('\n')[0] ?? '');
    if (result.code !== 0 && !step['continue-on-error']) {
      throw new Error(`step "${ran.at(-1)}" failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
  }
  return ran;
}

describe.skipIf(!hasBuild || !hasGit)('CI of a budget repository made by init, against the packed tarball', () => {
  let packed: Packed;
  const repo = join(scratch, 'min kommune', 'porsgrunn');
  const runnerTemp = join(scratch, 'runner temp');
  const summary = join(scratch, 'summary.md');
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    packed = packTarball(join(scratch, 'tarball folder'));
    const statistics = join(scratch, 'utslipp.csv');
    writeFileSync(
      statistics,
      [
        'Fylke,Kommunenummer,Kommune,År,Sektor,Utslippskilde,Klimagass,Utslipp (tonn CO2-ekvivalenter)',
        'Telemark,4001,Porsgrunn,2009,Veitrafikk,Personbiler,Karbondioksid (CO2),40000',
        'Telemark,4001,Porsgrunn,2024,Veitrafikk,Personbiler,Karbondioksid (CO2),30000',
        '',
      ].join('\n'),
    );
    const init = await runCli(['init', repo, '--mdir', statistics, '-m', 'Porsgrunn', '--quiet'], scratch);
    expect(init.code, init.stderr).toBe(0);
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    };
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'budget');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    mkdirSync(runnerTemp, { recursive: true });
    writeFileSync(summary, '');
    env = { ...childEnv(), RUNNER_TEMP: runnerTemp, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
  });

  it("runs the init workflow's steps: install, validate, the pull request's diff, the reports", () => {
    const workflow = parse(readFileSync(join(repo, '.github/workflows/klimabudsjett.yml'), 'utf8'));
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    expect(workflow.on.push.branches).toEqual(['main', 'master']);
    const steps: Step[] = workflow.jobs.validate.steps;
    expect(steps.filter((step) => step.uses).map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v6',
      'actions/upload-artifact@v7',
    ]);
    expect(steps[1]?.with).toEqual({ 'node-version': 24 });

    const ran = runSteps(steps, repo, { ...env, ...workflow.env, [packageVariable]: packed.tarball });
    expect(ran).toHaveLength(4);
    // Installed beside the run, not globally: a git source's build needs a local install.
    expect(existsSync(join(runnerTemp, 'klimabudsjett-cli', 'node_modules', '.bin', 'klimabudsjett'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/^#/);
    expect(readdirSync(join(repo, 'rapporter')).sort()).toEqual([
      'index.html',
      'index.md',
      'index.xlsx',
      'porsgrunn.html',
      'porsgrunn.md',
      'porsgrunn.xlsx',
    ]);
  });

  it("runs the action's steps, whose install script is the workflow's", () => {
    const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    const steps: Step[] = action.runs.steps;
    expect(steps.find((step) => step.name === 'Install klimabudsjett')?.run?.trimEnd()).toBe(
      installScript("with the action's package input"),
    );
    const inputs = Object.fromEntries(
      Object.entries(action.inputs as Record<string, { default: string }>).map(([key, input]) => [key, input.default]),
    );
    inputs.package = packed.tarball;
    inputs.reports = 'action reports';
    writeFileSync(summary, '');
    const ran = runSteps(steps, repo, env, inputs);
    expect(ran).toEqual(['Install klimabudsjett', 'Validate', 'What the pull request does to the numbers', 'Reports']);
    expect(readFileSync(summary, 'utf8')).toMatch(/^#/);
    expect(readdirSync(join(repo, 'action reports'))).toContain('porsgrunn.xlsx');
  });

  it('says in one line why the CLI could not be installed: an unreachable source, a missing npm', () => {
    const script = installScript('at the top of this workflow');
    const missing = join(scratch, 'no such folder', 'klimabudsjett-0.1.0.tgz');
    const unreachable = runStep(script, repo, { ...env, [packageVariable]: missing });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe(
      `::error::klimabudsjett: could not install "${missing}" (path ${missing}). Set ${packageVariable} at the top of this workflow: klimabudsjett@VERSION once published, a git URL or a .tgz before.\n`,
    );
    expect(unreachable.stderr).toBe('');
    const noNpm = runStep(script, repo, { ...env, PATH: join(scratch, 'empty') });
    expect([noNpm.code, noNpm.stdout]).toEqual([
      1,
      '::error::klimabudsjett: npm is missing; set up Node.js ≥ 22.12 first (actions/setup-node).\n',
    ]);
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { norwegianExamples } from '../src/cli/help-examples.js';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { hasShared, sharedDir } from './helpers/shared.js';

const telemark = join(sharedDir, 'data', 'mdir', 'telemark-2026.csv');
const hasGit = spawnSync('git', ['--version']).status === 0;

/** A folder with the Telemark statistics and, unless `init` is to make it, `porsgrunn/` (the example). */
function scratch(withBudget: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-help-'));
  if (withBudget) cpSync(join(projectRoot, 'examples', 'porsgrunn'), join(dir, 'porsgrunn'), { recursive: true });
  if (hasShared && existsSync(telemark)) copyFileSync(telemark, join(dir, 'telemark-2026.csv'));
  return dir;
}

function git(dir: string, args: string[]) {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

describe('each command’s --help ends with its Norwegian example', () => {
  it.each(Object.entries(norwegianExamples))('%s', async (name, example) => {
    const help = await runCli([...name.split(' '), '--help'], projectRoot);
    expect(help.code).toBe(0);
    const lines = help.stdout.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([`Eksempel – ${example.why}:`, `  klimabudsjett ${example.args}`]);
    expect(help.stdout.split('\n').filter((line) => line.startsWith('Eksempel'))).toHaveLength(1);
  });
});

describe('every Norwegian example runs as written (exit 0)', () => {
  const needsData = (args: string) => args.includes('telemark-2026.csv');
  it.each(Object.entries(norwegianExamples))('%s', async (_name, example) => {
    if (needsData(example.args) && !(hasShared && existsSync(telemark))) return;
    const dir = scratch(!example.args.startsWith('init '));
    let cwd = dir;
    if (example.args.startsWith('diff ')) {
      if (!hasGit) return;
      cwd = join(dir, 'porsgrunn');
      git(cwd, ['init', '-q', '-b', 'main']);
      git(cwd, ['add', '.']);
      git(cwd, ['commit', '-q', '-m', 'budsjett']);
      cwd = dir;
    }
    // the services fill in the template that `export --template` handed out
    if (example.args.startsWith('import measures ')) {
      const template = await runCli(['export', 'porsgrunn', '--template', '-o', 'tiltak.xlsx'], dir);
      expect(template.code).toBe(0);
    }
    // `*/` is the shell's: it expands to the folders, here porsgrunn/
    const args = example.args.split(' ').map((arg) => (arg === '*/' ? 'porsgrunn/' : arg));
    const result = await runCli(args, cwd);
    expect(result.stderr.includes('error') ? result.stderr : '').toBe('');
    expect(result.code).toBe(0);
  });
});

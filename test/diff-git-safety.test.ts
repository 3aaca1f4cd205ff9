/**
 * `diff REV` reads revisions through git's plumbing, which, unlike a checkout, lists whatever a
 * crafted tree holds. Regression tests (issue 11): tree entries that would leave the temporary
 * copy (`..`, `.git`) are refused and nothing is written outside it; symbolic links inside the
 * repository are read, others left out with a note; the copy is removed on SIGTERM too.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binPath, projectRoot, runCli } from './helpers/run-cli.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-diff-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const repo = join(scratch, 'repo');
/** The temporary folder of the runs: deep enough that `../../x` from a copy still lands in scratch. */
const temp = join(scratch, 'a', 'b', 'tmp');
const example = join(projectRoot, 'examples', 'porsgrunn');

function git(...args: string[]): string {
  const result = spawnSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function gitInput(input: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', input });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A commit like v1 whose budsjett/ folder also holds names[0]/names[1]/…/file. */
function craftedCommit(names: readonly string[], file: string, text: string): string {
  const blob = gitInput(text, 'hash-object', '-w', '--stdin');
  let tree = gitInput(`100644 blob ${blob}\t${file}\n`, 'mktree');
  for (const name of names.slice(1).reverse()) tree = gitInput(`040000 tree ${tree}\t${name}\n`, 'mktree');
  const listing = `${git('ls-tree', 'v1:budsjett')}\n040000 tree ${tree}\t${names[0]}`;
  const crafted = gitInput(`${listing}\n`, 'mktree');
  const top = git('ls-tree', 'v1')
    .split('\n')
    .map((line) => (line.endsWith('\tbudsjett') ? `040000 tree ${crafted}\tbudsjett` : line))
    .join('\n');
  return git('commit-tree', gitInput(`${top}\n`, 'mktree'), '-p', 'v1', '-m', 'crafted');
}

const copies = () =>
  existsSync(temp) ? readdirSync(temp).filter((name) => name.startsWith('klimabudsjett-diff-')) : [];

let savedTmp: string | undefined;
beforeEach(() => {
  savedTmp = process.env.TMPDIR;
  mkdirSync(temp, { recursive: true });
  process.env.TMPDIR = temp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe.skipIf(!hasGit)('diff of crafted git revisions', () => {
  mkdirSync(repo, { recursive: true });
  cpSync(example, join(repo, 'budsjett'), { recursive: true });
  cpSync(join(example, 'measures', 'transport.yaml'), join(repo, 'felles', 'tiltak.yaml'));
  if (hasGit) {
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'budget 2026');
    git('tag', 'v1');
  }

  it('refuses a tree entry `..` that would write outside the temporary copy', async () => {
    const commit = craftedCommit(['..', '..', '..'], 'pwned', 'echo pwned\n');
    const result = await runCli(['diff', 'v1', commit, '--dir', 'budsjett', '--lang', 'en'], repo);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('holds the path "budsjett/../../../pwned", which would land outside its copy');
    expect(existsSync(join(scratch, 'a', 'b', 'pwned'))).toBe(false);
    expect(readdirSync(join(scratch, 'a', 'b')).sort()).toEqual(['tmp']);
    expect(copies()).toEqual([]);
  });

  it('refuses a tree entry `.git` (a copy must not look like a repository with hooks)', async () => {
    const commit = craftedCommit(['.git', 'hooks'], 'post-checkout', '#!/bin/sh\necho pwned\n');
    const result = await runCli(['diff', commit, 'v1', '--dir', 'budsjett'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('budsjett/.git/hooks/post-checkout');
    expect(copies()).toEqual([]);
  });

  it('reads symbolic links that stay in the repository and leaves out (with a note) those that do not', async () => {
    const measures = join(repo, 'budsjett', 'measures');
    symlinkSync('../../felles/tiltak.yaml', join(measures, 'felles.yaml'));
    symlinkSync('/etc/passwd', join(measures, 'passwd.yaml'));
    symlinkSync('../../../outside.yaml', join(measures, 'up.yaml'));
    symlinkSync('loop.yaml', join(measures, 'loop.yaml'));
    git('add', '-A');
    git('commit', '--quiet', '-m', 'links');
    git('tag', 'links');
    for (const name of ['felles.yaml', 'passwd.yaml', 'up.yaml', 'loop.yaml']) rmSync(join(measures, name));

    const result = await runCli(['diff', 'v1', 'links', '--dir', 'budsjett', '--format', 'json'], repo);
    // The linked file repeats transport.yaml's measures: read, so their ids are duplicates.
    expect(result.stderr).toMatch(
      /error +duplicate-id\n.*\n(.*\n)*.*tips: Den første står i budsjett\/measures\/felles\.yaml/,
    );
    expect(result.stderr).toContain(
      'note: links:budsjett/measures/passwd.yaml is a symbolic link left out of the comparison: it leads outside the repository.',
    );
    expect(result.stderr).toContain('note: links:budsjett/measures/up.yaml is a symbolic link left out');
    expect(result.stderr).toContain(
      'note: links:budsjett/measures/loop.yaml is a symbolic link left out of the comparison: it loops.',
    );
    expect(result.stderr).not.toContain('root:x:0');
    expect(copies()).toEqual([]);
  });

  it.skipIf(!hasBuild)(
    'removes its temporary copy when it is stopped with SIGTERM',
    async () => {
      // A git that is slow to read blobs: the first revision is copied, the second still being read.
      const bin = join(scratch, 'slow-git');
      mkdirSync(bin, { recursive: true });
      const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
      writeFileSync(
        join(bin, 'git'),
        `#!/bin/sh\ncase "$*" in *cat-file*) if [ -e "${temp}/read-once" ]; then sleep 2; fi; touch "${temp}/read-once";; esac\nexec ${realGit} "$@"\n`,
      );
      chmodSync(join(bin, 'git'), 0o755);
      rmSync(join(temp, 'read-once'), { force: true });
      const child = spawn(process.execPath, [binPath, 'diff', 'v1', 'HEAD', '--dir', 'budsjett'], {
        cwd: repo,
        env: { ...process.env, TMPDIR: temp, PATH: `${bin}:${process.env.PATH}` },
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      const deadline = Date.now() + 20_000;
      while (copies().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(copies(), 'the first revision was copied').toHaveLength(1);
      child.kill('SIGTERM');
      const { signal } = await exited;
      expect(signal).toBe('SIGTERM');
      expect(copies()).toEqual([]);
    },
    30_000,
  );
});

/**
 * The bad-input corpus (issue 11): one folder per case under test/bad-input/, in the format agreed
 * by all engineers. Each case copies its `root/` into a fresh temporary folder, applies `setup`
 * (symlinks, chmod, FIFOs), runs the CLI there and checks the exit code, the diagnostic codes, what
 * must not leak to stdout/stderr, and what is on disk afterwards.
 *
 * case.json keys: `why`, `args`, `exit` (required); `codes`, `absent_codes`, `setup` (`symlinks`:
 * link → target, `chmod`: path → octal mode, `mkfifo`: paths), `stdout_excludes`,
 * `stderr_excludes`, `files_after` (path → `unchanged` | `exists` | `absent`), `max_ms`.
 * Two optional keys beyond the agreed format: `env` (extra environment variables, such as TZ) and
 * `spawn` (run the built bin in a child process instead of in-process). A child process is used
 * also for `env` (TZ and locale need a process of their own), for `mkfifo` (a writer would block an
 * in-process run) and, as root, for `chmod` (run as nobody through setpriv, where permissions bite).
 *
 * Run one case: npx vitest run test/bad-input-corpus.test.ts -t contain-absolute-path
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  createReadStream,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, runCli } from './helpers/run-cli.js';

interface CaseSetup {
  symlinks?: Record<string, string>;
  chmod?: Record<string, string>;
  mkfifo?: string[];
}

interface CorpusCase {
  why: string;
  args: string[];
  exit: number;
  codes?: string[];
  absent_codes?: string[];
  setup?: CaseSetup;
  stdout_excludes?: string[];
  stderr_excludes?: string[];
  files_after?: Record<string, 'unchanged' | 'exists' | 'absent'>;
  max_ms?: number;
  env?: Record<string, string>;
  spawn?: boolean;
}

const corpusDir = join(projectRoot, 'test', 'bad-input');
const areas = new Set([
  'yaml',
  'schema',
  'value',
  'contain',
  'output',
  'diff',
  'scale',
  'text',
  'report',
  'import',
  'misc',
]);
const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'cli.js'));
const names = existsSync(corpusDir)
  ? readdirSync(corpusDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

const tempRoot = mkdtempSync(join(tmpdir(), 'klimabudsjett-corpus-'));
afterAll(() => {
  restorePermissions(tempRoot);
  rmSync(tempRoot, { recursive: true, force: true });
});

/** Whether permissions bite: root reads a mode-000 file anyway. */
const permissionsBite = (() => {
  const probe = join(tempRoot, 'probe');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0o000);
  try {
    readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o600);
    rmSync(probe);
  }
})();

/**
 * As root, a case with `chmod` runs as the user nobody (setpriv), where permissions bite, when
 * the machine allows it; otherwise it is skipped.
 */
const nobody = 65_534;
const canRunAsNobody =
  !permissionsBite &&
  hasBuild &&
  spawnSync('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath, '-e', '0'])
    .status === 0;

function readCase(name: string): CorpusCase {
  return JSON.parse(readFileSync(join(corpusDir, name, 'case.json'), 'utf8')) as CorpusCase;
}

/** Copies the case's root/ into a fresh folder and applies its setup. */
function prepare(name: string, testCase: CorpusCase, owner?: number): string {
  const work = mkdtempSync(join(tempRoot, `${name}-`));
  const root = join(corpusDir, name, 'root');
  if (existsSync(root)) cpSync(root, work, { recursive: true, verbatimSymlinks: true });
  for (const [link, target] of Object.entries(testCase.setup?.symlinks ?? {})) {
    const path = join(work, link);
    rmSync(path, { force: true });
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(target, path);
  }
  for (const fifo of testCase.setup?.mkfifo ?? []) {
    mkdirSync(dirname(join(work, fifo)), { recursive: true });
    if (spawnSync('mkfifo', [join(work, fifo)]).status !== 0) throw new Error(`mkfifo ${fifo} failed`);
  }
  if (owner !== undefined) {
    chmodSync(tempRoot, 0o755);
    for (const path of [work, ...readdirSync(work, { recursive: true, encoding: 'utf8' }).map((p) => join(work, p))])
      lchownSync(path, owner, owner);
  }
  // Modes last: a folder made unreadable first could not be filled.
  for (const [path, mode] of Object.entries(testCase.setup?.chmod ?? {}))
    chmodSync(join(work, path), Number.parseInt(mode, 8));
  return work;
}

/** Gives every folder under `dir` its permissions back, so that the temporary folder can be removed. */
function restorePermissions(dir: string): void {
  const pending = [dir];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      if (lstatSync(next).isSymbolicLink()) continue;
      chmodSync(next, 0o700);
      for (const entry of readdirSync(next, { withFileTypes: true })) {
        const path = join(next, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (!entry.isSymbolicLink()) chmodSync(path, 0o600);
      }
    } catch {
      // Gone or not ours: nothing to give back.
    }
  }
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built bin in a child process; FIFOs named in the setup are drained while it runs. */
function spawnRun(args: string[], cwd: string, testCase: CorpusCase, asNobody = false): Promise<RunResult> {
  const command = asNobody
    ? ['setpriv', `--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath]
    : [process.execPath];
  return new Promise((resolve, reject) => {
    const child = spawn(command[0] as string, [...command.slice(1), binPath, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...(testCase.env ?? {}) },
    });
    const readers = (testCase.setup?.mkfifo ?? []).map((fifo) => {
      const stream = createReadStream(join(cwd, fifo));
      stream.on('error', () => undefined);
      stream.resume();
      return stream;
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    // A run that hangs is ended (and fails on its exit code) before vitest's own timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), (testCase.max_ms ?? 20_000) + 10_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      // A FIFO nobody wrote to keeps its reader waiting: open it for writing once to end it.
      for (const [index, reader] of readers.entries()) {
        if (reader.bytesRead === 0) {
          try {
            closeSync(openSync(join(cwd, testCase.setup?.mkfifo?.[index] ?? ''), 'r+'));
          } catch {
            // Already closed.
          }
        }
        reader.destroy();
      }
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** The diagnostic codes of a run: from `--format json` output when it has them, else from the text. */
function codesOf(result: RunResult, testCase: CorpusCase): { codes: Set<string>; text: string } {
  const text = `${result.stdout}\n${result.stderr}`;
  if (testCase.args.includes('json')) {
    try {
      const parsed = JSON.parse(result.stdout) as { diagnostics?: { code: string }[] };
      if (Array.isArray(parsed.diagnostics)) return { codes: new Set(parsed.diagnostics.map((d) => d.code)), text };
    } catch {
      // Not a diagnostics object (another command's JSON, or nothing): search the text.
    }
  }
  return { codes: new Set(), text };
}

function hasCode(found: { codes: Set<string>; text: string }, code: string): boolean {
  if (found.codes.has(code)) return true;
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9-])${escaped}($|[^a-z0-9-])`, 'm').test(found.text);
}

describe('the bad-input corpus (test/bad-input/*)', () => {
  it('has well-named cases with the required keys', () => {
    for (const name of names) {
      expect(name, 'test/bad-input/<area>-<short-name>, lowercase kebab-case').toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(areas.has(name.split('-')[0] ?? ''), `${name}: area must be one of ${[...areas].join(', ')}`).toBe(true);
      const testCase = readCase(name);
      expect(typeof testCase.why, `${name}: why`).toBe('string');
      expect(Array.isArray(testCase.args), `${name}: args`).toBe(true);
      expect([0, 1, 2], `${name}: exit`).toContain(testCase.exit);
    }
  });

  it.each(names)(
    '%s',
    async (name) => {
      const testCase = readCase(name);
      const asNobody = testCase.setup?.chmod !== undefined && !permissionsBite;
      if (asNobody && !canRunAsNobody) {
        console.log(
          `skipped ${name}: running as root, where file permissions do not bite (and setpriv cannot drop to nobody)`,
        );
        return;
      }
      const spawned =
        asNobody || testCase.spawn === true || testCase.env !== undefined || (testCase.setup?.mkfifo?.length ?? 0) > 0;
      if (spawned && !hasBuild) {
        console.log(`skipped ${name}: it runs the built bin (npm run build first)`);
        return;
      }
      const work = prepare(name, testCase, asNobody ? nobody : undefined);
      const started = performance.now();
      const result = spawned
        ? await spawnRun(testCase.args, work, testCase, asNobody)
        : await runCli(testCase.args, work, { env: testCase.env ?? {} });
      const elapsed = performance.now() - started;
      restorePermissions(work);

      const context = `${name} (${testCase.why})\nexit ${result.code}\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`;
      expect(result.code, context).toBe(testCase.exit);
      if (!testCase.args.includes('--verbose')) expect(result.stderr, context).not.toMatch(/^ {4}at /m);
      expect(result.stderr, context).not.toContain('internal error');
      const found = codesOf(result, testCase);
      for (const code of testCase.codes ?? []) expect(hasCode(found, code), `${context}\nwants ${code}`).toBe(true);
      for (const code of testCase.absent_codes ?? [])
        expect(hasCode(found, code), `${context}\nmust not have ${code}`).toBe(false);
      for (const text of testCase.stdout_excludes ?? []) expect(result.stdout, context).not.toContain(text);
      for (const text of testCase.stderr_excludes ?? []) expect(result.stderr, context).not.toContain(text);
      for (const [path, state] of Object.entries(testCase.files_after ?? {})) {
        const absolute = join(work, path);
        if (state === 'absent') expect(existsSync(absolute), `${path} must be absent`).toBe(false);
        else if (state === 'exists') expect(existsSync(absolute), `${path} must exist`).toBe(true);
        else
          expect(
            readFileSync(absolute).equals(readFileSync(join(corpusDir, name, 'root', path))),
            `${path} changed`,
          ).toBe(true);
      }
      expect(elapsed, `${name} took ${Math.round(elapsed)} ms`).toBeLessThan(testCase.max_ms ?? 20_000);
    },
    180_000,
  );
});

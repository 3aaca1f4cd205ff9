/**
 * The `validate` command line: options, exit codes, severities from `rules:`, several folders,
 * usage errors, and a few cases through the built bin (shebang, ESM paths, bundle wiring).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { memoryIo } from './helpers/memory-io.js';
import { projectRoot, runCli, spawnCli } from './helpers/run-cli.js';

const fixtures = join(projectRoot, 'test', 'fixtures', 'invalid');

/** A copy of a fixture folder whose budget.yaml gets `extra` appended. */
function fixtureWith(code: string, extra: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'klimabudsjett-validate-')), code);
  cpSync(join(fixtures, code), dir, { recursive: true });
  const manifest = join(dir, 'budget.yaml');
  writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}${extra}`);
  return dir;
}

const codesOf = (stdout: string) =>
  (JSON.parse(stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics.map(
    (diagnostic) => `${diagnostic.code}:${diagnostic.severity}`,
  );

describe('validate: exit codes and options', () => {
  it('a warning alone exits 0; --strict makes it an error (exit 1)', async () => {
    const dir = join(fixtures, 'measure-without-responsible');
    expect((await runCli(['validate', '--lang', 'en', dir], projectRoot)).code).toBe(0);
    const strict = await runCli(['validate', '--lang', 'en', dir, '--strict', '--format', 'json'], projectRoot);
    expect(strict.code).toBe(1);
    expect(codesOf(strict.stdout)).toEqual(['measure-without-responsible:error']);
  });

  it('--max-warnings fails only above the limit', async () => {
    const dir = join(fixtures, 'measure-without-responsible');
    expect((await runCli(['validate', '--lang', 'en', dir, '--max-warnings', '1'], projectRoot)).code).toBe(0);
    const over = await runCli(['validate', '--lang', 'en', dir, '--max-warnings', '0'], projectRoot);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
  });

  it('junit says what the exit code says: a warning fails a test only with --strict or past --max-warnings', async () => {
    const dir = join(fixtures, 'measure-without-responsible');
    const failures = (stdout: string) => /<testsuites [^>]*failures="(\d+)"/.exec(stdout)?.[1];
    const plain = await runCli(['validate', '--lang', 'en', dir, '--format', 'junit'], projectRoot);
    expect([plain.code, failures(plain.stdout)]).toEqual([0, '0']);
    expect(plain.stdout).toContain('warning  measure-without-responsible');
    const strict = await runCli(['validate', '--lang', 'en', dir, '--format', 'junit', '--strict'], projectRoot);
    expect([strict.code, failures(strict.stdout)]).toEqual([1, '1']);
    const over = await runCli(
      ['validate', '--lang', 'en', dir, '--format', 'junit', '--max-warnings', '0'],
      projectRoot,
    );
    expect([over.code, failures(over.stdout)]).toEqual([1, '1']);
    const within = await runCli(
      ['validate', '--lang', 'en', dir, '--format', 'junit', '--max-warnings', '1'],
      projectRoot,
    );
    expect([within.code, failures(within.stdout)]).toEqual([0, '0']);
  });

  it('junit lists infos only with --verbose', async () => {
    const dir = join(fixtures, 'measure-without-indicator');
    const quiet = await runCli(['validate', '--lang', 'en', dir, '--format', 'junit'], projectRoot);
    expect(quiet.stdout).not.toContain('info  measure-without-indicator');
    const verbose = await runCli(['validate', '--lang', 'en', dir, '--format', 'junit', '--verbose'], projectRoot);
    expect(verbose.stdout).toContain('info  measure-without-indicator');
    expect(verbose.code).toBe(0);
  });

  it('--max-warnings says why it fails in the machine formats too, on stderr', async () => {
    const dir = join(fixtures, 'measure-without-responsible');
    const over = await runCli(
      ['validate', '--lang', 'en', dir, '--max-warnings', '0', '--format', 'github'],
      projectRoot,
    );
    expect(over.code).toBe(1);
    expect(over.stdout).toMatch(/^::warning /);
    expect(over.stderr).toBe('klimabudsjett: 1 warning, more than --max-warnings 0.\n');
    const json = await runCli(
      ['validate', '--lang', 'en', dir, '--max-warnings', '0', '--format', 'json'],
      projectRoot,
    );
    expect(codesOf(json.stdout)).toEqual(['measure-without-responsible:warning']);
    expect(json.stderr).toContain('more than --max-warnings 0');
  });

  it('--format github says when GitHub will leave annotations out (more than 10 of a kind)', async () => {
    const measure = (index: number) =>
      `  - { id: M-${index}, title: "Tiltak ${index}", sector: road_traffic, status: adopted, start: 2026, effect: { t_co2e: 1 } }\n`;
    const many = (count: number) => {
      const dir = fixtureWith('measure-without-responsible', '');
      const measures = Array.from({ length: count }, (_, index) => measure(index)).join('');
      writeFileSync(join(dir, 'measures', 'transport.yaml'), `schema_version: 1\nmeasures:\n${measures}`);
      return dir;
    };
    const eleven = await runCli(['validate', '--lang', 'en', many(11), '--format', 'github'], projectRoot);
    expect(eleven.code).toBe(0);
    expect(eleven.stdout.match(/^::warning /gm)).toHaveLength(11);
    expect(eleven.stderr).toMatch(
      /^klimabudsjett: 0 errors, 11 warnings, \d+ infos; GitHub annotates 10 of each kind per step, the log above lists them all\.\n$/,
    );
    const ten = await runCli(['validate', '--lang', 'en', many(10), '--format', 'github'], projectRoot);
    expect(ten.stdout.match(/^::warning /gm)).toHaveLength(10);
    expect(ten.stderr).toBe('');
  });

  it('rules: raise an info to an error, turn a warning off, and cannot lower an error', async () => {
    const raised = fixtureWith('measure-without-indicator', 'rules: { measure-without-indicator: error }\n');
    const raisedResult = await runCli(['validate', '--lang', 'en', raised, '--format', 'json'], projectRoot);
    expect(codesOf(raisedResult.stdout)).toEqual(['measure-without-indicator:error']);
    expect(raisedResult.code).toBe(1);

    const off = fixtureWith('measure-without-responsible', 'rules: { measure-without-responsible: off }\n');
    const offResult = await runCli(['validate', '--lang', 'en', off, '--format', 'json'], projectRoot);
    expect(codesOf(offResult.stdout)).toEqual([]);
    expect(offResult.code).toBe(0);

    const lowered = fixtureWith('unknown-factor', 'rules: { unknown-factor: warning }\n');
    const loweredResult = await runCli(['validate', '--lang', 'en', lowered, '--format', 'json'], projectRoot);
    expect(codesOf(loweredResult.stdout)).toEqual(['unknown-factor:error']);
    expect(loweredResult.code).toBe(1);
  });

  it('an unknown rule name is a schema error pointing at the key', async () => {
    const dir = fixtureWith('measure-without-indicator', 'rules: { measure-without-indicatr: off }\n');
    const result = await runCli(['validate', '--lang', 'en', dir, '--format', 'json'], projectRoot);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { code: string; hint?: string }[] }).diagnostics;
    const schema = diagnostics.find((diagnostic) => diagnostic.code === 'schema');
    expect(schema?.hint).toContain('measure-without-indicator');
  });

  it('several folders in one run, diagnostics of each with their own paths', async () => {
    const result = await runCli(
      ['validate', 'test/fixtures/invalid/unknown-factor', 'test/fixtures/invalid/unit-mismatch', '--format', 'json'],
      projectRoot,
    );
    expect(result.code).toBe(1);
    const files = (JSON.parse(result.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file);
    expect(files.some((file) => file.startsWith('test/fixtures/invalid/unknown-factor/'))).toBe(true);
    expect(files.some((file) => file.startsWith('test/fixtures/invalid/unit-mismatch/'))).toBe(true);
  });

  it('--quiet shows errors only', async () => {
    const result = await runCli(
      ['validate', '--lang', 'en', join(fixtures, 'measure-without-responsible'), '--quiet'],
      projectRoot,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a clean budget: one line on a terminal saying so, nothing in a pipe', async () => {
    const terminal = await runCli(['validate', '--lang', 'en', 'examples/porsgrunn'], projectRoot, {
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toBe('✔ examples/porsgrunn: 0 errors, 0 warnings\n');
    const piped = await runCli(['validate', '--lang', 'en', 'examples/porsgrunn'], projectRoot);
    expect(piped.stderr).toBe('');
    const quiet = await runCli(['validate', '--lang', 'en', 'examples/porsgrunn', '--quiet'], projectRoot, {
      tty: true,
    });
    expect(quiet.stderr).toBe('');
  });

  it.each(['effect-exceeds-sector', 'baseline-year-ignored', 'duplicate-id'])(
    'on an 80-column terminal no message, hint or source line of %s is wider than it; in a pipe each stays one line',
    async (name) => {
      const args = ['validate', '--lang', 'nb', join(fixtures, name)];
      const terminal = await runCli(args, projectRoot, { tty: true, env: { NO_COLOR: '1' } });
      expect(terminal.stderr).toContain('tips: ');
      // The location line (file:line:col, severity, code) is the one line left whole.
      const lines = terminal.stderr.split('\n').filter((line) => line.startsWith(' '));
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
      const piped = await runCli(args, projectRoot);
      expect(piped.stderr.split('\n').some((line) => line.length > 80)).toBe(true);
    },
  );

  it('a run with only infos passes and is not shown as a failure', async () => {
    const result = await runCli(['validate', '--lang', 'en', join(fixtures, 'measure-without-indicator')], projectRoot);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('✖');
    expect(result.stderr).toContain('✔ 0 errors, 0 warnings (1 info)');
  });

  it('usage errors exit 2 with one line and no stack', async () => {
    const format = await runCli(['validate', '--lang', 'en', '--format', 'xml'], projectRoot);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format takes stylish, json, github, junit or sarif, not "xml".');
    expect(format.stderr).toContain('Did you mean `junit`?');
    const count = await runCli(['validate', '--lang', 'en', '--max-warnings', 'many'], projectRoot);
    expect(count.code).toBe(2);
    expect(count.stderr).not.toMatch(/\n\s+at /);
    const unknown = await runCli(['valdate'], projectRoot);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('validate');
  });

  it('a folder that does not exist is unreadable input: exit 2, reported as a diagnostic', async () => {
    const result = await runCli(['validate', '--lang', 'en', 'no-such-budget', '--format', 'json'], projectRoot);
    expect(result.code).toBe(2);
    expect(codesOf(result.stdout)).toEqual(['file-unreadable:error']);
  });
});

describe('help, version, schema', () => {
  it('--help and no arguments print the help (exit 0); --version the version', async () => {
    const help = await runCli(['--help'], projectRoot);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    expect((await runCli([], projectRoot)).stdout).toContain('Usage: klimabudsjett');
    const version = await runCli(['--version'], projectRoot);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('schema prints a JSON Schema that names its $id, and lists the kinds without a name', async () => {
    const result = await runCli(['schema', 'measures'], projectRoot);
    expect(JSON.parse(result.stdout).$id).toBe('https://klimabudsjett.github.io/schemas/v1/measures.schema.json');
    expect((await runCli(['schema'], projectRoot)).stdout).toContain('followup');
    expect((await runCli(['schema', 'tiltak'], projectRoot)).code).toBe(2);
  });
});

describe('internal failures', () => {
  it('exit 2 with one line asking for a bug report; the stack only with --verbose', async () => {
    const failing = (verbose: boolean) => {
      const io = memoryIo(projectRoot);
      io.stdout.write = () => {
        throw new Error('disk full');
      };
      return run(['schema', 'budget', ...(verbose ? ['--verbose'] : [])], io).then((code) => ({
        code,
        stderr: io.err(),
      }));
    };
    const quiet = await failing(false);
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toContain('internal error: disk full');
    expect(quiet.stderr).toContain('This is a bug');
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const verbose = await failing(true);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});

describe('the built bin', () => {
  it('validates an example (exit 0, nothing printed) and a broken budget (exit 1)', () => {
    const ok = spawnCli(['validate', 'examples/porsgrunn'], projectRoot);
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const broken = spawnCli(['validate', '.', '--format', 'github'], join(fixtures, 'unknown-factor'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^::error file=measures\/[^,]+,line=\d+/m);
  });

  it('prints the version of package.json', () => {
    const version = spawnCli(['--version'], projectRoot);
    expect(version.code).toBe(0);
    expect(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).version).toBe(version.stdout.trim());
  });
});

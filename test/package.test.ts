/**
 * The package as users get it: `npm pack`, installed from the tarball into an empty project with
 * `--omit=dev`, offline (the tarball has no dependencies to fetch). The bin and the library entry
 * run from that install, never from this repository; the folders have spaces in their names.
 * Set KLIMABUDSJETT_PACK_REPORT=1 to print the figures (size, install time, packages).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Installed, installTarball, type Packed, packTarball } from './helpers/packed.js';
import { childEnv, projectRoot } from './helpers/run-cli.js';

const hasBuild = existsSync(join(projectRoot, 'dist', 'bundle', 'index.js'));
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett pack '));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!hasBuild)('the packed tarball, installed with --omit=dev', () => {
  let packed: Packed;
  let installed: Installed;
  const project = join(scratch, 'user project');
  const budget = join(project, 'min budsjett');

  beforeAll(() => {
    packed = packTarball(join(scratch, 'tarball folder'));
    installed = installTarball(packed.tarball, project);
    cpSync(join(projectRoot, 'examples', 'porsgrunn'), budget, { recursive: true });
    if (process.env.KLIMABUDSJETT_PACK_REPORT) {
      const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
      console.log(
        `node ${process.versions.node}: tarball ${mb(packed.size)} (${packed.files.length} files, ${mb(packed.unpackedSize)} unpacked); ` +
          `install ${installed.added} package(s), ${mb(installed.bytes)}, ${Math.round(installed.milliseconds)} ms`,
      );
    }
  });

  const run = (args: readonly string[]) => {
    const result = spawnSync(process.execPath, [installed.bin, ...args], {
      cwd: project,
      encoding: 'utf8',
      env: childEnv(),
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('installs the tool alone: every runtime dependency is in the bundle', () => {
    expect(installed.added).toBe(1);
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('ships the licence, the third-party notices, the types, schemas and data, and no tests or sources', () => {
    for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt', 'dist/index.d.ts', 'schemas/measures.schema.json']) {
      expect(packed.files).toContain(file);
    }
    expect(packed.files).toContain('data/factors.json');
    expect(packed.files.filter((file) => /^(src|test|examples|scripts)\//.test(file))).toEqual([]);
    const notices = readFileSync(join(project, 'node_modules/klimabudsjett/THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(notices).toMatch(/^exceljs@\d+\.\d+\.\d+ \(MIT\)$/m);
    expect(notices).toContain('Permission is hereby granted');
  });

  it('validates and exports a budget with the installed bin', () => {
    expect(run(['validate', 'min budsjett'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const xlsx = run(['export', 'min budsjett', '-o', 'x.xlsx']);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(readFileSync(join(project, 'x.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const html = run(['export', 'min budsjett', '-o', 'x.html']);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(join(project, 'x.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<svg /);
  });

  it('makes a batch in worker processes with the installed bin (the worker script and its V8 flags on this Node)', () => {
    const second = join(project, 'andre budsjett');
    cpSync(budget, second, { recursive: true });
    const result = run([
      'report',
      'min budsjett',
      'andre budsjett',
      '--out-dir',
      'rapporter',
      '--jobs',
      '2',
      '--quiet',
    ]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    for (const name of ['min budsjett', 'andre budsjett', 'index'])
      for (const extension of ['html', 'md', 'xlsx'])
        expect(existsSync(join(project, 'rapporter', `${name}.${extension}`))).toBe(true);
  });

  it('explains a broken file with the installed bin (the careful YAML reader is in the package too)', () => {
    const broken = join(project, 'brutt budsjett');
    cpSync(join(projectRoot, 'examples', 'porsgrunn'), broken, { recursive: true });
    writeFileSync(join(broken, 'budget.yaml'), `${readFileSync(join(broken, 'budget.yaml'), 'utf8')}\nplan: [2026,\n`);
    const result = run(['validate', 'brutt budsjett', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toContain('Cannot find module');
    expect(JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code)).toContain('yaml-syntax');
  });

  it('imports as a library, from the installed package, with its types', () => {
    const script = [
      "const library = await import('klimabudsjett');",
      "const checked = library.checkBudget('min budsjett', { cwd: process.cwd() });",
      'console.log(checked.diagnostics.length, typeof library.writeXlsx, library.renderJson(checked.report, checked.budget.manifest.language).length > 100);',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
      env: childEnv(),
    });
    expect([result.stdout, result.stderr]).toEqual(['0 function true\n', '']);
    // The declarations type a consumer's code without any of the bundled packages installed.
    writeFileSync(
      join(project, 'use.ts'),
      "import { checkBudget, type Diagnostic } from 'klimabudsjett';\nexport const first: Diagnostic | undefined = checkBudget('x', { cwd: '.' }).diagnostics[0];\n",
    );
    const options = { module: 'nodenext', strict: true, noEmit: true, types: [], skipLibCheck: false, lib: ['es2023'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
    const tsc = spawnSync(process.execPath, [join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
  });
});

describe('the bin on an old Node', () => {
  const pretend = (version: string) =>
    `data:text/javascript,Object.defineProperty(process, "versions", { value: { ...process.versions, node: "${version}" } });`;
  const bin = join(projectRoot, 'bin', 'klimabudsjett.js');
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));

  it('says in one line which Node it needs, and loads nothing else', () => {
    const result = spawnSync(process.execPath, ['--import', pretend('20.19.0'), bin, 'validate', 'examples/minimal'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: childEnv(),
    });
    expect([result.status, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'klimabudsjett: needs Node.js 22.12 or newer (a maintained LTS line); this is Node.js 20.19.0.\n',
    );
    expect(manifest.engines.node).toBe('>=22.12');
  });

  it.each(['22.12.0', '26.0.0'])('runs on Node %s', (version) => {
    const result = spawnSync(process.execPath, ['--import', pretend(version), bin, '--version'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: childEnv(),
    });
    expect([result.status, result.stdout.trim(), result.stderr]).toEqual([0, manifest.version, '']);
  });
});

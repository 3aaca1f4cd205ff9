/**
 * `init`: a new budget folder that checks clean once it has an inventory, golden templates in both
 * comment languages, an example measure that is valid once uncommented, and never an overwrite.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/run-cli.js';
import { hasShared, sharedDir } from './helpers/shared.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** 2026-11-27: budgets made now are for the plan 2027–2030. */
const env = { SOURCE_DATE_EPOCH: '1795737600' };

const statistics = join(scratch, 'utslipp.csv');
writeFileSync(
  statistics,
  [
    'Fylke,Kommunenummer,Kommune,År,Sektor,Utslippskilde,Klimagass,Utslipp (tonn CO2-ekvivalenter)',
    'Telemark,4001,Porsgrunn,2009,Veitrafikk,Personbiler,Karbondioksid (CO2),40000',
    'Telemark,4001,Porsgrunn,2009,Oppvarming,Andre næringer,Karbondioksid (CO2),9000',
    'Telemark,4001,Porsgrunn,2024,Veitrafikk,Personbiler,Karbondioksid (CO2),30000',
    'Telemark,4001,Porsgrunn,2024,Oppvarming,Andre næringer,Karbondioksid (CO2),2000',
    'Telemark,4003,Skien,2024,Veitrafikk,Personbiler,Karbondioksid (CO2),50000',
    '',
  ].join('\n'),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

describe('init', () => {
  it('writes a budget that validates clean with the inventory imported by --mdir', async () => {
    const dir = join(scratch, 'porsgrunn');
    const result = await runCli(['init', dir, '--mdir', statistics], scratch, { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(filesUnder(dir)).toEqual([
      '.github/workflows/klimabudsjett.yml',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'budget.yaml',
      'inventory/mdir.yaml',
      'measures/tiltak.yaml',
    ]);
    const manifest = parse(readFileSync(join(dir, 'budget.yaml'), 'utf8'));
    expect(manifest.municipality).toEqual({ name: 'Porsgrunn', number: '4001' });
    expect(manifest.plan_period).toEqual({ start: 2027, end: 2030 });
    expect(manifest.targets[0]).toMatchObject({ base_year: 2009, year: 2030, reduction_pct: 55 });
    // Common municipal practice (issue 15): industry (largely ETS) and shipping left out, said in a comment.
    expect(manifest.targets[0].exclude_sectors).toEqual(['industry', 'shipping']);
    expect(readFileSync(join(dir, 'budget.yaml'), 'utf8')).toMatch(
      /# .*kvotepliktig[^\n]*\n(?:.*\n)*? {4}exclude_sectors/,
    );
    expect(result.stderr).toContain('utslippsregnskapet har 2009–2024');

    const validated = await runCli(['validate', dir], scratch);
    expect(validated.code, validated.stderr).toBe(0);
    expect(validated.stderr).toBe('');
    const summary = await runCli(['summary', dir, '--format', 'json'], scratch);
    expect(summary.code, summary.stderr).toBe(0);

    // The workflow is YAML that checks every push, shows a pull request's diff in the run summary
    // and keeps the reports of every run; its report step works on the new budget.
    const workflow = parse(readFileSync(join(dir, '.github/workflows/klimabudsjett.yml'), 'utf8'));
    const steps: { run?: string; if?: string; uses?: string; with?: Record<string, unknown> }[] =
      workflow.jobs.validate.steps;
    expect(steps[0]?.with).toEqual({ 'fetch-depth': 0 });
    expect(steps.map((step) => step.run?.split(' ').slice(0, 2).join(' '))).toContain('klimabudsjett validate');
    const diff = steps.find((step) => step.run?.startsWith('klimabudsjett diff'));
    expect(diff).toMatchObject({ if: "github.event_name == 'pull_request'" });
    expect(diff?.run).toMatch(/^klimabudsjett diff "origin\/\$\{\{ github\.base_ref \}\}" --format md >> /);
    expect(steps.at(-2)?.run).toBe('klimabudsjett report . --out-dir rapporter');
    expect(steps.at(-1)).toMatchObject({ uses: 'actions/upload-artifact@v7', with: { path: 'rapporter/' } });
    const reported = await runCli(['report', '.', '--out-dir', 'rapporter', '--quiet'], dir);
    expect(reported.code, reported.stderr).toBe(0);
    expect(readdirSync(join(dir, 'rapporter')).sort()).toEqual([
      'index.html',
      'index.md',
      'index.xlsx',
      'porsgrunn.html',
      'porsgrunn.md',
      'porsgrunn.xlsx',
    ]);
  });

  it.each(['nb', 'nn', 'en'] as const)('writes the golden templates (comments in %s)', async (lang) => {
    const dir = join(scratch, `templates-${lang}`);
    const args = ['init', dir, '--municipality', 'Bø i Telemark', '--number', '4018', '--lang', lang];
    const result = await runCli(args, scratch, { env });
    expect(result.code, result.stderr).toBe(0);
    const text = filesUnder(dir)
      .map((file) => `=== ${file}\n${readFileSync(join(dir, file), 'utf8')}`)
      .join('\n');
    await expect(text).toMatchFileSnapshot(`golden/init/${lang}.txt`);
  });

  it('without an inventory: one error, whose hint says how to import one', async () => {
    const dir = join(scratch, 'no-inventory');
    const result = await runCli(['init', dir, '--plan-start', '2026', '--no-ci'], scratch);
    expect(result.code).toBe(0);
    expect(filesUnder(dir)).toEqual([
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'budget.yaml',
      'measures/tiltak.yaml',
    ]);
    expect(parse(readFileSync(join(dir, 'budget.yaml'), 'utf8')).municipality).toEqual({ name: 'No-Inventory' });
    expect(result.stderr).toContain('klimabudsjett import mdir FILE --municipality "No-Inventory"');
    const validated = await runCli(['validate', dir, '--format', 'json'], scratch);
    expect(validated.code).toBe(1);
    const diagnostics = JSON.parse(validated.stdout).diagnostics as { code: string; hint: string }[];
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['target-base-year-missing']);
    expect(diagnostics[0]?.hint).toContain('klimabudsjett import mdir');
  });

  it('gives an example measure that is valid once uncommented as the file says', async () => {
    const dir = join(scratch, 'example-measure');
    expect((await runCli(['init', dir, '--mdir', statistics, '-m', 'Porsgrunn'], scratch, { env })).code).toBe(0);
    const file = join(dir, 'measures', 'tiltak.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('measures: []', 'measures:')
      .replace(/^# {1,2}(?=\s*(- |[a-z_]+:))/gm, '');
    writeFileSync(file, text);
    expect(parse(text).measures).toHaveLength(1);
    const validated = await runCli(['validate', dir, '--format', 'json'], scratch);
    expect(validated.code, validated.stdout).toBe(0);
    expect(JSON.parse(validated.stdout).diagnostics).toEqual([]);
  });

  it("keeps the repository's own editor settings", async () => {
    const dir = join(scratch, 'own-settings');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{ "editor.tabSize": 2 }\n');
    const result = await runCli(['init', dir, '--no-ci'], scratch);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.tabSize": 2 }\n');
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'extensions.json'), 'utf8')).recommendations).toEqual([
      'redhat.vscode-yaml',
    ]);
  });

  it('writes nothing when one of its files exists (exit 2)', async () => {
    const dir = join(scratch, 'taken');
    mkdirSync(join(dir, 'measures'), { recursive: true });
    writeFileSync(join(dir, 'measures', 'tiltak.yaml'), 'mine\n');
    const result = await runCli(['init', dir], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('taken/measures/tiltak.yaml exists already; init writes only new files.');
    expect(filesUnder(dir)).toEqual(['measures/tiltak.yaml']);
    expect(readFileSync(join(dir, 'measures', 'tiltak.yaml'), 'utf8')).toBe('mine\n');
  });

  it('takes back what it wrote when a later file cannot be written, so it can be run again', async () => {
    const dir = join(scratch, 'blocked');
    mkdirSync(dir);
    writeFileSync(join(dir, '.github'), 'a file where the workflow folder goes\n');
    const result = await runCli(['init', dir], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'klimabudsjett: Could not write blocked/.github/workflows/klimabudsjett.yml: a part of its path is a file.\n',
    );
    expect(filesUnder(dir)).toEqual(['.github']);
    rmSync(join(dir, '.github'));
    const again = await runCli(['init', dir, '--quiet'], scratch);
    expect(again.code, again.stderr).toBe(0);
    expect(filesUnder(dir)).toContain('budget.yaml');
  });

  it('refuses a wrong municipality number, a file as the folder, and a name the statistics lack', async () => {
    const number = await runCli(['init', join(scratch, 'n'), '--number', '401'], scratch);
    expect(number.code).toBe(2);
    expect(number.stderr).toContain('four digits');
    const file = await runCli(['init', statistics], scratch);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is a file, not a folder');
    const unknown = await runCli(['init', join(scratch, 'porsgrun'), '--mdir', statistics], scratch);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'No municipality named "Porsgrun" in the file; the name comes from the folder\'s.',
    );
    expect(unknown.stderr).toContain('Did you mean "Porsgrunn"?');
    expect(existsSync(join(scratch, 'n'))).toBe(false);
    expect(existsSync(join(scratch, 'porsgrun'))).toBe(false);
  });
});

describe.skipIf(!hasShared)('init with the real Telemark extract', () => {
  it('starts a budget for Skien that validates clean', async () => {
    const dir = join(scratch, 'skien');
    const csv = join(sharedDir, 'data', 'mdir', 'telemark-2026.csv');
    const result = await runCli(['init', dir, '--mdir', csv], scratch, { env });
    expect(result.code, result.stderr).toBe(0);
    expect(parse(readFileSync(join(dir, 'budget.yaml'), 'utf8')).municipality.name).toBe('Skien');
    const validated = await runCli(['validate', dir], scratch);
    expect(validated.code, validated.stderr).toBe(0);
  });

  it.each(['Bamble', '4012'])(
    '--municipality %s fills in number "4012" and the vintage, though the extract has no numbers',
    async (municipality) => {
      const dir = join(scratch, `bamble-${municipality}`);
      const csv = join(sharedDir, 'data', 'mdir', 'telemark-2026.csv');
      const result = await runCli(['init', dir, '--mdir', csv, '--municipality', municipality], scratch, { env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('warning');
      const manifest = readFileSync(join(dir, 'budget.yaml'), 'utf8');
      expect(manifest).toContain('municipality: { name: "Bamble", number: "4012" }');
      const inventory = parse(readFileSync(join(dir, 'inventory', 'mdir.yaml'), 'utf8'));
      expect([inventory.vintage, inventory.source]).toEqual([
        '2026',
        'Miljødirektoratet, Klimagassutslipp fra kommuner (telemark-2026.csv)',
      ]);
    },
  );

  it('takes --vintage and --source for the inventory', async () => {
    const dir = join(scratch, 'nome');
    const csv = join(sharedDir, 'data', 'mdir', 'telemark-2026.csv');
    const args = ['init', dir, '--mdir', csv, '-m', 'Nome', '--vintage', '2026-04', '--source', 'Mdir (Telemark)'];
    expect((await runCli(args, scratch, { env })).code).toBe(0);
    const inventory = parse(readFileSync(join(dir, 'inventory', 'mdir.yaml'), 'utf8'));
    expect([inventory.vintage, inventory.source]).toEqual(['2026-04', 'Mdir (Telemark)']);
  });
});

describe('init without statistics: the number from the built-in list of municipalities', () => {
  it('fills in the number of a name, and the name of a number', async () => {
    const byName = join(scratch, 'by-name');
    expect((await runCli(['init', byName, '-m', 'Tromsø', '-q'], scratch, { env })).code).toBe(0);
    expect(readFileSync(join(byName, 'budget.yaml'), 'utf8')).toContain('{ name: "Tromsø", number: "5501" }');
    const byNumber = join(scratch, 'by-number');
    expect((await runCli(['init', byNumber, '-m', '0301', '-q'], scratch, { env })).code).toBe(0);
    expect(readFileSync(join(byNumber, 'budget.yaml'), 'utf8')).toContain('{ name: "Oslo", number: "0301" }');
  });

  it('warns when the name matches none, and writes no number', async () => {
    const dir = join(scratch, 'typo');
    const result = await runCli(['init', dir, '-m', 'Bamle', '-q', '--lang', 'en'], scratch, { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: No municipality of Norway (the division of 2024) is named "Bamle"');
    expect(result.stderr).toContain('Did you mean "Bamble"?');
    // Without --lang, in the new budget's language: bokmål.
    const bokmal = await runCli(['init', join(scratch, 'typo-nb'), '-m', 'Bamle', '-q'], scratch, { env });
    expect(bokmal.stderr).toBe(
      'advarsel: Ingen kommune i Norge (kommuneinndelingen fra 2024) heter "Bamle"; kommunenummeret er ikke fylt inn.\n' +
        '  tips: Mente du "Bamble"? Ellers kan du oppgi nummeret med --number.\n',
    );
    expect(readFileSync(join(dir, 'budget.yaml'), 'utf8')).toContain('municipality: { name: "Bamle" }');
  });

  it('refuses a number no municipality has (exit 2), writing nothing', async () => {
    const dir = join(scratch, 'nowhere');
    const result = await runCli(['init', dir, '-m', '9999'], scratch, { env });
    expect(result.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });
});

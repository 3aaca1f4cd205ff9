import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type TemplateColumnId, templateColumnIds, templateLabels } from '../src/i18n/template-labels.js';
import { soffice } from './helpers/libreoffice.js';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { conformanceCases } from './helpers/shared.js';
import { xlsxToText } from './helpers/xlsx-to-text.js';

const work = mkdtempSync(join(tmpdir(), 'kb-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a budget folder to change freely. */
function copyBudget(source: string, name: string): string {
  const target = join(work, name);
  cpSync(source, target, { recursive: true });
  return target;
}

function measuresFiles(dir: string): string[] {
  return readdirSync(join(dir, 'measures')).map((file) => join(dir, 'measures', file));
}

const budgets = [
  join(projectRoot, 'examples', 'porsgrunn'),
  join(projectRoot, 'examples', 'asker'),
  ...conformanceCases('cases').map((dir) => (readdirSync(dir).includes('budget') ? join(dir, 'budget') : dir)),
];

describe('template → import → the same computed budget', () => {
  for (const [index, source] of budgets.entries()) {
    it(source.split('/').slice(-2).join('/'), async () => {
      const dir = copyBudget(source, `round-${index}`);
      const template = join(work, `round-${index}.xlsx`);
      const exported = await runCli(['export', dir, '--template', '-o', template], work);
      expect(exported.stderr).not.toContain('error');
      expect(exported.code).toBe(0);
      const imported = await runCli(['import', 'measures', '--lang', 'en', template, '--budget', dir], work);
      expect(imported.stderr).toContain('no changes');
      expect(imported.code).toBe(0);
      const original = JSON.parse((await runCli(['export', dir, '--format', 'json'], work)).stdout);
      for (const file of measuresFiles(dir)) rmSync(file);
      writeFileSync(join(dir, 'measures', 'tiltak.yaml'), imported.stdout);
      const again = JSON.parse((await runCli(['export', dir, '--format', 'json'], work)).stdout);
      expect(again.targets).toEqual(original.targets);
      expect(again.measures).toEqual(original.measures);
      expect(again.costs).toEqual(original.costs);
    });
  }
});

describe('import measures', () => {
  it('writes nothing when a cell is wrong, and names the cell', async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'porsgrunn'), 'bad-cell');
    const template = join(work, 'bad-cell.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    sheet.getCell('I3').value = 'kanskje';
    sheet.getCell('N4').value = '12,5';
    sheet.getCell('B5').value = '=HYPERLINK("http://evil")';
    await workbook.xlsx.writeFile(template);
    const output = join(dir, 'measures', 'ny.yaml');
    const result = await runCli(
      ['import', 'measures', '--lang', 'en', template, '-o', output, '--format', 'json'],
      work,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stderr);
    const cells = report.diagnostics.map((diagnostic: { cell: string }) => diagnostic.cell);
    expect(cells).toContain('Tiltak!I3');
    expect(cells).toContain('Tiltak!N4');
    expect(report.diagnostics.find((d: { cell: string }) => d.cell === 'Tiltak!I3')).toMatchObject({
      line: 3,
      column: 9,
    });
    expect(() => readFileSync(output)).toThrow();
  });

  it('keeps formula-looking text as text, and never overwrites without --force', async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'minimal'), 'hostile');
    const template = join(work, 'hostile.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    sheet.getCell('B3').value = '=1+1';
    sheet.getCell('C3').value = '+47 @cmd';
    await workbook.xlsx.writeFile(template);
    const target = measuresFiles(dir)[0] as string;
    const before = readFileSync(target, 'utf8');
    const refused = await runCli(['import', 'measures', '--lang', 'en', template, '-o', target], work);
    expect(refused.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(before);
    const forced = await runCli(['import', 'measures', '--lang', 'en', template, '-o', target, '--force'], work);
    expect(forced.stderr).toContain('changed');
    expect(forced.code).toBe(0);
    const json = JSON.parse((await runCli(['export', dir, '--format', 'json'], work)).stdout);
    expect(json.measures.map((measure: { title: string }) => measure.title)).toContain('=1+1');
    const again = join(work, 'hostile-again.xlsx');
    await runCli(['export', dir, '--template', '-o', again], work);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(again);
    expect(reread.getWorksheet('Tiltak')?.getCell('B3').value).toBe('=1+1');
  });

  it('writes the nynorsk template golden (headers, notes, explanation, factor and list sheets)', async () => {
    const template = join(work, 'minimal-nn.xlsx');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const args = ['export', join(projectRoot, 'examples', 'minimal'), '--template', '--lang', 'nn', '-o', template];
    expect((await runCli(args, work, { env })).code).toBe(0);
    // Without the data validations: exceljs lists them cell by cell (7 000 lines), and they hold no words.
    const text = (await xlsxToText(readFileSync(template)))
      .split('\n')
      .filter((line) => !line.startsWith('  validation  '))
      .join('\n');
    await expect(text).toMatchFileSnapshot('golden/template/minimal-nn.txt');
  });

  it('gives the same bytes for the same budget (SOURCE_DATE_EPOCH)', async () => {
    const dir = join(projectRoot, 'examples', 'porsgrunn');
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    await runCli(['export', dir, '--template', '-o', join(work, 'a.xlsx')], work, { env });
    await runCli(['export', dir, '--template', '-o', join(work, 'b.xlsx')], work, { env });
    expect(readFileSync(join(work, 'a.xlsx')).equals(readFileSync(join(work, 'b.xlsx')))).toBe(true);
  });
});

describe.skipIf(soffice === undefined)('a template edited in LibreOffice', () => {
  it('imports with the changes', { timeout: 120_000 }, async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'porsgrunn'), 'libreoffice');
    const template = join(work, 'lo-in.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    sheet.getCell('I3').value = 'Vedtatt';
    sheet.getCell('N3').value = 999;
    await workbook.xlsx.writeFile(template);
    const outDir = join(work, 'lo-out');
    const profile = `file://${join(work, 'lo-profile')}`;
    const converted = spawnSync(
      soffice as string,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, template],
      { encoding: 'utf8', timeout: 100_000 },
    );
    expect(converted.status).toBe(0);
    const result = await runCli(
      ['import', 'measures', '--lang', 'en', join(outDir, 'lo-in.xlsx'), '--budget', dir],
      work,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/changed \(AV-1: status, effect\)/);
    expect(result.stdout).toContain('t_co2e: 999');
  });
});
if (soffice === undefined)
  console.warn('note: soffice is missing; the LibreOffice round trip of the template is skipped.');

describe('import measures: diagnostics located to cells', () => {
  it('import-value: the golden message (a formula, a number stored as text)', async () => {
    const result = await runCli(
      [
        'import',
        'measures',
        '--lang',
        'en',
        'test/fixtures/import/import-value.xlsx',
        '--budget',
        'examples/minimal',
        '-q',
      ],
      projectRoot,
    );
    expect(result.code).toBe(0);
    const stylish = await runCli(
      ['import', 'measures', '--lang', 'en', 'test/fixtures/import/import-value.xlsx', '--budget', 'examples/minimal'],
      projectRoot,
    );
    expect(stylish.stderr).toContain('Tiltak!AE3  warning  import-value');
    await expect(`${stylish.stderr}exit ${stylish.code}\n`).toMatchFileSnapshot('golden/import/import-value.txt');
  });

  const bad = [
    'import',
    'measures',
    '--lang',
    'en',
    'test/fixtures/import/template-bad-status.xlsx',
    '--budget',
    'examples/minimal',
  ];
  it('json: line = row, column = column number, and the cell', async () => {
    const result = await runCli([...bad, '--format', 'json'], projectRoot);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [diagnostic] = JSON.parse(result.stderr).diagnostics;
    expect(diagnostic).toMatchObject({ code: 'import-row', line: 3, column: 9, cell: 'Tiltak!I3' });
    expect(diagnostic.file).toBe('test/fixtures/import/template-bad-status.xlsx');
  });

  for (const format of ['github', 'junit', 'sarif', 'stylish']) {
    it(`${format} names the cell`, async () => {
      const result = await runCli([...bad, '--format', format], projectRoot);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Tiltak!I3');
      expect(result.stderr).toContain('template-bad-status.xlsx');
    });
  }
});

describe('import measures: the budget checks the measures, located to cells', () => {
  it('an unknown factor and years out of order point at their cells', async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'minimal'), 'checked');
    const template = join(work, 'checked.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    sheet.getCell('K3').value = 2020; // full effect before start
    sheet.getCell('N4').value = null;
    sheet.getCell('R4').value = 'dissel';
    sheet.getCell('S4').value = -1000;
    await workbook.xlsx.writeFile(template);
    const result = await runCli(
      ['import', 'measures', '--lang', 'en', template, '--budget', dir, '--format', 'json'],
      work,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const found = JSON.parse(result.stderr).diagnostics.map(
      (d: { code: string; cell: string }) => `${d.code} ${d.cell}`,
    );
    expect(found).toContain('year-order Tiltak!K3');
    expect(found).toContain('unknown-factor Tiltak!R4');
  });

  it('reads a template in English and in Nynorsk back without changes', async () => {
    for (const lang of ['en', 'nn']) {
      const dir = join(projectRoot, 'examples', 'asker');
      const template = join(work, `asker-${lang}.xlsx`);
      await runCli(['export', dir, '--template', '--lang', lang, '-o', template], work);
      const result = await runCli(['import', 'measures', '--lang', 'en', template, '--budget', dir], work);
      expect(result.stderr).toContain('no changes');
      expect(result.code).toBe(0);
    }
  });

  it('reads a Nynorsk template made before issue 14, whose headers and notes were partly bokmål', async () => {
    // The words of the old nn template that the new one changed: all were the bokmål ones.
    const old: Partial<Record<TemplateColumnId, { header?: string; note?: string }>> = {
      source: { header: 'Utslippskilde' },
      kind: { note: 'tom = tallfestet' },
      responsible: { note: 'virksomhet/enhet' },
      phase: { note: 'år: andel; …' },
      high: { header: 'Høy (tonn)' },
      investment: { note: 'engangsbeløp' },
      indicator_title: { note: 'hva måles' },
      indicator_unit: { header: 'Indikatorenhet', note: '%, stk …' },
      indicator_baseline: { header: 'Indikator nå' },
      tags: { note: 'skilt med komma' },
      references: { header: 'Kilder', note: 'én per linje' },
    };
    for (const line of [1, 2, 3, 4]) {
      old[`amount_${line}` as TemplateColumnId] = { header: `Mengde ${line}` };
      old[`unit_${line}` as TemplateColumnId] = { header: `Enhet ${line}`, note: 'tom = faktorens' };
    }
    const dir = join(projectRoot, 'examples', 'porsgrunn');
    const template = join(work, 'porsgrunn-nn-old.xlsx');
    await runCli(['export', dir, '--template', '--lang', 'nn', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    for (const [index, id] of templateColumnIds.entries()) {
      const words = old[id];
      if (words?.header) {
        expect(sheet.getCell(1, index + 1).value).toBe(templateLabels.nn.columns[id].header);
        sheet.getCell(1, index + 1).value = words.header;
      }
      if (words?.note) {
        const cell = sheet.getCell(2, index + 1);
        cell.value = String(cell.value).replace(templateLabels.nn.columns[id].note, words.note);
        expect(cell.value).toContain(words.note);
      }
    }
    await workbook.xlsx.writeFile(template);
    const result = await runCli(['import', 'measures', '--lang', 'en', template, '--budget', dir], work);
    expect(result.stderr).toContain('no changes');
    expect(result.code).toBe(0);
  });

  it('a new budget gets an empty template; -o - is stdout', async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'minimal'), 'empty');
    for (const file of measuresFiles(dir)) rmSync(file);
    const template = join(work, 'empty.xlsx');
    const exported = await runCli(['export', dir, '--template', '-o', template], work);
    expect(exported.code).toBe(0);
    const result = await runCli(['import', 'measures', '--lang', 'en', template, '--budget', dir, '-o', '-'], work);
    expect(result.stdout).toContain('measures: []');
    expect(result.stderr).toContain('The sheet has no measures.');
  });

  it('never writes over another input of the budget, even with --force', async () => {
    const dir = copyBudget(join(projectRoot, 'examples', 'minimal'), 'guard');
    const template = join(work, 'guard.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const manifest = readFileSync(join(dir, 'budget.yaml'), 'utf8');
    const result = await runCli(
      ['import', 'measures', '--lang', 'en', template, '-o', join(dir, 'budget.yaml'), '--force'],
      work,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('input');
    expect(readFileSync(join(dir, 'budget.yaml'), 'utf8')).toBe(manifest);
  });
});

describe('import measures: labels', () => {
  it('a misspelt status gets the nearest label; a label of another language is read', async () => {
    const dir = join(projectRoot, 'examples', 'minimal');
    const template = join(work, 'labels.xlsx');
    await runCli(['export', dir, '--template', '-o', template], work);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet('Tiltak');
    if (!sheet) throw new Error('no sheet Tiltak');
    sheet.getCell('I3').value = 'Vedtat';
    sheet.getCell('I4').value = 'In progress';
    await workbook.xlsx.writeFile(template);
    const result = await runCli(['import', 'measures', '--lang', 'en', template, '--budget', dir], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Did you mean "Vedtatt"?');
    expect(result.stderr).not.toContain('Tiltak!I4');
  });
});

/**
 * The small messages a user trips over: every unknown extension lists every format, option values
 * get "did you mean" (the words outputs print in nb/nn/en too), and status lines wrap at word and
 * path boundaries on a terminal.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meantValue, optionWords } from '../src/cli/option-values.js';
import { extensionError } from '../src/cli/output.js';
import { formatExtensions } from '../src/render/index.js';
import { projectRoot, runCli } from './helpers/run-cli.js';

const porsgrunn = join(projectRoot, 'examples/porsgrunn');

// Porsgrunn in English: a usage error speaks the budget's language, and --lang cannot say it when
// --lang itself is the mistake.
const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-messages-'));
const porsgrunnEn = join(scratch, 'porsgrunn');
cpSync(porsgrunn, porsgrunnEn, { recursive: true });
const manifest = join(porsgrunnEn, 'budget.yaml');
writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^language: nb$/m, 'language: en'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('unknown extensions', () => {
  it('the hint names every format', async () => {
    const result = await runCli(['export', porsgrunn, '-o', 'r.pdf', '--lang', 'en'], projectRoot);
    expect(result.code).toBe(2);
    for (const extension of Object.values(formatExtensions)) expect(result.stderr).toContain(extension);
    expect(result.stderr).not.toContain('Did you mean');
  });

  it('a slip of one letter gets "did you mean"', () => {
    expect(extensionError('budsjett.xls').hint).toMatch(/^Did you mean \.xlsx\? /);
    expect(extensionError('r.jsn').hint).toMatch(/^Did you mean \.json\? /);
    expect(extensionError('no-extension').hint).toMatch(/^Use /);
    expect(extensionError('budsjett.xls').wordsIn('nb').hint).toMatch(/^Mente du \.xlsx\? Bruk /);
  });
});

describe('did you mean, for option values', () => {
  it.each([
    [['measures', porsgrunn, '--status', 'vedtatt'], '--status: "vedtatt" is not a status.', '`adopted`'],
    [['measures', porsgrunn, '--status', 'adopted,Pågår'], '"Pågår" is not a status', '`in_progress`'],
    [['measures', porsgrunn, '--status', 'foreslatt'], '"foreslatt"', '`proposed`'],
    [['measures', porsgrunn, '--by', 'ansvarlig'], '--by takes sector, responsible, status or scope', '`responsible`'],
    [['measures', porsgrunn, '--by', 'Systemgrense'], 'not "Systemgrense"', '`scope`'],
    [['measures', porsgrunn, '--sort', 'kr/t'], '--sort takes effect, cost, nok_per_t or id', '`nok_per_t`'],
    [['summary', porsgrunnEn, '--lang', 'nynorsk'], '--lang takes nb, nn or en, not "nynorsk".', '`nn`'],
    [['export', porsgrunn, '--format', 'excel'], '--format takes', '`xlsx`'],
    [['validate', porsgrunn, '--format', 'xml'], '--format takes stylish, json, github, junit or sarif', '`junit`'],
    [['export', porsgrunn, '--format', 'csv', '--table', 'measure'], 'There is no table "measure"', 'measures?'],
  ])('%j', async (args, message, meant) => {
    const result = await runCli(args.includes('--lang') ? args : [...args, '--lang', 'en'], projectRoot);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`Did you mean ${meant}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says nothing it cannot back: no guess for a word far from every value', () => {
    expect(meantValue('tomorrow', ['effect', 'cost', 'nok_per_t', 'id'], optionWords.sort)).toBeUndefined();
    expect(meantValue('tomorrow', ['nb', 'nn', 'en'], optionWords.lang)).toBeUndefined();
  });

  it('reads the labels of every language: nb, nn and en', () => {
    expect(meantValue('Vedteke', ['proposed', 'adopted'], optionWords.status)).toBe('adopted');
    expect(meantValue('In progress', ['in_progress', 'completed'], optionWords.status)).toBe('in_progress');
    expect(meantValue('Gjennomført', ['in_progress', 'completed'], optionWords.status)).toBe('completed');
  });
});

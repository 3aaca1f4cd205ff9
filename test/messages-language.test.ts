/**
 * Messages in the user's language (issue 14): every diagnostic code says its message and hint in
 * bokmål, nynorsk and English, none left in English in nb/nn; the language comes from `--lang`, the
 * budget's `language`, the environment, else bokmål (or English for a message about no budget).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentLanguage, messageLanguage, outputLanguage } from '../src/cli/language.js';
import { schemaForms } from '../src/i18n/messages/en.js';
import {
  type ImportMessages,
  messagesFor,
  patternTitles,
  type SchemaForm,
  type SchemaMessages,
  type TemplateMessages,
  type UsageMessages,
} from '../src/i18n/messages/index.js';
import { runCli } from './helpers/run-cli.js';

const fixturesDir = fileURLToPath(new URL('fixtures/invalid', import.meta.url));
const fixtures = readdirSync(fixturesDir).sort();

interface JsonDiagnostic {
  code: string;
  message: string;
  hint?: string;
}

async function diagnosticsIn(dir: string, lang: string): Promise<JsonDiagnostic[]> {
  const result = await runCli(['validate', '.', '--format', 'json', '--lang', lang], dir);
  return (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

/**
 * English words that no Norwegian sentence of ours holds (a heuristic): the backticked keys, values
 * and quoted ids are taken out first, as they stay as written in the files.
 */
const englishWords = /\b(the|is|are|which|with|does|not|has|have|of|add|give|remove|check|write|did you mean)\b/i;

function prose(text: string): string {
  return text.replace(/`[^`]*`/g, '').replace(/"[^"]*"/g, '');
}

describe.each(fixtures)('fixtures/invalid/%s in three languages', (fixture) => {
  const dir = join(fixturesDir, fixture);

  it('has a message and hint in nb, nn and en, the same codes in each, and no English in nb or nn', async () => {
    const english = await diagnosticsIn(dir, 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const lang of ['nb', 'nn']) {
      const said = await diagnosticsIn(dir, lang);
      expect(said.map((d) => d.code)).toEqual(english.map((d) => d.code));
      said.forEach((diagnostic, index) => {
        const en = english[index] as JsonDiagnostic;
        expect(diagnostic.message).not.toBe(en.message);
        expect(diagnostic.hint === undefined).toBe(en.hint === undefined);
        expect(prose(diagnostic.message), `${lang}: ${diagnostic.message}`).not.toMatch(englishWords);
        if (diagnostic.hint !== undefined) {
          expect(prose(diagnostic.hint), `${lang}: ${diagnostic.hint}`).not.toMatch(englishWords);
        }
      });
    }
  });
});

describe('the broken conformance cases', () => {
  const casesDir = fileURLToPath(new URL('../../shared/conformance/invalid', import.meta.url));
  let cases: string[] = [];
  try {
    cases = readdirSync(casesDir).sort();
  } catch {
    // The shared conformance folder lives beside the repository in development only.
  }
  it.skipIf(cases.length === 0).each(cases)('%s: Norwegian with --lang nb, English with --lang en', async (name) => {
    for (const diagnostic of await diagnosticsIn(join(casesDir, name), 'nb')) {
      expect(prose(diagnostic.message)).not.toMatch(englishWords);
      expect(prose(diagnostic.hint ?? '')).not.toMatch(englishWords);
    }
    const english = await diagnosticsIn(join(casesDir, name), 'en');
    expect(english.map((d) => `${d.message} ${d.hint ?? ''}`).join(' ')).toMatch(englishWords);
  });
});

describe('which language', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-lang-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const budget = (name: string, language?: string) => {
    const dir = join(scratch, name);
    cpSync(join(fixturesDir, 'unknown-factor'), dir, { recursive: true });
    if (language !== undefined) {
      const manifest = join(dir, 'budget.yaml');
      writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}language: ${language}\n`);
    }
    return dir;
  };

  it('a budget without `language` gets bokmål, whatever an English locale says', async () => {
    const result = await runCli(['validate', '.'], budget('plain'), { env: { LANG: 'en_US.UTF-8' } });
    expect(result.stderr).toContain('som ikke er definert');
    expect(result.stderr).toMatch(/✖ 1 problem \(1 feil, 0 advarsler, 0 merknader\)/);
  });

  it("the budget's `language` comes before the environment, and --lang before both", async () => {
    const dir = budget('nynorsk', 'nn');
    expect((await runCli(['validate', '.'], dir, { env: { LANG: 'nb_NO.UTF-8' } })).stderr).toContain(
      'som ikkje er definert',
    );
    expect((await runCli(['validate', '.', '--lang', 'en'], dir)).stderr).toContain('which is not defined');
  });

  it('a Norwegian locale speaks for a budget without `language`', async () => {
    const result = await runCli(['validate', '.'], budget('locale'), { env: { LC_ALL: 'nn_NO.UTF-8' } });
    expect(result.stderr).toContain('som ikkje er definert');
  });

  it('status lines follow the language', async () => {
    const dir = budget('status');
    rmSync(join(dir, 'measures'), { recursive: true });
    const nb = await runCli(['summary', '.', '-o', 'summary.md'], dir);
    expect(nb.stderr).toBe('Skrev summary.md.\n');
    const nn = await runCli(['summary', '.', '-o', 'summary.md', '--lang', 'nn'], dir);
    expect(nn.stderr).toBe('Skreiv summary.md.\n');
    const en = await runCli(['summary', '.', '-o', 'summary.md', '--lang', 'en'], dir);
    expect(en.stderr).toBe('Wrote summary.md.\n');
  });

  it('resolves the locale as POSIX does: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(environmentLanguage({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(environmentLanguage({ LANG: 'no_NO' })).toBe('nb');
    expect(environmentLanguage({ LC_MESSAGES: 'nn_NO.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'nn_NO' })).toBeUndefined();
    expect(environmentLanguage({ LC_ALL: '', LANG: 'nn_NO' })).toBe('nn');
    expect(environmentLanguage({})).toBeUndefined();
    expect(messageLanguage(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(messageLanguage(undefined, { LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(messageLanguage('nn', { LANG: 'nb_NO.UTF-8' })).toBe('nn');
    expect(outputLanguage(undefined, undefined, { LANG: 'en_GB.UTF-8' })).toBe('nb');
  });

  it('every status line is said in each language, and differs from the English', () => {
    const english = messagesFor('en').status;
    for (const lang of ['nb', 'nn'] as const) {
      const words = messagesFor(lang).status;
      expect(words.wrote('x')).not.toBe(english.wrote('x'));
      expect(words.budgetsWritten(2, 3)).not.toBe(english.budgetsWritten(2, 3));
      expect(words.problems(3)).not.toBe(english.problems(3));
      expect(words.warnings(2)).not.toBe(english.warnings(2));
      expect(prose(words.noBudgetFolderAbove('x'))).not.toMatch(englishWords);
      expect(prose(words.writingTable('a', 'b'))).not.toMatch(englishWords);
    }
  });
});

/** A sample of each template's params: a key without one fails to compile, so none is left out. */
type Samples<T> = { [K in keyof T]: T[K] extends (params: infer P) => unknown ? P : null };
type TemplateSamples = {
  [K in keyof TemplateMessages]: TemplateMessages[K] extends (...args: infer A) => string ? A : [];
};

const usageSamples: Samples<UsageMessages> = {
  commanderError: null,
  unknownOption: { option: '--lnag', near: ['--lang'] },
  unknownCommand: { command: 'valdate', near: ['validate', 'init'] },
  missingArgument: { argument: 'file' },
  optionMissingArgument: { option: '-o, --output <file>' },
  missingMandatoryOption: { option: '--out-dir <dir>' },
  excessArguments: { command: 'summary', expected: 1, received: 2, details: 'a, b' },
  takesYear: { option: '--year', value: 'x' },
  takesCount: { option: '--jobs', value: 'x', min: 1, max: 256 },
  takesChoice: { option: '--by', allowed: ['sector', 'status'], value: 'sektor', meant: 'sector' },
  takesList: { option: '--status', text: ',', allowed: ['adopted', 'proposed'] },
  notInList: { option: '--status', value: 'vedtatt', what: 'status', allowed: ['adopted'], meant: 'adopted' },
  formatOfExtension: { file: 'r.pdf', near: '.md', formats: ['.txt', '.md'], exportOnly: ['.xlsx', '.zip'] },
  excelCsvNotCsv: { format: 'md' },
  noSuchTable: { table: 'measure', near: 'measures', ids: ['measures', 'costs'] },
  noTable: {},
  csvOneTable: { ids: ['measures', 'costs'] },
  binaryToTerminal: { format: 'zip' },
  templateIsXlsx: {},
  listingFormat: { listing: 'summary', format: 'xlsx', dir: '.' },
  yearOutside: { year: 1990, first: 2026, horizon: 2035 },
  noSchema: { name: 'budsjett', kinds: ['budget', 'measures'] },
  outDirIsFile: { dir: 'out' },
  diffFormat: { format: 'csv' },
  overwritesInput: {},
  overwritesWorkbook: {},
  outputExists: { file: 'inventory/mdir.yaml', listed: true },
  cannotRead: { file: 'x.csv', of: 'statistics' },
  noBudgetForImport: {},
  notAFolder: { path: 'x' },
  numberDigits: { number: '12' },
  filesExist: { files: ['budget.yaml'], budgetFolder: 'x' },
  nameFromFolder: { words: { message: 'Ingen kommune heter "X".' } },
  noMunicipalityNumbered: { number: '9999' },
  municipalityNameEmpty: {},
  nameShared: { name: 'Våler', municipalities: ['Våler (Østfold, 3114)', 'Våler (Innlandet, 3419)'], number: '3114' },
  nameUnknown: { name: 'Bamle', near: ['Bamble'] },
  warning: null,
  symlinkLeftOut: { revision: 'main', path: 'docs', reason: 'outside' },
  couldNotWrite: { file: 'r.md', refusal: 'readOnly', error: 'EROFS' },
  cannotWriteOutput: { refusal: 'diskFull', error: 'ENOSPC: no space left on device, write' },
  refusingInput: { file: 'b.md', reader: { budget: 'b' } },
  internalError: { message: 'x', url: 'https://example.org' },
};

const importSamples: Samples<ImportMessages> = {
  mdirEmpty: {},
  mdirHeader: { missing: ['Sektor'], header: 'Kommune,År' },
  mdirNotWorkbook: { sheet: 'Oversikt - detaljert' },
  mdirNoSheet: { sheet: 'Oversikt - detaljert', sheets: ['Ark1'] },
  mdirNoHeaderRow: { sheet: 'Ark1', columns: ['Kommune', 'År'] },
  mdirFieldCount: { fields: 6, expected: 5, delimiter: ',' },
  mdirNumberEmpty: {},
  mdirNumberInvalid: { written: '40a1' },
  mdirNameEmpty: {},
  mdirYear: { written: '20x4' },
  mdirSector: { written: 'Vei', near: ['Veitrafikk'], sectors: ['Veitrafikk', 'Jordbruk'] },
  mdirSourceEmpty: {},
  mdirTonnes: { written: '12,5', pointed: '12.5' },
  mdirLandUse: { name: 'Skog og arealbruk', count: 2 },
  mdirMissingSymbol: { symbol: '..', meaning: 'notAvailable', count: 1 },
  mdirCsvSyntax: { reason: 'unclosed' },
  mdirNotUtf8: {},
  mdirNoMunicipality: { example: 'Porsgrunn' },
  mdirNoRows: {},
  mdirNoNumber: { number: '9999', known: ['4001 Porsgrunn'] },
  mdirSeveralMatch: { query: 'Herøy', names: ['Herøy (Nordland)', 'Herøy (Møre og Romsdal)'] },
  mdirNoName: { query: 'Porsgrun', near: ['Porsgrunn'], names: ['Porsgrunn', 'Skien'] },
  mdirSameName: { name: 'Herøy', numbers: ['1515', '1818'] },
  mdirUnknownNumber: { number: '9999', example: 'Porsgrunn' },
  mdirNumberNotInFile: { number: '4601', name: 'Bergen', near: [], names: ['Porsgrunn', 'Skien'] },
  revisionDash: { revision: '-x' },
  revisionNoRepository: { revision: 'main', dir: '/tmp/x' },
  revisionUnknown: { revision: 'mian', top: '/repo' },
  revisionNoFolder: { folder: 'budsjett', revision: 'v2025' },
  revisionCopyFailed: { revision: 'main', reason: 'ENOSPC' },
  revisionPathOutside: { revision: 'main', path: '../x' },
  revisionNoGit: { reason: 'ENOENT' },
};

const vt03 = { entities: [{ kind: 'measures', label: '"VT-03"' }], key: '`effect.t_co2e`' };
const sectorGuess = { near: ['road_traffic'], allowed: ['road_traffic', 'heating'] };
const schemaSamples: Samples<SchemaMessages> = {
  unknownKey: { key: 'strat', where: { entities: [{ kind: 'measures', label: '"VT-03"' }] }, allowed: ['start'] },
  notAllowedValue: { where: { entities: [], key: '`status`' }, value: { text: 'vedtatt' }, allowed: ['adopted'] },
  missingKey: { where: { entities: [] }, key: 'plan_period' },
  wrongType: {
    where: vt03,
    expected: 'number',
    value: { text: '−55' },
    number: { minus: '−', digits: '55', cut: false },
  },
  wrongForm: {
    where: { entities: [], key: '`years.2015.heating`' },
    value: { text: '5514 t' },
    form: 'Sector emissions',
  },
  exactlyOneBoth: {
    where: { entities: [{ kind: 'targets', label: '"m1"' }] },
    present: ['reduction_pct', 'level_t'],
    keys: ['reduction_pct', 'level_t'],
  },
  exactlyOneMissing: { where: { entities: [{ kind: 'factors', label: '"f2"' }] }, keys: ['kg_co2e', 'values'] },
  tooLargeNumber: { where: vt03 },
  notConstant: { where: { entities: [], key: '`schema_version`' }, expected: '1', value: { number: 2 }, version: true },
  notValidPattern: { where: vt03, value: { text: 'VT 03!' }, title: 'measure id' },
  outOfRange: {
    where: { entities: [], key: '`discount_rate`' },
    value: { number: 4 },
    comparison: '<=',
    limit: 0.5,
    hint: 'fraction',
  },
  emptyValue: { where: { entities: [], key: '`municipality.name`' } },
  tooLong: { where: vt03, limit: 100 },
  listedTwice: { where: { entities: [], key: '`count_statuses`' }, value: { text: 'adopted' } },
  notValidFormat: { where: { entities: [], key: '`date`' }, value: { text: '31.08.2026' }, format: 'date' },
  notValidOther: { where: vt03, ajv: 'must be multiple of 2' },
  keyNotYear: { key: '20x5', where: { entities: [], key: '`years`' } },
  keyNotSector: { key: 'Jordbruk', where: { entities: [], key: '`growth_pct`' }, sector: sectorGuess },
  keyNotValid: { key: '', where: { entities: [], key: '`measures`' } },
};

const templateSamples: TemplateSamples = {
  notWorkbook: [],
  notWorkbookHint: [],
  encrypted: [],
  encryptedHint: [],
  tooLarge: ['100 MB'],
  tooLargeHint: [],
  noSheet: ['Tiltak', ['Ark1']],
  noSheetHint: [],
  noHeader: [],
  noHeaderHint: [],
  missingColumn: ['Sektor'],
  missingColumnHint: [],
  unknownColumn: ['Merknad'],
  unknownColumnHint: [],
  tooManyRows: [20000],
  tooManyRowsHint: [],
  merged: ['C4:D4'],
  mergedHint: [],
  formula: [],
  formulaHint: [],
  formulaNoValue: [],
  formulaNoValueHint: [],
  required: ['Tittel'],
  requiredHint: [],
  notNumber: ['mye'],
  notNumberHint: [],
  textNumber: ['1 200', '1200'],
  textNumberHint: [],
  notYear: ['snart'],
  notYearHint: [],
  notLabel: ['Vedtat', 'Status'],
  notLabelHint: ['Foreslått, Vedtatt', 'Vedtatt'],
  badPhase: ['snart'],
  badPhaseHint: [],
  incompleteActivity: [2],
  incompleteActivityHint: [],
  incompleteIndicator: [],
  incompleteIndicatorHint: [],
  noRows: [],
  noRowsHint: [],
  keptFields: ['VT-03', ['x_notat'], [5, 6], 3],
  keptFieldsHint: [],
  printed: [3, 'ingen'],
  wrote: ['tiltak.yaml', 3, 'ingen'],
  added: ['A, B'],
  removed: ['C'],
  changed: ['D: status'],
  noChanges: [],
};

/** Says every template of a set with its sample: key → the text (message and hint joined). */
function sayAll<T extends object>(
  set: T,
  samples: { [K in keyof T]: unknown },
  positional = false,
): Map<string, string> {
  const said = new Map<string, string>();
  for (const key of Object.keys(samples) as (keyof T & string)[]) {
    const template = set[key] as unknown;
    const sample = samples[key];
    const value =
      typeof template === 'function'
        ? positional
          ? (template as (...args: unknown[]) => unknown)(...(sample as unknown[]))
          : (template as (params: unknown) => unknown)(sample)
        : template;
    said.set(
      key,
      typeof value === 'string'
        ? value
        : `${(value as { message: string }).message} ${(value as { hint?: string }).hint ?? ''}`,
    );
  }
  return said;
}

describe('the CLI, import and template messages: every key in three languages, none left in English', () => {
  const sets = {
    usage: (lang: 'nb' | 'nn' | 'en') => sayAll(messagesFor(lang).usage, usageSamples),
    import: (lang: 'nb' | 'nn' | 'en') => sayAll<ImportMessages>(messagesFor(lang).diagnostics, importSamples),
    template: (lang: 'nb' | 'nn' | 'en') => sayAll(messagesFor(lang).template, templateSamples, true),
    schema: (lang: 'nb' | 'nn' | 'en') => sayAll<SchemaMessages>(messagesFor(lang).diagnostics, schemaSamples),
  };
  it.each(Object.keys(sets) as (keyof typeof sets)[])('%s', (set) => {
    const english = sets[set]('en');
    expect([...english.values()].join(' ')).toMatch(englishWords);
    for (const lang of ['nb', 'nn'] as const) {
      for (const [key, text] of sets[set](lang)) {
        expect(text, `${lang} ${key}`).not.toBe(english.get(key));
        expect(prose(text), `${lang} ${key}: ${text}`).not.toMatch(englishWords);
      }
    }
  });

  it('the load messages of this round: an unclosed bracket, a sector of another scope, categories, a second baseline, paths not read', () => {
    for (const lang of ['nb', 'nn'] as const) {
      const words = messagesFor(lang).diagnostics;
      const texts = [
        words.unclosedFlow({ kind: 'map' }),
        words.unclosedFlow({ kind: 'sequence' }),
        words.sectorOfOtherScope({ sector: 'other', scope: 'territorial', near: [], allowed: ['road_traffic'] }),
        words.sectorOfOtherScope({
          sector: 'own_fleet',
          scope: 'territorial',
          elsewhere: 'own_operations',
          near: [],
          allowed: [],
        }),
      ];
      for (const { message, hint } of texts)
        expect(prose(`${message} ${hint ?? ''}`), message).not.toMatch(englishWords);
    }
  });
});

describe('the JSON-Schema explanations', () => {
  /** The unions (with their description) and the patterned texts' titles of every schema. */
  function schemaParts(): { unions: Map<string, string>; titles: Set<string> } {
    const unions = new Map<string, string>();
    const titles = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) walk(item);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const schema = node as {
        anyOf?: unknown;
        oneOf?: unknown;
        pattern?: unknown;
        title?: string;
        description?: string;
      };
      if ((schema.anyOf || schema.oneOf) && schema.title && schema.description)
        unions.set(schema.title, schema.description);
      if (schema.pattern && schema.title) titles.add(schema.title.toLowerCase());
      Object.values(node).forEach(walk);
    };
    const dir = fileURLToPath(new URL('../schemas', import.meta.url));
    for (const file of readdirSync(dir)) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    return { unions, titles };
  }

  it("every union's description is said in each language; the English is the schema's own", () => {
    const { unions } = schemaParts();
    expect([...unions.keys()].sort()).toEqual(Object.keys(schemaForms).sort());
    for (const [title, description] of unions) {
      const form = title as SchemaForm;
      const where = { entities: [] };
      expect(messagesFor('en').diagnostics.wrongForm({ where, value: { kind: 'list' }, form }).hint).toBe(
        `Expected: ${description}`,
      );
      for (const lang of ['nb', 'nn'] as const) {
        const hint = messagesFor(lang).diagnostics.wrongForm({ where, value: { kind: 'list' }, form }).hint ?? '';
        expect(prose(hint), `${lang} ${title}`).not.toMatch(englishWords);
        expect(hint).not.toContain(description);
      }
    }
  });

  it('every title of a patterned text is one the messages name', () => {
    expect([...schemaParts().titles].sort()).toEqual([...patternTitles].sort());
  });

  it('each variant of a hint and a title in nb and nn, none in English', () => {
    const where = { entities: [], key: '`x`' };
    for (const lang of ['nb', 'nn'] as const) {
      const words = messagesFor(lang).diagnostics;
      const english = messagesFor('en').diagnostics;
      const variants = [
        ...(
          [
            'decimal',
            'spaces',
            'quotes',
            { quote: '0301', read: 301 },
            { minus: '−', digits: '55', cut: true },
          ] as const
        ).map(
          (number) =>
            [words.wrongType, english.wrongType, { where, expected: 'number', value: { text: '1' }, number }] as const,
        ),
        ...(['<=', '>=', '<', '>'] as const).map(
          (comparison) =>
            [
              words.outOfRange,
              english.outOfRange,
              { where, value: { number: 1 }, comparison, limit: 0, hint: { year: 1 } },
            ] as const,
        ),
        ...(['value', ...patternTitles] as const).map(
          (title) => [words.notValidPattern, english.notValidPattern, { where, value: { text: 'x' }, title }] as const,
        ),
        ...[{ label: { id: 'agriculture', label: 'Jordbruk' } }, { label: { id: 'agriculture' } }, {}].map(
          (guess) =>
            [
              words.keyNotSector,
              english.keyNotSector,
              { key: 'x', where, sector: { near: [], allowed: ['heating'], ...guess } },
            ] as const,
        ),
        ...['date', 'uri'].map(
          (format) => [words.notValidFormat, english.notValidFormat, { where, value: { text: 'x' }, format }] as const,
        ),
        [words.exactlyOneMissing, english.exactlyOneMissing, { where: { entities: [] }, keys: ['a', 'b'] }] as const,
      ];
      for (const [say, sayEnglish, params] of variants) {
        const { message, hint } = (say as (p: typeof params) => { message: string; hint?: string })(params);
        const en = (sayEnglish as (p: typeof params) => { message: string; hint?: string })(params);
        expect(`${message} ${hint ?? ''}`).not.toBe(`${en.message} ${en.hint ?? ''}`);
        expect(prose(`${message} ${hint ?? ''}`), `${lang}: ${message} ${hint ?? ''}`).not.toMatch(englishWords);
      }
    }
  });
});

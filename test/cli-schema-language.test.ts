/**
 * The JSON-Schema explanations in the user's language (issue 14): a broken budget, validated with
 * `--lang nb`, gets each family of schema sentence in bokmål, with its hint; English keeps its words.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-schema-language-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A budget whose every file breaks its schema in another way. */
const files: Record<string, string> = {
  'budget.yaml': `schema_version: 2
municipality: { name: "", number: 301 }
plan_period: { start: -2026, end: 2029 }
discount_rate: 4
count_statuses: [adopted, adopted]
targets:
  - { id: "mål 2030", title: x, base_year: 2015, year: 2030, reduction_pct: 50, level_t: 100 }
  - { id: m2, title: x, base_year: 2015, year: 2030 }
  - { id: m3, title: x, base_year: 2015, year: 2030, reduction_pct: "−55", sectors: some }
`,
  'inventory/u.yaml': `schema_version: 1
scope: territorial
unit: t CO2e
years:
  2015: { heating: "5514 t", Jordbruk: 5 }
  20x5: { heating: 1 }
`,
  'measures/tiltak.yaml': `schema_version: 1
measures:
  - id: "VT 03!"
    title: x
    sector: Jordbruk
    responsible: Drift
    status: adopted
    start: 2026
    effect: { t_co2e: 1e400 }
  - { id: VT-04, title: x, sector: road_traffic, responsible: Drift, status: adopted, start: 2026, effect: { t_co2e: "−55" } }
  - { id: VT-05, title: ${'x'.repeat(600)}, sector: road_traffic, responsible: Drift, status: adopted, start: 2026, effect: { t_co2e: 1 } }
`,
  'followup/f.yaml': 'schema_version: 1\nperiod: 2026-T2\ndate: "31.08.2026"\nmeasures:\n  "": { status: adopted }\n',
  'factors/f.yaml': `schema_version: 1
factors:
  - { id: f1, name: x, unit: l, url: "not a url", kg_co2e: 2 }
  - { id: f2, name: y, unit: l }
`,
};

interface JsonDiagnostic {
  code: string;
  message: string;
  hint?: string;
}

const said = new Map<string, JsonDiagnostic[]>();

beforeAll(async () => {
  const dir = join(scratch, 'broken');
  cpSync(join(projectRoot, 'examples/minimal'), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const lang of ['nb', 'en']) {
    const result = await runCli(['validate', '.', '--lang', lang, '--format', 'json'], dir);
    expect(result.code).toBe(1);
    said.set(lang, (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics);
  }
});

/** The diagnostic whose message is `message`, in `lang`. */
function find(lang: string, message: string): JsonDiagnostic | undefined {
  return said.get(lang)?.find((diagnostic) => diagnostic.message === message);
}

describe('a budget that breaks its schemas, validated in bokmål', () => {
  it.each([
    [
      'a value of none of a union’s forms, with its description',
      '`years.2015.heating` har feil form: teksten "5514 t".',
      'Forventet: Tonn CO2e for sektoren: et tall, eller en tabell fra utslippskilde til tonn.',
    ],
    [
      'both of “exactly one of”',
      'Målet "mål 2030" oppgir både `reduction_pct` og `level_t`; oppgi bare én av dem.',
      'Behold nøyaktig én av `reduction_pct` eller `level_t`.',
    ],
    [
      'none of “exactly one of”',
      'Faktoren "f2" trenger én av `kg_co2e` eller `values`.',
      'Legg til nøyaktig én av `kg_co2e` eller `values`.',
    ],
    ['a number too large', '`effect.t_co2e` i tiltaket "VT 03!" er et for stort tall.', 'Skriv et endelig tall.'],
    [
      'a municipality number unquoted',
      '`municipality.number` må være tekst, ikke 301.',
      'Sett nummeret i anførselstegn: `number: "0301"`. Uten anførselstegn leser YAML det som et tall og dropper nullen foran (301).',
    ],
    [
      'a typographic minus in a cut',
      '`reduction_pct` i målet "m3" må være et tall, ikke teksten "−55".',
      'Et kutt på 55 % skrives `reduction_pct: 55`: positivt, uten minustegnet som ble kopiert fra teksten.',
    ],
    [
      'a typographic minus',
      '`effect.t_co2e` i tiltaket "VT-04" må være et tall, ikke teksten "−55".',
      'Minustegnet er et typografisk tegn (−); skriv det som en bindestrek: -55.',
    ],
    [
      'another schema version',
      '`schema_version` må være 1, ikke 2.',
      'Denne versjonen av klimabudsjett leser formatversjon 1.',
    ],
    [
      'an id that breaks its pattern',
      '`id` i tiltaket "VT 03!" er teksten "VT 03!", som ikke er en gyldig tiltaks-id.',
      'Id-er består av bokstaver (også æ, ø og å), sifre, `.`, `_` og `-`, og begynner med en bokstav eller et siffer.',
    ],
    [
      'a sector written as outputs name it',
      '`sector` i tiltaket "VT 03!" er teksten "Jordbruk", som ikke er en gyldig sektor-id.',
      'Mente du `agriculture`? "Jordbruk" er det rapportene kaller den; filene bruker id-en.',
    ],
    [
      'a year out of bounds',
      '`plan_period.start` er -2026; verdien må være minst 1900.',
      'Årstall ligger mellom 1900 og 2200: et budsjett nevner tidligere år i utslippsregnskapet og plan- og målår framover. Er -2026 en skrivefeil?',
    ],
    [
      'a discount rate in percent',
      '`discount_rate` er 4; verdien må være høyst 0.5.',
      'Skriv renten som desimaltall: 0.04 for 4 %.',
    ],
    ['an empty text', '`municipality.name` kan ikke være tom.', undefined],
    ['a text too long', '`title` i tiltaket "VT-05" er for lang (høyst 500 tegn).', undefined],
    ['a value listed twice', '`count_statuses` nevner teksten "adopted" to ganger.', undefined],
    [
      'a date in another form',
      '`date` er teksten "31.08.2026", som ikke er en gyldig dato.',
      'Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2026-08-31.',
    ],
    ['a URL that is none', '`url` i faktoren "f1" er teksten "not a url", som ikke er en gyldig URL.', undefined],
    ['a key that is not a year', '`20x5` i `years` er ikke et årstall.', 'Skriv årstall med fire siffer, f.eks. 2026.'],
    [
      'a key that is not a sector id',
      '`Jordbruk` i `years.2015` er ikke en sektor-id.',
      'Mente du `agriculture`? "Jordbruk" er det rapportene kaller den; filene bruker id-en.',
    ],
    ['a key of another pattern', '`` er ikke en gyldig nøkkel i `measures`.', undefined],
  ])('%s', (_family, message, hint) => {
    const diagnostic = find('nb', message);
    expect(diagnostic, message).toBeDefined();
    expect(diagnostic?.code).toBe('schema');
    expect(diagnostic?.hint).toBe(hint);
  });

  it('says the same problems in English, in the same order, each in other words', () => {
    const nb = said.get('nb') ?? [];
    const en = said.get('en') ?? [];
    expect(nb.length).toBeGreaterThanOrEqual(20);
    expect(nb.map((d) => d.code)).toEqual(en.map((d) => d.code));
    for (const [index, diagnostic] of nb.entries()) expect(diagnostic.message).not.toBe(en[index]?.message);
    expect(find('en', '`years.2015.heating` has the wrong form: the text "5514 t".')?.hint).toBe(
      'Expected: Tonnes CO2e of the sector: a number, or a mapping of source name (utslippskilde) to tonnes.',
    );
  });
});

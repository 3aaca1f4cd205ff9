import { type Place, placeText } from '../../diagnostics/describe.js';
import type { Comparison, NumberHint, PatternTitle, SchemaForm, SchemaMessages, SectorGuess, Shown } from './index.js';

const entities: Record<string, string> = {
  measures: 'tiltaket',
  targets: 'målet',
  factors: 'faktoren',
  indicators: 'indikatoren',
  milestones: 'delmålet',
  activity: 'aktivitetslina',
};
const place = (where: Place): string => placeText(where, entities, ' i ', 'fila');
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const the = (where: Place): string => capitalize(place(where));
const keys = (list: readonly string[], conjunction: string): string =>
  list.map((key) => `\`${key}\``).join(` ${conjunction} `);
const shown = (value: Shown): string => {
  if ('text' in value) return `teksten "${value.text}"`;
  if ('number' in value) return `${value.number}`;
  return {
    empty: 'tom',
    infinite: 'eit uendeleg tal',
    true: 'true',
    false: 'false',
    list: 'ei liste',
    mapping: 'ein tabell (mapping)',
  }[value.kind];
};

/** Forklaringane på ei fil som bryt JSON-skjemaet sitt, på nynorsk. */
export const schemaNn: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Ukjend nøkkel \`${key}\` i ${place(where)}.`,
    hint: guess
      ? `Meinte du \`${guess}\`? (Nøklar som byrjar med \`x_\`, er frie til eigne notat.)`
      : `Tillatne nøklar: ${allowed.join(', ')}; nøklar som byrjar med \`x_\`, er frie til eigne notat.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} er ${shown(value)}, som ikkje er ein av dei tillatne verdiane.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Meinte du \`${label.id}\`? `
          : `Meinte du \`${label.id}\`? "${label.label}" er det rapportane kallar han; filene brukar id-en. `
        : guess
          ? `Meinte du \`${guess}\`? `
          : ''
    }Tillate: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} manglar den påkravde nøkkelen \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} må vere ${typeNames[expected] ?? expected}, ikkje ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} har feil form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Forventa: ${forms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} oppgjev både ${keys(present, 'og')}; oppgje berre éin av dei.`,
    hint: `Behald nøyaktig éin av ${keys(list, 'eller')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} treng éin av ${keys(list, 'eller')}.`,
    hint: `Legg til nøyaktig éin av ${keys(list, 'eller')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} er eit for stort tal.`, hint: 'Skriv eit endeleg tal.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} må vere ${expected}, ikkje ${shown(value)}.`,
    ...(version ? { hint: 'Denne versjonen av klimabudsjett les formatversjon 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} er ${shown(value)}, som ikkje er ${titles[title]}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} er ${shown(value)}; verdien må vere ${comparisons[comparison]} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Skriv renta som desimaltal: 0.04 for 4 %.'
              : `Årstal ligg mellom 1900 og 2200: eit budsjett nemner tidlegare år i utsleppsrekneskapen og plan- og målår framover. Er ${hint.year} ein skrivefeil?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} kan ikkje vere tom.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} er for lang (høgst ${limit} teikn).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} nemner ${shown(value)} to gonger.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} er ${shown(value)}, som ikkje er ${format === 'date' ? 'ein gyldig dato' : format === 'uri' ? 'ein gyldig URL' : `gyldig ${format}`}.`,
    ...(format === 'date' ? { hint: 'Skriv datoar som ÅÅÅÅ-MM-DD, t.d. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where }) => ({ message: `${the(where)} er ikkje gyldig.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` i ${place(where)} er ikkje eit årstal.`,
    hint: 'Skriv årstal med fire siffer, t.d. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` i ${place(where)} er ikkje ein sektor-id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` er ikkje ein gyldig nøkkel i ${place(where)}.` }),
};

const forms: Record<SchemaForm, string> = {
  Sectors: 'Sektorane målet gjeld: `all` (alle sektorane, standard) eller ei liste med sektor-id-ar.',
  'Sector emissions': 'Tonn CO2e for sektoren: eit tal, eller ein tabell frå utsleppskjelde til tonn.',
  Target:
    'Eit klimamål: referanseår, målår og ein reduksjon eller eit nivå, for ei systemgrense og eit sett med sektorar.',
  Milestone: 'Eit delmål på vegen mot målet: eit år og ein reduction_pct eller ein level_t.',
  'Emission factor': 'kg CO2e per eining aktivitet.',
};
const titles: Record<PatternTitle, string> = {
  'year key': 'eit gyldig årstal',
  'sector id': 'ein gyldig sektor-id',
  number: 'eit gyldig kommunenummer',
  'target id': 'ein gyldig mål-id',
  'factor id': 'ein gyldig faktor-id',
  'measure id': 'ein gyldig tiltaks-id',
  'indicator id': 'ein gyldig indikator-id',
  value: 'ein gyldig verdi',
};
const idHint =
  'Id-ar består av bokstavar (også æ, ø og å), siffer, `.`, `_` og `-`, og byrjar med ein bokstav eller eit siffer.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Skriv det firesifra kommunenummeret i hermeteikn, t.d. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};
const comparisons: Record<Comparison, string> = { '<=': 'høgst', '>=': 'minst', '<': 'under', '>': 'over' };

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Meinte du \`${label.id}\`?`
      : `Meinte du \`${label.id}\`? "${label.label}" er det rapportane kallar han; filene brukar id-en.`;
  return near.length
    ? `Meinte du ${near.map((id) => `\`${id}\``).join(', ')}? Sektor-id-ar skriv ein med små bokstavar (a–z) og understrek.`
    : `Sektor-id-ar skriv ein med små bokstavar (a–z) og understrek: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Set nummeret i hermeteikn: \`number: "${hint.quote}"\`. Utan hermeteikn les YAML det som eit tal${hint.quote.startsWith('0') ? ` og tek bort nullen framfor (${hint.read})` : ''}.`;
  return hint.cut
    ? `Eit kutt på ${hint.digits} % skriv ein \`reduction_pct: ${hint.digits}\`: positivt, utan minusteiknet som vart kopiert frå teksten.`
    : `Minusteiknet er eit typografisk teikn (${hint.minus}); skriv det som ein bindestrek: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Legg til `schema_version: 1` som første line.',
  title: 'Legg til ein kort `title:` som seier kva tiltaket går ut på.',
  start: 'Legg til det første året med effekt, t.d. `start: 2026`.',
  status: 'Legg til `status:` — proposed, adopted, in_progress, completed, postponed eller cancelled.',
  sector: 'Legg til sektor-id-en, t.d. `sector: road_traffic`.',
  plan_period: 'Legg til `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Legg til `municipality: { name: …, number: "…" }`.',
  years: 'Legg til `years:` med år → sektor → tonn.',
  measures: 'Legg til `measures:` med ei liste over tiltak.',
  method: 'Legg til `method:` — explicit, growth eller flat.',
};
const typeNames: Record<string, string> = {
  number: 'eit tal',
  integer: 'eit heiltal',
  string: 'tekst',
  object: 'ein tabell (nøkkel: verdi)',
  array: 'ei liste',
  boolean: 'true eller false',
  'string,integer': 'tekst eller eit heiltal',
};
const numberHints = {
  decimal: 'Skriv desimalar med punktum (1234.5) og utan tusenskilje.',
  spaces: 'Skriv talet utan mellomrom mellom sifra (1234.5, ikkje 1 234,5).',
  quotes: 'Fjern hermeteikn og einingar: skriv berre talet.',
};

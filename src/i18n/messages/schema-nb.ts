import { type Place, placeText } from '../../diagnostics/describe.js';
import type { Comparison, NumberHint, PatternTitle, SchemaForm, SchemaMessages, SectorGuess, Shown } from './index.js';

const entities: Record<string, string> = {
  measures: 'tiltaket',
  targets: 'målet',
  factors: 'faktoren',
  indicators: 'indikatoren',
  milestones: 'delmålet',
  activity: 'aktivitetslinjen',
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
    infinite: 'et uendelig tall',
    true: 'true',
    false: 'false',
    list: 'en liste',
    mapping: 'en tabell (mapping)',
  }[value.kind];
};

/** Forklaringene på en fil som bryter JSON-skjemaet sitt, på bokmål. */
export const schemaNb: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Ukjent nøkkel \`${key}\` i ${place(where)}.`,
    hint: guess
      ? `Mente du \`${guess}\`? (Nøkler som begynner med \`x_\`, er frie til egne notater.)`
      : `Tillatte nøkler: ${allowed.join(', ')}; nøkler som begynner med \`x_\`, er frie til egne notater.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} er ${shown(value)}, som ikke er en av de tillatte verdiene.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Mente du \`${label.id}\`? `
          : `Mente du \`${label.id}\`? "${label.label}" er det rapportene kaller den; filene bruker id-en. `
        : guess
          ? `Mente du \`${guess}\`? `
          : ''
    }Tillatt: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} mangler den påkrevde nøkkelen \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} må være ${typeNames[expected] ?? expected}, ikke ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} har feil form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Forventet: ${forms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} oppgir både ${keys(present, 'og')}; oppgi bare én av dem.`,
    hint: `Behold nøyaktig én av ${keys(list, 'eller')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} trenger én av ${keys(list, 'eller')}.`,
    hint: `Legg til nøyaktig én av ${keys(list, 'eller')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} er et for stort tall.`, hint: 'Skriv et endelig tall.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} må være ${expected}, ikke ${shown(value)}.`,
    ...(version ? { hint: 'Denne versjonen av klimabudsjett leser formatversjon 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} er ${shown(value)}, som ikke er ${titles[title]}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} er ${shown(value)}; verdien må være ${comparisons[comparison]} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Skriv renten som desimaltall: 0.04 for 4 %.'
              : `Årstall ligger mellom 1900 og 2200: et budsjett nevner tidligere år i utslippsregnskapet og plan- og målår framover. Er ${hint.year} en skrivefeil?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} kan ikke være tom.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} er for lang (høyst ${limit} tegn).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} nevner ${shown(value)} to ganger.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} er ${shown(value)}, som ikke er ${format === 'date' ? 'en gyldig dato' : format === 'uri' ? 'en gyldig URL' : `gyldig ${format}`}.`,
    ...(format === 'date' ? { hint: 'Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where }) => ({ message: `${the(where)} er ikke gyldig.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` i ${place(where)} er ikke et årstall.`,
    hint: 'Skriv årstall med fire siffer, f.eks. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` i ${place(where)} er ikke en sektor-id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` er ikke en gyldig nøkkel i ${place(where)}.` }),
};

const forms: Record<SchemaForm, string> = {
  Sectors: 'Sektorene målet gjelder: `all` (alle sektorene, standard) eller en liste med sektor-id-er.',
  'Sector emissions': 'Tonn CO2e for sektoren: et tall, eller en tabell fra utslippskilde til tonn.',
  Target: 'Et klimamål: referanseår, målår og en reduksjon eller et nivå, for en systemgrense og et sett med sektorer.',
  Milestone: 'Et delmål på veien mot målet: et år og en reduction_pct eller en level_t.',
  'Emission factor': 'kg CO2e per enhet aktivitet.',
};
const titles: Record<PatternTitle, string> = {
  'year key': 'et gyldig årstall',
  'sector id': 'en gyldig sektor-id',
  number: 'et gyldig kommunenummer',
  'target id': 'en gyldig mål-id',
  'factor id': 'en gyldig faktor-id',
  'measure id': 'en gyldig tiltaks-id',
  'indicator id': 'en gyldig indikator-id',
  value: 'en gyldig verdi',
};
const idHint =
  'Id-er består av bokstaver (også æ, ø og å), sifre, `.`, `_` og `-`, og begynner med en bokstav eller et siffer.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Skriv det firesifrede kommunenummeret i anførselstegn, f.eks. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};
const comparisons: Record<Comparison, string> = { '<=': 'høyst', '>=': 'minst', '<': 'under', '>': 'over' };

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Mente du \`${label.id}\`?`
      : `Mente du \`${label.id}\`? "${label.label}" er det rapportene kaller den; filene bruker id-en.`;
  return near.length
    ? `Mente du ${near.map((id) => `\`${id}\``).join(', ')}? Sektor-id-er skrives med små bokstaver (a–z) og understrek.`
    : `Sektor-id-er skrives med små bokstaver (a–z) og understrek: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Sett nummeret i anførselstegn: \`number: "${hint.quote}"\`. Uten anførselstegn leser YAML det som et tall${hint.quote.startsWith('0') ? ` og dropper nullen foran (${hint.read})` : ''}.`;
  return hint.cut
    ? `Et kutt på ${hint.digits} % skrives \`reduction_pct: ${hint.digits}\`: positivt, uten minustegnet som ble kopiert fra teksten.`
    : `Minustegnet er et typografisk tegn (${hint.minus}); skriv det som en bindestrek: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Legg til `schema_version: 1` som første linje.',
  title: 'Legg til en kort `title:` som sier hva tiltaket går ut på.',
  start: 'Legg til det første året med effekt, f.eks. `start: 2026`.',
  status: 'Legg til `status:` — proposed, adopted, in_progress, completed, postponed eller cancelled.',
  sector: 'Legg til sektor-id-en, f.eks. `sector: road_traffic`.',
  plan_period: 'Legg til `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Legg til `municipality: { name: …, number: "…" }`.',
  years: 'Legg til `years:` med år → sektor → tonn.',
  measures: 'Legg til `measures:` med en liste over tiltak.',
  method: 'Legg til `method:` — explicit, growth eller flat.',
};
const typeNames: Record<string, string> = {
  number: 'et tall',
  integer: 'et heltall',
  string: 'tekst',
  object: 'en tabell (nøkkel: verdi)',
  array: 'en liste',
  boolean: 'true eller false',
  'string,integer': 'tekst eller et heltall',
};
const numberHints = {
  decimal: 'Skriv desimaler med punktum (1234.5) og uten tusenskille.',
  spaces: 'Skriv tallet uten mellomrom mellom sifrene (1234.5, ikke 1 234,5).',
  quotes: 'Fjern anførselstegn og enheter: skriv bare tallet.',
};

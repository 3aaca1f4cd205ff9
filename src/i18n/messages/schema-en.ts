import { type Place, placeText } from '../../diagnostics/describe.js';
import type { NumberHint, PatternTitle, SchemaForm, SchemaMessages, SectorGuess, Shown } from './index.js';

const place = (where: Place): string => placeText(where);
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const the = (where: Place): string => capitalize(place(where));
const keys = (list: readonly string[], conjunction: string): string =>
  list.map((key) => `\`${key}\``).join(` ${conjunction} `);
const shown = (value: Shown): string => {
  if ('text' in value) return `the text "${value.text}"`;
  if ('number' in value) return `${value.number}`;
  return {
    empty: 'empty',
    infinite: 'an infinite number',
    true: 'true',
    false: 'false',
    list: 'a list',
    mapping: 'a mapping',
  }[value.kind];
};

/** The explanations of a file that breaks its JSON Schema, in English (the library's own words). */
export const schemaEn: SchemaMessages = {
  unknownKey: ({ key, where, guess, allowed }) => ({
    message: `Unknown key \`${key}\` in ${place(where)}.`,
    hint: guess
      ? `Did you mean \`${guess}\`? (Keys starting with \`x_\` are free for your own notes.)`
      : `Allowed keys: ${allowed.join(', ')}; keys starting with \`x_\` are free for your own notes.`,
  }),
  notAllowedValue: ({ where, value, allowed, guess, label }) => ({
    message: `${the(where)} is ${shown(value)}, which is not one of the allowed values.`,
    hint: `${
      label
        ? label.label === undefined
          ? `Did you mean \`${label.id}\`? `
          : `Did you mean \`${label.id}\`? "${label.label}" is how outputs name it; the files take the id. `
        : guess
          ? `Did you mean \`${guess}\`? `
          : ''
    }Allowed: ${allowed.join(', ')}.`,
  }),
  missingKey: ({ where, key }) => ({
    message: `${the(where)} lacks the required key \`${key}\`.`,
    ...(requiredHints[key] === undefined ? {} : { hint: requiredHints[key] }),
  }),
  wrongType: ({ where, expected, value, number }) => ({
    message: `${the(where)} must be ${typeNames[expected] ?? expected}, not ${shown(value)}.`,
    ...(number === undefined ? {} : { hint: numberHint(number) }),
  }),
  wrongForm: ({ where, value, form }) => ({
    message: `${the(where)} has the wrong form: ${shown(value)}.`,
    ...(form === undefined ? {} : { hint: `Expected: ${schemaForms[form]}` }),
  }),
  exactlyOneBoth: ({ where, present, keys: list }) => ({
    message: `${the(where)} gives both ${keys(present, 'and')}; give only one.`,
    hint: `Keep exactly one of ${keys(list, 'or')}.`,
  }),
  exactlyOneMissing: ({ where, keys: list }) => ({
    message: `${the(where)} needs one of ${keys(list, 'or')}.`,
    hint: `Add exactly one of ${keys(list, 'or')}.`,
  }),
  tooLargeNumber: ({ where }) => ({ message: `${the(where)} is too large a number.`, hint: 'Write a finite number.' }),
  notConstant: ({ where, expected, value, version }) => ({
    message: `${the(where)} must be ${expected}, not ${shown(value)}.`,
    ...(version ? { hint: 'This version of klimabudsjett reads format version 1.' } : {}),
  }),
  notValidPattern: ({ where, value, title, sector }) => {
    const hint = sector ? sectorHint(sector) : patternHints[title];
    return {
      message: `${the(where)} is ${shown(value)}, which is not a valid ${title}.`,
      ...(hint === undefined ? {} : { hint }),
    };
  },
  outOfRange: ({ where, value, comparison, limit, hint }) => ({
    message: `${the(where)} is ${shown(value)}; it must be ${comparison} ${limit}.`,
    ...(hint === undefined
      ? {}
      : {
          hint:
            hint === 'fraction'
              ? 'Write the rate as a fraction: 0.04 for 4 %.'
              : `Years lie between 1900 and 2200: a budget names past inventory years and the plan and target years ahead. Is ${hint.year} a typo?`,
        }),
  }),
  emptyValue: ({ where }) => ({ message: `${the(where)} must not be empty.` }),
  tooLong: ({ where, limit }) => ({ message: `${the(where)} is too long (at most ${limit} characters).` }),
  listedTwice: ({ where, value }) => ({ message: `${the(where)} lists ${shown(value)} twice.` }),
  notValidFormat: ({ where, value, format }) => ({
    message: `${the(where)} is ${shown(value)}, which is not a valid ${format === 'date' ? 'date' : format === 'uri' ? 'URL' : format}.`,
    ...(format === 'date' ? { hint: 'Write dates as YYYY-MM-DD, e.g. 2026-08-31.' } : {}),
  }),
  notValidOther: ({ where, ajv }) => ({ message: `${the(where)} ${ajv ?? 'is not valid'}.` }),
  keyNotYear: ({ key, where }) => ({
    message: `\`${key}\` in ${place(where)} is not a year.`,
    hint: 'Write years as four digits, e.g. 2026.',
  }),
  keyNotSector: ({ key, where, sector }) => ({
    message: `\`${key}\` in ${place(where)} is not a sector id.`,
    hint: sectorHint(sector),
  }),
  keyNotValid: ({ key, where }) => ({ message: `\`${key}\` is not a valid key in ${place(where)}.` }),
};

/** The descriptions of the schemas' unions, as the schemas give them (a test compares). */
export const schemaForms: Record<SchemaForm, string> = {
  Sectors: 'The sectors the target covers: all (default) or a list of sector ids.',
  'Sector emissions': 'Tonnes CO2e of the sector: a number, or a mapping of source name (utslippskilde) to tonnes.',
  Target: 'A climate target: base year, target year and a reduction or level, for a scope and a set of sectors.',
  Milestone: 'An intermediate point on the way to the target: a year and a reduction_pct or a level_t.',
  'Emission factor': 'kg CO2e per unit of activity.',
};

const idHint = 'Ids use letters (æ, ø, å too), digits, `.`, `_` and `-`, starting with a letter or digit.';
const patternHints: Record<PatternTitle, string | undefined> = {
  'year key': undefined,
  'sector id': undefined,
  number: 'Write the four-digit municipality number in quotes, e.g. "4001".',
  'target id': idHint,
  'factor id': idHint,
  'measure id': idHint,
  'indicator id': idHint,
  value: undefined,
};

function sectorHint({ label, near, allowed }: SectorGuess): string {
  if (label)
    return label.label === undefined
      ? `Did you mean \`${label.id}\`?`
      : `Did you mean \`${label.id}\`? "${label.label}" is how outputs name it; the files take the id.`;
  return near.length
    ? `Did you mean ${near.map((id) => `\`${id}\``).join(', ')}? Sector ids are lower case ASCII with underscores.`
    : `Sector ids are lower case ASCII with underscores: ${allowed.join(', ')}.`;
}

function numberHint(hint: NumberHint): string {
  if (typeof hint === 'string') return numberHints[hint];
  if ('quote' in hint)
    return `Put the number in quotes: \`number: "${hint.quote}"\`. Unquoted, YAML reads it as a number${hint.quote.startsWith('0') ? ` and drops the leading zero (${hint.read})` : ''}.`;
  return hint.cut
    ? `A cut of ${hint.digits} % is written \`reduction_pct: ${hint.digits}\`: positive, without the minus sign copied from the text.`
    : `The minus sign is a typographic one (${hint.minus}); write it as a hyphen: -${hint.digits}.`;
}

const requiredHints: Record<string, string> = {
  schema_version: 'Add `schema_version: 1` as the first line.',
  title: 'Add a short `title:` that says what the measure does.',
  start: 'Add the first year with effect, e.g. `start: 2026`.',
  status: 'Add `status:` — proposed, adopted, in_progress, completed, postponed or cancelled.',
  sector: 'Add the sector id, e.g. `sector: road_traffic`.',
  plan_period: 'Add `plan_period: { start: 2026, end: 2029 }`.',
  municipality: 'Add `municipality: { name: …, number: "…" }`.',
  years: 'Add `years:` with year → sector → tonnes.',
  measures: 'Add `measures:` with a list of measures.',
  method: 'Add `method:` — explicit, growth or flat.',
};
/** The type names of the schemas, as a sentence says them. */
const typeNames: Readonly<Record<string, string>> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'text',
  object: 'a mapping (key: value)',
  array: 'a list',
  boolean: 'true or false',
  'string,integer': 'text or a whole number',
};
const numberHints = {
  decimal: 'Write decimals with a point (1234.5) and no thousands separator.',
  spaces: 'Write the number without spaces between the digits (1234.5, not 1 234,5).',
  quotes: 'Remove the quotes and units: write the number only.',
};

import { nearestList } from '../diagnostics/describe.js';
import { labelFor } from '../i18n/label-ids.js';
import { type Said, say } from '../i18n/messages/index.js';
import { allSectorInfos, type SectorInfo } from '../model/sectors.js';
import type { ParsedFile } from './read-yaml.js';

const sectorIds = allSectorInfos.map((sector) => sector.id);

/**
 * "Did you mean" for a value written as the tool prints it (`vedtatt`, `gul`, `Jordbruk`):
 * outputs show labels in the budget's language, the files take the ids.
 */
export function labelHint(
  value: unknown,
  allowed: readonly string[],
  categories: readonly SectorInfo[] = [],
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const found = labelFor(value, allowed, categories);
  if (found === undefined || found.id === value) return undefined;
  return found.label === undefined
    ? `Did you mean \`${found.id}\`?`
    : `Did you mean \`${found.id}\`? "${found.label}" is how outputs name it; the files take the id.`;
}

/** The hint for a text that is not a sector id: its id when it is a sector's name, else the nearest ids. */
export function sectorHint(value: unknown, allowed: readonly string[] = sectorIds): string {
  const byLabel = labelHint(value, allowed);
  if (byLabel) return byLabel;
  const near = typeof value === 'string' ? nearestList(value, allowed) : [];
  return near.length
    ? `Did you mean ${near.map((id) => `\`${id}\``).join(', ')}? Sector ids are lower case ASCII with underscores.`
    : `Sector ids are lower case ASCII with underscores: ${allowed.join(', ')}.`;
}

/** `number: 0301` reads as the number 301: a municipality number is text, with its leading zero. */
export function municipalityNumberHint(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 9999) return undefined;
  const digits = String(value).padStart(4, '0');
  return `Put the number in quotes: \`number: "${digits}"\`. Unquoted, YAML reads it as a number${digits.startsWith('0') ? ` and drops the leading zero (${value})` : ''}.`;
}

/** Years a budget may name, and why: the bounds of the schema's `year`. */
export function yearRangeHint(value: unknown): string | undefined {
  if (typeof value !== 'number') return undefined;
  return `Years lie between 1900 and 2200: a budget names past inventory years and the plan and target years ahead. Is ${value} a typo?`;
}

/**
 * `{ t_co2e: 12,5 }`: in a flow mapping the comma ends the entry, so YAML reads `t_co2e: 12` and
 * an empty key `5`. Recognised from the text before the unknown key.
 */
export function decimalCommaInFlow(
  file: ParsedFile,
  path: readonly (string | number)[],
  key: string,
): { message: string; hint?: string; said: Said } | undefined {
  if (!/^\d+$/.test(key)) return undefined;
  const range = file.locate([...path, key], 'key');
  if (!range) return undefined;
  const lines = file.text.split('\n');
  const before = (lines[range.start.line - 1] ?? '').slice(0, range.start.column - 1);
  const match = /(-?\d+)\s*,\s*$/.exec(before);
  if (!match) return undefined;
  const written = `${match[1]},${key}`;
  return {
    ...say('decimalComma', { written, whole: match[1] ?? '', key }),
  };
}

/**
 * `−55` copied from a document: a typographic minus (or a dash) makes YAML read text. For a
 * reduction the sign is wrong as well: a cut is written as a positive percentage.
 */
export function typographicMinusHint(key: string | number | undefined, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*[\u2212\u2013\u2014]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  if (!match) return undefined;
  const digits = (match[1] as string).replace(',', '.');
  return key === 'reduction_pct'
    ? `A cut of ${digits} % is written \`reduction_pct: ${digits}\`: positive, without the minus sign copied from the text.`
    : `The minus sign is a typographic one (${value.trim().charAt(0)}); write it as a hyphen: -${digits}.`;
}

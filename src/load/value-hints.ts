import { nearestList } from '../diagnostics/describe.js';
import { labelFor } from '../i18n/label-ids.js';
import { type NumberHint, type Said, type SectorGuess, say } from '../i18n/messages/index.js';
import { allSectorInfos } from '../model/sectors.js';
import type { ParsedFile } from './read-yaml.js';

const sectorIds = allSectorInfos.map((sector) => sector.id);

/**
 * What a text that is not a sector id may have meant: a sector by its label in outputs
 * (`Jordbruk`; outputs show labels in the budget's language, the files take the ids), else the
 * nearest ids, else all of them.
 */
export function sectorGuess(value: unknown, allowed: readonly string[] = sectorIds): SectorGuess {
  const found = typeof value === 'string' ? labelFor(value, allowed) : undefined;
  if (found !== undefined && found.id !== value)
    return {
      label: found.label === undefined ? { id: found.id } : { id: found.id, label: found.label },
      near: [],
      allowed,
    };
  return { near: typeof value === 'string' ? nearestList(value, allowed) : [], allowed };
}

/** `number: 0301` reads as the number 301: a municipality number is text, with its leading zero. */
export function municipalityNumberQuote(value: unknown): NumberHint | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 9999) return undefined;
  return { quote: String(value).padStart(4, '0'), read: value };
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
export function typographicMinus(key: string | number | undefined, value: unknown): NumberHint | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*[\u2212\u2013\u2014]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  if (!match) return undefined;
  const digits = (match[1] as string).replace(',', '.');
  return { minus: value.trim().charAt(0), digits, cut: key === 'reduction_pct' };
}

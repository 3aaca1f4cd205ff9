import type { Language } from '../model/budget.js';
import { safeText } from '../safe-text.js';

/**
 * Values between the template's cells and the YAML: phase-in text and numbers an adviser typed
 * as text. Pure functions, shared by the writer and the reader.
 */

/** Text for a cell: control and bidi characters replaced (they would make the sheet's XML invalid). */
export function cellText(value: unknown): string {
  return safeText(typeof value === 'string' ? value : String(value));
}

/** `2026: 0,3; 2027: 0,6; 2028: 1` in Norwegian, `2026: 0.3; …` in English. */
export function formatPhase(phase: Readonly<Record<string, number>>, language: Language): string {
  return Object.entries(phase)
    .sort(([yearA], [yearB]) => Number(yearA) - Number(yearB))
    .map(([year, share]) => `${year}: ${language === 'en' ? String(share) : String(share).replace('.', ',')}`)
    .join('; ');
}

/** Reads `2026: 0,3; 2027: 0.6` (also `2026=0.3`, line breaks between pairs); undefined when it does not parse. */
export function parsePhase(text: string): Record<string, number> | undefined {
  const phase: Record<string, number> = {};
  const parts = text
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const match = /^(\d{4})\s*[:=]\s*(-?\d+(?:[.,]\d+)?)\s*(%?)$/.exec(part);
    if (!match) return undefined;
    const share = Number((match[2] as string).replace(',', '.')) / (match[3] === '%' ? 100 : 1);
    phase[match[1] as string] = share;
  }
  return phase;
}

/**
 * A number typed as text, as people write it: `12,5`, `1 200 000` (spaces, no-break spaces),
 * `−40 000` (a typographic minus), `1.200.000` and `1,200,000` as thousands. Undefined when the
 * text is not a number.
 */
export function parseNumberText(text: string): number | undefined {
  let cleaned = text
    .trim()
    .replace(/^[\u2212\u2013\u2014]/, '-')
    .replace(/[\s\u00a0\u202f']/g, '');
  if (cleaned === '' || cleaned === '-') return undefined;
  // Thousands with points or commas only when grouped in threes, and then never a decimal part.
  if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(cleaned)) cleaned = cleaned.replaceAll('.', '');
  else if (/^-?\d{1,3}(,\d{3}){2,}$/.test(cleaned)) cleaned = cleaned.replaceAll(',', '');
  else if (/^-?\d*,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

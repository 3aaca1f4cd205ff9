/**
 * Number formats by cell type. Human formats (terminal, Markdown, captions) follow the language
 * through Intl.NumberFormat: nb/nn `1 234,5` and `17,9 %` (with no-break spaces), en `1,234.5` and
 * `17.9%`; negative numbers carry a minus sign (U+2212 in nb/nn) and a value that rounds to zero
 * never shows one. Tonnes and kroner have no decimals, percentages one, years no grouping.
 * Machine formats (CSV) write plain numbers with a `.` and no grouping.
 */

import { labelsFor } from '../i18n/index.js';
import type { Language } from '../model/budget.js';
import type { CellType } from './table.js';

/** The cell types whose values are numbers. */
export type NumericCellType = Extract<
  CellType,
  'year' | 'tonnes' | 'percent' | 'ratio' | 'nok' | 'nokPerTonne' | 'number' | 'integer'
>;

const numericTypes: ReadonlySet<CellType> = new Set<NumericCellType>([
  'year',
  'tonnes',
  'percent',
  'ratio',
  'nok',
  'nokPerTonne',
  'number',
  'integer',
]);

/** True when values of the type are numbers (and right-aligned). */
export function isNumericType(type: CellType): type is NumericCellType {
  return numericTypes.has(type);
}

/** Formats numbers for people in one language. */
export interface NumberFormat {
  /** Formats a number as its cell type says; a non-finite number gives the empty string. */
  format(value: number, type: NumericCellType): string;
}

const cache = new Map<Language, NumberFormat>();

/** Returns the human number format of a language. */
export function numberFormatFor(language: Language): NumberFormat {
  let format = cache.get(language);
  if (format === undefined) {
    format = createNumberFormat(labelsFor(language).locale);
    cache.set(language, format);
  }
  return format;
}

function createNumberFormat(locale: string): NumberFormat {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'negative' });
  const upToThree = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, signDisplay: 'negative' });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'negative',
  });
  const formatters: Record<NumericCellType, (value: number) => string> = {
    year: (value) => String(Math.round(value)),
    tonnes: (value) => whole.format(value),
    nok: (value) => whole.format(value),
    nokPerTonne: (value) => whole.format(value),
    integer: (value) => whole.format(value),
    number: (value) => upToThree.format(value),
    percent: (value) => percent.format(value / 100),
    ratio: (value) => percent.format(value),
  };
  return {
    format: (value, type) => (Number.isFinite(value) ? formatters[type](value) : ''),
  };
}

/**
 * Writes a number for machines: `.` as decimal sign, no grouping, at most 15 significant digits, so
 * binary noise such as 18168.36599999998 reads 18168.366 while every meaningful digit stays.
 * A non-finite number gives the empty string.
 */
export function formatMachineNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(15));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

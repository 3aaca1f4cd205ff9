import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';
import { isNumericType } from '../number-format.js';
import type { CellType, RowRole } from '../table.js';

/** The look of the workbook in one place: fonts, fills, borders and number formats. */

const ink = 'FF1F3B4D';
const muted = 'FF5F6B73';

/** Number formats by cell type (the file stores them; each spreadsheet shows its locale's separators). */
export const numberFormats: Readonly<Record<CellType, string>> = {
  text: '@',
  id: '@',
  year: '0',
  tonnes: '#,##0',
  percent: '0.0 %',
  ratio: '0.0 %',
  nok: '#,##0',
  nokPerTonne: '#,##0',
  number: '#,##0.000',
  integer: '#,##0',
  status: '@',
  rating: '@',
  boolean: '@',
};

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const titleStyle: Partial<Style> = { font: { bold: true, size: 14, color: { argb: ink } } };
export const captionStyle: Partial<Style> = { font: { italic: true, color: { argb: muted } } };
export const noteStyle: Partial<Style> = { font: { italic: true, size: 9, color: { argb: muted } } };

const headerFont: Partial<Font> = { bold: true, color: { argb: 'FFFFFFFF' } };
const headerFill = solid(ink);
const headerBorder: Partial<Borders> = { bottom: { style: 'thin', color: { argb: ink } } };
const totalFont: Partial<Font> = { bold: true };
const totalFill = solid('FFEEF2F5');
const totalBorder: Partial<Borders> = {
  top: { style: 'thin', color: { argb: ink } },
  bottom: { style: 'thin', color: { argb: ink } },
};

/** The header cell of a column: white on dark, wrapped, numbers' headers right-aligned. */
export function headerStyle(type: CellType): Partial<Style> {
  const alignment: Partial<Alignment> = {
    vertical: 'bottom',
    wrapText: true,
    horizontal: isNumericType(type) ? 'right' : centred.has(type) ? 'center' : 'left',
  };
  return { font: headerFont, fill: headerFill, border: headerBorder, alignment };
}

/** How a column's body cells sit: wrapped (long text), indented (text right after numbers). */
export interface CellLayout {
  wrap: boolean;
  indent: boolean;
}

const centred: ReadonlySet<CellType> = new Set<CellType>(['boolean', 'status', 'rating']);

/** A cell of the table's body, total or summary rows. */
export function bodyStyle(type: CellType, role: RowRole, layout: CellLayout): Partial<Style> {
  const numFmt = numberFormats[type];
  const alignment: Partial<Alignment> = { vertical: 'top' };
  if (centred.has(type)) alignment.horizontal = 'center';
  if (layout.wrap) alignment.wrapText = true;
  if (layout.indent && !centred.has(type) && !isNumericType(type)) {
    alignment.horizontal = 'left';
    alignment.indent = 1;
  }
  if (role === 'total') return { numFmt, font: totalFont, fill: totalFill, border: totalBorder, alignment };
  if (role === 'summary') return { numFmt, font: { italic: true }, alignment };
  if (role === 'heading') return { numFmt, font: totalFont, fill: totalFill, border: headerBorder, alignment };
  return { numFmt, alignment };
}

const inputBorderSide = { style: 'thin' as const, color: { argb: 'FFBF9000' } };

/**
 * An input cell (an assumption the formulas read): the modelling convention of blue figures on a
 * light yellow fill, framed, so a reader sees which cell to change. A rate shows two decimals.
 */
export function inputStyle(type: CellType): Partial<Style> {
  return {
    numFmt: type === 'ratio' || type === 'percent' ? '0.00 %' : numberFormats[type],
    font: { bold: true, color: { argb: 'FF0000CC' } },
    fill: solid('FFFFF2CC'),
    border: { top: inputBorderSide, left: inputBorderSide, bottom: inputBorderSide, right: inputBorderSide },
    alignment: { vertical: 'top' },
  };
}

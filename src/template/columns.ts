import { type TemplateColumnId, templateColumnIds } from '../i18n/template-labels.js';

/**
 * The measures template's columns: where each one's value lives in a measure as written
 * (src/model/written.ts) and what kind of value it takes. The writer reads measures through
 * these paths, the reader writes them back, and a diagnostic about a path of the imported file
 * finds its cell here.
 */

/** How a column's cells are written and read. */
export type TemplateValueType =
  | 'text'
  | 'number'
  | 'year'
  /** A coded value shown as its label in the template's language, read in any language. */
  | 'sector'
  | 'scope'
  | 'kind'
  | 'status'
  /** Free text, with the budget's values offered in a drop-down list. */
  | 'responsible'
  /** A factor id, with the budget's factors offered in a drop-down list. */
  | 'factor'
  /** `2026: 0.3; 2027: 0.6` */
  | 'phase'
  /** Comma-separated. */
  | 'tags'
  /** One per line. */
  | 'lines';

export interface TemplateColumn {
  id: TemplateColumnId;
  type: TemplateValueType;
  /** Where the value lives in a written measure. */
  path: readonly (string | number)[];
  /** Every measure needs a value (SPEC §2.1: id, title, sector, status, start). */
  required: boolean;
}

/** Activity lines (factor, amount, unit) the template carries; more stay in the YAML (kept on import). */
export const activityLines = 4;

const activityColumn = (id: TemplateColumnId): TemplateColumn => {
  const [field, line] = id.split('_') as [string, string];
  const index = Number(line) - 1;
  const type: TemplateValueType = field === 'factor' ? 'factor' : field === 'amount' ? 'number' : 'text';
  return { id, type, path: ['activity', index, field], required: false };
};

const specials: Partial<Record<TemplateColumnId, Omit<TemplateColumn, 'id' | 'required'>>> = {
  sector: { type: 'sector', path: ['sector'] },
  scope: { type: 'scope', path: ['scope'] },
  kind: { type: 'kind', path: ['kind'] },
  status: { type: 'status', path: ['status'] },
  responsible: { type: 'responsible', path: ['responsible'] },
  start: { type: 'year', path: ['start'] },
  full_effect: { type: 'year', path: ['full_effect'] },
  end: { type: 'year', path: ['end'] },
  phase: { type: 'phase', path: ['phase'] },
  t_co2e: { type: 'number', path: ['effect', 't_co2e'] },
  low: { type: 'number', path: ['effect', 'low'] },
  high: { type: 'number', path: ['effect', 'high'] },
  uncertainty_pct: { type: 'number', path: ['uncertainty_pct'] },
  investment: { type: 'number', path: ['cost', 'investment'] },
  annual: { type: 'number', path: ['cost', 'annual'] },
  lifetime: { type: 'number', path: ['cost', 'lifetime'] },
  investment_year: { type: 'year', path: ['cost', 'investment_year'] },
  indicator_id: { type: 'text', path: ['indicators', 0, 'id'] },
  indicator_title: { type: 'text', path: ['indicators', 0, 'title'] },
  indicator_unit: { type: 'text', path: ['indicators', 0, 'unit'] },
  indicator_baseline: { type: 'number', path: ['indicators', 0, 'baseline'] },
  indicator_target: { type: 'number', path: ['indicators', 0, 'target'] },
  indicator_target_year: { type: 'year', path: ['indicators', 0, 'target_year'] },
  tags: { type: 'tags', path: ['tags'] },
  references: { type: 'lines', path: ['references'] },
};

const requiredIds: ReadonlySet<TemplateColumnId> = new Set(['id', 'title', 'sector', 'status', 'start']);

/** The columns in their order on the measures sheet. */
export const templateColumns: readonly TemplateColumn[] = templateColumnIds.map((id) => {
  if (/^(factor|amount|unit)_\d$/.test(id)) return activityColumn(id);
  const special = specials[id];
  return { id, required: requiredIds.has(id), ...(special ?? { type: 'text', path: [id] }) };
});

/** Row numbers of the measures sheet: the header, the notes under it, the first measure. */
export const templateRows = { header: 1, notes: 2, firstData: 3 } as const;

/** `A`, `B`, … `AA` for a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `Tiltak!D7`; a sheet name with spaces or punctuation is quoted as Excel does. */
export function cellAddress(sheet: string, row: number, column: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}

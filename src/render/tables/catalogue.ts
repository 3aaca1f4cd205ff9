import type { HeaderText } from '../../i18n/labels.js';
import type { CellType, CellValue, Column, Table } from '../table.js';

/**
 * One column of a subject, said once: its type, its value in a row, and how outputs treat it (a
 * workbook formula, a terminal priority, colours, links). Its header is the language's, by id.
 */
export interface ColumnSpec<Row, Context> extends Omit<Column, 'id' | 'header' | 'shortHeader' | 'type'> {
  type: CellType;
  value: (row: Row, context: Context) => CellValue;
}

/** A subject's columns by id: every view of the subject (listing, sheet, HTML) picks from it. */
export type Catalogue<Id extends string, Row, Context> = Record<Id, ColumnSpec<Row, Context>>;

/** A row given as its cells by column id; a cell it does not have is empty. */
export type CellsById<Id extends string> = Partial<Record<Id, CellValue>>;

/**
 * The catalogue of a subject whose rows are given as cells by id (a pathway year, a budget of a
 * batch): each column reads its own cell.
 */
export function cellsCatalogue<Id extends string>(
  specs: Record<Id, Omit<ColumnSpec<CellsById<Id>, null>, 'value'>>,
): Catalogue<Id, CellsById<Id>, null> {
  const catalogue = {} as Catalogue<Id, CellsById<Id>, null>;
  for (const id of Object.keys(specs) as Id[]) catalogue[id] = { ...specs[id], value: (row) => row[id] ?? null };
  return catalogue;
}

/**
 * Which output a view is for: a `listing` (terminal, CSV, Markdown, HTML) takes the full header and
 * the short one for a narrow terminal; a `sheet` takes the workbook's header where one is given.
 */
export type ViewKind = 'listing' | 'sheet';

/**
 * A view of a subject: the ids of its columns, in order. A column keeps its formula where the
 * columns the formula refers to are in the view too.
 */
export interface View<Id extends string> {
  kind: ViewKind;
  ids: readonly Id[];
  /** false: the view's columns carry no formula (figures shown as computed, not recomputed). */
  formulas?: false;
}

/** Builds a view's columns from the catalogue, headed by `headers` (the language's, by id). */
export function viewColumns<Id extends string, Row, Context>(
  catalogue: Catalogue<Id, Row, Context>,
  view: View<Id>,
  headers: Readonly<Record<Id, HeaderText>>,
): Column[] {
  return view.ids.map((id) => {
    const { value: _value, ...withFormula } = catalogue[id];
    const { formula, ...withoutFormula } = withFormula;
    const spec =
      view.formulas !== false && formula !== undefined && refersWithin(formula, view.ids)
        ? withFormula
        : withoutFormula;
    const header = headers[id];
    if (view.kind === 'sheet') return { id, header: header.sheet ?? header.full, ...spec };
    return { id, header: header.full, ...(header.short === undefined ? {} : { shortHeader: header.short }), ...spec };
  });
}

/** Whether every column a formula refers to (`{id}`) is in the view: else the view shows the value alone. */
function refersWithin(formula: string, ids: readonly string[]): boolean {
  return [...formula.matchAll(/\{([^}]+)\}/g)].every((match) => ids.includes(match[1] as string));
}

/**
 * Reads a view's cells of a row, by column id: the columns are looked up once, so a table of many
 * rows (the workbook of 10 000 measures) pays for them once.
 */
export function viewReader<Id extends string, Row, Context>(
  catalogue: Catalogue<Id, Row, Context>,
  view: View<Id>,
): (row: Row, context: Context) => CellValue[] {
  const values = view.ids.map((id) => catalogue[id].value);
  return (row, context) => values.map((value) => value(row, context));
}

/** Builds a view's cells of one row, by column id. */
export function viewCells<Id extends string, Row, Context>(
  catalogue: Catalogue<Id, Row, Context>,
  view: View<Id>,
  row: Row,
  context: Context,
): CellValue[] {
  return viewReader(catalogue, view)(row, context);
}

/** A view's columns and the rows of `rows`, read by id: the body of a table of one row per item. */
export function viewTable<Id extends string, Row, Context>(
  catalogue: Catalogue<Id, Row, Context>,
  view: View<Id>,
  headers: Readonly<Record<Id, HeaderText>>,
  rows: readonly Row[],
  context: Context,
): Pick<Table, 'columns' | 'rows'> {
  const cellsOf = viewReader(catalogue, view);
  return {
    columns: viewColumns(catalogue, view, headers),
    rows: rows.map((row) => ({ cells: cellsOf(row, context) })),
  };
}

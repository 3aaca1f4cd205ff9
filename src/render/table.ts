/**
 * The format-neutral table model (hledger's Spreadsheet): every tabular output — terminal, CSV,
 * Markdown and the Excel workbook — renders these, so a column added once appears everywhere in
 * the same order. Numbers stay numbers until the last step; each renderer formats by `type`.
 */

/** How a cell's value is shown: the renderer picks the number format from this. */
export type CellType =
  /** free text */
  | 'text'
  /** an id (measure, target, factor): text, never translated */
  | 'id'
  /** a calendar year: an integer shown without grouping (2026) */
  | 'year'
  /** tonnes CO2e: grouped, no decimals in human formats (12 345) */
  | 'tonnes'
  /** a percentage given in percent units (17.9 → "17,9 %"): one decimal */
  | 'percent'
  /** a fraction shown as a percentage (0.179 → "17,9 %"): one decimal */
  | 'ratio'
  /** Norwegian kroner: grouped, no decimals */
  | 'nok'
  /** NOK per tonne: grouped, no decimals */
  | 'nokPerTonne'
  /** a plain number with up to three decimals (emission factors, indicator values) */
  | 'number'
  /** a whole count */
  | 'integer'
  /** a measure status id, translated and coloured */
  | 'status'
  /** a rating (green/yellow/red), translated and coloured */
  | 'rating'
  /** true/false, translated (ja/nei) */
  | 'boolean';

export type CellValue = string | number | boolean | null;

export interface Column {
  /** Stable id, used by formulas and by machine formats' headers. */
  id: string;
  /** Header in the report's language. */
  header: string;
  type: CellType;
  /**
   * A formula over cells of the same row, by column id, for outputs that keep formulas (the
   * workbook): `{baseline} - {effect}`. The value in the row is its computed result. A row whose
   * value is null has no formula there (e.g. a pathway row before the baseline starts).
   */
  formula?: string;
  /** A shorter header for a narrow output (the terminal); `header` everywhere else. */
  shortHeader?: string;
  /**
   * Which columns a narrow output may leave out first: higher numbers go first; absent or 1 means
   * never. Every other output shows every column.
   */
  priority?: number;
  /**
   * How an output that colours may colour the values: `gap` red when > 0 and green when ≤ 0 (a
   * gap, an overshoot); `verdict` green for true and red for false (on track, target reached).
   */
  colorBy?: 'gap' | 'verdict';
  /** A narrow output may wrap this text over several lines instead of cutting it (comments). */
  wrap?: boolean;
  /**
   * Outputs with links (HTML, Markdown) link this cell to the relative address held by the column
   * with this id in the same row (a document beside the output: `skien.html`).
   */
  link?: string;
}

export type RowRole =
  /** an ordinary row */
  | 'body'
  /** the sum of the body rows above it, up to the previous total (SUM in a workbook) */
  | 'total'
  /** a row of figures that are not sums (e.g. the path) but belong under the totals */
  | 'summary'
  /** a heading inside a table: a block's title, or the years over a block's figures */
  | 'heading';

export interface Row {
  cells: readonly CellValue[];
  role?: RowRole;
  /**
   * A row of a record layout (a label, then values; the workbook's summary blocks): the type of its
   * cells after the first, instead of their columns' types.
   */
  type?: CellType;
  /** A record row's colour hint, as a column's `colorBy`. */
  colorBy?: Column['colorBy'];
  /** A record row's name, for the `formula` of other rows. */
  key?: string;
  /**
   * A record row's formula over other rows of the same column, by key: `{base} * (1 - {reduction})`
   * (a bare defined name, `Annualised_cost_total`, is a formula too). As a column's `formula`.
   */
  formula?: string;
}

export interface Table {
  /** Stable id: a CSV file name, a workbook sheet, a JSON key (`measures`, `pathway-t2030`). */
  id: string;
  /** Title in the report's language. */
  title: string;
  /** One line under the title: units, sources, what the table shows. */
  caption?: string;
  columns: readonly Column[];
  rows: readonly Row[];
  /** Lines after the table: notes, footnotes. */
  notes?: readonly string[];
  /**
   * Key figures to name (a workbook's defined names, e.g. `Gap_2029`): the body row index and the
   * column id of the cell.
   */
  names?: readonly {
    name: string;
    row: number;
    column: string;
    /** The cell is an input a reader may change (an assumption the formulas read): marked as such. */
    input?: true;
    /** The lowest and highest value the input takes: a workbook refuses others as typed. */
    between?: readonly [number, number];
  }[];
}

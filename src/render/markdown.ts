import { appendAll } from '../arrays.js';
/**
 * Markdown (GitHub-flavoured): an optional document heading, then per table a `##` heading, the
 * caption, a pipe table with full headers, numbers right-aligned in the language's format, absent
 * values as –, total rows in bold, and the notes. Markdown's special characters in text are
 * backslash-escaped, so a title such as `*Estimat sjøfart` or `a | b` shows as written.
 */
import { labelsFor } from '../i18n/index.js';
import { safeText } from '../safe-text.js';
import { cellLinks, humanCellText } from './cell-text.js';
import { isNumericType, numberFormatFor } from './number-format.js';
import type { RenderOptions } from './render-options.js';
import type { Table } from './table.js';

const inlineSpecial = /[\\`*_[\]<>|~]/g;
const blockMarker = /^[#>+-]/;
const characterReference = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
const orderedMarker = /^(\d+)([.)])/;

/** Renders tables as one Markdown document. */
export function renderMarkdown(
  tables: readonly Table[],
  options: Pick<RenderOptions, 'language' | 'documentTitle'>,
): string {
  const blocks: string[] = [];
  if (options.documentTitle !== undefined) blocks.push(`# ${oneLine(options.documentTitle)}`);
  for (const table of tables) appendAll(blocks, renderTable(table, options));
  return safeText(`${blocks.join('\n\n')}\n`);
}

function renderTable(table: Table, options: Pick<RenderOptions, 'language'>): string[] {
  const labels = labelsFor(options.language);
  const numbers = numberFormatFor(options.language);
  const blocks = [`## ${oneLine(table.title)}`];
  if (table.caption) blocks.push(paragraph(table.caption));
  if (table.rows.length === 0) {
    blocks.push(paragraph(labels.noRows));
  } else {
    const lines = [
      `| ${table.columns.map((column) => oneLine(column.header)).join(' | ')} |`,
      `| ${table.columns.map((column) => (isNumericType(column.type) ? '---:' : '---')).join(' | ')} |`,
    ];
    const links = cellLinks(table);
    for (const [rowIndex, row] of table.rows.entries()) {
      const bold = row.role === 'total' || row.role === 'summary';
      const cells = table.columns.map((column, index) => {
        const value = row.cells[index] ?? null;
        const text = oneLine(humanCellText(value, column, labels, numbers));
        const link = links[rowIndex]?.[index] ?? null;
        const linked = link !== null && text !== '' ? `[${text}](${link})` : text;
        return bold && value !== null && text !== '' ? `**${linked}**` : linked;
      });
      lines.push(`| ${cells.join(' | ')} |`);
    }
    blocks.push(lines.join('\n'));
  }
  for (const note of table.notes ?? []) blocks.push(paragraph(note));
  return blocks;
}

/**
 * Escapes Markdown's inline special characters, and a `&` that would start a character reference
 * (`&#x202E;` would put back the bidi override safeText took out); control and bidi characters
 * are replaced (safeText).
 */
export function escapeInline(text: string): string {
  return safeText(text)
    .replace(inlineSpecial, (character) => `\\${character}`)
    .replace(characterReference, '\\&');
}

/** Inline text on one line (a heading, a table cell): line breaks would end the heading or the row. */
function oneLine(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** A paragraph that cannot turn into a heading, quote or list. */
function paragraph(text: string): string {
  const escaped = oneLine(text);
  if (blockMarker.test(escaped)) return `\\${escaped}`;
  return escaped.replace(orderedMarker, '$1\\$2');
}

import type { Labels } from '../../i18n/labels.js';
import { safeText } from '../../safe-text.js';
import { cellLinks, cellTone, humanCellText } from '../cell-text.js';
import { isNumericType, type NumberFormat } from '../number-format.js';
import type { CellValue, Column, Table } from '../table.js';

/** Escapes text for HTML content and attribute values; control and bidi characters are replaced (safeText). */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A column header as HTML, its unit in parentheses kept on one line: a narrow column wrapped
 * `Effekt 2029 (t` above `CO2e)`.
 */
function headerHtml(header: string): string {
  return escapeHtml(header).replace(/\([^()]*\)/g, (unit) => unit.replaceAll(' ', '&nbsp;'));
}

/**
 * Renders a table as HTML: a heading, the caption, the table with full headers, numbers
 * right-aligned in the language's format, total rows bold, statuses and ratings as coloured
 * labels, gaps and verdicts coloured as in the terminal, web addresses as links, then the notes.
 * The heading is left out where the section's heading says the same.
 */
export function renderHtmlTable(
  table: Table,
  labels: Labels,
  numbers: NumberFormat,
  options: { heading: boolean } = { heading: true },
): string {
  const parts = options.heading ? [`<h3>${escapeHtml(table.title)}</h3>`] : [];
  if (table.caption) parts.push(`<p class="caption">${escapeHtml(table.caption)}</p>`);
  if (table.rows.length === 0) {
    parts.push(`<p>${escapeHtml(labels.noRows)}</p>`);
  } else {
    const header = table.columns
      .map((column) => `<th${isNumericType(column.type) ? ' class="num"' : ''}>${headerHtml(column.header)}</th>`)
      .join('');
    const links = cellLinks(table);
    const body = table.rows
      .map((row, rowIndex) => {
        const cells = table.columns
          .map((column, index) =>
            cellHtml(row.cells[index] ?? null, column, labels, numbers, links[rowIndex]?.[index] ?? null),
          )
          .join('');
        const role = row.role === 'total' || row.role === 'summary' ? ` class="${row.role}"` : '';
        return `<tr${role}>${cells}</tr>`;
      })
      .join('\n');
    parts.push(
      `<div class="table"><table id="${escapeHtml(table.id)}">\n<thead><tr>${header}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`,
    );
  }
  for (const note of table.notes ?? []) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  return parts.join('\n');
}

/**
 * A link's text: a file name of the overview (`link` given) may break before its extension
 * (`porsgrunn` / `.html`) and at hyphens, never mid-word (its column keeps `overflow-wrap: normal`).
 */
function linkText(text: string, link: string | null): string {
  return link === null ? text : text.replace(/\.(?=[^.]*$)/, '<wbr>.');
}

function cellHtml(
  value: CellValue,
  column: Column,
  labels: Labels,
  numbers: NumberFormat,
  link: string | null,
): string {
  const text = escapeHtml(humanCellText(value, column, labels, numbers)).replace(/\n/g, '<br>');
  const classes: string[] = [];
  if (isNumericType(column.type)) classes.push('num');
  if (column.type === 'id') classes.push('id');
  const address = link ?? (typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? value : null);
  if (address !== null && text !== '') return `<td><a href="${escapeHtml(address)}">${linkText(text, link)}</a></td>`;
  if (value !== null && (column.type === 'status' || column.type === 'rating')) {
    return `<td><span class="pill ${column.type}-${escapeHtml(String(value))}">${text}</span></td>`;
  }
  const tone = cellTone(value, column);
  if (tone !== undefined) classes.push(tone);
  return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${text}</td>`;
}

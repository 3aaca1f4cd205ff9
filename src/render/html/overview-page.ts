import { labelsFor } from '../../i18n/index.js';
import type { Language } from '../../model/budget.js';
import { numberFormatFor } from '../number-format.js';
import type { Table } from '../table.js';
import { renderHtmlTable } from './html-table.js';
import { htmlSection, renderHtmlPage } from './page.js';

/**
 * The index page of a `report` batch: the overview table (and the county totals), whose names link to each budget's
 * report, in the report's style, on a wider page (the table has some fifteen columns);
 * self-contained like the reports (no script, no request).
 */
export function renderOverviewHtml(tables: Table | readonly Table[], language: Language, version: string): string {
  const words = labelsFor(language).overview;
  const section = (table: Table) =>
    htmlSection(table.id, table.title, [
      renderHtmlTable(table, labelsFor(language), numberFormatFor(language), { heading: false }),
    ]);
  return renderHtmlPage({
    language,
    title: words.title,
    sections: (Array.isArray(tables) ? tables : [tables]).map(section),
    footer: words.footer(version),
    wide: true,
  });
}

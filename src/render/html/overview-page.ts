import { labelsFor } from '../../i18n/index.js';
import type { Language } from '../../model/budget.js';
import { numberFormatFor } from '../number-format.js';
import type { Table } from '../table.js';
import { renderHtmlTable } from './html-table.js';
import { htmlSection, renderHtmlPage } from './page.js';

/**
 * The index page of a `report` batch: the overview table, whose names link to each budget's
 * report, in the report's style, on a wider page (the table has some fifteen columns);
 * self-contained like the reports (no script, no request).
 */
export function renderOverviewHtml(table: Table, language: Language, version: string): string {
  const words = labelsFor(language).overview;
  const body = renderHtmlTable(table, labelsFor(language), numberFormatFor(language), { heading: false });
  return renderHtmlPage({
    language,
    title: words.title,
    sections: [htmlSection(table.id, table.title, [body])],
    footer: words.footer(version),
    wide: true,
  });
}

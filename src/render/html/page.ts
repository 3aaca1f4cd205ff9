import type { Language } from '../../model/budget.js';
import { safeText } from '../../safe-text.js';
import { escapeHtml } from './html-table.js';
import { reportStyle } from './style.js';

/** What a page of ours holds: its title (also the heading), an optional lead, the sections, the footer. */
export interface HtmlPage {
  language: Language;
  title: string;
  lead?: string;
  /** Sections, already HTML. */
  sections: readonly string[];
  footer: string;
  /** A wider page, for tables of many columns. */
  wide?: boolean;
}

/**
 * A self-contained HTML page in the report's style: inline CSS, no script, nothing to fetch. The
 * page as a whole goes through safeText, so no control or bidi character of a budget's text reaches
 * it by any path (a table, a chart's labels, a heading).
 */
export function renderHtmlPage(page: HtmlPage): string {
  const lead = page.lead === undefined ? '' : `<p class="lead">${escapeHtml(page.lead)}</p>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${page.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    page.wide ? '<body class="wide">' : '<body>',
    `<header><h1>${escapeHtml(page.title)}</h1>${lead}</header>`,
    '<main>',
    ...page.sections,
    '</main>',
    `<footer>${escapeHtml(page.footer)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return safeText(html);
}

/** A section of a page: an anchor id, a heading and its parts. */
export function htmlSection(id: string, heading: string, parts: readonly string[]): string {
  return `<section id="${escapeHtml(id)}">\n<h2>${escapeHtml(heading)}</h2>\n${parts.join('\n')}\n</section>`;
}

import type { BudgetReport } from '../compute/budget-report.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { labelsFor } from '../i18n/index.js';
import { localizeDiagnostics } from '../i18n/messages/localize.js';
import type { Budget, Language } from '../model/budget.js';
import { packageVersion } from '../package-version.js';
import { renderMarkdown } from '../render/markdown.js';
import { toTables } from '../render/tables/index.js';
import { buildCountyTable, buildOverviewTable, type OverviewEntry } from '../render/tables/overview.js';

/** A checked and computed budget: what the documents are made from. */
export interface ComputedBudget {
  budget: Budget;
  report: BudgetReport;
  diagnostics: readonly Diagnostic[];
}

/** The workbook of a budget (SPEC §8); exceljs and the sheet builders load only now. */
export async function workbookDocument(
  computed: ComputedBudget,
  language: Language,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Uint8Array> {
  const { workbookTables, workbookTitle } = await import('../render/tables/workbook.js');
  const { writeXlsx } = await import('../render/xlsx/write-xlsx.js');
  const { workbookDate } = await import('../render/xlsx/workbook-date.js');
  const { report, diagnostics, budget } = computed;
  // The Kontroll sheet says the findings in the workbook's language (they are made in English).
  const tables = workbookTables(report, localizeDiagnostics(diagnostics, language), {
    factors: budget.factors.values(),
    language,
  });
  return writeXlsx(tables, { language, created: workbookDate(env), title: workbookTitle(report, language) });
}

/** The HTML report of a budget (SPEC §8); vega and vega-lite load only now. */
export async function htmlDocument(computed: ComputedBudget, language: Language): Promise<string> {
  const { renderHtmlReport } = await import('../render/html/html-report.js');
  return renderHtmlReport(computed.report, {
    factors: computed.budget.factors.values(),
    language,
    version: packageVersion(),
  });
}

/** The Markdown report of a budget: every table under the document's title. */
export function markdownDocument(computed: ComputedBudget, language: Language): string {
  const { report, budget } = computed;
  const labels = labelsFor(language);
  const documentTitle = labels.documentTitle(report.municipality.name, report.planPeriod.start, report.planPeriod.end);
  const tables = toTables(report, { language, factors: [...budget.factors.values()] });
  return renderMarkdown(tables, { language, documentTitle });
}

/** The index of a `report` batch: the overview of its budgets as a workbook, HTML and Markdown. */
export async function overviewDocuments(
  entries: readonly OverviewEntry[],
  language: Language,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ workbook: Uint8Array; html: string; markdown: string }> {
  const { renderOverviewHtml } = await import('../render/html/overview-page.js');
  const { writeXlsx } = await import('../render/xlsx/write-xlsx.js');
  const { workbookDate } = await import('../render/xlsx/workbook-date.js');
  const county = buildCountyTable(entries, language);
  const tables = [buildOverviewTable(entries, language), ...(county === null ? [] : [county])];
  const title = labelsFor(language).overview.title;
  return {
    workbook: await writeXlsx(tables, { language, created: workbookDate(env), title }),
    html: renderOverviewHtml(tables, language, packageVersion()),
    markdown: renderMarkdown(tables, { language, documentTitle: title }),
  };
}

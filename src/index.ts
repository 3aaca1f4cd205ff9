/**
 * klimabudsjett as a library: everything the command line does, without commander or `process`.
 *
 *   const checked = checkBudget('budgets/porsgrunn', { cwd: process.cwd() });
 *   if (checked.budget && checked.report) console.log(renderJson(checked.report, checked.budget.manifest.language));
 */

export { checkArithmetic } from './checks/arithmetic.js';
export type { AbatementStep, BudgetReport, MeasureReport, ScopeReport, TargetReport } from './compute/budget-report.js';
export { computeReport } from './compute/report.js';
export { type DiagnosticCode, diagnosticCodes } from './diagnostics/codes.js';
export type { Diagnostic, Position, Severity, SourceRange } from './diagnostics/diagnostic.js';
export { compareDiagnostics, summarizeDiagnostics } from './diagnostics/diagnostic.js';
export {
  type DiagnosticFormat,
  type DiagnosticFormatter,
  diagnosticFormatters,
  type FormatContext,
} from './diagnostics/format.js';
export {
  type BudgetDiff,
  type ChangeKind,
  type Compared,
  diffReports,
  type FieldChange,
  hasChanges,
  type MeasureDiff,
  type TargetDiff,
} from './diff/budget-diff.js';
export { type DiffSide, type DiffSides, renderDiffJson } from './diff/diff-json.js';
export { diffTables } from './diff/diff-tables.js';
export { checkoutRevision, type RevisionCheckout, type RevisionProblem } from './diff/git-revision.js';
export { labelsFor } from './i18n/index.js';
export { buildInventoryYaml, parseMdirCsv, parseMdirXlsx, selectMunicipality } from './import/mdir.js';
export { type CheckResult, checkBudget } from './load/check-budget.js';
export { type LoadOptions, type LoadResult, loadBudget } from './load/load-budget.js';
export type { Budget, Language, Measure, Scope, Status, Target } from './model/budget.js';
export { renderCsv, renderCsvTable } from './render/csv.js';
export { zipCsvTables } from './render/csv-zip.js';
export { type HtmlReportOptions, renderHtmlReport } from './render/html/html-report.js';
export { renderOverviewHtml } from './render/html/overview-page.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export type { CellType, CellValue, Column, Row, Table } from './render/table.js';
export { listingTables, toTables } from './render/tables/index.js';
export { buildOverviewTable, type OverviewEntry } from './render/tables/overview.js';
export { workbookTables, workbookTitle } from './render/tables/workbook.js';
export { renderTerminal } from './render/terminal.js';
export { workbookDate } from './render/xlsx/workbook-date.js';
export { writeXlsx, writeXlsxFile } from './render/xlsx/write-xlsx.js';
export { buildMeasuresYaml } from './template/measures-yaml.js';
export { type ImportedMeasure, readTemplate, type TemplateReadResult } from './template/read-template.js';
export { type TemplateInput, writeTemplate } from './template/write-template.js';

import type { DiagnosticCode } from './codes.js';

/** How bad a finding is; `off` exists only in rule settings, never on a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** 1-based, as shown to users. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export type JsonPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** One sentence in the user's terms. */
  message: string;
  /** Relative to the current directory, `/` separators. */
  file: string;
  /** Absent only when the whole file is at fault (unreadable, not UTF-8, missing). */
  range?: SourceRange;
  path: JsonPath;
  /** How to fix it. */
  hint?: string;
  /** A workbook's cell (`Tiltak!D7`) when `file` is a workbook: `range` then holds its row (line) and column number. */
  cell?: string;
  /**
   * The message and hint as a template key and its params, to say them in another language
   * (`localizeDiagnostics`); `message` and `hint` hold them in English. Not part of any output format.
   */
  said?: Said;
}

/**
 * A message as data: the key of its template and its params. Typed where it is made
 * (`say` in i18n/messages, which checks the params against the key's template).
 */
export interface Said {
  key: string;
  params: object;
}

/** The words the stylish format says itself: the hint's label and the counts of its summary line. */
export interface StylishWords {
  hint: string;
  errors(count: number): string;
  warnings(count: number): string;
  infos(count: number): string;
  problems(count: number): string;
  clean(dirs: string): string;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, line, column, severity, code and message: the order every output uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.range?.start.line ?? 0;
  const lineB = b.range?.start.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  const colA = a.range?.start.column ?? 0;
  const colB = b.range?.start.column ?? 0;
  if (colA !== colB) return colA - colB;
  if (a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Counts diagnostics by severity. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const summary: DiagnosticSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** `1 warning`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

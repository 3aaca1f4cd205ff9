import { safeJsonText } from '../safe-text.js';
import { compareDiagnostics, type Diagnostic, summarizeDiagnostics } from './diagnostic.js';

/** Formats diagnostics as the `{ diagnostics, summary }` object of SPEC §6, pretty-printed. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const output = {
    diagnostics: sorted.map((diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      // `undefined` drops the key, so `hint` stays in its place when present and vanishes when absent.
      hint: diagnostic.hint,
      file: diagnostic.file,
      line: diagnostic.range?.start.line ?? null,
      column: diagnostic.range?.start.column ?? null,
      end_line: diagnostic.range?.end.line ?? null,
      end_column: diagnostic.range?.end.column ?? null,
      path: diagnostic.path,
    })),
    summary: summarizeDiagnostics(sorted),
  };
  return safeJsonText(`${JSON.stringify(output, null, 2)}\n`);
}

import { safeText } from '../safe-text.js';
import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';

const commandBySeverity: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Formats diagnostics as GitHub Actions workflow commands (`::error file=…::message`), one per line. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  return sorted.map((diagnostic) => `${formatCommand(diagnostic)}\n`).join('');
}

function formatCommand(diagnostic: Diagnostic): string {
  const properties: [string, string | number][] = [['file', safeText(diagnostic.file)]];
  const range = diagnostic.range;
  if (range) {
    properties.push(['line', range.start.line]);
    // GitHub accepts columns only when the annotation starts and ends on the same line.
    if (range.start.line === range.end.line) properties.push(['col', range.start.column]);
    properties.push(['endLine', range.end.line]);
    if (range.start.line === range.end.line) properties.push(['endColumn', range.end.column]);
  }
  properties.push(['title', diagnostic.code]);
  const propertyText = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  const message = diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message}\n${diagnostic.hint}`;
  return `::${commandBySeverity[diagnostic.severity]} ${propertyText}::${escapeData(safeText(message))}`;
}

/** Escapes the message part of a workflow command, as @actions/core does. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command, as @actions/core does. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

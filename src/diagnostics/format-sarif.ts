import { safeJsonText } from '../safe-text.js';
import { type DiagnosticCode, diagnosticCodes } from './codes.js';
import { compareDiagnostics, type Diagnostic, type Severity } from './diagnostic.js';
import type { FormatContext } from './format.js';

type SarifLevel = 'error' | 'warning' | 'note';

const levelBySeverity: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** Formats diagnostics as a SARIF 2.1.0 log with one run, for code-scanning tools. */
export function formatSarif(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const sorted = [...diagnostics].sort(compareDiagnostics);
  const ruleIds = [...new Set(sorted.map((diagnostic) => diagnostic.code))].sort();
  const artifactUris = [...new Set([...context.files, ...sorted.map((diagnostic) => diagnostic.file)])].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'klimabudsjett',
            version: context.toolVersion,
            informationUri: 'https://github.com/klimabudsjett/klimabudsjett',
            rules: ruleIds.map(toRule),
          },
        },
        // yaml's LineCounter counts columns in UTF-16 code units, which is also SARIF's default.
        columnKind: 'utf16CodeUnits',
        artifacts: artifactUris.map((file) => ({ location: toArtifactLocation(file) })),
        results: sorted.map((diagnostic) => ({
          ruleId: diagnostic.code,
          ruleIndex: ruleIds.indexOf(diagnostic.code),
          level: levelBySeverity[diagnostic.severity],
          message: {
            text: diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message} ${diagnostic.hint}`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  ...toArtifactLocation(diagnostic.file),
                  index: artifactUris.indexOf(diagnostic.file),
                },
                region: diagnostic.range && {
                  startLine: diagnostic.range.start.line,
                  startColumn: diagnostic.range.start.column,
                  endLine: diagnostic.range.end.line,
                  endColumn: diagnostic.range.end.column,
                },
              },
              // A workbook cell (`Tiltak!D7`): region holds its row and column number, this its name.
              ...(diagnostic.cell === undefined ? {} : { logicalLocations: [{ fullyQualifiedName: diagnostic.cell }] }),
            },
          ],
        })),
      },
    ],
  };
  return safeJsonText(`${JSON.stringify(log, null, 2)}\n`);
}

/** The section on a code in docs/diagnostics.md: an example that triggers it and what to do (GitHub's heading anchor). */
const diagnosticsUrl = 'https://github.com/klimabudsjett/klimabudsjett/blob/main/docs/diagnostics.md#';

const severityWords: Record<Severity, string> = { error: 'an error', warning: 'a warning', info: 'a note' };

/** A rule with what code scanning shows: its description in full and where the help is. */
function toRule(code: DiagnosticCode) {
  const info = diagnosticCodes[code];
  const sentence = `${info.description.charAt(0).toUpperCase()}${info.description.slice(1)}.`;
  const severity = `By default ${severityWords[info.severity]}.`;
  const helpUri = `${diagnosticsUrl}${code}`;
  return {
    id: code,
    shortDescription: { text: info.description },
    fullDescription: { text: `${sentence} ${severity}` },
    help: {
      text: `${sentence} An example and what to do: ${helpUri}`,
      markdown: `${sentence} ${severity}\n\nAn example and what to do: [\`${code}\` in the diagnostics reference](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: levelBySeverity[info.severity] },
  };
}

/** A relative URI under %SRCROOT%; each path segment is percent-encoded so spaces, `#` and non-ASCII stay valid. */
function toArtifactLocation(file: string) {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

import { safeText } from '../safe-text.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import type { FormatContext } from './format.js';

interface Suite {
  file: string;
  /** Errors and warnings, each its own test case. */
  cases: Diagnostic[];
  infos: Diagnostic[];
}

/**
 * Formats diagnostics as JUnit XML: a suite per checked file, a test case per error or warning.
 * A test case fails for an error, and for a warning only when warnings fail the run
 * (`warningsFail`: --max-warnings exceeded; --strict has made them errors already), so the report
 * says what the exit code says; a warning that does not fail keeps its text in the test case's
 * `system-out`. Infos go to the suite's `system-out` only with `infos` (--verbose).
 */
export function formatJunit(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const fails = (diagnostic: Diagnostic) =>
    diagnostic.severity === 'error' || (diagnostic.severity === 'warning' && context.warningsFail === true);
  const suites = groupByFile([...diagnostics].sort(compareDiagnostics), context.files);
  const tests = suites.reduce((sum, suite) => sum + Math.max(1, suite.cases.length), 0);
  const failures = suites.reduce((sum, suite) => sum + suite.cases.filter(fails).length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="klimabudsjett" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.flatMap((suite) => formatSuite(suite, fails, context.infos === true, context.words?.hint ?? 'hint')),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function groupByFile(sorted: readonly Diagnostic[], files: readonly string[]): Suite[] {
  const allFiles = [...new Set([...files, ...sorted.map((diagnostic) => diagnostic.file)])].sort(compareStrings);
  const suites = new Map(allFiles.map((file): [string, Suite] => [file, { file, cases: [], infos: [] }]));
  for (const diagnostic of sorted) {
    const suite = suites.get(diagnostic.file);
    if (diagnostic.severity === 'info') suite?.infos.push(diagnostic);
    else suite?.cases.push(diagnostic);
  }
  return [...suites.values()];
}

function formatSuite(
  suite: Suite,
  fails: (diagnostic: Diagnostic) => boolean,
  infos: boolean,
  hintLabel: string,
): string[] {
  const file = escapeXmlAttribute(suite.file);
  const tests = Math.max(1, suite.cases.length);
  const failures = suite.cases.filter(fails).length;
  const lines = [`  <testsuite name="${file}" tests="${tests}" failures="${failures}" errors="0">`];
  if (suite.cases.length === 0) lines.push(`    <testcase classname="${file}" name="${file}"/>`);
  for (const diagnostic of suite.cases) {
    const name = escapeXmlAttribute(`${formatLocation(diagnostic)} ${diagnostic.code}`);
    const details = escapeXmlText(formatDetails(diagnostic, hintLabel));
    lines.push(
      `    <testcase classname="${file}" name="${name}">`,
      fails(diagnostic)
        ? `      <failure message="${escapeXmlAttribute(diagnostic.message)}" type="${diagnostic.code}">${details}</failure>`
        : `      <system-out>${details}</system-out>`,
      '    </testcase>',
    );
  }
  if (infos && suite.infos.length > 0) {
    lines.push(
      `    <system-out>${escapeXmlText(suite.infos.map((info) => formatDetails(info, hintLabel)).join('\n\n'))}</system-out>`,
    );
  }
  lines.push('  </testsuite>');
  return lines;
}

/** `file:line:col  severity  code`, the message and the hint, one per line. */
function formatDetails(diagnostic: Diagnostic, hintLabel: string): string {
  const lines = [`${formatLocation(diagnostic)}  ${diagnostic.severity}  ${diagnostic.code}`, diagnostic.message];
  if (diagnostic.hint !== undefined) lines.push(`${hintLabel}: ${diagnostic.hint}`);
  return lines.join('\n');
}

function formatLocation(diagnostic: Diagnostic): string {
  const start = diagnostic.range?.start;
  if (diagnostic.cell !== undefined) return `${diagnostic.file} ${diagnostic.cell}`;
  return start ? `${diagnostic.file}:${start.line}:${start.column}` : diagnostic.file;
}

// Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF.
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  // Parsers turn a literal tab or line break inside an attribute value into a space.
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes text for element content: control and bidi characters replaced (safeText), what XML 1.0 forbids dropped. */
function escapeXmlText(text: string): string {
  return safeText(text)
    .replace(illegalXmlChars, '')
    .replace(/[&<>"'\r]/g, (char) => xmlEntities[char] ?? char);
}

/** Escapes text for an attribute value, keeping tabs and line breaks as character references. */
function escapeXmlAttribute(text: string): string {
  return safeText(text)
    .replace(illegalXmlChars, '')
    .replace(/[&<>"'\r\n\t]/g, (char) => xmlEntities[char] ?? char);
}

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

import { Chalk, type ChalkInstance } from 'chalk';
import { appendAll } from '../arrays.js';
import { displayWidth } from '../render/display-width.js';
import { safeText } from '../safe-text.js';
import {
  compareDiagnostics,
  type Diagnostic,
  type DiagnosticSummary,
  plural,
  type Severity,
  type SourceRange,
  type StylishWords,
  summarizeDiagnostics,
} from './diagnostic.js';
import type { FormatContext } from './format.js';

/** Source lines longer than this many characters are cut around the caret. */
const maxFrameWidth = 160;
/** How many characters to keep before the caret when a long line is cut. */
const contextBeforeCaret = 40;

type Paint = (text: string) => string;

/** The format's own words when the caller gives none: English, as the library speaks. */
const englishWords: StylishWords = {
  hint: 'hint',
  errors: (count) => plural(count, 'error'),
  warnings: (count) => plural(count, 'warning'),
  infos: (count) => plural(count, 'info'),
  problems: (count) => plural(count, 'problem'),
  clean: (dirs) => `${dirs}: 0 errors, 0 warnings`,
};

/** Formats diagnostics for people: location, message, code frame and hint, then a summary line. */
export function formatStylish(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  if (diagnostics.length === 0) return '';
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const words = context.words ?? englishWords;
  const width = context.width;
  const severityPaint: Record<Severity, Paint> = { error: chalk.red, warning: chalk.yellow, info: chalk.cyan };
  const linesByFile = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    const source = context.sources.get(file);
    if (source === undefined) return undefined;
    const cached = linesByFile.get(file);
    if (cached) return cached;
    const lines = splitLines(source);
    linesByFile.set(file, lines);
    return lines;
  };
  const blocks = [...diagnostics].sort(compareDiagnostics).map((diagnostic) => {
    const paint = severityPaint[diagnostic.severity];
    // The message and hint quote budget text; the file name is the budget's too: made safe first.
    const lines = [formatHeader(diagnostic, chalk, paint), ...indent(safeText(diagnostic.message), '  ', '  ', width)];
    const sourceLines = linesOf(diagnostic.file);
    if (diagnostic.range && sourceLines)
      appendAll(lines, formatCodeFrame(sourceLines, diagnostic.range, chalk, paint, width));
    if (diagnostic.hint !== undefined)
      appendAll(
        lines,
        indent(`${words.hint}: ${safeText(diagnostic.hint)}`, '  ', ' '.repeat(words.hint.length + 4), width),
      );
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${formatSummary(summarizeDiagnostics(diagnostics), chalk, words)}\n`;
}

function formatHeader(diagnostic: Diagnostic, chalk: ChalkInstance, paint: Paint): string {
  const start = diagnostic.range?.start;
  const file = safeText(diagnostic.file);
  const location =
    diagnostic.cell !== undefined
      ? `${file} ${safeText(diagnostic.cell)}`
      : start
        ? `${file}:${start.line}:${start.column}`
        : file;
  return `${chalk.bold.underline(location)}  ${paint(diagnostic.severity)}  ${chalk.dim(diagnostic.code)}`;
}

/**
 * Indents every line of `text`; continuation lines may get a deeper indent. With `width`, a line
 * longer than it is wrapped at spaces (a word longer than the room stays whole).
 */
function indent(text: string, first: string, rest = first, width?: number): string[] {
  const lines = width === undefined ? text.split('\n') : wrapLines(text, width - displayWidth(rest));
  return lines.map((line, index) => `${index === 0 ? first : rest}${line}`);
}

/** Greedy word wrap of each line of `text` into lines of at most `room` columns. */
function wrapLines(text: string, room: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (line === '' || displayWidth(joined) <= room) line = joined;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Splits source text into lines without the BOM and without the `\r` of CRLF endings. */
function splitLines(source: string): string[] {
  return source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

/**
 * The start line with the line before and after, a line-number gutter and a caret line under the range:
 *
 *        9 |   - sector: transport
 *     > 10 |     factor: diesel-bus
 *          |             ^^^^^^^^^^
 */
function formatCodeFrame(
  lines: readonly string[],
  range: SourceRange,
  chalk: ChalkInstance,
  paint: Paint,
  width?: number,
): string[] {
  const startLine = range.start.line;
  const offending = lines[startLine - 1];
  if (offending === undefined) return [];
  const first = Math.max(1, startLine - 1);
  const last = Math.min(lines.length, startLine + 1);
  const gutterWidth = String(last).length;
  // On a terminal, a source line is cut to its width (the gutter and two `…` take room) rather
  // than wrapped into the gutter; the context kept before the caret shrinks with it.
  const maxWidth = width === undefined ? maxFrameWidth : Math.min(maxFrameWidth, Math.max(20, width - gutterWidth - 9));
  const before = Math.min(contextBeforeCaret, Math.floor(maxWidth / 2));

  // Work in characters (code points), not UTF-16 units, so the caret stays under non-ASCII text.
  const caretStart = toCharacters(offending.slice(0, range.start.column - 1)).length;
  const caretEnd =
    range.end.line === startLine
      ? toCharacters(offending.slice(0, range.end.column - 1)).length
      : toCharacters(offending).length;
  const windowStart = caretStart < maxWidth - before ? 0 : caretStart - before;
  const windowEnd = windowStart + maxWidth;
  // The caret goes by terminal columns: a CJK character or an emoji takes two, a combining accent none.
  const characters = toCharacters(offending);
  const caretPadding =
    displayWidth(characters.slice(windowStart, caretStart).join('')) + (windowStart > 0 ? displayWidth('…') : 0);
  const caretCount = Math.max(1, displayWidth(characters.slice(caretStart, Math.min(caretEnd, windowEnd)).join('')));

  const frame: string[] = [];
  for (let lineNumber = first; lineNumber <= last; lineNumber++) {
    const marker = lineNumber === startLine ? paint('>') : ' ';
    const gutter = chalk.dim(`${String(lineNumber).padStart(gutterWidth)} |`);
    const text = clipLine(toCharacters(lines[lineNumber - 1] ?? ''), windowStart, windowEnd);
    frame.push(`  ${marker} ${gutter}${text === '' ? '' : ` ${text}`}`);
    if (lineNumber === startLine) {
      const carets = paint('^'.repeat(caretCount));
      frame.push(`    ${chalk.dim(`${' '.repeat(gutterWidth)} |`)} ${' '.repeat(caretPadding)}${carets}`);
    }
  }
  return frame;
}

/** Splits a line into characters, each control or bidi character (tab included) shown as one space (safeText). */
function toCharacters(line: string): string[] {
  return Array.from(safeText(line.replaceAll('\t', ' ').replaceAll('\n', ' '), ' '));
}

/** The characters in [start, end), with `…` where something was cut off. */
function clipLine(characters: readonly string[], start: number, end: number): string {
  if (characters.length === 0) return '';
  const before = start > 0 ? '…' : '';
  const after = characters.length > end ? '…' : '';
  return `${before}${characters.slice(start, end).join('')}${after}`;
}

function formatSummary(summary: DiagnosticSummary, chalk: ChalkInstance, words: StylishWords): string {
  const total = summary.errors + summary.warnings + summary.infos;
  // Infos are notes, not problems: a run with only infos passes, and says so.
  if (summary.errors === 0 && summary.warnings === 0)
    return chalk.green.bold(`✔ ${words.errors(0)}, ${words.warnings(0)} (${words.infos(summary.infos)})`);
  const counts = [words.errors(summary.errors), words.warnings(summary.warnings), words.infos(summary.infos)];
  const text = `✖ ${words.problems(total)} (${counts.join(', ')})`;
  if (summary.errors > 0) return chalk.red.bold(text);
  return chalk.yellow.bold(text);
}

/** The one line for budgets without a diagnostic, on a terminal: `✔ examples/porsgrunn: 0 errors, 0 warnings`. */
export function formatClean(dirs: readonly string[], color: boolean, words: StylishWords = englishWords): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return `${chalk.green.bold('✔')} ${words.clean(dirs.join(', '))}\n`;
}

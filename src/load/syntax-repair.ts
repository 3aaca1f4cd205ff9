import type { Document } from 'yaml';
import type { Said, SourceRange } from '../diagnostics/diagnostic.js';
import { say } from '../i18n/messages/index.js';

/** A syntax error that a small edit of one line mends: what to tell, and where. */
export interface Mended {
  message: string;
  hint?: string;
  said?: Said;
  range: SourceRange;
}

/** Mends at most this many lines; a file with more such errors is reported as it stands after them. */
const maxMends = 20;

/**
 * Characters the mending may parse again in all (each round parses the file up to four times):
 * a 100 kB file gets every round, a 4 MB one none, so that a huge file with tabs stays quick.
 */
const maxCharactersParsed = 8_000_000;

/**
 * Mends the syntax errors that set off a cascade of echoes (SPEC §3: one mistake, one error):
 * a tab in the indentation (the yaml library then misreads every line after it) and a key
 * without a space after its colon (`status:in_progress`, read as a text). Each is mended on a
 * copy and the text parsed again, so that the errors left are the file's other mistakes. Lines
 * are never added or removed, so line numbers stay those of the file.
 */
export function mendSyntax(
  text: string,
  parsed: Document.Parsed,
  parse: (text: string) => Document.Parsed,
): { mended: Mended[]; text: string; doc: Document.Parsed } {
  const mended: Mended[] = [];
  let current = text;
  let doc = parsed;
  const rounds = Math.min(maxMends, Math.floor(maxCharactersParsed / Math.max(1, 4 * text.length)));
  for (let round = 0; round < rounds && doc.errors.length > 0; round++) {
    const first = doc.errors[0];
    if (!first) break;
    const fix = mendTab(current, first.code, first.pos[0], parse) ?? mendColon(current, first.pos[0], parse);
    if (!fix || fix.doc.errors.length >= doc.errors.length) break;
    mended.push(fix.mended);
    current = fix.text;
    doc = fix.doc;
  }
  return { mended, text: current, doc };
}

interface Fix {
  mended: Mended;
  text: string;
  doc: Document.Parsed;
}

function lineAt(text: string, offset: number): { start: number; end: number; line: string } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  return { start, end, line: text.slice(start, end) };
}

/** A tab in the indentation: the line indented with spaces as the lines around it suggest. */
function mendTab(
  text: string,
  code: string,
  offset: number,
  parse: (text: string) => Document.Parsed,
): Fix | undefined {
  if (code !== 'TAB_AS_INDENT') return undefined;
  const { start, end, line } = lineAt(text, offset);
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (!indent.includes('\t')) return undefined;
  let best: Fix | undefined;
  for (const width of indentCandidates(text, start)) {
    const candidate = `${text.slice(0, start)}${' '.repeat(width)}${line.slice(indent.length)}${text.slice(end)}`;
    const doc = parse(candidate);
    if (best && doc.errors.length >= best.doc.errors.length) continue;
    best = {
      text: candidate,
      doc,
      mended: {
        ...say('tabIndentMended', { width }),
        range: rangeOf(text, start, start + indent.length),
      },
    };
  }
  return best;
}

/** Indentations the line at `lineStart` likely meant: under the previous line's content after `- `, under it, or one level deeper. */
function indentCandidates(text: string, lineStart: number): number[] {
  const before = text.slice(0, lineStart).split('\n');
  const previous = before
    .slice(0, -1)
    .reverse()
    .find((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  if (previous === undefined) return [0];
  const own = /^ */.exec(previous)?.[0].length ?? 0;
  const item = /^( *- +)/.exec(previous)?.[1]?.length;
  return [...new Set([...(item === undefined ? [] : [item]), own, own + 2, Math.max(0, own - 2)])];
}

/** `key:value` at the start of a line: a key whose colon lacks the space after it. */
const keyWithoutSpace = /^( *(?:- +)?)([A-Za-z_][\w-]*):(?=[^\s/:])/;

/** A key without a space after its colon, which YAML reads as part of a text: mended with the space. */
function mendColon(text: string, offset: number, parse: (text: string) => Document.Parsed): Fix | undefined {
  for (const candidateOffset of [offset, text.lastIndexOf('\n', Math.max(0, offset - 1))]) {
    const { start, line } = lineAt(text, Math.max(0, candidateOffset));
    const match = keyWithoutSpace.exec(line);
    if (!match) continue;
    const colon = start + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
    const candidate = `${text.slice(0, colon + 1)} ${text.slice(colon + 1)}`;
    const doc = parse(candidate);
    const rest = line.slice(colon - start + 1).trim();
    return {
      text: candidate,
      doc,
      mended: {
        ...say('colonSpace', { key: match[2] ?? '', rest }),
        range: rangeOf(text, colon, colon + 1),
      },
    };
  }
  return undefined;
}

/** 1-based line and column of two offsets of `text` (which is mended line by line, so lines stay put). */
function rangeOf(text: string, start: number, end: number): SourceRange {
  const at = (offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return { line: text.slice(0, offset).split('\n').length, column: offset - lineStart + 1 };
  };
  return { start: at(start), end: at(end) };
}

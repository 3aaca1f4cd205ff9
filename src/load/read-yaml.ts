import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticCodes } from '../diagnostics/codes.js';
import type { Diagnostic, JsonPath, SourceRange } from '../diagnostics/diagnostic.js';

/** A YAML file that parsed: its data and a way back from a data path to a place in the text. */
export interface ParsedFile {
  /** Relative to the current directory, `/` separators: what diagnostics show. */
  path: string;
  /** The text without a BOM. */
  text: string;
  data: unknown;
  /** Range of the key or value at `path`, or of its nearest existing ancestor. */
  locate(path: JsonPath, at?: 'key' | 'value'): SourceRange | undefined;
}

export interface ReadResult {
  file?: ParsedFile;
  /** The text, when it could be read: for code frames even when it does not parse. */
  text?: string;
  diagnostics: Diagnostic[];
}

/** Aliases a file may expand: enough for any budget, far too few for a “billion laughs”. */
const maxAliasCount = 1000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a YAML file from disk; every problem (I/O, encoding, syntax) is a diagnostic. */
export function readYamlFile(absolutePath: string, displayPath: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return {
      diagnostics: [fileDiagnostic('file-unreadable', displayPath, describeReadError(error), hintForReadError(error))],
    };
  }
  const text = decodeUtf8(bytes, displayPath);
  if (typeof text !== 'string') return { diagnostics: [text] };
  return parseYamlText(text, displayPath);
}

/**
 * Parses YAML text (a BOM is dropped); every problem is a diagnostic.
 *
 * Two parsers, for speed: js-yaml reads a well-formed file about six times faster than the yaml
 * library, which a 10 000-measure budget needs; yaml (with positions, alias limits and good
 * messages) takes over when js-yaml rejects a file, when the file shares nodes through aliases,
 * and lazily, to locate a diagnostic. Both read YAML 1.2 with the core schema.
 */
export function parseYamlText(rawText: string, displayPath: string): ReadResult {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const fast = parseFast(text);
  if (fast !== undefined) {
    let locator: ParsedFile['locate'] | undefined;
    const locate: ParsedFile['locate'] = (path, at) => {
      locator ??= parseWithPositions(text, displayPath).file?.locate ?? (() => undefined);
      return locator(path, at);
    };
    return { text, file: { path: displayPath, text, data: fast, locate }, diagnostics: [] };
  }
  return parseWithPositions(text, displayPath);
}

/** js-yaml's reading of a file, or undefined when the careful path must decide. */
function parseFast(text: string): object | undefined {
  let data: unknown;
  try {
    data = loadFast(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return data !== null && typeof data === 'object' && !sharesNodes(data) ? data : undefined;
}

/**
 * True when a mapping or list is reached twice: js-yaml makes aliases shared references, which a
 * “billion laughs” file would blow up in every later walk. The yaml library counts and refuses them.
 */
function sharesNodes(root: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}

/** Parses with the yaml library: positions, precise syntax errors, bounded aliases. */
function parseWithPositions(text: string, displayPath: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const toRange = (start: number, end: number): SourceRange => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start + 1));
    return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
  };
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const explained = explainYamlError(error.code, error.message, error.pos, text);
    return {
      code: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      severity: 'error',
      message: explained.message,
      file: displayPath,
      range: toRange(explained.start, explained.end),
      path: [],
      hint: explained.hint,
    };
  });
  if (diagnostics.length > 0) return { text, diagnostics };
  if (doc.contents === null) {
    return {
      text,
      diagnostics: [
        fileDiagnostic(
          'file-empty',
          displayPath,
          'The file is empty.',
          'Start it with `schema_version: 1`, or delete it.',
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch {
    const alias = firstAlias(doc.contents);
    return {
      text,
      diagnostics: [
        {
          code: 'alias-limit',
          severity: 'error',
          message: `The aliases in this file expand to more than ${maxAliasCount} nodes, which looks like a “billion laughs” attack.`,
          file: displayPath,
          ...(alias?.range ? { range: toRange(alias.range[0], alias.range[1]) } : {}),
          path: [],
          hint: 'Write the data out instead of nesting aliases.',
        },
      ],
    };
  }
  const locate = (path: JsonPath, at: 'key' | 'value' = 'value'): SourceRange | undefined => {
    const range = findRange(doc, doc.contents, path, at);
    return range ? toRange(range[0], range[1]) : undefined;
  };
  return { text, file: { path: displayPath, text, data, locate }, diagnostics: [] };
}

type Offsets = readonly [number, number];

/** Walks the YAML tree along a data path; returns the offsets of the deepest node found. */
function findRange(doc: Document, root: unknown, path: JsonPath, at: 'key' | 'value'): Offsets | undefined {
  let node: unknown = root;
  let best: Offsets | undefined = rangeOf(node);
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    if (isAlias(node)) node = node.resolve(doc);
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return best;
      const keyRange = rangeOf(pair.key);
      if (last && at === 'key') return keyRange ?? best;
      const valueRange = rangeOf(pair.value);
      best = valueRange && !isEmptyScalar(pair.value) ? valueRange : (keyRange ?? best);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      best = rangeOf(item) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}

function rangeOf(node: unknown): Offsets | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}

function firstAlias(contents: unknown): { range?: [number, number, number] | null } | undefined {
  let found: { range?: [number, number, number] | null } | undefined;
  visit(contents as Node, {
    Alias(_key, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/** Rewords the yaml library's errors for people and moves the place to where the fix belongs. */
function explainYamlError(
  code: string,
  message: string,
  [start, end]: [number, number],
  text: string,
): { message: string; hint: string; start: number; end: number } {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (code === 'MISSING_CHAR' && quote) {
    const opening = text.lastIndexOf(quote, start - 1);
    const at = opening >= 0 ? opening : start;
    return {
      message: `This ${quote} opens a quoted text that is never closed.`,
      hint: `Add the closing ${quote} at the end of the text.`,
      start: at,
      end: at + 1,
    };
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return {
        message: 'This key appears twice in the same mapping.',
        hint: 'Remove one of the two, or merge them.',
        start,
        end,
      };
    case 'MULTIPLE_DOCS':
      return {
        message: 'The file holds several YAML documents (separated by ---); a budget file holds one.',
        hint: 'Split it into several files, or remove the extra `---`.',
        start,
        end,
      };
    case 'TAB_AS_INDENT':
      return {
        message: 'A tab is used for indentation; YAML indents with spaces.',
        hint: 'Replace the tab with spaces.',
        start,
        end,
      };
    default: {
      const sentence =
        message
          .split('\n')[0]
          ?.replace(/ at line \d+, column \d+:?$/, '')
          .trim() ?? message;
      return {
        message: `The YAML does not parse: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}${sentence.endsWith('.') ? '' : '.'}`,
        hint: 'Check quotes, brackets, colons and indentation on this line and the one before.',
        start,
        end,
      };
    }
  }
}

function decodeUtf8(bytes: Buffer, displayPath: string): string | Diagnostic {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileDiagnostic('file-encoding', displayPath, 'The file is UTF-16, not UTF-8.', 'Save it as UTF-8.');
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return {
      code: 'file-encoding',
      severity: diagnosticCodes['file-encoding'].severity,
      message: 'The file is not UTF-8 text (an invalid byte sequence).',
      file: displayPath,
      range: { start: { line, column }, end: { line, column: column + 1 } },
      path: [],
      hint: 'Save it as UTF-8; files saved as Latin-1 (ISO-8859-1) or Windows-1252 show this for æ, ø and å.',
    };
  }
}

/** Finds the line and column of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  // Everything before the first bad byte decodes exactly, so bytes and characters stay in step.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  let offset = 0;
  let line = 1;
  let column = 1;
  for (const char of lenient) {
    const codePoint = char.codePointAt(0) ?? 0;
    const isGenuineReplacement = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (codePoint === 0xfffd && !isGenuineReplacement) break;
    offset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (char === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

function fileDiagnostic(code: DiagnosticCode, file: string, message: string, hint?: string): Diagnostic {
  return { code, severity: diagnosticCodes[code].severity, message, file, path: [], ...(hint ? { hint } : {}) };
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'The file does not exist.';
    case 'EISDIR':
      return 'This is a folder where a file is expected.';
    case 'EACCES':
    case 'EPERM':
      return 'The file cannot be read: permission denied.';
    default:
      return `The file cannot be read (${errorCode(error) ?? 'unknown error'}).`;
  }
}

function hintForReadError(error: unknown): string | undefined {
  switch (errorCode(error)) {
    case 'EISDIR':
      return 'Rename the folder, or change the glob in `files:` of budget.yaml so that it matches files only.';
    case 'EACCES':
    case 'EPERM':
      return 'Check the file permissions.';
    default:
      return undefined;
  }
}

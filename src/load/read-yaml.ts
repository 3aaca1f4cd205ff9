import { readFileSync, statSync } from 'node:fs';
import type * as YamlLibrary from 'yaml';
import type { Document, Node } from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { diagnosticCodes } from '../diagnostics/codes.js';
import type { Diagnostic, JsonPath, SourceRange } from '../diagnostics/diagnostic.js';
import { type Said, say } from '../i18n/messages/index.js';
import { lazyModule } from './lazy-module.js';
import { indexWithEvents, type OffsetLocator, type Offsets } from './locate-events.js';
import { mendSyntax } from './syntax-repair.js';
import { loadFast } from './yaml-fast.js';
import { maxYamlNesting, tooDeepAt } from './yaml-nesting.js';

const yamlLibrary = lazyModule<typeof YamlLibrary>('yaml', 'vendor-yaml.cjs');

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

/**
 * The largest file read: far above any budget (130 000 measures are 54 MB), below what one string
 * can hold (a larger file would fail to decode, or fill the memory, before any diagnostic).
 */
const maxFileBytes = 256 * 2 ** 20;

/** Syntax errors reported per file: after the first few, the rest are mostly echoes of them. */
const maxSyntaxErrors = 10;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a YAML file from disk; every problem (I/O, encoding, syntax) is a diagnostic. */
export function readYamlFile(absolutePath: string, displayPath: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(absolutePath).size;
    if (size > maxFileBytes) {
      const megabytes = Math.round(size / 2 ** 20);
      return {
        diagnostics: [
          fileDiagnostic(
            'file-unreadable',
            displayPath,
            `The file is ${megabytes} MB, more than the ${maxFileBytes / 2 ** 20} MB a budget file may have; it is not read.`,
            'Split it into several files (130 000 measures take about 54 MB).',
          ),
        ],
      };
    }
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return {
      diagnostics: [
        {
          ...fileDiagnostic('file-unreadable', displayPath, ''),
          ...say('fileUnreadable', errorCode(error) === undefined ? {} : { errno: errorCode(error) }),
        },
      ],
    };
  }
  const decoded = decodeUtf8(bytes, displayPath);
  if (decoded.diagnostic) {
    return { ...(decoded.text !== undefined ? { text: decoded.text } : {}), diagnostics: [decoded.diagnostic] };
  }
  return parseYamlText(decoded.text, displayPath);
}

/**
 * Parses YAML text (a BOM is dropped); every problem is a diagnostic.
 *
 * Two parsers, for speed: js-yaml 5 reads a well-formed file about ten times faster than the yaml
 * library, which a 10 000-measure budget needs (yaml-fast.ts); its events, read again when a
 * diagnostic first asks for a place, locate every key and value (locate-events.ts). The yaml
 * library, with positions, alias limits and good messages, takes over when js-yaml rejects a file
 * or the file has aliases. Both read YAML 1.2 with the core schema (yaml-core-schema.ts).
 */
export function parseYamlText(rawText: string, displayPath: string): ReadResult {
  const withoutBom = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A lone CR (old Mac line ends) breaks a line in YAML; js-yaml agrees, the yaml library does not.
  // As a LF it means the same to both, and offsets stay put.
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
  const fast = parseFast(text);
  if (fast !== undefined) {
    let located: { offsets: OffsetLocator; lines: ReturnType<typeof lineCounterOf> } | undefined | null;
    const locate: ParsedFile['locate'] = (path, at = 'value') => {
      if (located === undefined) {
        const offsets = indexWithEvents(text);
        located = offsets ? { offsets, lines: lineCounterOf(text) } : null;
      }
      if (located === null) return positionsOf(text).locate(path, at);
      const found = located.offsets(path, at);
      return found ? offsetsToRange(located.lines, text, found[0], found[1]) : undefined;
    };
    return { text, file: { path: displayPath, text, data: fast, locate }, diagnostics: [] };
  }
  // Only here, before the careful path: js-yaml bounds its own nesting (yaml-fast.ts).
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const range = offsetsToRange(lineCounterOf(text), text, deep, deep + 1);
    return {
      text,
      diagnostics: [yamlError('yaml-syntax', say('yamlTooDeep', { limit: maxYamlNesting }), displayPath, range)],
    };
  }
  return parseWithPositions(text, displayPath);
}

/** js-yaml's reading of a file, or undefined when the careful path must decide (yaml-fast.ts). */
function parseFast(text: string): object | undefined {
  const data = loadFast(text);
  return data !== null && typeof data === 'object' ? data : undefined;
}

/** Parses with the yaml library: positions, precise syntax errors, bounded aliases. */
function parseWithPositions(text: string, displayPath: string): ReadResult {
  const { doc, lineCounter, toRange, locate } = positionsOf(text);
  // A tab or a `key:value` sets off a cascade of echoes: mended on a copy, one error each (syntax-repair.ts).
  const mend = doc.errors.length > 0 ? mendSyntax(text, doc, parseForErrors) : undefined;
  const errorText = mend?.text ?? text;
  const errorLines = mend ? lineCounterOf(errorText) : lineCounter;
  const diagnostics: Diagnostic[] = (mend?.mended ?? []).map((mended) => ({
    code: 'yaml-syntax',
    severity: 'error',
    message: mended.message,
    file: displayPath,
    range: mended.range,
    path: [],
    ...(mended.hint === undefined ? {} : { hint: mended.hint }),
    ...(mended.said === undefined ? {} : { said: mended.said }),
  }));
  for (const error of (mend?.doc ?? doc).errors.slice(0, Math.max(0, maxSyntaxErrors - diagnostics.length))) {
    const explained: { message: string; hint?: string; said?: Said; start: number; end: number } =
      explainUnclosedFlow((mend?.doc ?? doc).contents, error.code, error.message, error.pos[0]) ??
      explainYamlError(error.code, error.message, error.pos, errorText);
    diagnostics.push({
      code: 'yaml-syntax',
      severity: 'error',
      message: explained.message,
      file: displayPath,
      range: offsetsToRange(errorLines, errorText, explained.start, explained.end),
      path: [],
      ...(explained.hint === undefined ? {} : { hint: explained.hint }),
      ...(explained.said === undefined ? {} : { said: explained.said }),
    });
  }
  for (const duplicate of duplicateKeys(doc.contents)) {
    const first = lineCounter.linePos(duplicate.first).line;
    const said = say('duplicateKey', { key: duplicate.key, firstLine: first });
    diagnostics.push(yamlError('duplicate-key', said, displayPath, toRange(duplicate.start, duplicate.end)));
  }
  if (diagnostics.length > 0) return { text, diagnostics };
  if (doc.contents === null) {
    return {
      text,
      diagnostics: [{ ...fileDiagnostic('file-empty', displayPath, ''), ...say('fileEmpty', {}) }],
    };
  }
  const unresolved = unresolvedAlias(doc.contents);
  if (unresolved) {
    const range = unresolved.range ? toRange(unresolved.range[0], unresolved.range[1]) : undefined;
    return {
      text,
      diagnostics: [yamlError('yaml-syntax', say('aliasUndefined', { alias: unresolved.source }), displayPath, range)],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch {
    const alias = firstAlias(doc.contents);
    const range = alias?.range ? toRange(alias.range[0], alias.range[1]) : undefined;
    return {
      text,
      diagnostics: [yamlError('alias-limit', say('aliasLimit', { limit: maxAliasCount }), displayPath, range)],
    };
  }
  return { text, file: { path: displayPath, text, data, locate }, diagnostics: [] };
}

/**
 * The yaml library's document of a text, with offsets → line and column and a locator. The
 * locator works on a document with syntax errors too: the fast path needs it when js-yaml has
 * read a file that the yaml library (stricter in a few corners) rejects.
 */
function positionsOf(text: string) {
  // Lines are counted here rather than by the yaml library's LineCounter, which misses line
  // breaks inside tokens it recovers from after a syntax error (and then misplaces later errors).
  const lineCounter = lineCounterOf(text);
  // Duplicate keys are found in linear time by duplicateKeys(); the yaml library's own check is
  // quadratic in the number of keys of a mapping (40 000 keys took 17 s).
  const doc = parseForErrors(text);
  const toRange = (start: number, end: number): SourceRange => offsetsToRange(lineCounter, text, start, end);
  const locate = (path: JsonPath, at: 'key' | 'value' = 'value'): SourceRange | undefined => {
    const range = findRange(doc, doc.contents, path, at);
    return range ? toRange(range[0], range[1]) : undefined;
  };
  return { doc, lineCounter, toRange, locate };
}

/** The yaml library's reading of a text, with the options of every parse here. */
function parseForErrors(text: string): Document.Parsed {
  return yamlLibrary().parseDocument(text, { uniqueKeys: false, prettyErrors: false, version: '1.2' });
}

/** Offsets → a 1-based range, at least one character wide but never past the end of the text. */
function offsetsToRange(
  lines: ReturnType<typeof lineCounterOf>,
  text: string,
  start: number,
  end: number,
): SourceRange {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.min(Math.max(end, start + 1), Math.max(text.length, start)));
  return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
}

/** Offsets → 1-based line and column (in UTF-16 units), counting `\n` as the only line break. */
function lineCounterOf(text: string): { linePos(offset: number): { line: number; col: number } } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return {
    linePos(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] as number) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, col: offset - (starts[low] as number) + 1 };
    },
  };
}

/** Walks the YAML tree along a data path; returns the offsets of the deepest node found. */
function findRange(doc: Document, root: unknown, path: JsonPath, at: 'key' | 'value'): Offsets | undefined {
  const { isAlias, isMap, isPair, isSeq } = yamlLibrary();
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
  const { isScalar } = yamlLibrary();
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

function isEmptyScalar(node: unknown): boolean {
  const { isScalar } = yamlLibrary();
  return isScalar(node) && node.value === null && node.source === '';
}

function rangeOf(node: unknown): Offsets | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return [range[0], range[1]];
  }
  return undefined;
}

interface DuplicateKey {
  key: string;
  /** Offsets of the second occurrence. */
  start: number;
  end: number;
  /** Offset of the first occurrence. */
  first: number;
}

/**
 * Keys given twice in one mapping. Keys are compared as text, as they end up in JavaScript
 * objects: `2024:` and `"2024":` are the same key.
 */
function duplicateKeys(contents: unknown): DuplicateKey[] {
  const { isScalar, visit } = yamlLibrary();
  const found: DuplicateKey[] = [];
  if (!contents) return found;
  visit(contents as Node, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const [start, end] = pair.key.range;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, start);
        else found.push({ key: key.length > 60 ? `${key.slice(0, 59)}…` : key, start, end, first });
      }
    },
  });
  return found;
}

/**
 * The first alias without an anchor before it (`*y` with no `&y`): toJS would throw on it. One
 * walk in document order; the library's Alias.resolve walks the whole document for every alias.
 */
function unresolvedAlias(contents: unknown): { source: string; range?: [number, number, number] | null } | undefined {
  const { isAlias, visit } = yamlLibrary();
  let found: { source: string; range?: [number, number, number] | null } | undefined;
  if (!contents) return undefined;
  const anchors = new Set<string>();
  visit(contents as Node, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (anchors.has(node.source)) return undefined;
        found = { source: `*${node.source}`, range: node.range };
        return visit.BREAK;
      }
      if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/**
 * An unclosed `{` or `[`: the yaml library reports it where the next line starts; the fix
 * belongs to the bracket that opened it, so point there.
 */
function explainUnclosedFlow(
  contents: unknown,
  code: string,
  message: string,
  at: number,
): { message: string; hint?: string; said: Said; start: number; end: number } | undefined {
  const { visit } = yamlLibrary();
  const kind = /^Flow (map|sequence) in block collection/.exec(message)?.[1] as 'map' | 'sequence' | undefined;
  if (code !== 'BAD_INDENT' || !kind || !contents) return undefined;
  let opener: number | undefined;
  const consider = (node: { flow?: boolean; range?: [number, number, number] | null }) => {
    if (node.flow && node.range && node.range[1] === at && (opener === undefined || node.range[0] < opener))
      opener = node.range[0];
  };
  visit(contents as Node, { Map: (_key, node) => consider(node), Seq: (_key, node) => consider(node) });
  if (opener === undefined) return undefined;
  return {
    ...say('unclosedFlow', { kind }),
    start: opener,
    end: opener + 1,
  };
}

function firstAlias(contents: unknown): { range?: [number, number, number] | null } | undefined {
  const { visit } = yamlLibrary();
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
): { message: string; hint?: string; said?: Said; start: number; end: number } {
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (code === 'MISSING_CHAR' && quote) {
    const opening = text.lastIndexOf(quote, start - 1);
    const at = opening >= 0 ? opening : start;
    return {
      ...say('unclosedQuote', { quote }),
      start: at,
      end: at + 1,
    };
  }
  switch (code) {
    case 'MULTIPLE_DOCS':
      return {
        ...say('multipleDocuments', {}),
        start,
        end,
      };
    case 'TAB_AS_INDENT':
      return {
        ...say('tabIndent', {}),
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
        ...say('yamlDoesNotParse', {
          sentence: `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}${sentence.endsWith('.') ? '' : '.'}`,
        }),
        start,
        end,
      };
    }
  }
}

type Decoded = { text: string; diagnostic?: undefined } | { text?: string; diagnostic: Diagnostic };

/** Decodes UTF-8 strictly; on failure the diagnostic, with a lenient decoding for the code frame. */
function decodeUtf8(bytes: Buffer, displayPath: string): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      diagnostic: { ...fileDiagnostic('file-encoding', displayPath, ''), ...say('utf16', {}) },
    };
  }
  const lenient = (): string => new TextDecoder('utf-8').decode(bytes);
  const encodingDiagnostic = (words: ReturnType<typeof say>, at: { line: number; column: number }): Diagnostic => ({
    code: 'file-encoding',
    severity: diagnosticCodes['file-encoding'].severity,
    ...words,
    file: displayPath,
    range: { start: at, end: { line: at.line, column: at.column + 1 } },
    path: [],
  });
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      text: lenient(),
      diagnostic: encodingDiagnostic(say('notUtf8', {}), firstInvalidUtf8(bytes)),
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    // YAML text never holds NUL; UTF-16 without a byte order mark and binary files do.
    return {
      text,
      diagnostic: encodingDiagnostic(say('nulBytes', {}), positionOf(text, nul)),
    };
  }
  return { text };
}

/** The 1-based line and column (in UTF-16 units, like every other position) of `offset` in `text`, without a BOM. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const before = text.slice(skip, Math.max(skip, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Finds the line and column of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } {
  // Everything before the first bad byte decodes exactly, so bytes and characters stay in step.
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  let index = 0;
  for (const char of lenient) {
    const codePoint = char.codePointAt(0) ?? 0;
    const isGenuineReplacement = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (codePoint === 0xfffd && !isGenuineReplacement) break;
    offset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    index += char.length;
  }
  return positionOf(lenient, index);
}

/** An error the yaml library found in `file`, at `range` where it knows the place. */
function yamlError(code: DiagnosticCode, said: ReturnType<typeof say>, file: string, range?: SourceRange): Diagnostic {
  return { code, severity: 'error', ...said, file, ...(range ? { range } : {}), path: [] };
}

function fileDiagnostic(code: DiagnosticCode, file: string, message: string, hint?: string): Diagnostic {
  return { code, severity: diagnosticCodes[code].severity, message, file, path: [], ...(hint ? { hint } : {}) };
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

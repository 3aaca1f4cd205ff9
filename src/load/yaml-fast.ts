import { constructFromEvents, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE } from 'js-yaml';
import { appendAll } from '../arrays.js';
import { objectKey, resolvePlainScalar, yamlCoreSchema } from './yaml-core-schema.js';

/**
 * js-yaml's own bound on nesting (its default): it stops there with an error, and the careful path
 * takes over behind the nesting pre-scan (yaml-nesting.ts), which only files js-yaml rejects need.
 */
const maxFastNesting = 100;

/** js-yaml 5's events of a YAML text (offsets into it), or undefined when it does not parse. */
export function readEvents(text: string): Event[] | undefined {
  try {
    return parseEvents(text, { maxDepth: maxFastNesting });
  } catch {
    return undefined;
  }
}

/**
 * js-yaml 5's reading of a YAML text with one document, or undefined when it does not parse, holds
 * more or fewer than one document, gives a key twice (the careful path then explains why) or has
 * an alias (the yaml library bounds their expansion; js-yaml would share them as references).
 *
 * js-yaml 5 parses to a flat list of events and builds the data from them. Its builder is general
 * (tags, anchors, merge keys, a schema lookup per node); a budget file has none of that, so the
 * data is built here in a loop over the events, which makes the whole read faster than js-yaml 4
 * was. A file with a tag, an anchor or a key that is not a scalar goes to js-yaml's own builder.
 */
export function loadFast(text: string, pieceLength = maxPieceLength): unknown {
  if (text.length > pieceLength) {
    const inPieces = loadInPieces(text, pieceLength);
    if (inPieces !== undefined) return inPieces;
  }
  return loadWhole(text);
}

function loadWhole(text: string): unknown {
  const events = readEvents(text);
  if (events === undefined) return undefined;
  const data = buildPlain(events, text);
  if (data !== general) return data;
  try {
    const documents = constructFromEvents(events, { source: text, schema: yamlCoreSchema, maxAliases: 0 });
    return documents.length === 1 ? documents[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The length of text read at once, where a file can be read in pieces: the events of a text take
 * about ten times its size, and the 54 MB file of 130 000 measures, read at once, peaked at
 * 1.4 GB (850 MB with js-yaml 4, 830 MB in pieces of 1 MB).
 */
const maxPieceLength = 2 ** 20;

/**
 * A long file whose bulk is one list under a top-level key (`measures:` and its items), read a
 * few thousand items at a time, or undefined when it is not such a file or a piece does not read
 * (then the whole is read, and decides). Cut only where a line holds nothing but the list's
 * indentation and `- `: in YAML such a line always starts an item, since anything that runs on
 * over lines (quoted text, a flow collection, a block scalar) is indented further; a cut inside
 * one of those in a broken file leaves it open at the end of its piece, which then does not read.
 */
function loadInPieces(text: string, pieceLength: number): unknown {
  // Directives, document markers and tabs: no cutting.
  if (text.includes('\t') || /^(?:%|---|\.\.\.)/m.test(text)) return undefined;
  const list = /^([A-Za-z_][\w-]*):[ ]*(?:#.*)?\n(?:[ ]*(?:#.*)?\n)*( +)- /m.exec(text);
  if (!list) return undefined;
  const [head, key = '', indent = ''] = list;
  const start = list.index + head.length - indent.length - 2;
  // The list ends at the first line indented less than its items that is not blank or a comment.
  const after = new RegExp(`\\n(?!${indent}|[ ]*(?:#|\\n|$))`, 'g');
  after.lastIndex = start;
  const end = (after.exec(text)?.index ?? text.length - 1) + 1;
  if (end - start <= pieceLength) return undefined;
  const rest = loadWhole(text.slice(0, start) + text.slice(end));
  if (
    rest === null ||
    typeof rest !== 'object' ||
    Array.isArray(rest) ||
    (rest as Record<string, unknown>)[key] !== null
  )
    return undefined;
  const items: unknown[] = [];
  const cut = `\n${indent}- `;
  for (let from = start; from < end; ) {
    const next = text.indexOf(cut, from + pieceLength);
    const to = next < 0 || next >= end ? end : next + 1;
    const piece = loadWhole(text.slice(from, to));
    if (!Array.isArray(piece)) return undefined;
    appendAll(items, piece);
    from = to;
  }
  (rest as Record<string, unknown>)[key] = items;
  return rest;
}

/** What buildPlain() returns for a file it leaves to js-yaml's general builder. */
const general = Symbol('general');

type Collection = Record<string, unknown> | unknown[];

/**
 * The data of a one-document event list without tags, anchors or complex keys, or `general`, or
 * undefined for an alias. Keys become text as the yaml library makes them (`1:` is `"1"`, `~:` is `""`).
 */
function buildPlain(events: readonly Event[], text: string): unknown {
  const parents: Array<Collection | undefined> = [];
  const parentKeys: Array<string | undefined> = [];
  let current: Collection | undefined;
  let key: string | undefined;
  let root: unknown;
  let documents = 0;
  for (const event of events) {
    let value: unknown;
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.tagStart !== -1 || event.anchorStart !== -1) return general;
        const source = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
        value = event.style === SCALAR_STYLE.PLAIN ? resolvePlainScalar(source) : source;
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (event.tagStart !== -1 || event.anchorStart !== -1) return general;
        parents.push(current);
        parentKeys.push(key);
        current = event.type === EVENT_ID.MAPPING ? {} : [];
        key = undefined;
        continue;
      case EVENT_ID.POP:
        if (parents.length === 0) continue; // the end of the document
        value = current;
        current = parents.pop();
        key = parentKeys.pop();
        break;
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) return general;
        continue;
      default: // an alias
        return undefined;
    }
    if (current === undefined) root = value;
    else if (Array.isArray(current)) current.push(value);
    else if (key === undefined) {
      if (value !== null && typeof value === 'object') return general;
      key = objectKey(value);
    } else {
      if (Object.hasOwn(current, key)) return general;
      if (key === '__proto__')
        Object.defineProperty(current, key, { value, enumerable: true, configurable: true, writable: true });
      else current[key] = value;
      key = undefined;
    }
  }
  return root;
}

import { constructFromEvents, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE } from 'js-yaml';
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
export function loadFast(text: string): unknown {
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

import { EVENT_ID, type Event, getScalarValue, SCALAR_STYLE } from 'js-yaml';
import type { JsonPath } from '../diagnostics/diagnostic.js';
import { readEvents } from './yaml-fast.js';

export type Offsets = readonly [number, number];

interface Place {
  key?: Offsets;
  /** Absent for an empty value (`key:` with nothing after it). */
  value?: Offsets;
}

/** Finds the offsets of the key or value at a data path, or of its nearest existing ancestor. */
export type OffsetLocator = (path: JsonPath, at: 'key' | 'value') => Offsets | undefined;

interface Frame {
  kind: 'mapping' | 'sequence';
  path: string;
  children: number;
  /** The path of the value that follows the key just read. */
  pendingKey?: string;
  start: number;
  /** End of the last node inside, so far. */
  end: number;
}

const separator = '\u0000';

/**
 * Indexes every key and value of a YAML text by its data path, from js-yaml's event stream (one
 * pass, a tenth of the cost of building the yaml library's tree), so that a large budget with a
 * diagnostic on every measure is located quickly. Undefined when the text does not parse.
 * The events are read again here rather than kept from reading the data (yaml-fast.ts): kept for
 * every file, they would hold half again the memory of a clean 10 000-measure run.
 */
export function indexWithEvents(text: string): OffsetLocator | undefined {
  const events = readEvents(text);
  if (events === undefined) return undefined;
  const places = new Map<string, Place>();
  const place = (path: string): Place => {
    let found = places.get(path);
    if (!found) {
      found = {};
      places.set(path, found);
    }
    return found;
  };
  const stack: Frame[] = [];
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) {
      if (++documents > 1) break;
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (!frame) continue;
      place(frame.path).value = [frame.start, frame.end];
      const parent = stack.at(-1);
      if (parent) parent.end = Math.max(parent.end, frame.end);
      continue;
    }
    const [start, end] = nodeOffsets(event, text);
    const parent = stack.at(-1);
    let path = '';
    if (parent) {
      parent.end = Math.max(parent.end, end);
      if (parent.kind === 'mapping' && parent.children++ % 2 === 0) {
        // A key: only scalar keys name a path; a complex key is skipped like any other node.
        parent.pendingKey = event.type === EVENT_ID.SCALAR ? join(parent.path, getScalarValue(text, event)) : undefined;
        if (parent.pendingKey !== undefined) place(parent.pendingKey).key = [start, end];
        if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) continue;
        path = `${separator}complex-key`;
      } else if (parent.kind === 'mapping') {
        path = parent.pendingKey ?? `${separator}complex-key`;
        parent.pendingKey = undefined;
      } else {
        path = join(parent.path, String(parent.children++));
      }
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, children: 0, start, end });
    } else if (start >= 0) {
      place(path).value = [start, end];
    }
  }
  return (path, at) => {
    const target = path.map(String);
    const exact = places.get(target.join(separator));
    if (exact) {
      const found = at === 'key' ? (exact.key ?? exact.value) : (exact.value ?? exact.key);
      if (found) return found;
    }
    for (let length = target.length - 1; length >= 0; length--) {
      const ancestor = places.get(target.slice(0, length).join(separator));
      const found = ancestor?.value ?? ancestor?.key;
      if (found) return found;
    }
    return undefined;
  };
}

function join(parent: string, key: string): string {
  return parent === '' ? key : `${parent}${separator}${key}`;
}

/** Where a node is written: a scalar with its quotes, an alias with its `*`, a collection's first line. */
function nodeOffsets(event: Event, text: string): [number, number] {
  if (event.type === EVENT_ID.SCALAR) {
    if (event.valueStart < 0) return [-1, -1];
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    return quoted ? [event.valueStart - 1, event.valueEnd + 1] : [event.valueStart, event.valueEnd];
  }
  if (event.type === EVENT_ID.ALIAS) return [event.anchorStart - 1, event.anchorEnd];
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
    const newline = text.indexOf('\n', event.start);
    return [event.start, newline < 0 ? text.length : newline];
  }
  return [-1, -1];
}

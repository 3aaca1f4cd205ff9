import type { ErrorObject } from 'ajv';
import type { JsonPath } from '../diagnostics/diagnostic.js';
import type { FileKind } from '../model/written.js';

/** A data path pattern: `'*'` stands for any one key or index. */
type Pattern = readonly string[];

/**
 * The parts of each kind of file that can be left out when they break the schema, the rest of
 * the file still meaning what it says: a measure, a factor, a target, an inventory year or sector,
 * a follow-up entry, and optional keys nothing else depends on. A key that decides how the rest
 * reads (`scope`, `method`, `period`, `plan_period`, `horizon`, `count_statuses`, `files`) is not
 * among them: when it is broken, the whole file stays out.
 */
const units: Record<FileKind, readonly Pattern[]> = {
  budget: [
    ['targets'],
    ['targets', '*'],
    ['title'],
    ['language'],
    ['discount_rate'],
    ['trajectory'],
    ['rules'],
    ['rules', '*'],
    ['municipality', 'number'],
  ],
  inventory: [['years', '*'], ['years', '*', '*'], ['source'], ['vintage'], ['gwp'], ['unit'], ['description']],
  baseline: [['years', '*'], ['years', '*', '*'], ['growth_pct', '*'], ['source'], ['description']],
  factors: [['factors', '*'], ['description']],
  measures: [['measures', '*'], ['description']],
  followup: [['measures', '*'], ['date'], ['description']],
};

export interface Salvaged {
  /** The file's data without the parts that broke the schema (list items left as holes, so indices stay those of the file). */
  data: unknown;
  /** The parts left out, as data paths of the file. */
  dropped: JsonPath[];
}

/**
 * What of a file that broke its schema can still be read: the data without the broken parts (an
 * unknown key at the top of a file is a part of its own), or undefined when a broken part is one
 * the rest depends on. The schema's errors are all there
 * (ajv's allErrors), so every part without an error is valid on its own.
 */
export function salvage(kind: FileKind, data: unknown, errors: readonly ErrorObject[]): Salvaged | undefined {
  const dropped = new Map<string, JsonPath>();
  for (const error of errors) {
    const path = offendingPath(data, error);
    const unknownTopKey = error.keyword === 'additionalProperties' && path.length === 1;
    const unit = unknownTopKey ? path : unitOf(kind, path);
    if (!unit) return undefined;
    dropped.set(unit.join('\u0000'), unit);
  }
  const copy = structuredClone(data);
  for (const path of dropped.values()) remove(copy, path);
  return { data: copy, dropped: [...dropped.values()] };
}

/** The data path an error is about: the object, or the key that is unknown, missing or misnamed. */
function offendingPath(data: unknown, error: ErrorObject): JsonPath {
  const path = dataPath(data, error.instancePath);
  const params = error.params as { additionalProperty?: string; missingProperty?: string; propertyName?: string };
  const inUnion = /\/(?:anyOf|oneOf)\//.test(error.schemaPath);
  if (error.keyword === 'additionalProperties' && !inUnion && params.additionalProperty !== undefined)
    return [...path, params.additionalProperty];
  if (error.keyword === 'required' && params.missingProperty !== undefined) return [...path, params.missingProperty];
  if (error.keyword === 'propertyNames' && params.propertyName !== undefined) return [...path, params.propertyName];
  return path;
}

/** The part to leave out for an error at `path`: the longest prefix that is a unit of the kind, if any. */
function unitOf(kind: FileKind, path: JsonPath): JsonPath | undefined {
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    if (units[kind].some((pattern) => matches(pattern, prefix))) return prefix;
  }
  return undefined;
}

function matches(pattern: Pattern, path: JsonPath): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((segment, index) => segment === '*' || segment === String(path[index]))
  );
}

function dataPath(data: unknown, instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

/** Removes the node at `path`; a list item becomes a hole, so that later indices keep pointing at their lines. */
function remove(root: unknown, path: JsonPath): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[segment];
  }
  const last = path.at(-1);
  if (node && typeof node === 'object' && last !== undefined) delete (node as Record<string | number, unknown>)[last];
}

/** The `id` written at `path` (a measure, a factor), when it is text. */
export function idAt(data: unknown, path: JsonPath): string | undefined {
  let node = data;
  for (const segment of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

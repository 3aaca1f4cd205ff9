import { defineMappingTag, defineScalarTag, FAILSAFE_SCHEMA, mapTag, NOT_RESOLVED } from 'js-yaml';

/*
 * The YAML 1.2 core schema (spec §10.3.2) as the yaml library reads it, for js-yaml 5. Its own
 * CORE_SCHEMA differs in two corners: a float too large for a number (`1e400`) is text there and
 * infinity in the yaml library, and a null key (`~:`, or none) is `"null"` there and `""` in the
 * yaml library. With this, js-yaml and the yaml library read every scalar alike
 * (test/unit/yaml-core-schema.test.ts), so the fast path and the careful path agree.
 *
 * The fast path (yaml-fast.ts) resolves plain scalars with resolvePlainScalar(); the schema, with
 * the same resolvers, serves js-yaml's own constructor for the rare file with tags or anchors.
 */

type Resolved<T> = T | typeof NOT_RESOLVED;

const nullPattern = /^(?:~|null|Null|NULL|)$/;
const boolPattern = /^(?:true|True|TRUE|false|False|FALSE)$/;
const intPattern = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const floatPattern =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

function resolveNull(source: string): Resolved<null> {
  return source.length <= 4 && nullPattern.test(source) ? null : NOT_RESOLVED;
}

function resolveBool(source: string): Resolved<boolean> {
  if ((source.length !== 4 && source.length !== 5) || !boolPattern.test(source)) return NOT_RESOLVED;
  return source.length === 4;
}

function resolveInt(source: string): Resolved<number> {
  if (!intPattern.test(source)) return NOT_RESOLVED;
  if (source.startsWith('0o')) return Number.parseInt(source.slice(2), 8);
  if (source.startsWith('0x')) return Number.parseInt(source.slice(2), 16);
  return Number(source);
}

function resolveFloat(source: string): Resolved<number> {
  if (!floatPattern.test(source)) return NOT_RESOLVED;
  const lower = source.toLowerCase();
  if (lower.endsWith('.nan')) return Number.NaN;
  if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
  return Number(source);
}

/** Digits, `+`, `-` and `.`: the characters a number can start with. */
function startsNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
}

/**
 * The value of a plain (unquoted, untagged) scalar: null, a boolean, a number or the text itself.
 * Every plain scalar passes here, mapping keys included, so the length and the first character
 * choose the one or two patterns worth trying.
 */
export function resolvePlainScalar(source: string): unknown {
  const length = source.length;
  if (length === 0) return null;
  const code = source.charCodeAt(0);
  if (startsNumber(code)) {
    const int = resolveInt(source);
    if (int !== NOT_RESOLVED) return int;
    const float = resolveFloat(source);
    return float === NOT_RESOLVED ? source : float;
  }
  if (length === 1) return code === 126 ? null : source;
  if (length === 4) {
    if (resolveNull(source) === null) return null;
    const bool = resolveBool(source);
    return bool === NOT_RESOLVED ? source : bool;
  }
  if (length === 5) {
    const bool = resolveBool(source);
    return bool === NOT_RESOLVED ? source : bool;
  }
  return source;
}

const numberChars = ['-', '+', '.', ...'0123456789'];

const nullTag = defineScalarTag<null>('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: resolveNull,
  identify: (data) => data === null,
});

const boolTag = defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['t', 'T', 'f', 'F'],
  resolve: resolveBool,
  identify: (data) => typeof data === 'boolean',
});

const intTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: numberChars,
  resolve: resolveInt,
  identify: (data) => Number.isInteger(data),
});

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: numberChars,
  resolve: resolveFloat,
  identify: (data) => typeof data === 'number',
});

/** The text a key becomes in a JavaScript object, as the yaml library makes it: `""` for null. */
export function objectKey(key: unknown): string {
  return key === null ? '' : String(key);
}

const mappingTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: mapTag.create,
  identify: mapTag.identify,
  addPair: (mapping, key, value) => mapTag.addPair(mapping, key === null ? '' : key, value),
  has: (mapping, key) => mapTag.has(mapping, key === null ? '' : key),
  keys: mapTag.keys,
  get: mapTag.get,
});

/** YAML 1.2 core: strings, mappings and lists, plus null, bool, int and float as the spec resolves them. */
export const yamlCoreSchema = FAILSAFE_SCHEMA.withTags(mappingTag, nullTag, boolTag, intTag, floatTag);

import jsYaml from 'js-yaml';

/*
 * The YAML 1.2 core schema (spec §10.3.2) for js-yaml 4, whose own CORE_SCHEMA still follows
 * YAML 1.1 in places (`1_000` and `0b101` are numbers there, `-.5` is text). With this, js-yaml
 * reads every scalar as the yaml library does, so the fast path and the careful path agree.
 */

const nullPattern = /^(?:~|null|Null|NULL|)$/;
const boolPattern = /^(?:true|True|TRUE|false|False|FALSE)$/;
const intPattern = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const floatPattern =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/*
 * js-yaml tries every implicit type on every plain scalar, mapping keys included, so each resolver
 * first rejects by length and first character (a sixth less time to parse a large budget).
 */

/** The first character's code, or -1 for empty text. */
function first(data: string): number {
  return data.length > 0 ? data.charCodeAt(0) : -1;
}

/** Digits, `+`, `-` and `.`: the characters a number can start with. */
function startsNumber(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
}

const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data === null || data.length === 0 || data === '~' || (data.length === 4 && nullPattern.test(data)),
  construct: () => null,
});

const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (data.length === 4 || data.length === 5) && boolPattern.test(data),
  construct: (data: string) => data.toLowerCase() === 'true',
});

const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && startsNumber(first(data)) && intPattern.test(data),
  construct: (data: string) => {
    if (data.startsWith('0o')) return Number.parseInt(data.slice(2), 8);
    if (data.startsWith('0x')) return Number.parseInt(data.slice(2), 16);
    return Number(data);
  },
});

const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && startsNumber(first(data)) && floatPattern.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.nan')) return Number.NaN;
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
    return Number(data);
  },
});

/** YAML 1.2 core: strings, mappings and lists, plus null, bool, int and float as the spec resolves them. */
export const yamlCoreSchema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

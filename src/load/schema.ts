import type { ErrorObject } from 'ajv';
import * as validators from '../../generated/validators.js';
import { nearest, placeOf } from '../diagnostics/describe.js';
import type { Diagnostic, JsonPath } from '../diagnostics/diagnostic.js';
import { labelFor } from '../i18n/label-ids.js';
import { schemaForms } from '../i18n/messages/en.js';
import {
  type Comparison,
  type PatternTitle,
  patternTitles,
  type Said,
  type SchemaForm,
  say,
  shownValue,
} from '../i18n/messages/index.js';
import type { FileKind, WrittenByKind } from '../model/written.js';
import type { ParsedFile } from './read-yaml.js';
import { type Salvaged, salvage } from './salvage.js';
import type { SchemaValidator } from './schema-types.js';
import { decimalCommaInFlow, municipalityNumberQuote, sectorGuess, typographicMinus } from './value-hints.js';

const validatorByKind: Record<FileKind, SchemaValidator> = validators;

/**
 * Validates a parsed file against the JSON Schema of its kind; one diagnostic per problem. A file
 * that breaks it comes back salvaged when its other parts can still be checked (salvage.ts).
 */
export function validateSchema<K extends FileKind>(
  file: ParsedFile,
  kind: K,
): { data?: WrittenByKind[K]; diagnostics: Diagnostic[]; salvaged?: Salvaged } {
  const validate = validatorByKind[kind];
  if (validate(file.data)) return { data: file.data as WrittenByKind[K], diagnostics: [] };
  const errors = validate.errors ?? [];
  const salvaged = salvage(kind, file.data, errors);
  return { diagnostics: explainSchemaErrors(file, errors), ...(salvaged ? { salvaged } : {}) };
}

interface Problem {
  path: JsonPath;
  at: 'key' | 'value';
  message: string;
  hint?: string;
  /** For an unknown key: the known key it is probably a typo of. */
  suggests?: string;
  /** For a missing required key: its name. */
  missing?: string;
  /** The message and hint as a template key and params (see `Diagnostic.said`). */
  said?: Said;
}

/** Rewords ajv errors for people and points each at the offending key or value (Redocly-style). */
export function explainSchemaErrors(file: ParsedFile, errors: readonly ErrorObject[]): Diagnostic[] {
  const problems: Problem[] = [];
  const consumed = new Set<ErrorObject>();
  // anyOf/oneOf first: they decide which of their branches' errors are worth showing.
  for (const [index, error] of errors.entries()) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    consumed.add(error);
    const branchErrors = errors.filter(
      (other, otherIndex) =>
        other !== error &&
        !consumed.has(other) &&
        (other.schemaPath.startsWith(`${error.schemaPath}/`) || isRefBranchError(other, otherIndex, error, index)),
    );
    for (const other of branchErrors) consumed.add(other);
    const exactlyOne = exactlyOneOf(error);
    if (exactlyOne) {
      problems.push(explainExactlyOne(file, error, exactlyOne));
      continue;
    }
    // A branch whose errors are all deeper than the union matched the shape: show its errors.
    const deeper = branchErrors.filter((other) => other.instancePath !== error.instancePath || other.propertyName);
    const branchesAtTop = new Set(
      branchErrors.filter((other) => !deeper.includes(other)).map((other) => branchOf(error, other)),
    );
    const matchedBranch = deeper.map((other) => branchOf(error, other)).find((branch) => !branchesAtTop.has(branch));
    if (matchedBranch !== undefined) {
      for (const other of deeper.filter((candidate) => branchOf(error, candidate) === matchedBranch)) {
        const problem = explainError(file, other);
        if (problem) problems.push(problem);
      }
    } else {
      problems.push(explainUnion(file, error));
    }
  }
  for (const error of errors) {
    if (consumed.has(error)) continue;
    const problem = explainError(file, error);
    if (problem) problems.push(problem);
  }
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const problem of withoutEchoes(problems)) {
    const key = `${problem.path.join('\u0000')}\u0001${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const range = file.locate(problem.path, problem.at);
    diagnostics.push({
      code: 'schema',
      severity: 'error',
      message: problem.message,
      file: file.path,
      ...(range ? { range } : {}),
      path: problem.path,
      ...(problem.hint ? { hint: problem.hint } : {}),
      ...(problem.said ? { said: problem.said } : {}),
    });
  }
  return diagnostics;
}

/**
 * A branch of a union that is a `$ref` reports its errors under the referenced definition's path
 * (`#/$defs/tonnes/type`), before the union's own error and at the same place or deeper: one of
 * the union's branch errors too, not a problem of its own (else `heating: "500 t"` shows twice).
 */
function isRefBranchError(other: ErrorObject, otherIndex: number, union: ErrorObject, unionIndex: number): boolean {
  return (
    otherIndex < unionIndex &&
    other.schemaPath.startsWith('#/$defs/') &&
    (other.instancePath === union.instancePath || other.instancePath.startsWith(`${union.instancePath}/`))
  );
}

/**
 * A misspelt key shows twice: as an unknown key and as a missing required one (`strat` for
 * `start`). Keep the first, whose hint already names the right key.
 */
function withoutEchoes(problems: readonly Problem[]): Problem[] {
  const suggested = new Set(
    problems
      .filter((problem) => problem.suggests)
      .map((problem) => `${problem.path.slice(0, -1).join('\u0000')}\u0001${problem.suggests}`),
  );
  return problems.filter(
    (problem) => !problem.missing || !suggested.has(`${problem.path.join('\u0000')}\u0001${problem.missing}`),
  );
}

/** Turns an ajv instancePath into a data path, with numbers for array indices. */
function toPath(data: unknown, instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function branchOf(union: ErrorObject, error: ErrorObject): string {
  // A `$ref` branch's errors carry the definition's path: told apart only by failing at the top or deeper.
  if (!error.schemaPath.startsWith(`${union.schemaPath}/`))
    return error.instancePath === union.instancePath ? '$ref at the top' : '$ref deeper';
  return error.schemaPath.slice(union.schemaPath.length + 1).split('/')[0] ?? '';
}

/** The keys of a `oneOf: [{required: [a]}, {required: [b]}]`, our way of writing “exactly one of”. */
function exactlyOneOf(error: ErrorObject): string[] | undefined {
  const branches = (error.schema ?? []) as unknown[];
  if (error.keyword !== 'oneOf' || !Array.isArray(branches)) return undefined;
  const keys: string[] = [];
  for (const branch of branches) {
    const required = (branch as { required?: unknown }).required;
    if (!Array.isArray(required) || required.length !== 1 || Object.keys(branch as object).length !== 1)
      return undefined;
    keys.push(String(required[0]));
  }
  return keys;
}

function explainExactlyOne(file: ParsedFile, error: ErrorObject, keys: string[]): Problem {
  const path = toPath(file.data, error.instancePath);
  const where = placeOf(file.data, path);
  const present = keys.filter((key) => error.data && typeof error.data === 'object' && Object.hasOwn(error.data, key));
  if (present.length > 1) {
    return { path: [...path, present[1] ?? ''], at: 'key', ...say('exactlyOneBoth', { where, present, keys }) };
  }
  return { path, at: path.length === 0 ? 'value' : 'key', ...say('exactlyOneMissing', { where, keys }) };
}

function explainUnion(file: ParsedFile, error: ErrorObject): Problem {
  const path = toPath(file.data, error.instancePath);
  const schema = error.parentSchema as { description?: string; title?: string } | undefined;
  // The hint describes the union in the user's language: its description, known by its title.
  const form =
    schema?.description && schema.title && Object.hasOwn(schemaForms, schema.title)
      ? (schema.title as SchemaForm)
      : undefined;
  return {
    path,
    at: 'value',
    ...say('wrongForm', { where: placeOf(file.data, path), value: shownValue(error.data), ...(form ? { form } : {}) }),
  };
}

function explainError(file: ParsedFile, error: ErrorObject): Problem | undefined {
  const path = toPath(file.data, error.instancePath);
  const where = placeOf(file.data, path);
  const value = shownValue(error.data);
  const parent = (error.parentSchema ?? {}) as {
    title?: string;
    description?: string;
    properties?: Record<string, unknown>;
    enum?: unknown[];
  };
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const decimalComma = decimalCommaAt(file, [...path, key]);
      if (decimalComma) return decimalComma;
      const allowed = Object.keys(parent.properties ?? {});
      const guess = nearest(key, allowed);
      return {
        path: [...path, key],
        at: 'key',
        ...say('unknownKey', { key, where, allowed, ...(guess ? { guess } : {}) }),
        ...(guess ? { suggests: guess } : {}),
      };
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      return {
        path,
        at: path.length === 0 ? 'value' : 'key',
        ...say('missingKey', { where, key }),
        missing: key,
      };
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type);
      // `{ 2026: 0,2 }`: the empty value of the key `2` is an echo of the decimal comma.
      const decimalComma = error.data === null ? decimalCommaAt(file, path) : undefined;
      if (decimalComma) return decimalComma;
      if (isInfinite(error.data) && (expected.includes('number') || expected.includes('integer')))
        return { path, at: 'value', ...say('tooLargeNumber', { where }) };
      const numberAsText =
        (path.at(-1) === 'number' ? municipalityNumberQuote(error.data) : undefined) ??
        typographicMinus(path.at(-1), error.data);
      return {
        path,
        at: 'value',
        ...say('wrongType', {
          where,
          expected,
          value,
          ...(numberAsText ? { number: numberAsText } : numberHint(expected, error.data)),
        }),
      };
    }
    case 'enum': {
      const allowed = (parent.enum ?? (error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
      const guess = typeof error.data === 'string' ? nearest(error.data, allowed) : undefined;
      const found = typeof error.data === 'string' ? labelFor(error.data, allowed) : undefined;
      const label = found && found.id !== error.data ? found : undefined;
      return {
        path,
        at: 'value',
        ...say('notAllowedValue', {
          where,
          value,
          allowed,
          ...(guess ? { guess } : {}),
          ...(label
            ? { label: label.label === undefined ? { id: label.id } : { id: label.id, label: label.label } }
            : {}),
        }),
      };
    }
    case 'const': {
      const allowed = (error.params as { allowedValue: unknown }).allowedValue;
      const version = path.at(-1) === 'schema_version';
      return {
        path,
        at: 'value',
        ...say('notConstant', { where, expected: JSON.stringify(allowed), value, ...(version ? { version } : {}) }),
      };
    }
    case 'propertyNames': {
      const name = String((error.params as { propertyName: string }).propertyName);
      return explainPropertyName(file, path, name, error);
    }
    case 'pattern': {
      if (error.propertyName !== undefined) return undefined; // reported by its propertyNames error
      const title = patternTitle(parent.title);
      const sector = title === 'sector id' ? { sector: sectorGuess(error.data) } : {};
      return { path, at: 'value', ...say('notValidPattern', { where, value, title, ...sector }) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { limit, comparison } = error.params as { limit: number; comparison: Comparison };
      const data = error.data;
      const hint =
        path.at(-1) === 'discount_rate' && typeof data === 'number' && data > 1
          ? { hint: 'fraction' as const }
          : parent.title === 'Year' && typeof data === 'number'
            ? { hint: { year: data } }
            : {};
      return { path, at: 'value', ...say('outOfRange', { where, value, comparison, limit, ...hint }) };
    }
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { path, at: 'value', ...say('emptyValue', { where }) };
    case 'maxLength':
      return { path, at: 'value', ...say('tooLong', { where, limit: (error.params as { limit: number }).limit }) };
    case 'uniqueItems': {
      const { i: first, j: second } = error.params as { i: number; j: number };
      const items = error.data as unknown[];
      return {
        path: [...path, Math.max(first, second)],
        at: 'value',
        ...say('listedTwice', { where, value: shownValue(items[first]) }),
      };
    }
    case 'format': {
      const format = String((error.params as { format: string }).format);
      return { path, at: 'value', ...say('notValidFormat', { where, value, format }) };
    }
    case 'if':
    case 'not':
      return undefined;
    default:
      return {
        path,
        at: 'value',
        ...say('notValidOther', { where, ...(error.message === undefined ? {} : { ajv: error.message }) }),
      };
  }
}

function explainPropertyName(file: ParsedFile, path: JsonPath, name: string, error: ErrorObject): Problem {
  const schema = (error.schema ?? {}) as { $ref?: string; anyOf?: unknown[] };
  const ref = schema.$ref ?? '';
  const where = placeOf(file.data, path);
  if (ref.endsWith('/yearKey')) {
    const decimalComma = decimalCommaAt(file, [...path, name]);
    if (decimalComma) return decimalComma;
    return { path: [...path, name], at: 'key', ...say('keyNotYear', { key: name, where }) };
  }
  if (ref.endsWith('/sectorId') || schema.anyOf) {
    return {
      path: [...path, name],
      at: 'key',
      ...say('keyNotSector', { key: name, where, sector: sectorGuess(name) }),
    };
  }
  return { path: [...path, name], at: 'key', ...say('keyNotValid', { key: name, where }) };
}

/** The decimal-comma problem for the key at `path` (value-hints.ts), pointing at the key. */
function decimalCommaAt(file: ParsedFile, path: JsonPath): Problem | undefined {
  const key = path.at(-1);
  if (key === undefined) return undefined;
  const found = decimalCommaInFlow(file, path.slice(0, -1), String(key));
  return found ? { path, at: 'key', ...found } : undefined;
}

/**
 * True for a number beyond floating point (`1e400`, `.inf`): the yaml library reads it as
 * Infinity, js-yaml as the text "1e400".
 */
function isInfinite(data: unknown): boolean {
  if (typeof data === 'number') return !Number.isFinite(data) && !Number.isNaN(data);
  return (
    typeof data === 'string' &&
    /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/.test(data) &&
    !Number.isFinite(Number(data))
  );
}

/** A hint for text where a number belongs: `"2026"`, `"120 t"`, `1 234,5`. */
function numberHint(
  expected: string,
  data: unknown,
): { number: 'decimal' | 'spaces' | 'quotes' } | Record<string, never> {
  if (typeof data !== 'string' || !(expected.includes('number') || expected.includes('integer'))) return {};
  const text = data.trim();
  if (/^-?\d{1,3}(?:[ \u00a0]\d{3})*,\d+$/.test(text) || /^-?\d+,\d+$/.test(text)) return { number: 'decimal' };
  if (/^-?\d{1,3}(?:[ \u00a0]\d{3})+$/.test(text)) return { number: 'spaces' };
  return { number: 'quotes' };
}

function patternTitle(title: string | undefined): PatternTitle {
  const lower = title?.toLowerCase();
  return patternTitles.find((known) => known === lower) ?? 'value';
}

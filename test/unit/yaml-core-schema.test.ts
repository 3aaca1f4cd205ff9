import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFast } from '../../src/load/yaml-fast.js';

// The fast path (js-yaml 5) and the careful path (yaml) must read every scalar alike.
const scalars = [
  '12',
  '+12',
  '-0',
  '00012',
  '017',
  '0o17',
  '0o8',
  '0x1F',
  '0x',
  '1_000',
  '1__0',
  '0b101',
  '1.',
  '.5',
  '-.5',
  '1e3',
  '1E3',
  '.5e2',
  '0.1e-3',
  '1.5E+3',
  '12e',
  '1e400',
  '-1e400',
  '1.5e-400',
  '.inf',
  '-.Inf',
  '+.inf',
  '.NaN',
  'NaN',
  'Infinity',
  'true',
  'True',
  'false',
  'FALSE',
  'tRUE',
  'truex',
  'nul',
  'nulls',
  'nUll',
  '~~',
  '+',
  '.',
  '-.',
  '+.5',
  'TRUE',
  'yes',
  'on',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  '2026-08-31',
  '2026-08-31T10:00:00Z',
  '12:30',
  '1:20',
  '1,5',
  '"a\\x41"',
  "'it''s'",
];

// As a value, in a list, in a flow mapping and as a key (js-yaml's events; the data built in
// yaml-fast.ts), and with an anchor or in a mapping with one (which leaves the building to
// js-yaml's own constructor and the schema).
const wrappers: Array<{ text: (scalar: string) => string; pick: (data: unknown) => unknown }> = [
  { text: (scalar) => `v: ${scalar}`, pick: (data) => (data as { v: unknown }).v },
  { text: (scalar) => `v:\n  - ${scalar}`, pick: (data) => (data as { v: unknown[] }).v[0] },
  { text: (scalar) => `{ v: ${scalar} }`, pick: (data) => (data as { v: unknown }).v },
  { text: (scalar) => `v: &a ${scalar}`, pick: (data) => (data as { v: unknown }).v },
  { text: (scalar) => `${scalar}: v`, pick: (data) => Object.keys(data as object)[0] },
  { text: (scalar) => `a: &a 1\n${scalar}: v`, pick: (data) => Object.keys(data as object)[1] },
];

it.each(scalars)('reads %j as the yaml library does', (scalar) => {
  for (const { text, pick } of wrappers) {
    const fast = pick(loadFast(text(scalar)));
    const careful = pick(parse(text(scalar)));
    expect(Object.is(fast, careful), `${text(scalar)}: ${JSON.stringify(fast)} vs ${JSON.stringify(careful)}`).toBe(
      true,
    );
  }
});

// Explicit tags go to js-yaml's constructor with the same resolvers.
it.each([
  ['!!str 12', '12'],
  ['!!int 12', 12],
  ['!!float .5', 0.5],
  ['!!bool True', true],
  ['!!null ~', null],
  ['!!null ""', null],
  ['! 12', '12'],
])('reads %j with its tag', (scalar, expected) => {
  expect((loadFast(`v: ${scalar}`) as { v: unknown }).v).toStrictEqual(expected);
  expect((parse(`v: ${scalar}`) as { v: unknown }).v).toStrictEqual(expected);
});

it('builds keys, nesting and `__proto__` as the yaml library does, and leaves duplicates and extra documents to the careful path', () => {
  expect(loadFast('a:\n  - { b: [1, "2"] }\n  - c: |\n      x\n1: ~\n~: 1\n__proto__: 2')).toStrictEqual(
    JSON.parse('{"a":[{"b":[1,"2"]},{"c":"x\\n"}],"1":null,"":1,"__proto__":2}'),
  );
  expect(Object.getPrototypeOf(loadFast('__proto__: { a: 1 }'))).toBe(Object.prototype);
  expect(loadFast('a: 1\na: 2')).toBeUndefined();
  expect(loadFast('a: 1\n---\nb: 2')).toBeUndefined();
  expect(loadFast('a: [1')).toBeUndefined();
  expect(loadFast('')).toBeUndefined();
  expect(loadFast('? [a]\n: 1')).toBeUndefined();
});

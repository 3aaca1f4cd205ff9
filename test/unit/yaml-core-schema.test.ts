import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFast } from '../../src/load/yaml-fast.js';
import { projectRoot } from '../helpers/run-cli.js';

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

describe('a long list read in pieces', () => {
  const measures = readFileSync(join(projectRoot, 'examples', 'porsgrunn', 'measures', 'transport.yaml'), 'utf8');

  it('reads as the whole does, with comments, blank lines and keys after the list', () => {
    const texts = [
      measures,
      `${measures}\n# a note\nx_after: { a: 1 }\n`,
      measures.replace(/\n {2}- /g, '\n\n  # a note\n  - '),
      `x_before: 1\nitems:\n${'  - { id: a, text: "x\n    y" }\n  - |\n    z\n  - [1, 2]\n'.repeat(50)}x_end: ~\n`,
    ];
    for (const text of texts) {
      const whole = loadFast(text, Number.POSITIVE_INFINITY);
      expect(whole).toBeTypeOf('object');
      for (const length of [1, 100, 1000]) expect(loadFast(text, length)).toStrictEqual(whole);
    }
  });

  it('leaves broken and duplicate-key files to the whole, which decides', () => {
    const broken = `items:\n  - a: "open\n  - b\n${'  - c\n'.repeat(20)}`;
    expect(loadFast(broken, 10)).toBeUndefined();
    expect(loadFast(`items:\n${'  - c\n'.repeat(20)}items: 1\n`, 10)).toBeUndefined();
    expect(loadFast(`items:\n${'  - c\n'.repeat(20)}  - *a\n`, 10)).toBeUndefined();
    expect(loadFast(`items:\n${'  - c\n'.repeat(20)} tail\n`, 10)).toBeUndefined();
  });
});

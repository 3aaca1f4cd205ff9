import jsYaml from 'js-yaml';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlCoreSchema } from '../../src/load/yaml-core-schema.js';

// The fast path (js-yaml) and the careful path (yaml) must read every scalar alike.
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

it.each(scalars)('reads %j as the yaml library does', (scalar) => {
  const fast = (jsYaml.load(`v: ${scalar}`, { schema: yamlCoreSchema }) as { v: unknown }).v;
  const careful = (parse(`v: ${scalar}`) as { v: unknown }).v;
  expect(Object.is(fast, careful), `${JSON.stringify(fast)} vs ${JSON.stringify(careful)}`).toBe(true);
});

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { slowTests } from '../vitest.config.js';

const root = resolve(import.meta.dirname, '..');

it('every slow test named in vitest.config.ts exists', () => {
  expect(slowTests.filter((file) => !existsSync(resolve(root, file)))).toEqual([]);
});

it('npm test runs the slow tests too, and .ci/run runs npm test', () => {
  const scripts = (
    JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  expect(scripts.test).toMatch(/KB_SLOW=1 vitest run$/);
  expect(scripts['test:update']).toMatch(/KB_SLOW=1 vitest run -u$/);
  expect(readFileSync(resolve(root, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
});

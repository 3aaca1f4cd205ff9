import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { updatedReadme } from '../scripts/readme-codes.js';
import { diagnosticCodes } from '../src/diagnostics/codes.js';
import { projectRoot } from './helpers/run-cli.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

it('documents every diagnostic code with its golden example (run `node scripts/readme-codes.js`)', async () => {
  expect(readme).toBe(await updatedReadme(readme));
  for (const code of Object.keys(diagnosticCodes)) expect(readme).toContain(`#### \`${code}\``);
});

it('gives the set-up-and-run command and the test command', () => {
  expect(readme).toContain('npm ci && node bin/klimabudsjett.js summary examples/porsgrunn');
  expect(readme).toContain('npm test');
});

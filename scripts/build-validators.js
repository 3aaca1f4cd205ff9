#!/usr/bin/env node
// Compiles schemas/*.schema.json into one ESM module of standalone ajv validators
// (generated/validators.js), so that the CLI never compiles a schema at run time:
// compiling the six schemas takes ~170 ms, loading the generated code a few.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createSchemaAjv } from './schema-ajv.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ajv = createSchemaAjv({ source: true, esm: true });
const exportsByKind = {};
for (const file of readdirSync(join(root, 'schemas')).sort()) {
  if (!file.endsWith('.schema.json')) continue;
  const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8'));
  ajv.addSchema(schema);
  exportsByKind[file.replace('.schema.json', '')] = schema.$id;
}
// ajv's standalone ESM output still calls require() for its runtime helpers and formats; turn
// those into static imports, so that the module is plain ESM that a bundler can follow.
const specifiers = [];
const body = standaloneCode
  .default(ajv, exportsByKind)
  .replace(/^"use strict";/, '')
  .replace(/require\("([^"]+)"\)/g, (_, specifier) => {
    if (!specifiers.includes(specifier)) specifiers.push(specifier);
    return `__cjs(__module${specifiers.indexOf(specifier)})`;
  });
// module.exports of a CommonJS module: Node puts it at `default`; vitest and some bundlers hand
// over `exports.default` there instead when the module sets __esModule.
const cjsInterop = 'const __cjs = (namespace) => (namespace.default?.__esModule ? namespace.default : namespace);';
const imports = [
  ...specifiers.map(
    (specifier, index) =>
      `import * as __module${index} from '${specifier.endsWith('.js') ? specifier : `${specifier}.js`}';`,
  ),
  cjsInterop,
].join('\n');
const declarations = Object.keys(exportsByKind)
  .map((kind) => `export declare const ${kind}: import('../src/load/schema-types.js').SchemaValidator;`)
  .join('\n');
const outDir = join(root, 'generated');
mkdirSync(outDir, { recursive: true });
for (const [name, text] of [
  ['validators.js', `${imports}\n${body}`],
  ['validators.d.ts', `${declarations}\n`],
]) {
  writeFileSync(join(outDir, `${name}.tmp`), text);
  renameSync(join(outDir, `${name}.tmp`), join(outDir, name));
}

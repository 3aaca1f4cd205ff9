#!/usr/bin/env node
// Bundles the command line and the library into dist/bundle/ with esbuild: one module to load
// instead of a few hundred, which halves start-up time, and no runtime dependencies to install.
// Dynamic imports (commands, the workbook and the HTML charts) stay separate chunks that load only
// when they are used. The packages that went into the bundle are listed, with their licences, in
// THIRD-PARTY-NOTICES.txt (scripts/third-party-notices.js).
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { thirdPartyNotices } from './third-party-notices.js';

rmSync('dist/bundle', { recursive: true, force: true });

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'report-worker': 'src/cli/report/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external: [],
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The licences go to THIRD-PARTY-NOTICES.txt, whole, instead of scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// The yaml library for the careful reading of a file with problems, which src/load/lazy-module.ts
// requires synchronously on first use: a CommonJS file of its own, since the ESM chunks above can
// only be imported asynchronously and an installed package has no node_modules to require it from.
const vendor = await build({
  stdin: { contents: "module.exports = require('yaml');", resolveDir: '.', loader: 'js' },
  outfile: 'dist/bundle/vendor-yaml.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(vendor.metafile.inputs)];
writeFileSync('THIRD-PARTY-NOTICES.txt', thirdPartyNotices([...new Set(inputs)]));

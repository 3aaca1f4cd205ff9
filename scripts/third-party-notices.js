// The notices of the third-party code in the bundle: for each package that esbuild took a file
// from (the metafile's inputs under node_modules/), its name, version, licence and licence text.
// MIT, BSD and ISC ask that the notice travel with the code; the bundle drops the packages'
// folders, so their LICENSE files are collected here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package folders (e.g. node_modules/a/node_modules/@s/b) that the input paths come from. */
export function bundledPackageDirs(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (match) dirs.add(match[1]);
  }
  return [...dirs];
}

const licenceFile = /^(licen[sc]e|copying)(\.(md|txt|markdown))?$/i;

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => licenceFile.test(name));
  return file === undefined ? undefined : readFileSync(join(dir, file), 'utf8').trim();
}

function licenceName(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((entry) => entry.type).join(' OR ');
  return 'UNKNOWN';
}

/** The text of THIRD-PARTY-NOTICES.txt for the given esbuild metafile input paths. */
export function thirdPartyNotices(inputs) {
  const entries = new Map();
  for (const dir of bundledPackageDirs(inputs)) {
    if (!existsSync(join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (entries.has(key)) continue;
    const text = licenceText(dir);
    const source = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    const lines = [`${key} (${licenceName(manifest)})`];
    if (source) lines.push(source);
    lines.push('', text ?? `No licence file in the package; its package.json says: ${licenceName(manifest)}.`);
    entries.set(key, lines.join('\n'));
  }
  const sorted = [...entries.keys()].sort().map((key) => entries.get(key));
  const rule = `\n\n${'-'.repeat(78)}\n\n`;
  const head = [
    'klimabudsjett bundles the following third-party packages into dist/bundle/.',
    'Their licences and notices follow, one package each.',
  ].join('\n');
  return `${head}${rule}${sorted.join(rule)}\n`;
}

// Regenerates examples/porsgrunn/inventory/mdir-2026.yaml from the real Telemark extract with the
// importer in dist/ (run `npx tsc -p tsconfig.build.json` first):
//   node scripts/import-example.js [path/to/telemark-2026.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildInventoryYaml, parseMdirCsv, selectMunicipality } from '../dist/import/mdir.js';

const csvPath = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/mdir/telemark-2026.csv', import.meta.url));
const outputPath = fileURLToPath(new URL('../examples/porsgrunn/inventory/mdir-2026.yaml', import.meta.url));

const { rows, diagnostics } = parseMdirCsv(readFileSync(csvPath, 'utf8'), 'telemark-2026.csv');
for (const diagnostic of diagnostics) {
  process.stderr.write(
    `${diagnostic.file}:${diagnostic.range?.start.line ?? 0}  ${diagnostic.severity}  ${diagnostic.message}\n`,
  );
}
if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) process.exit(1);

const selection = selectMunicipality(rows, 'Porsgrunn');
if ('error' in selection) {
  process.stderr.write(`${selection.error} ${selection.hint}\n`);
  process.exit(1);
}
const yaml = buildInventoryYaml(selection.rows, {
  municipality: selection.name,
  number: selection.number,
  source: 'Miljødirektoratet, Klimagassutslipp fra kommuner (publ. 2026), Telemark-utdrag via Telemark fylkeskommune',
  vintage: '2026',
  file: 'telemark-2026.csv',
});
writeFileSync(outputPath, yaml);
process.stderr.write(`wrote ${outputPath}\n`);

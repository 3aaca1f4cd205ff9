#!/usr/bin/env node
// Writes the diagnostic codes section of docs/diagnostics.md from src/diagnostics/codes.ts (via
// dist/) and the golden stylish output of each code's reproducer, so that the documentation shows
// exactly what the tool prints. test/readme.test.ts fails when the page is out of date.
//   node scripts/docs-codes.js        (after npm run build)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const start = '<!-- codes:start -->';
const end = '<!-- codes:end -->';

/** The generated section, between (not including) the markers. */
export async function renderCodesSection() {
  const { diagnosticCodes } = await import(`${root}dist/diagnostics/codes.js`);
  const lines = ['', '| code | default | when |', '|---|---|---|'];
  for (const [code, info] of Object.entries(diagnosticCodes)) {
    lines.push(`| [\`${code}\`](#${code}) | ${info.severity} | ${info.description} |`);
  }
  for (const [code, info] of Object.entries(diagnosticCodes)) {
    lines.push('', `#### \`${code}\``, '', `${capitalize(info.description)} (default: ${info.severity}).`, '');
    const golden = [`test/golden/invalid/${code}.txt`, `test/golden/import/${code}.txt`].find((path) =>
      existsSync(`${root}${path}`),
    );
    if (golden === undefined) throw new Error(`no golden output for ${code}`);
    const example = readFileSync(`${root}${golden}`, 'utf8')
      .split('\n')
      .filter((line) => !/^exit \d+$/.test(line) && !line.startsWith('✖ '))
      .join('\n')
      .trim();
    lines.push('```', example, '```');
  }
  return `${lines.join('\n')}\n`;
}

/** docs/diagnostics.md with the section replaced. */
export async function updatedDiagnosticsPage(page) {
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/diagnostics.md lacks ${start} … ${end}`);
  return `${page.slice(0, from + start.length)}\n${await renderCodesSection()}${page.slice(to)}`;
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = `${root}docs/diagnostics.md`;
  writeFileSync(path, await updatedDiagnosticsPage(readFileSync(path, 'utf8')));
}

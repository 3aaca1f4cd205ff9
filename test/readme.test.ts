import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { updatedDiagnosticsPage } from '../scripts/docs-codes.js';
import { diagnosticCodes } from '../src/diagnostics/codes.js';
import { projectRoot, runCli } from './helpers/run-cli.js';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const readme = read('README.md');
const pages = [
  'README.md',
  ...readdirSync(join(projectRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

it('documents every diagnostic code with its golden example (run `node scripts/docs-codes.js`)', async () => {
  const page = read('docs/diagnostics.md');
  expect(page).toBe(await updatedDiagnosticsPage(page));
  for (const code of Object.keys(diagnosticCodes)) expect(page).toContain(`#### \`${code}\``);
});

it('gives the set-up-and-run command and the test command', () => {
  expect(readme).toContain('npm ci && node bin/klimabudsjett.js summary examples/porsgrunn');
  expect(readme).toContain('npm test');
});

it('shows what the tool prints: the summary of the example and a measure of examples/minimal as they are', async () => {
  const command = '$ node bin/klimabudsjett.js summary examples/porsgrunn\n';
  const shown = readme.slice(readme.indexOf(command) + command.length).split('\n```')[0];
  const summary = await runCli(['summary', 'examples/porsgrunn'], projectRoot);
  expect(`${shown}\n`).toBe(summary.stdout);
  const measures = read('examples/minimal/measures/tiltak.yaml').split('\n');
  const measure = /```yaml\n(schema_version: 1\nmeasures:\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(measures.join('\n')).toContain(measure.trimEnd());
});

it('keeps the README short enough to read in five minutes', () => {
  expect(readme.split('\n').length).toBeLessThanOrEqual(450);
});

/** The text outside fenced code blocks, line by line (a heading or link in a code block is neither). */
function proseLines(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

/** GitHub's heading anchors (github-slugger): lowercase, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The targets of the Markdown links and images of a page, outside code. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
      if (match[1]) targets.push(match[1]);
  }
  return targets;
}

describe('every relative link in README.md and docs/*.md resolves', () => {
  it.each(pages)('%s', (page) => {
    const broken: string[] = [];
    for (const target of linkTargets(read(page))) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto: — not ours to check offline
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? join(projectRoot, page) : join(projectRoot, dirname(page), decodeURIComponent(path));
      if (!existsSync(file)) {
        broken.push(`${target} (no file ${relative(projectRoot, file)})`);
        continue;
      }
      if (anchor === undefined || statSync(file).isDirectory()) continue;
      if (!headingAnchors(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor)))
        broken.push(`${target} (no heading #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  it('finds a broken link and a broken anchor (the check can fail)', () => {
    expect(linkTargets('see [a](docs/none.md) and `[b](c.md)`\n```\n[d](e.md)\n```')).toEqual(['docs/none.md']);
    const anchors = headingAnchors('## `budget.yaml` — the manifest\n## Speed\n## Speed\n```\n# not a heading\n```');
    expect([...anchors]).toEqual(['budgetyaml--the-manifest', 'speed', 'speed-1']);
  });
});

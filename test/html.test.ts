/**
 * The HTML report: a golden of Porsgrunn, self-contained (nothing to fetch when opened), the same
 * bytes twice, text escaped, every example and conformance case rendered without holes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { conformanceCases } from './helpers/shared.js';

const scratch = mkdtempSync(join(tmpdir(), 'klimabudsjett-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function html(dir: string, ...extra: string[]): Promise<string> {
  const result = await runCli(['export', dir, '--format', 'html', ...extra], projectRoot);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('the HTML report', () => {
  it('matches the golden of Porsgrunn, and gives the same bytes twice', async () => {
    const first = await html('examples/porsgrunn');
    await expect(first).toMatchFileSnapshot('golden/html/porsgrunn.html');
    expect(await html('examples/porsgrunn')).toBe(first);
  });

  it('is self-contained: no script, no stylesheet or image to fetch, no web font', async () => {
    const text = await html('examples/porsgrunn');
    expect(text).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    // Addresses appear as text, as SVG namespaces and as links a reader may follow, never as a resource.
    expect(text.match(/<(?!a\s)[a-z]+\s[^>]*(?:href|src)=["']?https?:/gi)).toBeNull();
    expect(text).toContain('<a href="https://www.miljodirektoratet.no/');
  });

  it('has its sections, a pathway chart per target with plan years, and the language of the budget', async () => {
    const text = await html('examples/porsgrunn');
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    for (const id of ['key-figures', 'pathways', 'sectors', 'abatement', 'measures', 'follow-up', 'sources']) {
      expect(text).toContain(`<section id="${id}">`);
    }
    // Two pathways, the gap bridge of the 2030 target; a sector chart and a cost curve per scope
    // (territorial and own operations: SPEC §5.6). A pathway has a legend of lines and one of marks.
    expect(text.match(/<svg /g)).toHaveLength(7);
    expect(text.match(/aria-roledescription="legend"/g)).toHaveLength(8);
    const english = await html('examples/porsgrunn', '--lang', 'en');
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain('<h2>Emission pathways</h2>');
    expect(english).toContain('>Emission limit<');
  });

  it('gives each chart a name for assistive technology, and the pathway and sector charts their figures in folded tables', async () => {
    const text = await html('examples/porsgrunn');
    const names = [...text.matchAll(/<svg role="img" aria-label="([^"]+)"/g)].map((match) => match[1]);
    expect(names).toHaveLength(7);
    expect(names[2]).toMatch(/^Gapet for Tenkt mål/);
    expect(names[3]).toMatch(/^Geografisk\. Effekt av tiltak/);
    expect(names[4]).toMatch(/^Egen drift\. Effekt av tiltak/);
    expect(names[0]).toMatch(/^Utslippsbane for kep-2025\. Utslipp, referansebane/);
    expect(names[1]).toMatch(/^Utslippsbane for illustrasjon-2030\. /);
    const folded = [...text.matchAll(/<details><summary>Tallene bak figuren<\/summary>\n([\s\S]*?)<\/details>/g)];
    expect(folded).toHaveLength(5);
    // The 2030 target's table runs from its base year to its target year, as `pathway` prints it.
    const rows = [...(folded[1]?.[1] ?? '').matchAll(/<tr><td class="num">(\d{4})<\/td>/g)].map((match) => match[1]);
    expect(rows[0]).toBe('2009');
    expect(rows.at(-1)).toBe('2030');
    // The sector chart's figures: `measures --by sector` over the chart's years, to the horizon.
    const sectors = folded[3]?.[1] ?? '';
    expect(sectors).toContain('<th class="num">Effekt 2026</th>');
    expect(sectors).toContain('<th class="num">Effekt 2030</th>');
    expect(sectors).toMatch(/<tr class="total"><td>Sum<\/td>/);
    // Each scope's chart has its own figures: the own-operations measure is not in the territorial sum.
    expect(sectors).not.toContain('Annet');
    expect(folded[4]?.[1]).toContain('Annet');
  });

  it('escapes text from the budget files', async () => {
    const dir = join(scratch, 'escaped');
    cpSync(join(projectRoot, 'examples', 'porsgrunn'), dir, { recursive: true });
    const file = join(dir, 'measures', 'transport.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'title: "Elektriske bybusser (illustrasjon)"',
        'title: "<b>Busser</b> & \\"trikk\\" <script>alert(1)</script>"',
      ),
    );
    const text = await html(dir);
    expect(text).not.toContain('<script>');
    expect(text).toContain(
      '&#60;b&#62;Busser&#60;/b&#62; &#38; &#34;trikk&#34; &#60;script&#62;alert(1)&#60;/script&#62;',
    );
  });

  it.each([
    ...['minimal', 'porsgrunn'].map((name) => join(projectRoot, 'examples', name)),
    ...conformanceCases('cases'),
  ])('renders %s without holes', async (dir) => {
    const text = await html(dir);
    expect(text).toMatch(/<\/html>\n$/);
    expect(text).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
  });
});

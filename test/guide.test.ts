import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { brokenMeasures, contentBox, updatedGuide } from '../scripts/docs-pictures.js';
import { projectRoot } from './helpers/run-cli.js';

const guide = readFileSync(join(projectRoot, 'docs', 'brukerveiledning.md'), 'utf8');
const pictures = join(projectRoot, 'docs', 'bilder');

it('shows what the tool prints: every terminal block is current (run `node scripts/docs-pictures.js --text`)', async () => {
  expect(guide).toBe(await updatedGuide(guide));
  expect(guide.match(/<!-- utdata: /g)?.length).toBeGreaterThanOrEqual(6);
}, 30_000);

it('shows the measures file whose mistakes it explains', () => {
  expect(guide).toContain(`\`\`\`yaml\n${brokenMeasures}\`\`\``);
});

it('has a picture of the workbook, the HTML report and the batch overview, each small and each shown', () => {
  const names = readdirSync(pictures).sort();
  expect(names).toEqual(['arbeidsbok.png', 'oversikt.png', 'rapport.png']);
  for (const name of names) {
    expect(statSync(join(pictures, name)).size).toBeLessThanOrEqual(200 * 1024);
    expect(guide).toContain(`](bilder/${name})`);
  }
});

it('cuts a page to its content, leaving out the footer below a wide blank band', () => {
  const width = 200;
  const height = 300;
  const pixels = Buffer.alloc(width * height, 255);
  const ink = (x: number, y: number) => {
    pixels[y * width + x] = 0;
  };
  ink(40, 30); // the content: (40, 30) … (150, 80)
  ink(150, 80);
  ink(100, 280); // the footer, 200 blank rows further down
  const pgm = Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), pixels]);
  expect(contentBox(pgm)).toEqual({ x: 28, y: 18, width: 134, height: 74 });
});

#!/usr/bin/env node
// Makes the pictures of the user guide (docs/brukerveiledning.md) from examples/, so that what the
// guide shows is what the tool prints:
//   - the terminal blocks between `<!-- utdata: ARGS -->` and `<!-- /utdata -->`: the command run in
//     a scratch folder holding copies of examples/porsgrunn and examples/asker (and the Telemark
//     statistics from ../shared/data/mdir/), on an 80-column terminal without colour — the text a
//     tmux pane of 80 columns shows; test/guide.test.ts fails when a block is out of date;
//   - docs/bilder/*.png: the workbook's first sheet (LibreOffice → PDF → pdftoppm, cut to its
//     content), the top of the HTML report and the overview of a batch (headless Chromium); each
//     well under 200 KB. Needs soffice, pdftoppm and chromium; not ImageMagick.
//   node scripts/docs-pictures.js            (after npm run build; both)
//   node scripts/docs-pictures.js --text     (the terminal blocks only)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const guidePath = join(root, 'docs', 'brukerveiledning.md');
const telemark = join(root, '..', 'shared', 'data', 'mdir', 'telemark-2026.csv');
const blockPattern = /<!-- utdata: (.+?) -->\n[\s\S]*?<!-- \/utdata -->/g;

/** Whether the Telemark statistics are there (the `init --mdir` block needs them). */
export const hasTelemark = existsSync(telemark);

/**
 * A scratch folder as an adviser's: porsgrunn/ and asker/ (copies of the examples), the Telemark
 * statistics, and utkast/ (a draft: Porsgrunn with measures/nye.yaml holding the mistakes the guide
 * explains).
 */
function scratchFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'kb-guide-'));
  for (const name of ['porsgrunn', 'asker']) cpSync(join(root, 'examples', name), join(dir, name), { recursive: true });
  if (hasTelemark) copyFileSync(telemark, join(dir, 'telemark-2026.csv'));
  cpSync(join(root, 'examples', 'porsgrunn'), join(dir, 'utkast'), { recursive: true });
  writeFileSync(join(dir, 'utkast', 'measures', 'nye.yaml'), brokenMeasures);
  return dir;
}

/** The measures file with the common mistakes, as the guide shows it (its section "Når noe er feil"). */
export const brokenMeasures = `schema_version: 1
measures:
  - id: VT-9
    title: "Elsykler til hjemmetjenesten"
    sector: road_traffic
    responsible: "Helse og omsorg"
    status: vedtatt
    start: 2027
    effect: { t_co2e: 12,5 }
  - id: OPP-9
    title: "Utfasing av propan i idrettshallen"
    sector: heating
    status: proposed
    start: 2027
    activity:
      - { factor: propan, amount: -40000 }
`;

/** Runs the CLI in-process as on an 80-column terminal without colour: stdout and stderr in the order written. */
async function terminal(args, cwd) {
  const { run } = await import(`${root}dist/cli/run.js`);
  const { writeOutputFile } = await import(`${root}dist/cli/io.js`);
  const chunks = [];
  const stream = {
    write: (text) => chunks.push(typeof text === 'string' ? text : '[binary]'),
    isTTY: true,
    columns: 80,
  };
  const io = {
    stdout: stream,
    stderr: stream,
    cwd,
    env: { NO_COLOR: '1' },
    writeFile: (path, data, how) => writeOutputFile(cwd, path, data, how),
  };
  await run(args, io);
  // A progress bar redraws its line with \r and clears it with ESC[K; the terminal keeps only
  // what is left on the line.
  const text = chunks
    .join('')
    .replace(/^.*\r(?!\n)/gm, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences of a terminal
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd();
}

/** Splits a block's command line as a shell would for these simple examples (double quotes only). */
function words(line) {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
}

/** The guide with every terminal block made again (blocks that need missing data are left as they are). */
export async function updatedGuide(guide) {
  const dir = scratchFolder();
  try {
    let result = '';
    let last = 0;
    for (const match of guide.matchAll(blockPattern)) {
      const line = match[1];
      result += guide.slice(last, match.index);
      last = match.index + match[0].length;
      if (line.includes('telemark-2026.csv') && !hasTelemark) {
        result += match[0];
        continue;
      }
      const output = await terminal(words(line), dir);
      result += `<!-- utdata: ${line} -->\n\`\`\`\n$ klimabudsjett ${line}\n${output}\n\`\`\`\n<!-- /utdata -->`;
    }
    return result + guide.slice(last);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a tool, or stops with what it said. */
function tool(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  }
}

/**
 * The box of a page's content in a greyscale PGM (P5): from the first row with ink to the last row
 * before the first wide blank band (the page footer lies below it), and the columns with ink in it.
 */
export function contentBox(pgm) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a greyscale PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  const inked = (x, y) => pixels[y * width + x] < 240;
  const rowInked = (y) => {
    for (let x = 0; x < width; x++) if (inked(x, y)) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowInked(top)) top++;
  let bottom = top;
  for (let y = top, blank = 0; y < height && blank < 60; y++) {
    if (rowInked(y)) {
      bottom = y;
      blank = 0;
    } else blank++;
  }
  let left = width;
  let right = 0;
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < width; x++) {
      if (!inked(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  const margin = 12;
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  return { x, y, width: Math.min(width, right + margin) - x, height: Math.min(height, bottom + margin) - y };
}

/** The PNG pictures: the workbook's summary sheet, the HTML report and the batch overview. */
function pictures() {
  const dir = scratchFolder();
  const out = join(root, 'docs', 'bilder');
  mkdirSync(out, { recursive: true });
  const cli = (args) => tool(process.execPath, [join(root, 'bin', 'klimabudsjett.js'), ...args], { cwd: dir });
  try {
    cli(['export', 'porsgrunn', '-o', 'klimabudsjett.xlsx', '--quiet']);
    cli(['export', 'porsgrunn', '-o', 'rapport.html', '--quiet']);
    cli(['report', 'porsgrunn', 'asker', '--out-dir', 'rapporter', '--quiet']);
    // The workbook: LibreOffice prints it to PDF; its first page is the summary sheet, cut to its
    // content (found in a greyscale rendering, so no image tool is needed beyond poppler).
    tool('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, 'klimabudsjett.xlsx'], {
      cwd: dir,
      env: { ...process.env, HOME: dir },
    });
    const page = ['-r', '110', '-f', '1', '-l', '1', '-singlefile', 'klimabudsjett.pdf'];
    tool('pdftoppm', ['-gray', ...page, 'side'], { cwd: dir });
    const box = contentBox(readFileSync(join(dir, 'side.pgm')));
    const crop = ['-x', box.x, '-y', box.y, '-W', box.width, '-H', box.height].map(String);
    tool('pdftoppm', ['-png', ...crop, ...page, join(out, 'arbeidsbok')], { cwd: dir });
    // The HTML: headless Chromium, a window as large as the part shown.
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find(
      (name) => spawnSync(name, ['--version']).status === 0,
    );
    if (!chromium) throw new Error('needs chromium (or google-chrome) for the HTML pictures');
    const shot = (html, png, size) =>
      tool(chromium, [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--window-size=${size}`,
        `--screenshot=${join(out, png)}`,
        `file://${join(dir, html)}`,
      ]);
    shot('rapport.html', 'rapport.png', '900,1250');
    shot('rapporter/index.html', 'oversikt.png', '1000,480');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(guidePath, await updatedGuide(readFileSync(guidePath, 'utf8')));
  if (!process.argv.includes('--text')) pictures();
}

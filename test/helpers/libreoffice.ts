import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * Headless LibreOffice for the recalculation test: converts workbooks to one CSV per sheet after
 * recalculating every formula on load, in a private profile (nothing of the user's is touched).
 */

/** The soffice binary, or undefined when LibreOffice is not installed. */
export const soffice: string | undefined = ['soffice', 'libreoffice'].find(
  (name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0,
);

/**
 * Calc's CSV filter: comma, double quote, UTF-8 (76), from line 1, raw values rather than values
 * as shown (9th token false), and -1: every sheet to its own file, `<name>-<sheet>.csv`.
 */
const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** A profile whose Calc recalculates OOXML formulas on load (OOXMLRecalcMode 0 = always). */
export function recalculatingProfile(dir: string): string {
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** Converts workbooks to CSV, one file per sheet, in one soffice run (it starts slowly). */
export function convertToCsv(files: readonly string[], outDir: string, profile: string): void {
  if (soffice === undefined) throw new Error('soffice is not installed');
  const result = spawnSync(
    soffice,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      csvFilter,
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
}

/** Reads the CSV LibreOffice wrote for one sheet of a workbook: rows of cells, row 1 first. */
export function readSheetCsv(outDir: string, workbook: string, sheet: string): string[][] {
  const path = join(outDir, `${workbook}-${sheet}.csv`);
  if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${path}`);
  return parse(readFileSync(path, 'utf8'), { relax_column_count: true }) as string[][];
}

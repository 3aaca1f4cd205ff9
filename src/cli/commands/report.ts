import { mkdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Language } from '../../model/budget.js';
import { displayWidth } from '../../render/display-width.js';
import type { OverviewEntry } from '../../render/tables/overview.js';
import { htmlDocument, markdownDocument, overviewDocuments, workbookDocument } from '../documents.js';
import { OutputError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath } from '../io.js';
import { loadReport } from '../load-report.js';
import { shortenPath, writeStatus } from '../status-lines.js';

export interface ReportOptions {
  outDir: string;
  lang?: Language;
  color: boolean;
  quiet: boolean;
}

/** One budget folder of the batch and the name its documents get. */
interface Job {
  dir: string;
  name: string;
}

/**
 * `report DIR… --out-dir D`: for each budget folder, its workbook, its HTML report and its Markdown
 * report in D, as `<name>.xlsx`, `<name>.html` and `<name>.md`, then the overview of the batch as
 * `index.xlsx`, `index.html` and `index.md`. A folder with errors is reported, skipped and listed
 * as failed in the overview; the others go on. On a terminal a progress line shows which folder is
 * being written. Exit 1 if any folder failed.
 */
export async function reportCommand(dirs: readonly string[], options: ReportOptions, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, options.outDir);
  if (isFile(outDir)) throw new UsageError(`--out-dir ${options.outDir} is a file, not a folder.`);
  mkdirSync(outDir, { recursive: true });
  // `report */ --out-dir out` run again would take the reports for a budget folder.
  const budgetDirs = dirs.filter((dir) => resolve(io.cwd, dir) !== outDir);
  if (budgetDirs.length < dirs.length && !options.quiet) {
    io.stderr.write(`${options.outDir}: skipped, it is the --out-dir\n`);
  }
  const jobs = namedJobs(budgetDirs, io.cwd);
  const progress = progressLine(io, jobs.length);
  /** Writes documents into the out-dir and, unless quiet, says so: `<what>: wrote a, b, c`. */
  const writeDocuments = (what: string, documents: readonly (readonly [string, string | Uint8Array])[]) => {
    for (const [file, data] of documents) io.writeFile(join(outDir, file), data);
    if (options.quiet) return;
    const shown = documents.map(([file]) => displayPath(io.cwd, join(outDir, file)));
    writeStatus(io, `${what}: wrote ${shown.join(', ')}`);
  };
  // One entry per folder, in order; an entry without a report is a folder that failed.
  const overview: OverviewEntry[] = [];
  for (const [index, job] of jobs.entries()) {
    const loaded = loadReport(job.dir, options, io);
    if ('exitCode' in loaded) {
      overview.push(job);
      continue;
    }
    progress.show(index, job.dir);
    const language = options.lang ?? loaded.report.language;
    try {
      const documents = [
        [`${job.name}.xlsx`, await workbookDocument(loaded, language, io.env)],
        [`${job.name}.html`, await htmlDocument(loaded, language)],
        [`${job.name}.md`, markdownDocument(loaded, language)],
      ] as const;
      progress.clear();
      writeDocuments(job.dir, documents);
      overview.push({ ...job, report: loaded.report });
    } catch (error) {
      progress.clear();
      overview.push(job);
      const reason = error instanceof Error ? error.message : String(error);
      writeStatus(
        io,
        `${job.dir}: ${error instanceof OutputError ? reason : `could not write the reports: ${reason}`}`,
      );
    }
  }
  progress.clear();
  const language = options.lang ?? overview.find((entry) => entry.report)?.report?.language ?? 'nb';
  const index = await overviewDocuments(overview, language, io.env);
  writeDocuments('overview', [
    [`${indexName}.xlsx`, index.workbook],
    [`${indexName}.html`, index.html],
    [`${indexName}.md`, index.markdown],
  ]);
  const written = overview.filter((entry) => entry.report !== undefined).length;
  const failed = overview.filter((entry) => entry.report === undefined).map((entry) => entry.dir);
  if (!options.quiet || failed.length > 0) {
    writeStatus(
      io,
      failed.length === 0
        ? `${written} of ${jobs.length} budgets written.`
        : `${written} of ${jobs.length} budgets written; failed: ${failed.join(', ')}.`,
    );
  }
  return failed.length > 0 ? ExitCode.InvalidBudget : ExitCode.Ok;
}

/** The overview of the batch: `index.xlsx`, `index.html` and `index.md`. */
const indexName = 'index';

/**
 * Names the documents of each folder after the folder (`budsjett/porsgrunn` → `porsgrunn`); folders
 * that share a name get their whole path instead (`a/porsgrunn` → `a-porsgrunn`), and a folder
 * named `index` gets `index-budget`, since the overview has that name. The same folder given twice
 * is done once.
 */
function namedJobs(dirs: readonly string[], cwd: string): Job[] {
  const unique = [...new Map(dirs.map((dir) => [resolve(cwd, dir), dir])).values()];
  const base = (dir: string) => {
    const name = basename(resolve(cwd, dir)) || 'budget';
    return name.toLowerCase() === indexName ? `${name}-budget` : name;
  };
  const counts = new Map<string, number>();
  for (const dir of unique) counts.set(base(dir), (counts.get(base(dir)) ?? 0) + 1);
  return unique.map((dir) => {
    if (counts.get(base(dir)) === 1) return { dir, name: base(dir) };
    const path = relative(cwd, resolve(cwd, dir)) || base(dir);
    return {
      dir,
      name: path
        .split(sep)
        .filter((part) => part !== '..' && part !== '.')
        .join('-'),
    };
  });
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Cells of the progress bar. */
const barWidth = 20;

/**
 * A progress bar on stderr when it is a terminal, redrawn in place: `██████░░░░… 3/12 budsjett/skien`
 * (the bar counts the folders done); nothing otherwise.
 */
function progressLine(io: CliIo, total: number) {
  const active = io.stderr.isTTY;
  let shown = false;
  return {
    show(index: number, dir: string) {
      if (!active) return;
      const width = Math.max(20, (io.stderr.columns ?? 80) - 1);
      const done = Math.round((barWidth * index) / total);
      const bar = `${'█'.repeat(done)}${'░'.repeat(barWidth - done)}`;
      // One line, redrawn in place: a folder too long for it loses its first folders, never the end.
      const head = `${bar} ${index + 1}/${total} `;
      io.stderr.write(`\r${head}${shortenPath(dir, width - displayWidth(head))}\u001b[K`);
      shown = true;
    },
    clear() {
      if (!active || !shown) return;
      io.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

import { mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { overviewDocuments } from '../../documents/documents.js';
import { lstatOrUndefined } from '../../fs-stat.js';
import { messagesFor } from '../../i18n/messages/index.js';
import { loadBudget } from '../../load/load-budget.js';
import type { Language } from '../../model/budget.js';
import { displayWidth } from '../../render/display-width.js';
import type { OverviewEntry } from '../../render/tables/overview.js';
import { safeText } from '../../safe-text.js';
import { OutputError, outputError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, displayPath, putOutputFile } from '../io.js';
import { outputLanguage } from '../language.js';
import { type BudgetInputs, budgetInputs, inputOf, realOrSelf, sameFolderGuard } from '../output-guard.js';
import { type Document, documentNames, type Job, removeAside, runCapturedJob } from '../report/job.js';
import { type JobSource, workerPool, workerScript } from '../report/pool.js';
import { onStopSignals } from '../report/stop-signals.js';
import { shortenPath, writeStatus } from '../status-lines.js';

export interface ReportOptions {
  outDir: string;
  lang?: Language;
  color: boolean;
  quiet: boolean;
  /** Worker processes (default: the available cores); 1 makes every document in this process. */
  jobs?: number;
}

/**
 * `report DIR… --out-dir D`: for each budget folder, its workbook, its HTML report and its Markdown
 * report in D, as `<name>.xlsx`, `<name>.html` and `<name>.md`, then the overview of the batch as
 * `index.xlsx`, `index.html` and `index.md`. A folder with errors is reported, skipped and listed
 * as failed in the overview; the others go on. On a terminal a progress line shows which folder is
 * being written. Exit 1 if any folder failed. The folders are made in `jobs` worker processes;
 * what is written and said is the same, in the same order, whatever their number.
 */
export async function reportCommand(dirs: readonly string[], options: ReportOptions, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, options.outDir);
  if (isFile(outDir)) throw usageError('outDirIsFile', { dir: options.outDir });
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    // A read-only parent, a file on the way: said as any output that cannot be written (exit 2).
    throw outputError(displayPath(io.cwd, outDir), error);
  }
  // Documents go into this very folder, whatever its path leads to later.
  const sameOutDir = sameFolderGuard(outDir);
  // `report */ --out-dir out` run again would take the reports for a budget folder (also where
  // the out-dir is given through a symbolic link, or the folder is).
  const realOutDir = realOrSelf(outDir);
  const budgetDirs = dirs.filter((dir) => realOrSelf(resolve(io.cwd, dir)) !== realOutDir);
  // The batch's own lines: in `--lang`, else the environment's, else bokmål (as a budget's).
  const batchLanguage = outputLanguage(options.lang, undefined, io.env);
  const batchWords = messagesFor(batchLanguage).status;
  if (budgetDirs.length < dirs.length && !options.quiet) {
    io.stderr.write(`${batchWords.skippedOutDir(options.outDir)}\n`);
  }
  const jobs = namedJobs(budgetDirs, io.cwd);
  const progress = progressLine(io, jobs.length);
  // What the budgets read is never written: those of every budget loaded so far, and from the
  // start those of any budget the out-dir lies in (its documents could land on its later inputs).
  // (`dirs`, not the jobs: a folder skipped for being the out-dir is a budget all the same; an
  // out-dir that is a symbolic link into a budget, or in a budget reached through one, too.)
  const inputs: BudgetInputs[] = [...new Set(dirs)]
    .filter((dir) => isInside(outDir, resolve(io.cwd, dir)) || isInside(realOutDir, realOrSelf(resolve(io.cwd, dir))))
    .map((dir) => budgetInputs(dir, io.cwd, loadBudget(dir, { cwd: io.cwd })));
  /**
   * Writes documents into the out-dir (or puts those a worker wrote aside in place) and, unless
   * quiet, says so: `<what>: wrote a, b, c`.
   */
  const writeDocuments = (what: string, documents: readonly Document[], language: Language) => {
    for (const [index, [file, data]] of documents.entries()) {
      const path = join(outDir, file);
      try {
        sameOutDir(displayPath(io.cwd, path));
        if (typeof data === 'object' && 'temporary' in data) putOutputFile(io.cwd, path, data.temporary, { inputs });
        else io.writeFile(path, data, { inputs });
      } catch (error) {
        removeAside(documents.slice(index));
        throw error;
      }
    }
    if (options.quiet) return;
    const shown = documents.map(([file]) => displayPath(io.cwd, join(outDir, file)));
    writeStatus(io, messagesFor(language).status.wroteDocuments(oneLine(what), shown.join(', ')));
  };
  /**
   * A folder that fails has no documents in the out-dir: those of an earlier run (or the part of
   * this one written before a failure) are removed — only regular files with the names this run
   * gives the folder, never an input — so that nothing stale passes for current.
   */
  const removeDocuments = (job: Job) => {
    const removed: string[] = [];
    for (const file of documentNames(job)) {
      const path = join(outDir, file);
      if (!isRegularFile(path) || inputOf(path, inputs) !== undefined) continue;
      try {
        rmSync(path);
        removed.push(displayPath(io.cwd, path));
      } catch (error) {
        io.stderr.write(`${outputErrorText(displayPath(io.cwd, path), error)}\n`);
      }
    }
    if (removed.length > 0 && !options.quiet) {
      writeStatus(io, batchWords.removedDocuments(oneLine(job.dir), removed.join(', ')));
    }
  };
  // One entry per folder, in order, with only its overview figures; none for a folder that failed.
  const overview: OverviewEntry[] = [];
  // The overview's language: that of the first budget written (`--lang` or its own).
  let firstLanguage: Language | undefined;
  const source = jobSource(jobs, options, io, outDir);
  const stopped = onStopSignals(() => source.close());
  try {
    for (const [index, job] of jobs.entries()) {
      progress.show(index, oneLine(job.dir));
      const { stderr, result } = await source.outcome(index);
      progress.clear();
      if (stderr !== '') io.stderr.write(stderr);
      if (result.kind === 'failed') {
        overview.push(job);
        removeDocuments(job);
        continue;
      }
      if (result.inputs !== undefined) inputs.push(result.inputs);
      const language = result.kind === 'made' ? result.language : (result.language ?? batchLanguage);
      if (result.kind === 'error') {
        overview.push(job);
        writeStatus(io, `${oneLine(job.dir)}: ${messagesFor(language).status.couldNotWriteReports(result.reason)}`);
        removeDocuments(job);
        continue;
      }
      try {
        writeDocuments(job.dir, result.documents, language);
        overview.push({ ...job, figures: result.figures });
        firstLanguage ??= language;
      } catch (error) {
        overview.push(job);
        const reason = error instanceof Error ? error.message : String(error);
        writeStatus(
          io,
          `${oneLine(job.dir)}: ${error instanceof OutputError ? error.messageIn(language) : messagesFor(language).status.couldNotWriteReports(reason)}`,
        );
        removeDocuments(job);
      }
    }
  } finally {
    stopped();
    await source.close();
  }
  progress.clear();
  const language = firstLanguage ?? batchLanguage;
  const index = await overviewDocuments(overview, language, io.env);
  writeDocuments(
    messagesFor(language).status.overview,
    [
      [`${indexName}.xlsx`, index.workbook],
      [`${indexName}.html`, index.html],
      [`${indexName}.md`, index.markdown],
    ],
    language,
  );
  const written = overview.filter((entry) => entry.figures !== undefined).length;
  const failed = overview.filter((entry) => entry.figures === undefined).map((entry) => entry.dir);
  if (!options.quiet || failed.length > 0) {
    writeStatus(
      io,
      failed.length === 0
        ? messagesFor(language).status.budgetsWritten(written, jobs.length)
        : messagesFor(language).status.budgetsFailed(written, jobs.length, oneLine(failed.join(', '))),
    );
  }
  return failed.length > 0 ? ExitCode.InvalidBudget : ExitCode.Ok;
}

/**
 * Where the outcomes come from: worker processes (with `--jobs 1` one, whose small young
 * generation keeps a long batch under 300 MB where this process would grow past 400 MB), or this
 * process for a single folder and when running from the sources (tests).
 */
function jobSource(jobs: readonly Job[], options: ReportOptions, io: CliIo, outDir: string): JobSource {
  const size = Math.min(options.jobs ?? availableParallelism(), jobs.length);
  const script = jobs.length > 1 ? workerScript() : undefined;
  const jobOptions = {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    color: options.color,
    quiet: options.quiet,
  };
  if (script !== undefined) return workerPool(jobs, jobOptions, io, size, script, outDir);
  return { outcome: (index) => runCapturedJob(jobs[index] as Job, jobOptions, io), close: async () => undefined };
}

/** The overview of the batch: `index.xlsx`, `index.html` and `index.md`. */
const indexName = 'index';

/**
 * Names the documents of each folder (the rule the README gives), so that no two folders, and no
 * folder and the overview, share a file — also where case does not count (macOS, Windows):
 * 1. after the folder (`budsjett/porsgrunn` → `porsgrunn`); a folder named `index` gets
 *    `index-budget`, since the overview has that name;
 * 2. folders that share that name (ignoring case) get their path instead (`a/porsgrunn` →
 *    `a-porsgrunn`);
 * 3. a name still taken — by an earlier folder's, by another folder's own name, by the overview —
 *    gets `-2`, `-3`, … (`a-kommune` and `a/kommune`: `a-kommune` and `a-kommune-2`), in the order
 *    the folders are given.
 * Characters a file name cannot hold everywhere (`\ / : * ? " < > |`, control and bidi
 * characters, tab and newline too) become `_`. The same folder given twice is done once.
 */
export function namedJobs(dirs: readonly string[], cwd: string): Job[] {
  const unique = [...new Map(dirs.map((dir) => [resolve(cwd, dir), dir])).values()];
  const key = (name: string) => name.toLowerCase();
  const base = (dir: string) => {
    const name = fileName(basename(resolve(cwd, dir))) || 'budget';
    return key(name) === indexName ? `${name}-budget` : name;
  };
  const counts = new Map<string, number>();
  for (const dir of unique) counts.set(key(base(dir)), (counts.get(key(base(dir))) ?? 0) + 1);
  const proposals = unique.map((dir) => (counts.get(key(base(dir))) === 1 ? base(dir) : pathName(dir, cwd, base(dir))));
  const wanted = new Set(proposals.map(key));
  const used = new Set([indexName]);
  return unique.map((dir, index) => {
    const proposal = proposals[index] as string;
    let name = proposal;
    for (let suffix = 2; used.has(key(name)); suffix++) {
      name = `${proposal}-${suffix}`;
      if (wanted.has(key(name))) name = proposal;
    }
    used.add(key(name));
    return { dir, name };
  });
}

/** A folder's path as a name: `a/porsgrunn` → `a-porsgrunn` (`.` and `..` left out). */
function pathName(dir: string, cwd: string, fallback: string): string {
  const parts = relative(cwd, resolve(cwd, dir))
    .split(sep)
    .filter((part) => part !== '..' && part !== '.' && part !== '');
  return parts.length === 0 ? fallback : fileName(parts.join('-'));
}

/** Text for one line of stderr: unsafe characters replaced, and a tab or newline of a folder's name too. */
function oneLine(text: string): string {
  return safeText(text).replace(/[\t\n]/g, '\uFFFD');
}

/** A name every file system takes: reserved and unsafe characters become `_`, no leading dot. */
function fileName(name: string): string {
  return safeText(name, '_')
    .replace(/[\\/:*?"<>|\uFFFD\t\n]/g, '_')
    .replace(/^\./, '_');
}

/** True when `path` is `folder` or lies in it. */
function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}

function isRegularFile(path: string): boolean {
  return lstatOrUndefined(path)?.isFile() === true;
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

/** The one line that says why a file could not be removed. */
function outputErrorText(shown: string, error: unknown): string {
  const refusal = outputError(shown, error);
  const text = refusal instanceof Error ? refusal.message : String(refusal);
  return text.replace(/^Could not write/, 'Could not remove');
}

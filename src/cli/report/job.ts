import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemporaryFile } from '../../atomic-file.js';
import { htmlDocument, markdownDocument, workbookDocument } from '../../documents/documents.js';
import type { Language } from '../../model/budget.js';
import { type OverviewFigures, overviewFigures } from '../../render/tables/overview.js';
import type { CliIo } from '../io.js';
import { loadReport } from '../load-report.js';
import type { BudgetInputs } from '../output-guard.js';

/** One budget folder of the batch and the name its documents get. */
export interface Job {
  dir: string;
  name: string;
}

/** The documents of each folder, and of the overview, by their extensions. */
const documentExtensions = ['xlsx', 'html', 'md'] as const;

/** The file names of a job's documents in the out-dir, in the order they are made and put. */
export function documentNames(job: Pick<Job, 'name'>): string[] {
  return documentExtensions.map((extension) => `${job.name}.${extension}`);
}

/** What a job needs besides its folder: the options of `report` that shape a budget's documents. */
export interface JobOptions {
  lang?: Language;
  color: boolean;
  quiet: boolean;
}

/**
 * A document of a budget: its file name in the out-dir and its bytes, or the temporary file beside
 * its place that a worker wrote them to (see writeAside).
 */
export type Document = readonly [string, string | Uint8Array | WrittenAside];

/** A document's bytes in a temporary file beside its place in the out-dir, not yet in place. */
export interface WrittenAside {
  temporary: string;
}

/**
 * Writes a worker's documents to temporary files beside their places in `outDir`, so that the
 * batch's process only puts them in place, in order, with the output checks (src/cli/io.ts
 * putOutputFile), instead of receiving and writing ~450 KB a budget: that process's share does not
 * run in parallel. Where a temporary file cannot be written, none is kept and the bytes go to the
 * batch as before, which writes them or says why not, as with `--jobs 1` in one process.
 * `temporaries` are the temporary files' paths by document, as the batch chose them (it removes
 * them should the worker die before answering); a document without one is not written aside.
 */
export function writeAside(
  outDir: string,
  documents: readonly Document[],
  temporaries: ReadonlyMap<string, string> = new Map(),
): readonly Document[] {
  const aside: Document[] = [];
  try {
    for (const [file, data] of documents) {
      const name = temporaries.get(file);
      if ((typeof data === 'object' && 'temporary' in data) || name === undefined) throw new Error('not aside');
      aside.push([file, { temporary: writeTemporaryFile(join(outDir, file), data, name) }]);
    }
    return aside;
  } catch {
    removeAside(aside);
    return documents;
  }
}

/** Removes the temporary files of documents written aside (those not put in place). */
export function removeAside(documents: readonly Document[]): void {
  for (const [, data] of documents) {
    if (typeof data === 'object' && 'temporary' in data) rmSync(data.temporary, { force: true });
  }
}

/**
 * What became of a budget folder: it failed to load (its diagnostics are printed), its documents
 * could not be made (why), or its documents and overview figures — never the report itself, so a
 * batch keeps per budget only what the overview shows.
 */
export type JobResult =
  | { kind: 'failed' }
  | { kind: 'error'; inputs?: BudgetInputs; language?: Language; reason: string }
  | {
      kind: 'made';
      inputs: BudgetInputs;
      language: Language;
      documents: readonly Document[];
      figures: OverviewFigures;
    };

/**
 * Loads, checks and computes one budget folder and makes its three documents in memory: the same
 * in the batch's own process (`--jobs 1`) and in a worker process.
 */
export async function runJob(job: Job, options: JobOptions, io: CliIo): Promise<JobResult> {
  const loaded = loadReport(job.dir, options, io);
  if ('exitCode' in loaded) return { kind: 'failed' };
  const { language } = loaded;
  try {
    const [xlsx, html, md] = documentNames(job) as [string, string, string];
    const documents: Document[] = [
      [xlsx, await workbookDocument(loaded, language, io.env)],
      [html, await htmlDocument(loaded, language)],
      [md, markdownDocument(loaded, language)],
    ];
    return {
      kind: 'made',
      inputs: loaded.inputs,
      language,
      documents,
      figures: overviewFigures(loaded.report),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', inputs: loaded.inputs, language, reason };
  }
}

/** A job's result with what it said on stderr (its diagnostics), printed when its turn comes. */
export interface JobOutcome {
  stderr: string;
  result: JobResult;
}

/**
 * Runs a job with its stderr kept apart, so that its diagnostics print whole, in the batch's
 * order, between progress lines — the same whichever process made it.
 */
export async function runCapturedJob(
  job: Job,
  options: JobOptions,
  io: Pick<CliIo, 'cwd' | 'env'> & { stderr: Pick<CliIo['stderr'], 'isTTY' | 'columns'> },
): Promise<JobOutcome> {
  const said: string[] = [];
  const captured: CliIo = {
    cwd: io.cwd,
    env: io.env,
    stdout: { write: () => undefined, isTTY: false },
    stderr: {
      write: (text) => {
        said.push(typeof text === 'string' ? text : new TextDecoder().decode(text));
      },
      isTTY: io.stderr.isTTY,
      ...(io.stderr.columns === undefined ? {} : { columns: io.stderr.columns }),
    },
    writeFile: () => {
      throw new Error('a job makes documents; the batch writes them');
    },
  };
  try {
    const result = await runJob(job, options, captured);
    return { stderr: said.join(''), result };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { stderr: said.join(''), result: { kind: 'error', reason } };
  }
}

import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryPath } from '../../atomic-file.js';
import type { CliIo } from '../io.js';
import {
  type Document,
  documentNames,
  type Job,
  type JobOptions,
  type JobOutcome,
  removeAside,
  type WrittenAside,
} from './job.js';

/** What the batch asks a worker process: make the documents of one folder. */
export interface WorkRequest {
  index: number;
  job: Job;
  /** Where the documents go: the worker writes them to temporary files there. */
  outDir: string;
  /**
   * The temporary file of each document, by its file name: chosen by the batch, which so knows
   * what to remove should the worker die before it answers, and which paths to expect back.
   */
  temporaries: ReadonlyMap<string, string>;
  options: JobOptions;
  stderr: { isTTY: boolean; columns?: number };
}

/** A worker's answer: the outcome of the request with that index. */
export interface WorkAnswer {
  index: number;
  outcome: JobOutcome;
}

/** The outcomes of a batch's jobs, asked for in order: `outcome(0)`, `outcome(1)`, … */
export interface JobSource {
  outcome(index: number): Promise<JobOutcome>;
  /** Stops the workers; once it has settled, no temporary file of theirs is left. */
  close(): Promise<void>;
}

/** Removes the temporary files of an outcome the batch will not put in place. */
function forget({ result }: JobOutcome): void {
  if (result.kind === 'made') removeAside(result.documents);
}

/**
 * A worker's answer as the batch takes it: the documents must be those asked for — the job's
 * names, in order, each its bytes or the very temporary file it was given. The batch never trusts
 * a path a worker sends (a worker gone wrong must not have a file put outside the out-dir, nor
 * over another's documents): the documents keep the batch's own names and paths. Undefined when
 * the answer is not that.
 */
export function checkedOutcome(
  job: Pick<Job, 'name'>,
  temporaries: ReadonlyMap<string, string>,
  outcome: JobOutcome,
): JobOutcome | undefined {
  const { result } = outcome;
  if (typeof result !== 'object' || result === null || typeof outcome.stderr !== 'string') return undefined;
  if (result.kind !== 'made') return outcome;
  const names = documentNames(job);
  if (!Array.isArray(result.documents) || result.documents.length !== names.length) return undefined;
  const documents: Document[] = [];
  for (const [index, name] of names.entries()) {
    const sent: unknown = result.documents[index];
    if (!Array.isArray(sent) || sent.length !== 2 || sent[0] !== name) return undefined;
    const data: unknown = sent[1];
    if (typeof data === 'string' || data instanceof Uint8Array) documents.push([name, data]);
    else if (isAside(data) && data.temporary === temporaries.get(name))
      documents.push([name, { temporary: data.temporary }]);
    else return undefined;
  }
  return { stderr: outcome.stderr, result: { ...result, documents } };
}

function isAside(data: unknown): data is WrittenAside {
  return typeof data === 'object' && data !== null && typeof (data as Partial<WrittenAside>).temporary === 'string';
}

/**
 * The worker script, when running from the bundle (dist/bundle/report-worker.js beside this
 * chunk); undefined from the sources (tests), where the batch runs in its own process.
 */
export function workerScript(): string | undefined {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'report-worker.js');
  return existsSync(script) ? script : undefined;
}

/**
 * The V8 flags of a worker process, for `size` workers on `cores` cores.
 * - A small young generation: a worker's peak memory drops by a third (374 → 263 MB with
 *   60-measure budgets), since each budget's garbage dies young. 8 MB rather than 2 since the
 *   charts' shapes are reused: 5 % less CPU, the peak the same for 89 and 356 budgets
 *   (230–245 MB); 16 MB saves a little more but grows with the count (235 → 313 MB).
 * - When the workers fill every core, no background compilation, parallel scavenging nor
 *   concurrent sweeping: V8's helper threads then have no idle core to run on and only take time
 *   from another worker (and sync with their own). `--jobs 2` on 2 cores, 356 budgets: 6–11 % less
 *   wall time and 3–9 % less CPU, the peak memory the same (docs/speed.md). Fewer workers than
 *   cores keep them: there they use a core nobody else does (`--jobs 1` on 2 cores is 15 % slower
 *   without them). Parallel and concurrent marking stay: without them the peak rose from 300 to
 *   470 MB.
 */
export function workerFlags(size: number, cores: number): string[] {
  const flags = ['--max-semi-space-size=8'];
  if (size >= cores) flags.push('--no-concurrent-recompilation', '--no-parallel-scavenge', '--no-concurrent-sweeping');
  return flags;
}

/**
 * Runs jobs in `size` worker processes (each its own memory, its own core). Jobs are handed out in
 * order and only a few ahead of the one the batch waits for, so that finished documents waiting
 * for their turn stay few: memory stays flat however many folders the batch has. A worker that
 * dies fails its job (and is replaced); the others go on.
 */
export function workerPool(
  jobs: readonly Job[],
  options: JobOptions,
  io: CliIo,
  size: number,
  script: string,
  outDir: string,
): JobSource {
  const ahead = size * 2;
  // The same for every worker, a replacement for one that died too.
  const execArgv = [...process.execArgv, ...workerFlags(size, availableParallelism())];
  const waiting = new Map<number, { promise: Promise<JobOutcome>; settle: (outcome: JobOutcome) => void }>();
  const busy = new Map<ChildProcess, number>();
  const idle: ChildProcess[] = [];
  let nextToSend = 0;
  let awaited = 0;
  let closed = false;
  let startFailure: string | undefined;
  const stderr = {
    isTTY: io.stderr.isTTY,
    ...(io.stderr.columns === undefined ? {} : { columns: io.stderr.columns }),
  };

  // Outcomes come in but the batch has not taken yet: their temporary files go if it stops early.
  const arrived = new Map<number, JobOutcome>();
  // Every temporary file handed out, by job: removed (where still there) for a worker that dies
  // and at the end, whatever became of the answers.
  const handedOut = new Map<number, ReadonlyMap<string, string>>();
  const sweep = (index: number) => {
    for (const temporary of handedOut.get(index)?.values() ?? []) rmSync(temporary, { force: true });
  };
  const failed = (reason: string): JobOutcome => ({ stderr: '', result: { kind: 'error', reason } });
  const settle = (index: number, outcome: JobOutcome) => {
    if (closed) {
      forget(outcome);
      return;
    }
    arrived.set(index, outcome);
    waiting.get(index)?.settle(outcome);
  };
  // A worker gone (exited, or never started): out of the busy and idle lists; the job it had, if any.
  const release = (child: ChildProcess): number | undefined => {
    const index = busy.get(child);
    busy.delete(child);
    const at = idle.indexOf(child);
    if (at >= 0) idle.splice(at, 1);
    return index;
  };
  const start = (): ChildProcess => {
    const child = fork(script, [], {
      cwd: io.cwd,
      env: io.env as NodeJS.ProcessEnv,
      serialization: 'advanced',
      execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.on('message', (answer: WorkAnswer) => {
      // Only the answer to the job this worker was given counts, checked (see checkedOutcome).
      const index = busy.get(child);
      if (index === undefined) return;
      // An answer to another job (or none): the worker has gone wrong; it dies like one that crashed.
      if (answer?.index !== index || typeof answer.outcome !== 'object' || answer.outcome === null) {
        child.kill('SIGKILL');
        return;
      }
      busy.delete(child);
      idle.push(child);
      const checked = checkedOutcome(jobs[index] as Job, handedOut.get(index) ?? new Map(), answer.outcome);
      if (checked === undefined) sweep(index);
      settle(index, checked ?? failed('the worker answered with documents other than those asked for'));
      pump();
    });
    // A worker that could not be started (its Node not executable for this user, no processes
    // left) emits 'error' and never 'exit': its job fails with the reason, and since the next
    // would fail alike, no other is started; the jobs after it fail with the same reason.
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return; // a running worker's channel: its 'exit' says the rest
      startFailure ??= `a worker process could not be started (${error.code ?? error.message})`;
      const index = release(child);
      if (index !== undefined) {
        sweep(index);
        settle(index, failed(startFailure));
      }
    });
    child.on('exit', (code, signal) => {
      const index = release(child);
      if (index === undefined) return;
      // It may have written its temporary files and died before answering: they are the batch's.
      sweep(index);
      if (closed) return;
      const why = signal === null ? `exit code ${code}` : `signal ${signal}`;
      settle(index, failed(`the worker stopped (${why})`));
      if (startFailure === undefined) idle.push(start());
      pump();
    });
    return child;
  };
  const pump = () => {
    while (!closed && idle.length > 0 && nextToSend < jobs.length && nextToSend < awaited + ahead) {
      const child = idle.shift() as ChildProcess;
      const index = nextToSend++;
      let resolveOutcome: (outcome: JobOutcome) => void = () => undefined;
      const promise = new Promise<JobOutcome>((resolve) => {
        resolveOutcome = resolve;
      });
      waiting.set(index, { promise, settle: resolveOutcome });
      busy.set(child, index);
      const job = jobs[index] as Job;
      const temporaries = new Map(documentNames(job).map((name) => [name, temporaryPath(join(outDir, name))]));
      handedOut.set(index, temporaries);
      const request: WorkRequest = { index, job, outDir, temporaries, options, stderr };
      child.send(request);
    }
  };
  for (let count = 0; count < Math.min(size, jobs.length); count++) idle.push(start());

  return {
    async outcome(index) {
      awaited = index;
      pump();
      const entry = waiting.get(index);
      if (entry === undefined && startFailure !== undefined) return failed(startFailure);
      if (entry === undefined) throw new Error(`job ${index} was never handed out`);
      const outcome = await entry.promise;
      waiting.delete(index);
      arrived.delete(index);
      return outcome;
    },
    async close() {
      closed = true;
      for (const outcome of arrived.values()) forget(outcome);
      arrived.clear();
      // A busy worker's answer is not wanted any more: it is stopped, and once it has exited
      // (nothing more can be written), whatever it wrote is removed.
      const stopping = [...busy.keys()].map((child) => {
        const exited = new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once('exit', () => resolve());
        });
        child.kill('SIGKILL');
        return exited;
      });
      for (const child of idle) if (child.connected) child.disconnect();
      await Promise.all(stopping);
      for (const index of handedOut.keys()) sweep(index);
      handedOut.clear();
    },
  };
}

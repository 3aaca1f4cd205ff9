import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io.js';
import { type Job, type JobOptions, type JobOutcome, removeAside } from './job.js';

/** What the batch asks a worker process: make the documents of one folder. */
export interface WorkRequest {
  index: number;
  job: Job;
  /** Where the documents go: the worker writes them to temporary files there. */
  outDir: string;
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
  close(): void;
}

/** Removes the temporary files of an outcome the batch will not put in place. */
function forget({ result }: JobOutcome): void {
  if (result.kind === 'made') removeAside(result.documents);
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
  const waiting = new Map<number, { promise: Promise<JobOutcome>; settle: (outcome: JobOutcome) => void }>();
  const busy = new Map<ChildProcess, number>();
  const idle: ChildProcess[] = [];
  let nextToSend = 0;
  let awaited = 0;
  let closed = false;
  const stderr = {
    isTTY: io.stderr.isTTY,
    ...(io.stderr.columns === undefined ? {} : { columns: io.stderr.columns }),
  };

  // Outcomes come in but the batch has not taken yet: their temporary files go if it stops early.
  const arrived = new Map<number, JobOutcome>();
  const settle = (index: number, outcome: JobOutcome) => {
    if (closed) {
      forget(outcome);
      return;
    }
    arrived.set(index, outcome);
    waiting.get(index)?.settle(outcome);
  };
  const start = (): ChildProcess => {
    const child = fork(script, [], {
      cwd: io.cwd,
      env: io.env as NodeJS.ProcessEnv,
      serialization: 'advanced',
      // A small young generation: a worker's peak memory drops by a third (374 → 263 MB with
      // 60-measure budgets), since each budget's garbage dies young. 8 MB rather than 2 since the
      // charts' shapes are reused: 5 % less CPU, the peak the same for 89 and 356 budgets
      // (230–245 MB); 16 MB saves a little more but grows with the count (235 → 313 MB).
      execArgv: [...process.execArgv, '--max-semi-space-size=8'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.on('message', (answer: WorkAnswer) => {
      busy.delete(child);
      idle.push(child);
      settle(answer.index, answer.outcome);
      pump();
    });
    child.on('exit', (code, signal) => {
      const index = busy.get(child);
      busy.delete(child);
      const at = idle.indexOf(child);
      if (at >= 0) idle.splice(at, 1);
      if (index === undefined || closed) return;
      const why = signal === null ? `exit code ${code}` : `signal ${signal}`;
      settle(index, {
        stderr: '',
        result: { kind: 'error', reason: `the worker stopped (${why})` },
      });
      idle.push(start());
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
      const request: WorkRequest = { index, job: jobs[index] as Job, outDir, options, stderr };
      child.send(request);
    }
  };
  for (let count = 0; count < Math.min(size, jobs.length); count++) idle.push(start());

  return {
    async outcome(index) {
      awaited = index;
      pump();
      const entry = waiting.get(index);
      if (entry === undefined) throw new Error(`job ${index} was never handed out`);
      const outcome = await entry.promise;
      waiting.delete(index);
      arrived.delete(index);
      return outcome;
    },
    close() {
      closed = true;
      for (const outcome of arrived.values()) forget(outcome);
      arrived.clear();
      for (const child of [...idle, ...busy.keys()]) if (child.connected) child.disconnect();
    },
  };
}

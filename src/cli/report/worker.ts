// A worker process of `report --jobs N` (src/cli/report/pool.ts): makes the documents of the
// folders it is sent, one at a time, writes them to temporary files beside their places and sends
// their names back; the batch puts them in place in order.
import { join } from 'node:path';
import { type Document, type JobOutcome, removeAside, runCapturedJob, writeAside } from './job.js';
import type { WorkAnswer, WorkRequest } from './pool.js';

// As in bin/klimabudsjett.js: the bundled dependencies' deprecation warnings are not the user's.
process.noDeprecation = true;

process.on('message', (request: WorkRequest) => {
  void runCapturedJob(request.job, request.options, {
    cwd: process.cwd(),
    env: process.env,
    stderr: request.stderr,
  }).then(({ stderr, result }: JobOutcome) => {
    const outcome: JobOutcome =
      result.kind === 'made'
        ? {
            stderr,
            result: { ...result, documents: writeAside(request.outDir, result.documents, request.temporaries) },
          }
        : { stderr, result };
    const answer: WorkAnswer = { index: request.index, outcome: testHook(request.job.name, outcome) };
    // The batch gone meanwhile (stopped by an error): nobody will put the files in place.
    if (!process.connected) {
      if (outcome.result.kind === 'made') removeAside(outcome.result.documents);
      return;
    }
    process.send?.(answer);
  });
});
// The batch closes the channel when it is done: then there is nothing left to do.
process.on('disconnect', () => process.exit(0));

/**
 * TEST ONLY (test/output-safety.test.ts): `KLIMABUDSJETT_TEST_WORKER_AFTER_WRITE=crash:<name>`
 * makes the worker die, `hang:<name>` hang, `pause:<name>` wait 2 s, `lie:<name>` answer with a
 * path outside the out-dir (`secret` in its working folder) and a name that leaves it, once it has
 * written the temporary files of the budget whose documents are named <name> and before it
 * answers: the batch must leave none behind, and trust no path it did not choose.
 */
function testHook(name: string, outcome: JobOutcome): JobOutcome {
  const hook = process.env.KLIMABUDSJETT_TEST_WORKER_AFTER_WRITE;
  if (hook === `crash:${name}`) process.kill(process.pid, 'SIGKILL');
  if (hook === `pause:${name}`) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_000);
  // A minute at most, deaf to everything: a failing test leaves no worker behind for long.
  if (hook === `hang:${name}`) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    process.exit(1);
  }
  if (hook !== `lie:${name}` || outcome.result.kind !== 'made') return outcome;
  const [first, , third] = outcome.result.documents;
  const lies: Document[] = [first as Document, [`${name}.html`, { temporary: join(process.cwd(), 'secret') }]];
  return { ...outcome, result: { ...outcome.result, documents: [...lies, ['../escaped.md', (third as Document)[1]]] } };
}

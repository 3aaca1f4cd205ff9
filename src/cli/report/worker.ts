// A worker process of `report --jobs N` (src/cli/report/pool.ts): makes the documents of the
// folders it is sent, one at a time, writes them to temporary files beside their places and sends
// their names back; the batch puts them in place in order.
import { type JobOutcome, removeAside, runCapturedJob, writeAside } from './job.js';
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
        ? { stderr, result: { ...result, documents: writeAside(request.outDir, result.documents) } }
        : { stderr, result };
    const answer: WorkAnswer = { index: request.index, outcome };
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

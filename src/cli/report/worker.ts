// A worker process of `report --jobs N` (src/cli/report/pool.ts): makes the documents of the
// folders it is sent, one at a time, and sends them back; the batch writes them in order.
import { type JobOutcome, runCapturedJob } from './job.js';
import type { WorkAnswer, WorkRequest } from './pool.js';

// As in bin/klimabudsjett.js: the bundled dependencies' deprecation warnings are not the user's.
process.noDeprecation = true;

process.on('message', (request: WorkRequest) => {
  void runCapturedJob(request.job, request.options, {
    cwd: process.cwd(),
    env: process.env,
    stderr: request.stderr,
  }).then((outcome: JobOutcome) => {
    const answer: WorkAnswer = { index: request.index, outcome };
    process.send?.(answer);
  });
});
// The batch closes the channel when it is done: then there is nothing left to do.
process.on('disconnect', () => process.exit(0));

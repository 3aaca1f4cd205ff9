// Preloaded with `node --import` by the benchmark: reports the process's peak memory on exit, to a
// file descriptor, or appended to a file with the CPU times (the batch case: every worker process
// preloads this too, so the file holds one line per process).
import { appendFileSync, writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.KLIMABUDSJETT_BENCH_RSS_FD) {
    writeSync(Number(process.env.KLIMABUDSJETT_BENCH_RSS_FD), `${usage.maxRSS}\n`);
  }
  if (process.env.KLIMABUDSJETT_BENCH_USAGE_FILE) {
    appendFileSync(
      process.env.KLIMABUDSJETT_BENCH_USAGE_FILE,
      `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`,
    );
  }
});

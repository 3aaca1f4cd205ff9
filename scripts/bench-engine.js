// Times computeReport alone on a budget folder (loading excluded): the first call in a fresh
// process, then the median and minimum of ten more. Prints JSON for scripts/bench.js.
import { performance } from 'node:perf_hooks';
import { computeReport } from '../dist/compute/report.js';
import { loadBudget } from '../dist/load/load-budget.js';

const loaded = loadBudget(process.argv[2], { cwd: process.cwd() });
if (!loaded.budget) throw new Error('the budget did not load');
const time = () => {
  const start = performance.now();
  computeReport(loaded.budget);
  return performance.now() - start;
};
const firstMs = time();
const runs = Array.from({ length: 10 }, time).sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ firstMs, medianMs: runs[5], minMs: runs[0] })}\n`);

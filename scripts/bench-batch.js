// The batch case of `npm run bench` (issue 15): 356 generated budgets of 60 measures through
// `report --out-dir`, with --jobs 1 and --jobs 2 run alternately (the machine is shared and its
// speed drifts), then 89 budgets for memory that must not grow with the count. Wall times as
// medians and ranges, user+sys CPU of every process of the run (and of the batch's own process
// apart from its workers), and the peak RSS of any one.
// Alone, after `npm run build`: `node scripts/bench-batch.js [--runs N] [--count N]` (3 runs of
// each, 356 budgets by default), in a temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Writes `count` budgets (copies of one generated budget, each a real municipality) under `work`. */
export function batchBudgets(root, work, count) {
  const template = join(work, 'batch-template');
  if (!existsSync(template)) {
    spawnSync(
      process.execPath,
      [join(root, 'scripts', 'generate-budget.js'), template, '--measures', '60', '--files', '1'],
      { stdio: 'inherit' },
    );
  }
  const numbers = readFileSync(join(root, 'data', 'municipalities.csv'), 'utf8')
    .split('\n')
    .filter((line) => /^\d{4},/.test(line))
    .map((line) => line.split(','));
  const folder = join(work, `batch-${count}`);
  rmSync(folder, { recursive: true, force: true });
  const manifest = readFileSync(join(template, 'budget.yaml'), 'utf8');
  const dirs = [];
  for (let index = 0; index < count; index++) {
    const [number, name] = numbers[index % numbers.length];
    const dir = join(folder, `b${String(index).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    cpSync(template, dir, { recursive: true });
    writeFileSync(
      join(dir, 'budget.yaml'),
      manifest.replace(/municipality: \{[^}]*\}/, `municipality: { name: "${name}", number: "${number}" }`),
    );
    dirs.push(dir);
  }
  return dirs;
}

/** One run: wall ms, and over every process (children preload bench-rss.js too) the peak RSS and the CPU. */
export function runBatch(root, work, dirs, jobs) {
  const out = join(work, `batch-out-${jobs}`);
  const usage = join(work, 'batch-usage');
  rmSync(out, { recursive: true, force: true });
  rmSync(usage, { force: true });
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(root, 'scripts', 'bench-rss.js'),
      join(root, 'bin', 'klimabudsjett.js'),
      'report',
      ...dirs,
      '--out-dir',
      out,
      '--jobs',
      String(jobs),
      '--quiet',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, KLIMABUDSJETT_BENCH_USAGE_FILE: usage },
    },
  );
  const ms = performance.now() - start;
  const lines = existsSync(usage) ? readFileSync(usage, 'utf8').trim().split('\n') : [];
  const processes = lines.map((line) => line.split(' ').map(Number));
  const cpu = ([, user, system]) => (user + system) / 1e6;
  return {
    ms,
    status: result.status,
    peakMb: Math.max(0, ...processes.map(([rss]) => rss / 1024)),
    cpuS: processes.reduce((sum, usage) => sum + cpu(usage), 0),
    // The batch's own process ends last (its workers leave when it closes their channels).
    batchCpuS: processes.length > 0 ? cpu(processes.at(-1)) : 0,
    processes: processes.length,
    out,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The batch case: rows for the bench's table, and whether every limit holds. */
export function benchBatch(root, work, runs = 3, count = 356) {
  const dirs = batchBudgets(root, work, count);
  runBatch(root, work, dirs.slice(0, 20), 1); // warm the file cache
  const one = [];
  const two = [];
  for (let run = 0; run < runs; run++) {
    one.push(runBatch(root, work, dirs, 1));
    two.push(runBatch(root, work, dirs, 2));
  }
  const same = spawnSync('diff', ['-r', two[0].out, one[0].out], { stdio: 'ignore' }).status === 0;
  const small = runBatch(root, work, batchBudgets(root, work, 89), 2);
  const rows = [];
  const row = (name, results) => {
    const times = results.map((result) => result.ms);
    const cpu = results.map((result) => result.cpuS);
    return {
      name,
      median: median(times),
      text: `${(median(times) / 1000).toFixed(1)} s (${(Math.min(...times) / 1000).toFixed(1)}–${(Math.max(...times) / 1000).toFixed(1)}; ${times.map((ms) => (ms / 1000).toFixed(1)).join(', ')}), cpu ${median(cpu).toFixed(1)} s (${Math.min(...cpu).toFixed(1)}–${Math.max(...cpu).toFixed(1)}; batch process ${median(results.map((result) => result.batchCpuS)).toFixed(1)} s), peak ${Math.max(...results.map((result) => result.peakMb)).toFixed(0)} MB, ${results[0].processes} processes, exit ${results[0].status}`,
      peak: Math.max(...results.map((result) => result.peakMb)),
    };
  };
  const a = row(`report ${count} budgets × 60 measures, --jobs 1`, one);
  const b = row(`report ${count} budgets × 60 measures, --jobs 2`, two);
  const c = row('report 89 budgets × 60 measures, --jobs 2', [small]);
  const speedup = a.median / b.median;
  const checks = {
    speedup: speedup >= 1.6,
    time: b.median <= 20000,
    memory: Math.max(a.peak, b.peak) <= 400,
    flat: b.peak <= c.peak * 1.15 + 20,
    same,
  };
  rows.push(a, b, c);
  return { rows, speedup, checks };
}

// Alone: the batch case only, its rows and verdicts.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? fallback : Number(process.argv[at + 1]);
  };
  const root = fileURLToPath(new URL('..', import.meta.url));
  const work = mkdtempSync(join(tmpdir(), 'klimabudsjett-bench-batch-'));
  const batch = benchBatch(root, work, option('--runs', 3), option('--count', 356));
  for (const row of batch.rows) console.log(`${row.name}: ${row.text}`);
  const verdicts = Object.entries(batch.checks).map(([name, ok]) => `${name} ${ok ? 'ok' : 'FAILED'}`);
  console.log(`--jobs 2 is ${batch.speedup.toFixed(2)}× --jobs 1: ${verdicts.join(', ')}`);
  rmSync(work, { recursive: true, force: true });
}

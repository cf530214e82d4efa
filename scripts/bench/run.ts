/**
 * Benchmark runner: `npm run bench [-- NAME...]`. Imports every
 * `scripts/bench/*.bench.ts` (or only those named), runs each on the shared
 * benchmark corpus in this one process (one core, no workers): warm-up runs
 * first, then the median of the timed runs. Slow benches get fewer runs (a time
 * budget per bench, at least MIN_TIMED_RUNS). A bench that throws is reported
 * and the others still run; the exit code is then 1.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBenchCorpus } from './corpus.js';
import type { Bench, BenchResult } from './types.js';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 9;
const MIN_TIMED_RUNS = 3;
/** Seconds of warm-up and of timed runs after which a bench stops early. */
const WARMUP_BUDGET_S = 5;
const TIMED_BUDGET_S = 30;

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

// A bench named NAME lives in NAME.bench.ts; naming benches on the command line imports only those files.
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.slice(0, -'.bench.ts'.length)))
  .sort();
const benches: Bench[] = [];
let failed = 0;
for (const file of files) {
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
    if (!module.bench) throw new Error('it does not export a `bench` object');
    benches.push(module.bench);
  } catch (error) {
    failed++;
    console.error(
      `${file}: cannot load: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const corpus = loadBenchCorpus();
const megabytes = corpus.bytes.length / 1_000_000;
console.log(`corpus: ${megabytes.toFixed(2)} MB — ${corpus.description}`);
console.log(
  `node ${process.version}, up to ${WARMUP_RUNS} warm-up + ${TIMED_RUNS} timed runs (fewer for slow benches, at least ${MIN_TIMED_RUNS}), median reported, one core\n`,
);
// CPU time (user + system of this process) next to wall time: on a shared, busy
// machine the wall clock also counts time spent waiting for a core.
console.log(
  '| bench | what | MB | tokens | median ms | tokens/s | MB/s | median CPU ms | tokens/CPU-s |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const bench of benches) {
  try {
    const { median, medianCpuSeconds } = measure(bench);
    const tokensPerSecond = median.tokens / median.seconds;
    console.log(
      `| ${bench.name} | ${bench.description} | ${megabytes.toFixed(2)} | ${median.tokens.toLocaleString('en-US')} | ${(median.seconds * 1000).toFixed(1)} | ${Math.round(tokensPerSecond).toLocaleString('en-US')} | ${(megabytes / median.seconds).toFixed(1)} | ${(medianCpuSeconds * 1000).toFixed(1)} | ${Math.round(median.tokens / medianCpuSeconds).toLocaleString('en-US')} |`,
    );
  } catch (error) {
    failed++;
    console.log(
      `| ${bench.name} | FAILED: ${error instanceof Error ? error.message : String(error)} | | | | | | | |`,
    );
  }
}
if (failed > 0) process.exitCode = 1;

function measure(bench: Bench): { median: BenchResult; medianCpuSeconds: number } {
  let spent = 0;
  for (let i = 0; i < WARMUP_RUNS && (i === 0 || spent < WARMUP_BUDGET_S); i++)
    spent += bench.run(corpus).seconds;
  const results: BenchResult[] = [];
  const cpuSeconds: number[] = [];
  spent = 0;
  for (let i = 0; i < TIMED_RUNS && (i < MIN_TIMED_RUNS || spent < TIMED_BUDGET_S); i++) {
    const cpuBefore = process.cpuUsage();
    const result = bench.run(corpus);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSeconds.push((cpu.user + cpu.system) / 1e6);
    results.push(result);
    spent += result.seconds;
  }
  results.sort((a, b) => a.seconds - b.seconds);
  cpuSeconds.sort((a, b) => a - b);
  return {
    median: results[Math.floor(results.length / 2)]!,
    medianCpuSeconds: cpuSeconds[Math.floor(cpuSeconds.length / 2)]!,
  };
}

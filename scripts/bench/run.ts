/**
 * Benchmark runner: `npm run bench [-- NAME...]`. Imports every
 * `scripts/bench/*.bench.ts` (or only those named), runs each on the shared
 * benchmark corpus in this one process (one core, no workers): warm-up runs
 * first, then the median of the timed runs.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBenchCorpus } from './corpus.js';
import type { Bench, BenchResult } from './types.js';

const WARMUP_RUNS = 3;
const TIMED_RUNS = 9;

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const benches: Bench[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
  if (!module.bench) throw new Error(`${file} does not export a \`bench\` object`);
  if (wanted.length === 0 || wanted.includes(module.bench.name)) benches.push(module.bench);
}

const corpus = loadBenchCorpus();
const megabytes = corpus.bytes.length / 1_000_000;
console.log(`corpus: ${megabytes.toFixed(2)} MB — ${corpus.description}`);
console.log(
  `node ${process.version}, ${WARMUP_RUNS} warm-up + ${TIMED_RUNS} timed runs, median reported, one core\n`,
);
console.log('| bench | what | MB | tokens | median ms | tokens/s | MB/s |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const bench of benches) {
  for (let i = 0; i < WARMUP_RUNS; i++) bench.run(corpus);
  const results: BenchResult[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) results.push(bench.run(corpus));
  results.sort((a, b) => a.seconds - b.seconds);
  const median = results[Math.floor(results.length / 2)]!;
  const tokensPerSecond = median.tokens / median.seconds;
  console.log(
    `| ${bench.name} | ${bench.description} | ${megabytes.toFixed(2)} | ${median.tokens.toLocaleString('en-US')} | ${(median.seconds * 1000).toFixed(1)} | ${Math.round(tokensPerSecond).toLocaleString('en-US')} | ${(megabytes / median.seconds).toFixed(1)} |`,
  );
}

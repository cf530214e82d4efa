/**
 * Load on the web app's API (`npm run bench:server`): POST /api/compare with a
 * pair of seeds-sized reports, from 10 clients at once for 20 s, against the
 * built server (`bin/crosscheck.js serve`) in its own process on 127.0.0.1.
 * Prints requests/s, latency percentiles, errors, and the server's resident
 * memory before and after. Goals (issue 14): 0 errors, p99 < 250 ms, RSS
 * growth < 50 MB.
 *
 *   npm run bench:server [-- --seconds 20 --concurrency 10] [-- --distinct]
 *
 * The server keeps analysed reports and comparisons (src/node/server/analysis.ts),
 * so repeating one pair measures mostly the cache. `--distinct` makes every
 * request different (a numbered sentence is added to each report), so that
 * every request is analysed and compared afresh: the cost of real work.
 *
 * The reports are the two seed reports in ../shared/seeds when present;
 * otherwise two texts of the same sizes (about 7 and 4 KB) made from the
 * example reports in examples/. The output says which.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '10' },
    distinct: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const GOALS = { p99Ms: 250, rssGrowthMb: 50 };

const { documents, source } = loadPair();
const body = JSON.stringify({ documents });
let sequence = 0;
/** The request body: the pair itself, or with `--distinct` the pair made unique. */
const nextBody = (): string => {
  if (!values.distinct) return body;
  const n = ++sequence;
  return JSON.stringify({
    documents: documents.map((d) => ({
      ...d,
      text: `${d.text}\n\nNachtrag ${n}: Die Lage blieb ruhig.`,
    })),
  });
};

if (!existsSync(join(REPO_ROOT, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run "npm run build" first');
  process.exit(1);
}
const server = await startServer();
try {
  const url = new URL('api/compare', server.url);
  const post = async (): Promise<number> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: nextBody(),
    });
    await response.arrayBuffer();
    return response.status;
  };
  // The first request loads the models; a few more let the JIT settle.
  for (let i = 0; i < 5; i++) {
    const status = await post();
    if (status !== 200) throw new Error(`warm-up request answered ${status}`);
  }
  const rssBefore = rssMb(server.pid);

  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const deadline = performance.now() + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      let outcome: string;
      try {
        const status = await post();
        outcome = status === 200 ? 'ok' : `HTTP ${status}`;
      } catch (error) {
        outcome = error instanceof Error ? error.message : String(error);
      }
      latencies.push(performance.now() - t0);
      if (outcome !== 'ok') failures.set(outcome, (failures.get(outcome) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = (performance.now() - started) / 1000;
  const rssAfter = rssMb(server.pid);

  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  const growth = rssAfter - rssBefore;
  const p99 = at(0.99);
  console.log(
    `POST /api/compare, ${CONCURRENCY} clients for ${SECONDS} s on ${server.url}, ${values.distinct ? 'every request a different pair (nothing cached)' : 'the same pair each time'}`,
  );
  console.log(`reports: ${source}`);
  console.log(`body: ${(body.length / 1024).toFixed(1)} KB`);
  console.log(
    `requests: ${latencies.length} in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(1)} requests/s`,
  );
  console.log(
    `latency ms: p50 ${at(0.5).toFixed(1)}, p90 ${at(0.9).toFixed(1)}, p99 ${p99.toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`,
  );
  console.log(
    `errors: ${errors}${errors ? ` (${[...failures].map(([k, n]) => `${k}: ${n}`).join('; ')})` : ''}`,
  );
  console.log(
    `server RSS: ${rssBefore.toFixed(1)} MB before, ${rssAfter.toFixed(1)} MB after (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB)`,
  );
  const verdict = [
    `errors ${errors === 0 ? 'ok' : 'MISSED'}`,
    `p99 < ${GOALS.p99Ms} ms ${p99 < GOALS.p99Ms ? 'ok' : 'MISSED'}`,
    `RSS growth < ${GOALS.rssGrowthMb} MB ${growth < GOALS.rssGrowthMb ? 'ok' : 'MISSED'}`,
  ];
  console.log(`goals: ${verdict.join(', ')}`);
} finally {
  await server.stop();
}

function loadPair(): { documents: { id: string; text: string }[]; source: string } {
  const seeds = sharedPath('seeds');
  const seedFiles = seeds
    ? readdirSync(seeds)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .slice(0, 2)
    : [];
  if (seeds && seedFiles.length === 2) {
    const documents = seedFiles.map((name) => ({
      id: name,
      text: readFileSync(join(seeds, name), 'utf8'),
    }));
    return {
      documents,
      source: `the seed reports ${seedFiles.join(' and ')} (${documents.map((d) => d.text.length).join(' and ')} characters)`,
    };
  }
  // No seeds: the example reports, repeated to the seeds' sizes.
  const folder = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck');
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
  const sized = (size: number, offset: number) => {
    let text = '';
    for (let i = offset; text.length < size; i++) text += `${texts[i % texts.length]!.trim()}\n\n`;
    return text;
  };
  const documents = [
    { id: 'a.txt', text: sized(7000, 0) },
    { id: 'b.txt', text: sized(4000, 1) },
  ];
  return {
    documents,
    source: `../shared/seeds absent: the example reports repeated to ${documents.map((d) => d.text.length).join(' and ')} characters`,
  };
}

interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `crosscheck serve --port 0` as its own process, so its memory is its own. */
async function startServer(): Promise<Server> {
  const child = spawn(
    process.execPath,
    [join(REPO_ROOT, 'bin', 'crosscheck.js'), 'serve', '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 600; i++) {
    const match = /http:\/\/\S+\//.exec(out);
    if (match) {
      return {
        url: match[0],
        pid: child.pid!,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGTERM');
  throw new Error(`the server printed no address: ${out}`);
}

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kb[1]) / 1024;
}

/**
 * Store benchmark: `npm run bench:store [-- --reports N] [--queries N] [--db postgres://…] [--no-cluster]`.
 *
 * Analyses the bundled examples and the dev-split stories of eval/stories once,
 * then stores N variants of them (default 10,000: each with its own id, outlet,
 * day and a closing line of its own, so every one is a new report by URL and by
 * text) and times, on one core:
 *   - add: `addReport` per report, the analysis excluded (entities, frames,
 *     story assignment by the clusterer, one transaction);
 *   - search: full-text queries (one or two words of the reports, phrases,
 *     with and without outlet/date/entity filters) over the N stored reports:
 *     median, p95, max;
 *   - stories: listing the stories of the last 30 days.
 * The store is a fresh PGlite folder in the temp directory (removed afterwards)
 * unless --db names a PostgreSQL server (then a schema of its own, dropped).
 * `--keep` keeps it (its place is printed) and `--store PATH|URL` reuses a kept
 * one: a store that already holds N reports is only searched.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord } from '../../src/core/contract/types.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { REPO_ROOT } from '../../src/node/shared-data.js';
import { openStore } from '../../src/node/store/open.js';
import type { SearchQuery } from '../../src/node/store/types.js';

const args = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench:store: ${name} needs a whole number, not "${args[at + 1]}"`);
    process.exit(2);
  }
  return value;
}
const REPORTS = option('--reports', 10_000);
const QUERIES = option('--queries', 300);
const dbAt = args.indexOf('--db');
const serverUrl = dbAt >= 0 ? args[dbAt + 1] : undefined;
const keep = args.includes('--keep');
const storeAt = args.indexOf('--store');
const kept = storeAt >= 0 ? args[storeAt + 1] : undefined;
const cluster = !args.includes('--no-cluster');

/** Text files of examples/ and of the dev stories (held-out stories are not read). */
async function sourceTexts(): Promise<{ id: string; text: string }[]> {
  const texts: { id: string; text: string }[] = [];
  const examples = join(REPO_ROOT, 'examples');
  for (const entry of await readdir(examples, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith('.txt'))
      texts.push({
        id: entry.name,
        text: await readFile(join(entry.parentPath, entry.name), 'utf8'),
      });
  const stories = join(REPO_ROOT, 'eval', 'stories');
  for (const story of (await readdir(stories, { withFileTypes: true })).filter((e) =>
    e.isDirectory(),
  )) {
    const folder = join(stories, story.name);
    const gold = JSON.parse(await readFile(join(folder, 'gold.json'), 'utf8')) as {
      split?: string;
    };
    if (gold.split !== 'dev') continue;
    for (const file of (await readdir(folder)).filter((f) => f.endsWith('.txt')))
      texts.push({ id: `${story.name}/${file}`, text: await readFile(join(folder, file), 'utf8') });
  }
  return texts;
}

/** The query kinds, in the order the queries cycle through them. */
const KINDS = [
  'one word',
  'two words + outlet',
  'two words + date range',
  'phrase',
  'one word + entity',
  'entity alone',
  'two words',
];

const OUTLETS = [
  'Muldentaler Bote',
  'Rheinbote',
  'Stadtanzeiger',
  'Nordkurier',
  'Tagespost',
  'Abendblatt',
];

function variant(base: DocumentRecord, n: number): DocumentRecord {
  const day = new Date(Date.UTC(2025, 0, 1) + (n % 365) * 86_400_000).toISOString().slice(0, 10);
  // A closing line of its own: a new text (hash); the analysis' offsets stay valid before it.
  return {
    ...base,
    id: `${base.id}#${n}`,
    text: `${base.text}\n\nMeldung ${n + 1}, Stand ${day}.`,
    meta: {
      outlet: OUTLETS[n % OUTLETS.length],
      title: base.text.trim().split('\n')[0]!.slice(0, 120),
      published: day,
      url: `https://news.example/${n + 1}`,
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms (${sorted.length} runs)`;
}

const sources = await sourceTexts();
const t0 = performance.now();
const pipeline = loadGermanPipeline();
const bases = sources.map((s) => pipeline.run(s.id, normalizeText(s.text)).toRecord());
console.log(
  `analysed ${bases.length} reports (examples and dev stories) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const keptServer = kept !== undefined && /^postgres(?:ql)?:\/\//.test(kept);
const folder =
  serverUrl || keptServer
    ? null
    : (kept ?? join(await mkdtemp(join(tmpdir(), 'crosscheck-bench-store-')), 'store'));
const schema = keptServer || keep ? 'bench_kept' : `bench_${process.pid}`;
const store = await openStore({
  db: keptServer ? kept! : (serverUrl ?? folder!),
  schema: serverUrl || keptServer ? schema : undefined,
  clusterer: cluster ? undefined : null,
});
console.log(`store: ${store.engine} (${store.location}), clustering ${cluster ? 'on' : 'off'}`);

try {
  const addTimes: number[] = [];
  const tAdd = performance.now();
  const already = await store.reportCount();
  if (already > 0 && already !== REPORTS)
    throw new Error(`the store holds ${already} reports, not ${REPORTS}: use a new one`);
  for (let n = already; n < REPORTS; n++) {
    const record = variant(bases[n % bases.length]!, n);
    const t = performance.now();
    const result = await store.addReport({ record, source: record.meta!.url! });
    addTimes.push(performance.now() - t);
    if (result.status !== 'added')
      throw new Error(`variant ${n} was not added: ${JSON.stringify(result)}`);
    if ((n + 1) % 1000 === 0)
      console.log(`  ${n + 1} added, ${((performance.now() - tAdd) / 1000).toFixed(0)} s`);
  }
  const addSeconds = (performance.now() - tAdd) / 1000;
  if (addTimes.length > 0)
    console.log(
      `add (analysis excluded): ${figures(addTimes)}; ${(REPORTS / addSeconds).toFixed(0)} reports/s`,
    );

  // Queries: content words of the reports, alone, in pairs, as phrases, and with filters.
  const words = [
    ...new Set(
      bases.flatMap((b) =>
        b.tokens
          .filter((t) => t.upos === 'NOUN' && t.end - t.start > 4)
          .map((t) => b.text.slice(t.start, t.end)),
      ),
    ),
  ];
  const names = [
    ...new Set(
      bases.flatMap((b) => b.entities.filter((e) => e.form === 'name').map((e) => e.text)),
    ),
  ];
  let seed = 42;
  const pick = <T>(list: T[]): T => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return list[seed % list.length]!;
  };
  const queries: SearchQuery[] = [];
  for (let q = 0; q < QUERIES; q++) {
    const kind = KINDS[q % KINDS.length]!;
    const two = `${pick(words)} ${pick(words)}`;
    queries.push(
      kind === 'one word'
        ? { text: pick(words) }
        : kind === 'two words + outlet'
          ? { text: two, outlet: pick(OUTLETS) }
          : kind === 'two words + date range'
            ? { text: two, from: '2025-03-01', to: '2025-05-31' }
            : kind === 'phrase'
              ? { text: `"${pick(words)} ${pick(words)}"` }
              : kind === 'one word + entity'
                ? { text: pick(words), entity: pick(names) }
                : kind === 'entity alone'
                  ? { text: '', entity: pick(names) }
                  : { text: two },
    );
  }
  for (const query of queries.slice(0, 20)) await store.search(query); // warm-up
  const searchTimes: number[] = [];
  const byKind = new Map<string, number[]>();
  let hits = 0;
  for (const [q, query] of queries.entries()) {
    const t = performance.now();
    hits += (await store.search(query)).length;
    const ms = performance.now() - t;
    searchTimes.push(ms);
    const kind = KINDS[q % KINDS.length]!;
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  }
  console.log(
    `search over ${REPORTS} reports (20 hits at most): ${figures(searchTimes)}; ${(hits / QUERIES).toFixed(1)} hits a query`,
  );

  for (const [kind, times] of byKind) console.log(`  ${kind}: ${figures(times)}`);

  const storyTimes: number[] = [];
  let storyCount = 0;
  for (let r = 0; r < 10; r++) {
    const t = performance.now();
    storyCount = (await store.listStories({ since: '2025-12-01' })).length;
    storyTimes.push(performance.now() - t);
  }
  console.log(`stories --since (last 31 days, ${storyCount} stories): ${figures(storyTimes)}`);
} finally {
  await store.close();
  if (keep)
    console.log(
      `kept: --store ${keptServer || serverUrl ? `${kept ?? serverUrl} (schema ${schema})` : folder}`,
    );
  else if (kept === undefined && folder)
    await rm(join(folder, '..'), { recursive: true, force: true });
  else if (serverUrl) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

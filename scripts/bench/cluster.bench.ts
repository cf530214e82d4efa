/**
 * Online story clustering: `match` + `assign` of 10,000 reports into a fresh
 * story index, in date order (issue 16's goal: ≥ 200 reports/s on one core).
 *
 * The reports' features are made once, outside the timing: the repository's
 * own reports (dev stories of eval/stories/, the distractors of eval/cluster/
 * and examples/) are analysed with the German pipeline, then recombined into
 * ~1,500 synthetic stories spread over six months. Each story takes a base
 * report, renames most of its names and its rarer words to the story's own
 * (so stories differ as two events do, while common names — countries, parties
 * — and common words stay shared), and mixes in words of another report; each
 * of its reports keeps a random ~70 % of the story's keys plus a few words of
 * an unrelated report, on the story's day or up to two days later.
 * Analysis is not measured; the tokens column counts reports. CLUSTER_BENCH_OPTIONS
 * (JSON) sets other cluster options, to compare settings on the same stream.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createStoryIndex,
  reportFeatures,
  type ClusterOptions,
  type ReportFeatures,
} from '../../src/core/cluster/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { REPO_ROOT } from '../../src/node/shared-data.js';
import type { Bench } from './types.js';

const REPORTS = 10_000;
const STORIES = 1_500;
const START_DAY = Date.UTC(2025, 0, 1);
const SPAN_DAYS = 180;

let stream: ReportFeatures[] | null = null;

export const bench: Bench = {
  name: 'cluster',
  description: `story clustering: match + assign of ${REPORTS.toLocaleString('en-US')} report features (~${STORIES.toLocaleString('en-US')} stories, 6 months) into a fresh index; analysis not timed (tokens column = reports)`,
  run() {
    stream ??= syntheticStream(baseFeatures());
    const t0 = performance.now();
    const index = createStoryIndex(benchOptions());
    let opened = 0;
    for (const features of stream)
      index.assign(features, index.match(features)?.story ?? `s${++opened}`);
    const seconds = (performance.now() - t0) / 1000;
    console.error(`cluster bench: ${index.stories().length} stories found`);
    return { tokens: stream.length, seconds, extra: { stories: index.stories().length } };
  },
};

/**
 * Other settings than the defaults, to compare them on the same stream:
 * CLUSTER_BENCH_OPTIONS='{"castHalfLifeDays":2,"threshold":0.16}' npm run bench -- cluster
 */
function benchOptions(): ClusterOptions {
  const text = process.env['CLUSTER_BENCH_OPTIONS'];
  if (!text) return {};
  try {
    return JSON.parse(text) as ClusterOptions;
  } catch (error) {
    throw new Error(`CLUSTER_BENCH_OPTIONS is not valid JSON: ${(error as Error).message}`);
  }
}

/** The repository's own reports, analysed once (held-out stories are left out: they are for eval:cluster only). */
function baseFeatures(): ReportFeatures[] {
  const texts: [string, string][] = [];
  const storiesDir = join(REPO_ROOT, 'eval', 'stories');
  for (const name of readdirSync(storiesDir).sort()) {
    const dir = join(storiesDir, name);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'gold.json'))) continue;
    if (
      (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { split?: string }).split !==
      'dev'
    )
      continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
      texts.push([`${name}/${f}`, join(dir, f)]);
  }
  for (const dir of [join(REPO_ROOT, 'eval', 'cluster', 'distractors'), ...exampleDirs()])
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      texts.push([f, join(dir, f)]);
  const pipeline = loadGermanPipeline();
  return texts.map(([id, path]) =>
    reportFeatures(pipeline.run(id, normalizeText(readFileSync(path, 'utf8'))).toRecord(), id),
  );
}

function exampleDirs(): string[] {
  const root = join(REPO_ROOT, 'examples');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((d) => join(root, d))
    .filter((d) => statSync(d).isDirectory());
}

function syntheticStream(bases: ReportFeatures[]): ReportFeatures[] {
  const random = mulberry32(16);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // How often each key occurs among the base reports: a key in few of them is "rare" and becomes the story's own.
  const df = new Map<string, number>();
  for (const b of bases)
    for (const k of [...b.entities, ...Object.keys(b.terms)]) df.set(k, (df.get(k) ?? 0) + 1);
  const own = (key: string, story: number) => ((df.get(key) ?? 0) <= 2 ? `${key}#${story}` : key);

  // Reports per story: 1 + a geometric number, mean REPORTS / STORIES.
  const out: ReportFeatures[] = [];
  for (let story = 0; out.length < REPORTS; story++) {
    const base = pick(bases);
    const mix = pick(bases);
    const day = Math.floor(random() * SPAN_DAYS);
    const entities = base.entities.map((e) => own(e, story));
    const terms: Record<string, number> = {};
    for (const [t, n] of Object.entries(base.terms)) terms[own(t, story)] = n;
    for (const [t, n] of Object.entries(mix.terms))
      if (random() < 0.2) terms[t] = (terms[t] ?? 0) + n;
    const frames = base.frames.map((f) => own(f, story));
    let count = 1;
    while (random() > 1 / (REPORTS / STORIES) && count < 40) count++;
    for (let i = 0; i < count && out.length < REPORTS; i++) {
      const noise = pick(bases);
      const t: Record<string, number> = {};
      for (const [k, n] of Object.entries(terms)) if (random() < 0.7) t[k] = n;
      for (const [k, n] of Object.entries(noise.terms)) if (random() < 0.05) t[k] = (t[k] ?? 0) + n;
      out.push({
        report: `r${out.length}`,
        published: new Date(START_DAY + (day + Math.floor(random() * 3)) * 86_400_000)
          .toISOString()
          .slice(0, 10),
        entities: entities.filter(() => random() < 0.7),
        terms: t,
        frames: frames.filter(() => random() < 0.7),
      });
    }
  }
  // Date order; the order within a day is the random one of generation.
  return out.sort((a, b) =>
    a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0,
  );
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `npm run eval:cluster` — online story clustering on a stream of reports:
 * the multi-report stories of eval/stories/ plus the single-report distractors
 * of eval/cluster/ (format: eval/cluster/README.md), ordered by date. Each report
 * is analysed once (German pipeline, record with its publication day), then the
 * stream is clustered with `match` + `assign` and scored with B-cubed
 * precision, recall and F1, on the dev stream, on the held-out test stream and
 * on both as one stream, each the mean over several orders of the reports within a day.
 *
 * Options:
 *   --seeds N      orders per stream (default 5)
 *   --spread N     robustness: each story report is published 0 … N days after the story's date
 *                  (seeded), as follow-ups are; distractors keep their dates
 *   --followups    add the follow-up material of eval/cluster/followups.json: dev follow-ups of dev
 *                  stories to the dev stream, the held-out mini-stories to the held-out stream
 *   --split dev    score the dev stream only (while tuning: the held-out figures are for the end)
 *   --details      the dev stream's errors: split stories and wrongly joined reports, with scores
 *   --margins      the dev stream with gold assignments: the lowest scores of a report against its own
 *                  story and the highest against another — how wide the gap is that the threshold sits in
 *   --set name=N   score with this setting instead of the default (repeatable; tuning on dev)
 *   --grid         tune: score a grid of settings on the dev stream only (spreads 0, 2 and 4 pooled) and
 *                  list the best
 *   --json         the figures as JSON
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CLUSTER_DEFAULTS,
  createStoryIndex,
  reportFeatures,
  type ClusterOptions,
  type ReportFeatures,
  type ScoreParts,
} from '../../src/core/cluster/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { clusterStream } from './cluster/run-stream.js';
import {
  distractorReports,
  followupReports,
  orderStream,
  storyReports,
  type Split,
  type StreamReport,
} from './cluster/stream.js';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = Number(valueOf('--seeds') ?? 5);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error(
    `eval:cluster: --seeds must be a positive whole number, not "${valueOf('--seeds')}"`,
  );
  process.exit(2);
}
let spread = Number(valueOf('--spread') ?? 0);
if (!Number.isInteger(spread) || spread < 0) {
  console.error(
    `eval:cluster: --spread must be a whole number of days ≥ 0, not "${valueOf('--spread')}"`,
  );
  process.exit(2);
}
const onlySplit = valueOf('--split');
if (onlySplit !== undefined && onlySplit !== 'dev' && onlySplit !== 'test') {
  console.error(`eval:cluster: --split must be dev or test, not "${onlySplit}"`);
  process.exit(2);
}
// --set name=value (repeatable): score other settings than the defaults (tuning on dev).
const settings: Record<string, number> = {};
args.forEach((arg, i) => {
  if (arg !== '--set') return;
  const [name, value] = (args[i + 1] ?? '').split('=');
  if (!name || value === undefined || value === '' || !Number.isFinite(Number(value))) {
    console.error(`eval:cluster: --set needs name=number, not "${args[i + 1] ?? ''}"`);
    process.exit(2);
  }
  settings[name] = Number(value);
});
try {
  createStoryIndex(settings as ClusterOptions);
} catch (error) {
  console.error(`eval:cluster: ${(error as Error).message}`);
  process.exit(2);
}
const chosen = settings as ClusterOptions;
const root = fileURLToPath(new URL('../..', import.meta.url));

const withFollowups = args.includes('--followups');
let reports: StreamReport[];
try {
  const stories = storyReports(join(root, 'eval', 'stories'));
  reports = [
    ...stories,
    ...distractorReports(
      join(root, 'eval', 'cluster', 'distractors.json'),
      join(root, 'eval', 'cluster', 'distractors'),
    ),
  ];
  if (withFollowups)
    reports.push(
      ...followupReports(
        join(root, 'eval', 'cluster', 'followups.json'),
        join(root, 'eval', 'cluster', 'followups'),
        new Map(stories.map((r) => [r.gold, r.split])),
      ),
    );
} catch (error) {
  console.error(`eval:cluster: ${(error as Error).message}`);
  process.exit(1);
}

// Analysis once per report for the whole run (the settings grid reuses it).
const t0 = performance.now();
const features = new Map<string, ReportFeatures>();
const needed =
  args.includes('--grid') || args.includes('--margins') || onlySplit === 'dev' ? 'dev' : onlySplit;
for (const report of reports) {
  if (needed !== undefined && report.split !== needed) continue;
  const record = loadGermanPipeline({ documentDate: report.date })
    .run(report.id, normalizeText(report.text))
    .toRecord();
  record.meta = { published: report.date };
  features.set(report.id, reportFeatures(record, report.id));
}
const analysisSeconds = (performance.now() - t0) / 1000;

/** The dev and the held-out stream, and both as one stream (more stories of one kind near each other). */
type StreamName = Split | 'all';
const streams: Record<StreamName, StreamReport[]> = {
  dev: reports.filter((r) => r.split === 'dev'),
  test: reports.filter((r) => r.split === 'test'),
  all: reports,
};

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  minF1: number;
  reports: number;
  goldStories: number;
  predictedStories: number;
}

function evaluate(split: StreamName, options?: ClusterOptions): Figures {
  const sums = { precision: 0, recall: 0, f1: 0, stories: 0 };
  let minF1 = 1;
  for (let seed = 1; seed <= seeds; seed++) {
    const result = clusterStream(
      orderStream(spreadDates(streams[split], seed), seed),
      withDates(seed),
      options,
    );
    sums.precision += result.precision;
    sums.recall += result.recall;
    sums.f1 += result.f1;
    sums.stories += result.stories;
    minF1 = Math.min(minF1, result.f1);
  }
  return {
    precision: sums.precision / seeds,
    recall: sums.recall / seeds,
    f1: sums.f1 / seeds,
    minF1,
    reports: streams[split].length,
    goldStories: new Set(streams[split].map((r) => r.gold)).size,
    predictedStories: sums.stories / seeds,
  };
}

/** The stream with each story report moved 0 … `spread` days later (the same for a seed). */
function spreadDates(stream: StreamReport[], seed: number): StreamReport[] {
  if (spread === 0) return stream;
  return stream.map((r) => {
    // Distractors and the follow-up material keep the days they were written with.
    if (r.id.startsWith('distractor/') || r.id.startsWith('followup/')) return r;
    const shift = hash(`${seed}:${r.id}`) % (spread + 1);
    const day = new Date(Date.parse(`${r.date}T00:00:00Z`) + shift * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return { ...r, date: day };
  });
}

function withDates(seed: number): Map<string, ReportFeatures> {
  if (spread === 0) return features;
  const dated = new Map<string, ReportFeatures>();
  for (const r of spreadDates([...streams.dev, ...streams.test], seed)) {
    const f = features.get(r.id);
    if (f) dated.set(r.id, { ...f, published: r.date });
  }
  return dated;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const pct = (x: number) => (100 * x).toFixed(1);

if (args.includes('--margins')) {
  printMargins();
  process.exit(0);
}

if (args.includes('--grid')) {
  // Tuning looks at the dev stream only. For each weighting, the dev reports are
  // scored with gold assignments (see printMargins); the threshold goes to the
  // geometric middle of the gap between the lowest score of a report against its
  // own story and the highest against another, and the weighting with the widest
  // gap (as a ratio) wins.
  // The margins are pooled over the same-day stream and reports spread over up to
  // 3 and 5 days (add --followups for reports days later): the settings must hold on all.
  const spreads = [0, 2, 4];
  const rows: { options: ClusterOptions; low: number; high: number; figures: Figures }[] = [];
  for (const entityWeight of [0.5, 0.6])
    for (const termWeight of [0.2, 0.3])
      for (const halfLifeDays of [2, 3, 4])
        for (const castHalfLifeDays of [7, 14, 21, 28])
          for (const plateauDays of [0, 1]) {
            const weights = {
              entityWeight,
              termWeight,
              frameWeight: 0.1,
              halfLifeDays,
              castHalfLifeDays,
              plateauDays,
            };
            let low = Infinity;
            let high = 0;
            for (spread of spreads) {
              const m = margins(weights);
              low = Math.min(low, m.low);
              high = Math.max(high, m.high);
            }
            const options = {
              ...weights,
              threshold: Number(Math.sqrt(low * Math.max(high, 1e-6)).toFixed(3)),
            };
            // F1: the worst of the spreads.
            let figures: Figures | undefined;
            for (spread of spreads) {
              const f = evaluate('dev', options);
              if (!figures || f.f1 < figures.f1) figures = f;
            }
            rows.push({ options, low, high, figures: figures! });
          }
  rows.sort((a, b) => b.low / b.high - a.low / a.high || b.figures.f1 - a.figures.f1);
  console.log(
    '| entity | term | half-life | cast half-life | plateau | lowest own | highest other | threshold | dev P | dev R | dev F1 | min F1 |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { options: o, low, high, figures: f } of rows.slice(0, 40))
    console.log(
      `| ${o.entityWeight} | ${o.termWeight} | ${o.halfLifeDays} | ${o.castHalfLifeDays} | ${o.plateauDays} | ${low.toFixed(3)} | ${high.toFixed(3)} | ${o.threshold} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.minF1)} |`,
    );
  process.exit(0);
}

const splits: StreamName[] = onlySplit ? [onlySplit as Split] : ['dev', 'test', 'all'];
const figures = Object.fromEntries(
  splits.map((split) => [split, evaluate(split, chosen)]),
) as Partial<Record<StreamName, Figures>>;
if (args.includes('--json')) {
  console.log(
    JSON.stringify({ settings: { ...CLUSTER_DEFAULTS, ...chosen }, seeds, figures }, null, 2),
  );
} else {
  console.log(
    `${features.size} reports analysed in ${analysisSeconds.toFixed(1)} s; B-cubed, mean of ${seeds} orders within a day (min F1 over the orders)${spread > 0 ? `; story reports spread over ${spread + 1} days` : ''}${withFollowups ? '; with the follow-up material' : ''}\n`,
  );
  console.log(
    '| stream | reports | gold stories | predicted stories | precision | recall | F1 | min F1 |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const split of splits) {
    const f = figures[split]!;
    console.log(
      `| ${{ dev: 'dev', test: 'held-out test', all: 'both as one stream' }[split]} | ${f.reports} | ${f.goldStories} | ${f.predictedStories.toFixed(1)} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.minF1)} |`,
    );
  }
}

if (args.includes('--details')) printDevErrors();

/** The parts of a score in a few characters: entities (of them the cast), terms, frames, the two time factors. */
function describe(p: ScoreParts): string {
  return `E ${p.entities.toFixed(2)} (cast ${p.cast.toFixed(2)}) T ${p.terms.toFixed(2)} F ${p.frames.toFixed(2)} time ${p.time.toFixed(2)} cast time ${p.castTime.toFixed(2)}`;
}

/** The dev stream's errors in the first order: which stories were split, which reports joined a wrong story. */
function printDevErrors(): void {
  const stream = orderStream(spreadDates(streams.dev, 1), 1);
  const dated = withDates(1);
  const index = createStoryIndex(chosen);
  const goldOf = new Map(stream.map((r) => [r.id, r.gold]));
  let opened = 0;
  console.log('\nDev stream, order 1: every decision that went wrong');
  for (const report of stream) {
    const f = dated.get(report.id)!;
    const match = index.match(f);
    const members = match ? index.reports(match.story) : [];
    const sameGold = index
      .stories()
      .filter((s) => index.reports(s).some((r) => goldOf.get(r) === report.gold));
    const right = match
      ? members.some((r) => goldOf.get(r) === report.gold)
      : sameGold.length === 0;
    if (!right) {
      const target = sameGold[0];
      const partsRight = target ? index.explain(f, target) : null;
      const partsWrong = match ? index.explain(f, match.story) : null;
      const fmt = (p: typeof partsRight) =>
        p ? `score ${p.score.toFixed(3)} (${describe(p)})` : '-';
      console.log(
        `  ${report.id} (${report.date}): ${match ? `joined ${members[0]} … ${fmt(partsWrong)}` : 'opened a new story'}; its own story: ${target ? `${index.reports(target)[0]} ${fmt(partsRight)}` : 'none yet'}`,
      );
    }
    index.assign(f, match?.story ?? `s${++opened}`);
  }
}

/**
 * Each dev report scored, before it joins, against its own story (when one has
 * started) and against the best other story, with every earlier report in its
 * gold story: the threshold should fall between the two lists.
 */
function marginLists(options?: ClusterOptions): {
  own: [number, string][];
  other: [number, string][];
} {
  const own: [number, string][] = [];
  const other: [number, string][] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const index = createStoryIndex(options);
    const dated = withDates(seed);
    for (const report of orderStream(spreadDates(streams.dev, seed), seed)) {
      const f = dated.get(report.id)!;
      let bestOther: [number, string] | null = null;
      for (const story of index.stories()) {
        const parts = index.explain(f, story)!;
        const label = `${report.id} → ${index.reports(story)[0]} ${describe(parts)}`;
        if (story === report.gold) own.push([parts.score, label]);
        else if (!bestOther || parts.score > bestOther[0]) bestOther = [parts.score, label];
      }
      if (bestOther) other.push(bestOther);
      index.assign(f, report.gold);
    }
  }
  own.sort((a, b) => a[0] - b[0]);
  other.sort((a, b) => b[0] - a[0]);
  return { own, other };
}

function margins(options: ClusterOptions): { low: number; high: number } {
  const { own, other } = marginLists(options);
  return { low: own[0]?.[0] ?? 1, high: other[0]?.[0] ?? 0 };
}

function printMargins(): void {
  const { own, other } = marginLists(chosen);
  console.log(`lowest scores against the own story (of ${own.length}):`);
  for (const [score, label] of own.slice(0, 12)) console.log(`  ${score.toFixed(3)} ${label}`);
  console.log(`highest scores against another story (of ${other.length}):`);
  for (const [score, label] of other.slice(0, 12)) console.log(`  ${score.toFixed(3)} ${label}`);
}

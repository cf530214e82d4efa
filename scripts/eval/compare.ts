/**
 * `npm run eval:compare` — runs `compare` on every story of the story test set
 * (eval/stories/, format in its README) and scores it against the gold: conflict
 * precision and recall, agreement precision and recall, unique-statement precision
 * and entity merges / keep-aparts, per story and per split.
 *
 * Options:
 *   --split dev|test|all   whose misses and false alarms are listed (default: dev).
 *                          Totals of both splits are always printed; the held-out
 *                          split's details are only for a final look, never for tuning.
 *   --story ID             only this story (repeatable)
 *   --quiet                totals only, no per-story details
 *   --json                 the figures as JSON
 *   DIR                    another folder of stories instead of eval/stories/
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDocuments } from '../../src/core/compare/compare.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { loadStory, storyDirs, type Story } from './stories/gold.js';
import {
  addScores,
  emptyScores,
  scoreStory,
  type CompareScores,
  type Ratio,
  type StoryScore,
} from './stories/score-compare.js';

const args = process.argv.slice(2);
const valueOf = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1] ?? ''] : []));
const detailSplit = valueOf('--split')[0] ?? 'dev';
const onlyStories = new Set(valueOf('--story'));
const quiet = args.includes('--quiet');
const asJson = args.includes('--json');
const flagValues = new Set([...valueOf('--split'), ...valueOf('--story')]);
const folders = args.filter((a) => !a.startsWith('--') && !flagValues.has(a));
const root =
  folders[0] ?? join(fileURLToPath(new URL('../..', import.meta.url)), 'eval', 'stories');

if (!['dev', 'test', 'all'].includes(detailSplit)) {
  console.error(`eval:compare: --split must be dev, test or all, not "${detailSplit}"`);
  process.exit(2);
}

const stories: Story[] = [];
for (const dir of storyDirs(root)) {
  const { story, problems } = loadStory(dir);
  if (!story || problems.length > 0) {
    console.error(`eval:compare: ${dir}: invalid gold, skipped:\n  ${problems.join('\n  ')}`);
    continue;
  }
  if (onlyStories.size === 0 || onlyStories.has(story.gold.id)) stories.push(story);
}
if (stories.length === 0) {
  console.error(`eval:compare: no valid stories in ${root}`);
  process.exit(1);
}

const results: StoryScore[] = [];
let elapsed = 0;
for (const story of stories) {
  const pipeline = loadGermanPipeline({ documentDate: story.gold.date });
  const documents = story.gold.reports.map((name) =>
    pipeline.run(name, normalizeText(story.texts.get(name)!)).toRecord(),
  );
  const started = performance.now();
  const output = compareDocuments(documents);
  elapsed += performance.now() - started;
  results.push(scoreStory(story, output));
}

const totals = { dev: emptyScores(), test: emptyScores() };
for (const r of results) addScores(totals[r.split], r.scores);

if (asJson) {
  console.log(
    JSON.stringify({
      totals,
      stories: results.map((r) => ({ id: r.id, split: r.split, scores: r.scores })),
    }),
  );
} else {
  const fmt = (r: Ratio) => (r.of === 0 ? '    –' : (r.hit / r.of).toFixed(3)).padStart(6);
  const frac = (r: Ratio) => `${r.hit}/${r.of}`.padStart(7);
  const line = (name: string, s: CompareScores) =>
    `${name.padEnd(34)} conflicts P ${fmt(s.conflicts.precision)} ${frac(s.conflicts.precision)}` +
    `  R ${fmt(s.conflicts.recall)} ${frac(s.conflicts.recall)}` +
    `  | agree P ${fmt(s.agreements.precision)}  R ${fmt(s.agreements.recall)}` +
    `  | unique P ${fmt(s.unique.precision)}` +
    `  | merge ${frac(s.entities.merge)} apart ${frac(s.entities.apart)}` +
    (s.conflicts.traps > 0 ? `  | traps hit ${s.conflicts.traps}` : '');

  for (const split of ['dev', 'test'] as const) {
    const ofSplit = results.filter((r) => r.split === split);
    if (ofSplit.length === 0) continue;
    console.log(`\n== ${split} (${ofSplit.length} stories)`);
    for (const r of ofSplit) console.log(line(r.id, r.scores));
    console.log(line(`TOTAL ${split}`, totals[split]));
    const kinds = Object.entries(totals[split].conflicts.byKind).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    console.log(
      `  conflicts by kind: ${kinds
        .map(
          ([kind, k]) =>
            `${kind} P ${fmt(k.precision).trim()} R ${fmt(k.recall).trim()} (${k.recall.of})`,
        )
        .join(' · ')}`,
    );
  }
  if (!quiet) {
    for (const r of results) {
      if (detailSplit !== 'all' && r.split !== detailSplit) continue;
      if (r.details.length === 0) continue;
      console.log(`\n-- ${r.id} (${r.split})`);
      for (const d of r.details) console.log(`  ${d}`);
    }
  }
  console.log(
    `\ncompare itself took ${elapsed.toFixed(0)} ms for ${results.length} stories (analysis excluded).`,
  );
}

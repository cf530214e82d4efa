/**
 * `npm run eval:quotes` — scores the quote finder with our implementation of the
 * SpkAtt-2023 metric (scripts/eval/spkatt/metric.ts).
 *
 *   Task 2 (Wikinews; evaluation only, CC BY-NC-SA): dev and train, full task
 *     (Message + Addr/Cue/Frame/Source, nested events included) and the simplified
 *     subtask (top-level events, Message + Source).
 *   Task 1 (Bundestag debates, CC BY-SA): dev, cue-anchored (Cue + Source/Message/…).
 *
 *   Story test set (gold.json of each story in eval/stories/, exhaustive quotation gold): quotation
 *     precision and recall and speaker accuracy per split (scripts/eval/story-quotes.ts),
 *     scored on the quotes the CLI and web app show (attributed speech only); SpkAtt is
 *     scored on the broad speech-event notion its annotators used (`mode: 'broad'`).
 *
 * Options: --only task2-dev|task2-train|task1-dev|stories (repeatable), --split dev|test
 * (stories of one split; `--split dev` also lists misses, false alarms and wrong
 * speakers — the test split's are never printed), --show N (print N documents' system
 * vs gold events), --json (machine-readable output), --stories DIR (another story folder),
 * --story-mode broad (score the broad SpkAtt mode on the stories: what the attributed checks drop).
 * --lang en: the English quotation set (eval/quotes-en/, scripts/eval/quotes-en.ts) instead;
 * with --split and --json as above.
 */
import { join } from 'node:path';
import type { DocumentRecord, QuoteRecord } from '../../src/core/contract/types.js';
import { Doc } from '../../src/core/doc.js';
import { findQuotes, type FoundQuote } from '../../src/core/quotes/index.js';
import { firstNameGender } from '../../src/core/quotes/role-lexicon.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';
import { loadSpkAttFolder, type SpkAttDocument } from './spkatt/corpus.js';
import { quotesToGroups } from './spkatt/adapter.js';
import { SpkAttScorer, type PRF, type SpkAttGroup, type SpkAttScores } from './spkatt/metric.js';
import { loadStory, storyDirs } from './stories/gold.js';
import { runEnglishQuotes } from './quotes-en.js';
import {
  addTotals,
  emptyTotals,
  rates,
  reportGold,
  scoreReport,
  type PredictedQuote,
  type Totals,
} from './story-quotes.js';

const TASK2 = ['corpora', '_eval-only-noncommercial', 'spkatt2023-task2-news', 'data'];
const TASK1 = ['corpora', 'spkatt2023-task1-debates', 'data'];
const TASK2_ROLES = ['Message', 'Addr', 'Cue', 'Frame', 'Source'];
const TASK1_ROLES = ['Cue', 'Source', 'Message', 'Addr', 'Topic', 'Medium', 'Evidence'];

const args = process.argv.slice(2);
const langIndex = args.indexOf('--lang');
if (langIndex >= 0 && args[langIndex + 1] !== 'de') {
  const lang = args[langIndex + 1];
  if (lang !== 'en') {
    console.error(`eval:quotes: --lang must be de or en, not "${lang ?? ''}"`);
    process.exit(2);
  }
  const split = args.indexOf('--split') >= 0 ? args[args.indexOf('--split') + 1] : undefined;
  const json = args.includes('--json');
  const found = await runEnglishQuotes({ split, json });
  if (json) console.log(JSON.stringify(found, null, 2));
  process.exit(0);
}
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1] ?? ''] : []));
/** --story-mode broad: score the broad SpkAtt mode on the stories instead of the attributed one. */
const storyModeIndex = args.indexOf('--story-mode');
const storyMode = storyModeIndex >= 0 ? args[storyModeIndex + 1] : 'attributed';
/** --stories DIR: another folder of stories (a scratch set for trying the scorer). */
const storiesIndex = args.indexOf('--stories');
const storiesRoot =
  storiesIndex >= 0 ? args[storiesIndex + 1]! : join(REPO_ROOT, 'eval', 'stories');
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? Number(args[showIndex + 1] ?? '3') : 0;
const asJson = args.includes('--json');
const splitIndex = args.indexOf('--split');
const onlySplit = splitIndex >= 0 ? args[splitIndex + 1] : undefined;
// A split or a story folder asks for the story set only, unless --only says more.
if ((onlySplit || storiesIndex >= 0) && only.length === 0) only.push('stories');
/** --bare: the quote finder alone on gold sentences, without tokenizer, tagger and NER. */
const bare = args.includes('--bare');
const pipeline = bare ? null : tryLoadPipeline();

/** The full German pipeline, or null (with a warning) when its models cannot be loaded. */
function tryLoadPipeline() {
  try {
    return loadGermanPipeline();
  } catch (error) {
    console.warn(
      `warning: German pipeline unavailable (${(error as Error).message}); scoring the quote finder alone (--bare)`,
    );
    return null;
  }
}

/** SpkAtt marks every speech event, attributed or not: its scores use the broad mode. */
function predict(doc: SpkAttDocument): FoundQuote[] {
  if (pipeline)
    return findQuotes(pipeline.run(doc.name, doc.text, 'de'), undefined, { mode: 'broad' });
  const d = new Doc(doc.name, doc.text, 'de');
  d.sentences.push(...doc.sentences);
  return findQuotes(d, undefined, { mode: 'broad' });
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const row = (label: string, p: PRF): string =>
  `  ${label.padEnd(26)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}`;

function describe(doc: SpkAttDocument, g: SpkAttGroup): string {
  const words = (ids: number[] = []): string =>
    ids.map((i) => doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)).join(' ');
  return `${(g.form ?? '').padEnd(20)} cue=[${words(g.roles.Cue)}] src=[${words(g.roles.Source)}] msg=[${words(g.roles.Message).slice(0, 100)}]`;
}

const results: Record<string, unknown> = {};

function runTask2(split: 'dev' | 'train'): void {
  const dir = sharedPath(...TASK2, split, 'task2');
  if (!dir) return console.warn(missingSharedMessage(`SpkAtt Task 2 ${split}`));
  const docs = loadSpkAttFolder(dir, TASK2_ROLES);
  const full = new SpkAttScorer({ anchor: 'Message', roles: ['Addr', 'Cue', 'Frame', 'Source'] });
  const simple = new SpkAttScorer({ anchor: 'Message', roles: ['Source'] });
  let shown = 0;
  for (const doc of docs) {
    const system = quotesToGroups(doc, predict(doc));
    full.addDocument(system, doc.gold);
    simple.addDocument(
      system.filter((g) => !g.isNested),
      doc.gold.filter((g) => !g.isNested),
    );
    if (shown < show && doc.gold.length > 0) {
      shown++;
      console.log(`\n# ${doc.name}\n${doc.text}\n-- system`);
      for (const g of system) console.log('  ' + describe(doc, g));
      console.log('-- gold');
      for (const g of doc.gold) console.log('  ' + describe(doc, g));
    }
  }
  report(`SpkAtt Task 2 (news) ${split}: ${docs.length} documents`, full.scores(), simple.scores());
}

function runTask1(): void {
  const dir = sharedPath(...TASK1, 'dev', 'task1');
  if (!dir) return console.warn(missingSharedMessage('SpkAtt Task 1 dev'));
  const docs = loadSpkAttFolder(dir, TASK1_ROLES);
  const scorer = new SpkAttScorer({ anchor: 'Cue', roles: TASK1_ROLES.filter((r) => r !== 'Cue') });
  for (const doc of docs) {
    const system = quotesToGroups(doc, predict(doc)).filter(
      (g) => !g.isNested && (g.roles.Cue?.length ?? 0) > 0,
    );
    scorer.addDocument(system, doc.gold);
  }
  const s = scorer.scores();
  results['task1-dev'] = s;
  if (asJson) return;
  console.log(
    `\nSpkAtt Task 1 (debates) dev: ${docs.length} speeches, ${s.groups.gold} gold / ${s.groups.system} system events, ${s.groups.paired} paired`,
  );
  console.log(row('cues (micro)', s.micro.anchor));
  console.log(row('roles (micro)', s.micro.roles));
  console.log(row('joint (micro)', s.micro.joint));
  for (const r of ['Source', 'Message']) console.log(row(`  ${r}`, s.micro.perRole[r]!));
}

function report(title: string, full: SpkAttScores, simple: SpkAttScores): void {
  results[title] = { full, simple };
  if (asJson) return;
  console.log(
    `\n${title}; ${full.groups.gold} gold / ${full.groups.system} system events, ${full.groups.paired} paired`,
  );
  console.log(' full task (macro, as the shared task reported):');
  console.log(row('messages', full.macro.anchor));
  console.log(row('roles', full.macro.roles));
  console.log(row('joint', full.macro.joint));
  console.log(' full task (micro, pooled tokens):');
  console.log(row('joint', full.micro.joint));
  for (const r of ['Message', 'Cue', 'Source', 'Frame'])
    console.log(row(`  ${r}`, full.micro.perRole[r]!));
  console.log(' simplified subtask (top-level, Message + Source, macro):');
  console.log(row('messages', simple.macro.anchor));
  console.log(row('source', simple.macro.roles));
  console.log(row('joint', simple.macro.joint));
}

/** The names a predicted speaker goes by: as written, its antecedent, and its entity's mentions. */
function predicted(doc: Pick<DocumentRecord, 'entities'>, q: QuoteRecord): PredictedQuote {
  const names: string[] = [];
  if (q.speaker?.antecedent) names.push(q.speaker.antecedent.text);
  if (q.speaker?.entity) {
    for (const e of doc.entities) if (e.entity === q.speaker.entity) names.push(e.text);
  }
  return {
    content: q.content,
    span: { start: q.start, end: q.end },
    kind: q.kind,
    speaker: q.speaker?.text ?? null,
    names,
  };
}

function runStories(): void {
  const dirs = storyDirs(storiesRoot);
  if (dirs.length === 0) return console.warn(`${storiesRoot}: no stories yet`);
  if (!pipeline) return console.warn('story quotes need the full pipeline (models/); skipped');
  const totals: Record<string, Totals & { stories: number; reports: number }> = {};
  const shown = (t: string): string => oneLine(t).slice(0, 110);
  for (const dir of dirs) {
    const { story, problems } = loadStory(dir);
    if (!story) continue;
    const split = story.gold.split;
    if (onlySplit && split !== onlySplit) continue;
    const detail = split === 'dev' && onlySplit === 'dev' && !asJson;
    const t = (totals[split] ??= { ...emptyTotals(), stories: 0, reports: 0 });
    t.stories++;
    if (problems.length > 0 && detail) console.log(`${story.gold.id}: ${problems.join('; ')}`);
    const run = loadGermanPipeline({ documentDate: story.gold.date });
    for (const report of story.gold.reports) {
      const raw = story.texts.get(report);
      if (raw === undefined) continue;
      t.reports++;
      const text = normalizeText(raw);
      const { gold, notQuotes } = reportGold(story.gold, report, text);
      const doc = run.run(report, text, 'de');
      // --story-mode broad: what the SpkAtt notion would list (how much the attributed checks drop).
      const shownQuotes =
        storyMode === 'broad' ? findQuotes(doc, undefined, { mode: 'broad' }) : doc.quotes;
      const quotes = shownQuotes.map((q) => predicted(doc, q));
      const s = scoreReport(gold, notQuotes, quotes, (w) => firstNameGender(w) !== null);
      addTotals(t, s);
      if (!detail) continue;
      const where = `${story.gold.id}/${report}`;
      for (const m of s.misses)
        console.log(`  MISS   ${where}: [${m.kind}, ${m.speaker ?? '-'}] ${shown(m.anchor)}`);
      for (const f of s.falseAlarms)
        console.log(
          `  FALSE  ${where}${f.notQuote ? ' (notQuote)' : ''}: [${f.kind}, ${f.speaker ?? '-'}] ${shown(text.slice(f.content.start, f.content.end))}`,
        );
      for (const w of s.wrongSpeakers)
        console.log(
          `  WHO    ${where}: gold ${w.gold.speaker ?? '-'}${w.gold.as ? ` (as "${w.gold.as}")` : ''}, got ${w.predicted.speaker ?? '-'}${w.predicted.names.length ? ` → ${[...new Set(w.predicted.names)].join(' / ')}` : ''}: ${shown(w.gold.anchor)}`,
        );
    }
  }
  for (const [split, t] of Object.entries(totals).sort()) {
    const r = rates(t);
    results[`stories-${split}`] = { ...t, ...r };
    if (asJson) continue;
    console.log(
      `\nStory quotations, ${split} split: ${t.stories} stories, ${t.reports} reports, ${t.gold} gold / ${t.predicted} listed quotes (${t.notQuoteHits} on notQuotes)`,
    );
    console.log(`  quotation precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}`);
    console.log(
      `  right speaker ${r.speaker.toFixed(3)} of quotes found (${t.speakerRight}/${t.found}); of all gold ${(t.gold ? t.speakerRight / t.gold : 0).toFixed(3)}`,
    );
  }
}

function oneLine(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

const want = (name: string): boolean => only.length === 0 || only.includes(name);
if (want('task2-dev')) runTask2('dev');
if (want('task2-train')) runTask2('train');
if (want('task1-dev')) runTask1();
if (want('stories')) runStories();
if (asJson) console.log(JSON.stringify(results, null, 2));

/**
 * `npm run eval:quotes` — scores the quote finder with our implementation of the
 * SpkAtt-2023 metric (scripts/eval/spkatt/metric.ts).
 *
 *   Task 2 (Wikinews; evaluation only, CC BY-NC-SA): dev and train, full task
 *     (Message + Addr/Cue/Frame/Source, nested events included) and the simplified
 *     subtask (top-level events, Message + Source).
 *   Task 1 (Bundestag debates, CC BY-SA): dev, cue-anchored (Cue + Source/Message/…).
 *
 * Options: --only task2-dev|task2-train|task1-dev (repeatable), --show N (print N
 * documents' system vs gold events), --json (machine-readable output).
 */
import { Doc } from '../../src/core/doc.js';
import { findQuotes } from '../../src/core/quotes/index.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { loadSpkAttFolder, type SpkAttDocument } from './spkatt/corpus.js';
import { quotesToGroups } from './spkatt/adapter.js';
import { SpkAttScorer, type PRF, type SpkAttGroup, type SpkAttScores } from './spkatt/metric.js';

const TASK2 = ['corpora', '_eval-only-noncommercial', 'spkatt2023-task2-news', 'data'];
const TASK1 = ['corpora', 'spkatt2023-task1-debates', 'data'];
const TASK2_ROLES = ['Message', 'Addr', 'Cue', 'Frame', 'Source'];
const TASK1_ROLES = ['Cue', 'Source', 'Message', 'Addr', 'Topic', 'Medium', 'Evidence'];

const args = process.argv.slice(2);
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1] ?? ''] : []));
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? Number(args[showIndex + 1] ?? '3') : 0;
const asJson = args.includes('--json');
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

function predict(doc: SpkAttDocument) {
  if (pipeline) return pipeline.run(doc.name, doc.text, 'de').quotes;
  const d = new Doc(doc.name, doc.text, 'de');
  d.sentences.push(...doc.sentences);
  return findQuotes(d);
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

const want = (name: string): boolean => only.length === 0 || only.includes(name);
if (want('task2-dev')) runTask2('dev');
if (want('task2-train')) runTask2('train');
if (want('task1-dev')) runTask1();
if (asJson) console.log(JSON.stringify(results, null, 2));

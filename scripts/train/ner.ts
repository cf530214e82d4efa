/**
 * Trains the German NER model (models/ner-de.bin).
 *
 *   npm run train:ner                 # final model: all training data incl. all of GermEval dev
 *   npm run train:ner -- --holdout    # tuning: holds out every 5th GermEval dev sentence and scores it
 *   npm run train:ner -- --lang en    # the English model instead (scripts/train/ner-en.ts)
 *   options: --epochs N  --decode greedy|viterbi  --compact (fewer feature templates, faster)
 *            --no-domain  --ger-copies N  --max-tokens N  --prune W (drop |weight| < W, default 2)  --out PATH
 *            --prune-sweep 2,3,5 (with --holdout: also score the hold-out at these thresholds)
 *            --clusters (word-cluster features, version 6; needs models/clusters-de.bin: npm run build:clusters)
 *
 * Also (re)writes src/core/ner/data/gazetteer.de.json from german-pos-dict.
 * GermEval test and UNER PUD are never read here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  bioAllowed,
  encodeSequenceModel,
  SequenceModel,
  trainSequenceModel,
} from '../../src/core/tagging/index.js';
import type { TrainingSequence } from '../../src/core/tagging/index.js';
import { NER_LABELS } from '../../src/core/ner/labels.js';
import {
  createNerFeatures,
  foldDomainWeights,
  pruneWeights,
  NER_CLUSTER_FEATURES,
  NER_COMPACT_FEATURES,
  NER_FULL_FEATURES,
  prepareNerItems,
} from '../../src/core/ner/features.js';
import type { NerItem, NerResources } from '../../src/core/ner/features.js';
import { Lexicon } from '../../src/core/lexicon/lexicon.js';
import { bioToSpans } from '../../src/core/ner/labels.js';
import { scoreSpans, toOuterType } from '../../src/core/ner/score.js';
import { createNerResources } from '../../src/core/ner/resources.js';
import { createRandom, shuffleInPlace } from '../../src/core/tagging/index.js';
import {
  readEuropeana,
  readGermEval,
  readLer,
  readMobie,
  readSmartData,
  readZefys,
  type NerCorpus,
  type NerSentence,
} from '../../src/node/corpora/ner-corpora.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';
import { loadWordClusters } from '../../src/node/models/ner.js';

/**
 * `--lang en` hands over to the English script (ner-en.ts), which reads the
 * same arguments; `--lang de` (the default) runs this one.
 */
const langArg = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
const lang =
  langArg < 0
    ? 'de'
    : process.argv[langArg]!.includes('=')
      ? process.argv[langArg]!.split('=')[1]
      : process.argv[langArg + 1];
if (lang === 'en') {
  await import('./ner-en.js');
  process.exit(0);
}
if (lang !== 'de') {
  console.error(`--lang ${lang}: no NER model for this language (de, en)`);
  process.exit(1);
}
if (langArg >= 0) process.argv.splice(langArg, process.argv[langArg]!.includes('=') ? 1 : 2);

const { values: args } = parseArgs({
  options: {
    holdout: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '8' },
    decode: { type: 'string', default: 'viterbi' },
    'no-domain': { type: 'boolean', default: false },
    'ger-copies': { type: 'string', default: '3' },
    'max-tokens': { type: 'string', default: '250000' },
    out: { type: 'string' },
    compact: { type: 'boolean', default: false },
    prune: { type: 'string', default: '2' },
    'prune-sweep': { type: 'string' },
    clusters: { type: 'boolean', default: false },
  },
});

const corpora = sharedPath('corpora');
if (!corpora) {
  console.error(missingSharedMessage('corpora'));
  process.exit(1);
}

const DOMAINS: Record<NerCorpus, number> = {
  germeval: 1,
  ler: 2,
  mobie: 3,
  smartdata: 4,
  zefys: 5,
  europeana: 6,
  uner: 7,
};

function log(msg: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

// ---------------------------------------------------------------------------
// Gazetteer from german-pos-dict proper names.

function buildGazetteer(): void {
  const dump = gunzipSync(
    readFileSync(join(corpora!, 'german-pos-dict', 'german-pos-dict.grouped.tsv.gz')),
  ).toString('utf8');
  const classes = new Map<string, Set<string>>();
  for (const line of dump.split('\n')) {
    if (!line.includes('EIG:')) continue;
    const [form, , tags] = line.split('\t');
    if (!form || !tags) continue;
    for (const tag of tags.split('|')) {
      if (!tag.startsWith('EIG:')) continue;
      const subtype = tag.split(':').at(-1)!;
      const set = classes.get(form) ?? new Set();
      set.add(subtype);
      classes.set(form, set);
    }
  }
  const out: Record<string, string> = {};
  for (const [form, set] of [...classes].sort(([a], [b]) => (a < b ? -1 : 1)))
    out[form] = [...set].sort().join('|');
  const path = join(REPO_ROOT, 'src', 'core', 'ner', 'data', 'gazetteer.de.json');
  writeFileSync(
    path,
    JSON.stringify({
      '//': 'Proper names of german-pos-dict (CC BY-SA 4.0) with their EIG subtypes: VOR first name, NAC surname, STD city, COU country, GEB region, WAT water, MOU mountain, GEO other place, PER other. Generated by scripts/train/ner.ts.',
      classes: out,
    }) + '\n',
  );
  log(`gazetteer: ${Object.keys(out).length} forms → ${path}`);
}

// ---------------------------------------------------------------------------
// Name list from the training corpora.

/** Per corpus: form → entity type → count, and form → total count. */
interface NameCounts {
  typed: Map<string, Map<string, number>>;
  total: Map<string, number>;
}

function countNames(sentences: NerSentence[]): NameCounts {
  const typed = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const s of sentences) {
    if (s.dropped) continue;
    for (const token of s.tokens) total.set(token, (total.get(token) ?? 0) + 1);
    for (const span of bioToSpans(s.tags)) {
      if (span.label.length !== 3) continue; // plain names only, not deriv/part
      for (let i = span.start; i < span.end; i++) {
        const token = s.tokens[i]!;
        if (!/^[\p{Lu}\p{N}]/u.test(token) || token.length < 2) continue;
        const m = typed.get(token) ?? new Map<string, number>();
        m.set(span.label, (m.get(span.label) ?? 0) + 1);
        typed.set(token, m);
      }
    }
  }
  return { typed, total };
}

/** Forms seen at least twice inside names, and inside names at least half the time; value: the types. */
function nameListFrom(counts: NameCounts[]): Map<string, string> {
  const typed = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const c of counts) {
    for (const [form, m] of c.typed) {
      const into = typed.get(form) ?? new Map<string, number>();
      for (const [t, n] of m) into.set(t, (into.get(t) ?? 0) + n);
      typed.set(form, into);
    }
    for (const [form, n] of c.total) total.set(form, (total.get(form) ?? 0) + n);
  }
  const out = new Map<string, string>();
  for (const [form, m] of typed) {
    const inNames = [...m.values()].reduce((a, b) => a + b, 0);
    if (inNames < 2 || inNames < 0.5 * (total.get(form) ?? inNames)) continue;
    const types = [...m]
      .filter(([, n]) => n >= 0.25 * inNames)
      .map(([t]) => t)
      .sort();
    out.set(form, types.join('|'));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Data.

function tokenCount(sentences: NerSentence[]): number {
  return sentences.reduce((sum, s) => sum + s.tokens.length, 0);
}

/** Keeps sentences with an entity (and a share of those without) up to maxTokens, in a seeded random order. */
function sample(sentences: NerSentence[], maxTokens: number, seed: number): NerSentence[] {
  const random = createRandom(seed);
  const usable = sentences.filter(
    (s) => !s.dropped && s.tokens.length > 0 && s.tokens.length <= 120,
  );
  const withEntity = usable.filter((s) => s.tags.some((t) => t !== 'O'));
  const without = usable.filter((s) => s.tags.every((t) => t === 'O'));
  shuffleInPlace(withEntity, random);
  shuffleInPlace(without, random);
  const picked: NerSentence[] = [];
  let tokens = 0;
  // About one sentence without entities for every three with.
  const pool = [...withEntity];
  const extra = without.slice(0, Math.ceil(withEntity.length / 3));
  for (let i = 0, j = 0; i < pool.length || j < extra.length;) {
    const next = (i % 3 === 2 && j < extra.length) || i >= pool.length ? extra[j++]! : pool[i++]!;
    if (tokens + next.tokens.length > maxTokens) break;
    picked.push(next);
    tokens += next.tokens.length;
  }
  return picked;
}

const maxTokens = Number(args['max-tokens']);
buildGazetteer();
const germeval = readGermEval(corpora, 'dev');
const holdout = args.holdout ? germeval.filter((_, i) => i % 5 === 4) : [];
const germevalTrain = args.holdout ? germeval.filter((_, i) => i % 5 !== 4) : germeval;

const full: Record<string, NerSentence[]> = {
  ler: readLer(corpora),
  mobie: readMobie(corpora),
  smartdata: readSmartData(corpora),
  zefys: readZefys(corpora),
  europeana: readEuropeana(corpora),
};
const others: Record<string, NerSentence[]> = Object.fromEntries(
  Object.entries(full).map(([name, sentences], i) => [name, sample(sentences, maxTokens, i + 1)]),
);
for (const [name, s] of Object.entries(others))
  log(`${name}: ${s.length} sentences, ${tokenCount(s)} tokens`);
log(
  `germeval dev (train part): ${germevalTrain.length} sentences, ${tokenCount(germevalTrain)} tokens`,
);

// Name lists: each corpus is trained with the names of the *other* corpora only
// (its own would be a perfect, leaky cue); the shipped list has them all.
const nameCounts = new Map<NerCorpus, NameCounts>([
  ['germeval', countNames(germevalTrain)],
  ['ler', countNames(full.ler!)],
  ['mobie', countNames(full.mobie!)],
  ['smartdata', countNames(full.smartdata!)],
  ['zefys', countNames(full.zefys!)],
  ['europeana', countNames(full.europeana!)],
]);
const fullNameList = nameListFrom([...nameCounts.values()]);
log(`name list: ${fullNameList.size} forms`);
const lexicon = Lexicon.fromBytes(
  new Uint8Array(readFileSync(join(REPO_ROOT, 'models', 'lexicon-de.bin'))),
);
const clusters = args.clusters ? loadWordClusters() : undefined;
if (args.clusters && !clusters) {
  console.error('models/clusters-de.bin not found: run `npm run build:clusters` first');
  process.exit(1);
}
const resourcesFor = new Map<NerCorpus, NerResources>();
for (const corpus of nameCounts.keys()) {
  const names = nameListFrom([...nameCounts].filter(([c]) => c !== corpus).map(([, n]) => n));
  resourcesFor.set(corpus, createNerResources({ lexicon, names, clusters: clusters ?? undefined }));
}
if (!args.holdout) {
  const path = join(REPO_ROOT, 'src', 'core', 'ner', 'data', 'names.de.json');
  const classes = Object.fromEntries([...fullNameList].sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    path,
    JSON.stringify({
      '//': 'Word forms that are mostly part of names in the NER training corpora (GermEval 2014 dev, LER, MobIE, SmartData, ZEFYS: CC BY 4.0; Europeana: CC0), with the entity types they carry. Generated by scripts/train/ner.ts.',
      classes,
    }) + '\n',
  );
  log(`wrote ${path}`);
}

const useDomains = !args['no-domain'];
const toSequence = (s: NerSentence): TrainingSequence<NerItem> => ({
  items: prepareNerItems(s.tokens, resourcesFor.get(s.corpus), useDomains ? DOMAINS[s.corpus] : 0),
  labels: s.tags,
});
const copies = Number(args['ger-copies']);
const training: TrainingSequence<NerItem>[] = [];
for (let c = 0; c < copies; c++) for (const s of germevalTrain) training.push(toSequence(s));
for (const list of Object.values(others)) for (const s of list) training.push(toSequence(s));
log(
  `training on ${training.length} sequences, ${training.reduce((n, s) => n + s.items.length, 0)} tokens`,
);

// ---------------------------------------------------------------------------
// Train, fold the domain copies, save.

const decode = args.decode === 'greedy' ? 'greedy' : 'viterbi';
const started = Date.now();
const featureVersion = args.compact
  ? NER_COMPACT_FEATURES
  : args.clusters
    ? NER_CLUSTER_FEATURES
    : NER_FULL_FEATURES;
const raw = trainSequenceModel(training, createNerFeatures(featureVersion), {
  epochs: Number(args.epochs),
  seed: 7,
  decode,
  labels: NER_LABELS,
  allowed: bioAllowed,
  pruneBelow: 0.01,
  onEpoch: (epoch, { errors, tokens }) =>
    log(`epoch ${epoch}: ${((100 * errors) / tokens).toFixed(2)}% token errors`),
});
const unpruned = foldDomainWeights(raw.data, raw.labelCount, DOMAINS.germeval);
const folded = pruneWeights(unpruned, Number(args.prune));
const trainSeconds = Math.round((Date.now() - started) / 1000);
const model = new SequenceModel({
  ...raw.data,
  ...folded,
  meta: {
    name: 'ner-de',
    featureVersion,
    decode,
    epochs: Number(args.epochs),
    pruneBelow: Number(args.prune),
    domainAdaptation: useDomains,
    germevalCopies: copies,
    holdout: args.holdout,
    training: Object.fromEntries([
      ['germeval-dev', tokenCount(germevalTrain)],
      ...Object.entries(others).map(([k, v]) => [k, tokenCount(v)]),
    ]),
    trainSeconds,
  },
});
log(
  `trained in ${trainSeconds}s: ${model.data.featureHashes.length} features, ${model.data.weights.length} weights`,
);

if (args.holdout) {
  const { NerTagger } = await import('../../src/core/ner/tagger.js');
  const tagger = new NerTagger(
    model,
    createNerResources({ lexicon, names: fullNameList, clusters: clusters ?? undefined }),
  );
  const gold = holdout.map((s) => s.tags);
  for (const threshold of (args['prune-sweep'] ?? '').split(',').filter((t) => t !== '')) {
    const pruned = new SequenceModel({
      ...model.data,
      ...pruneWeights(unpruned, Number(threshold)),
    });
    const sweepTagger = new NerTagger(
      pruned,
      createNerResources({ lexicon, names: fullNameList, clusters: clusters ?? undefined }),
    );
    const f1 = scoreSpans(
      gold,
      holdout.map((s) => sweepTagger.tag(s.tokens)),
    ).micro.f1;
    log(
      `  prune ${threshold}: ${pruned.data.featureHashes.length} features, hold-out 12-label F1 ${(100 * f1).toFixed(2)}`,
    );
  }
  const predicted = holdout.map((s) => tagger.tag(s.tokens));
  const fine = scoreSpans(gold, predicted);
  const outer = scoreSpans(gold, predicted, toOuterType);
  log(
    `holdout (GermEval dev, every 5th sentence: ${holdout.length}): 12-label F1 ${(100 * fine.micro.f1).toFixed(2)}, 4-type F1 ${(100 * outer.micro.f1).toFixed(2)}`,
  );
  for (const [label, s] of Object.entries(fine.byLabel)) {
    log(
      `  ${label.padEnd(9)} P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F ${(100 * s.f1).toFixed(1)} (${s.gold})`,
    );
  }
}

const out =
  args.out ?? join(REPO_ROOT, 'models', args.holdout ? 'ner-de.holdout.bin' : 'ner-de.bin');
mkdirSync(dirname(out), { recursive: true });
const bytes = encodeSequenceModel(model);
writeFileSync(out, bytes);
log(`wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB)`);

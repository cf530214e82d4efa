/**
 * Trains the German POS tagger + lemmatizer → models/pos-de.bin.
 * Usage: npm run train:pos [-- --holdout [--fold K] [--errors]]   (English: `-- --lang en`, see pos-en.ts)
 *   --holdout   train without every 5th GSD dev sentence (those with index % 5 = K,
 *               K = 0 by default) and score on them instead of writing the model (tuning)
 *   --errors    with --holdout: list the most frequent errors
 * Experiment knobs (environment): POS_EPOCHS (12), POS_GSD_COPIES (1), POS_MIN_PAIR (5),
 *   POS_PRUNE (0.05), POS_SELF=1 (self-training on GermEval 2014 dev text), POS_NO_CMC=1
 *   (EmpiriST web part only).
 * Data: UD German GSD dev + EmpiriST 2015 train+test (CC BY-SA 4.0) + models/lexicon-de.bin.
 * Deterministic: the same data and code give the same model bytes.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexicon } from '../../src/core/lexicon/lexicon.js';
import { learnLemmaData } from '../../src/core/pos/lemmatizer.js';
import { GermanPosTagger } from '../../src/core/pos/tagger.js';
import {
  FEATURE_VERSION,
  posFeatures,
  WordInfoCache,
  type WordInfo,
} from '../../src/core/pos/word-features.js';
import { encodeSequenceModel } from '../../src/core/tagging/format.js';
import { trainSequenceModel, type TrainingSequence } from '../../src/core/tagging/train.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';
import {
  harmoniseUpos,
  readEmpirist,
  readGermevalSentences,
  readGsd,
  type PosSentence,
} from './pos-data.js';
import { scoreGoldTokens } from './pos-score.js';
import { takeLanguageArg } from '../lib/language-arg.js';

const EPOCHS = Number(process.env.POS_EPOCHS ?? 12);
/** GSD sentences are repeated this many times: they carry the target conventions. */
const GSD_COPIES = Number(process.env.POS_GSD_COPIES ?? 1);
const SEED = 20241117;
const OPEN_TAGS = new Set([
  'NN',
  'ADJA',
  'ADJD',
  'VVFIN',
  'VVINF',
  'VVPP',
  'VVIZU',
  'VVIMP',
  'ADV',
]);

// `--lang en` runs the English script (scripts/train/pos-en.ts); German is the default.
if (takeLanguageArg('POS model') === 'en') {
  await import('./pos-en.js');
  process.exit(process.exitCode ?? 0);
}
const holdout = process.argv.includes('--holdout');
const SELF_TRAIN = process.env.POS_SELF === '1';
const foldArg = process.argv.indexOf('--fold');
const fold = foldArg >= 0 ? Number(process.argv[foldArg + 1]) : 0;
const gsdDev = sharedPath('corpora', 'ud-german-gsd', 'de_gsd-ud-dev.conllu');
const empiristDir = sharedPath('corpora', 'empirist2015');
if (!gsdDev || !empiristDir) {
  console.error(missingSharedMessage('corpora/ud-german-gsd and corpora/empirist2015'));
  process.exit(1);
}
const started = performance.now();
const lexicon = Lexicon.fromBytes(readFileSync(join(REPO_ROOT, 'models', 'lexicon-de.bin')));

const gsd = readGsd(gsdDev);
const gsdTrain = holdout ? gsd.filter((_, i) => i % 5 !== fold) : gsd;
const gsdHeld = holdout ? gsd.filter((_, i) => i % 5 === fold) : [];
const empirist = readEmpirist(
  (process.env.POS_NO_CMC === '1'
    ? ['train_web', 'test_web']
    : ['train_cmc', 'train_web', 'test_cmc', 'test_web']
  ).map((p) => join(empiristDir, `empirist_${p}.tsv`)),
);
harmoniseUpos(empirist, gsdTrain);
const training: PosSentence[] = [
  ...Array.from({ length: GSD_COPIES }, () => gsdTrain).flat(),
  ...empirist,
];
const tokenCount = training.reduce((n, s) => n + s.length, 0);
console.log(
  `training on ${training.length} sentences, ${tokenCount} tokens (GSD dev${holdout ? ' 4/5' : ''} + EmpiriST)`,
);

// Lemma memory from the annotated data; suffix rules from it and the lexicon's open classes.
function* lemmaExamples() {
  for (const s of gsdTrain)
    for (const t of s) yield { form: t.form, tag: t.xpos, lemma: t.lemma, memorise: true };
  for (const s of empirist)
    for (const t of s)
      if (t.xpos !== 'XY') yield { form: t.form, tag: t.xpos, lemma: t.lemma, memorise: true };
  for (const [form, pattern] of lexicon.entries()) {
    for (const e of pattern.edits) {
      if (!OPEN_TAGS.has(e.tag)) continue;
      yield { form, tag: e.tag, lemma: lexicon.lemma(form, e.tag) ?? form, memorise: false };
    }
  }
}
const lemma = learnLemmaData(lemmaExamples());
console.log(
  `lemma data: ${Object.keys(lemma.memory).length} remembered, ${Object.keys(lemma.suffixRules).length} suffix rules`,
);

/**
 * Rare STTS+UPOS pairs (fewer than MIN_PAIR tokens) are folded into their STTS's most
 * frequent pair: they are mostly annotation noise, and every label costs time per token.
 */
const MIN_PAIR = Number(process.env.POS_MIN_PAIR ?? 5);
function labelMap(sentences: PosSentence[]): (xpos: string, upos: string) => string {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s)
      counts.set(`${t.xpos} ${t.upos}`, (counts.get(`${t.xpos} ${t.upos}`) ?? 0) + 1);
  const bestForTag = new Map<string, [string, number]>();
  for (const [pair, n] of [...counts].sort()) {
    const xpos = pair.slice(0, pair.indexOf(' '));
    const best = bestForTag.get(xpos);
    if (!best || n > best[1]) bestForTag.set(xpos, [pair, n]);
  }
  return (xpos, upos) => {
    const pair = `${xpos} ${upos}`;
    return (counts.get(pair) ?? 0) >= MIN_PAIR ? pair : bestForTag.get(xpos)![0];
  };
}
const toLabel = labelMap(training);

const cache = new WordInfoCache(lexicon, Infinity);
const data: TrainingSequence<WordInfo>[] = training.map((s) => ({
  items: s.map((t) => cache.get(t.form)),
  labels: s.map((t) => toLabel(t.xpos, t.upos)),
}));
const meta = {
  name: 'pos-de',
  featureVersion: FEATURE_VERSION,
  labelFormat: 'XPOS UPOS',
  trainedOn:
    (holdout ? 'GSD dev (4/5)' : 'GSD dev') +
    ' + EmpiriST train+test' +
    (SELF_TRAIN ? ' + self-training on GermEval 2014 dev text' : ''),
  licence: 'CC BY-SA 4.0',
  lemma,
};
const train = (sequences: TrainingSequence<WordInfo>[]) =>
  trainSequenceModel(sequences, posFeatures, {
    epochs: EPOCHS,
    seed: SEED,
    decode: 'greedy',
    pruneBelow: Number(process.env.POS_PRUNE ?? 0.05),
    meta,
    onEpoch: (epoch, { errors, tokens }) =>
      console.log(`epoch ${epoch}: training error ${((100 * errors) / tokens).toFixed(2)} %`),
  });
let model = train(data);
if (SELF_TRAIN) {
  // Self-training: tag unannotated news/Wikipedia sentences (GermEval 2014 dev, whose NER
  // labels are ignored) with the first model, then retrain on gold + these silver tags.
  const germeval = sharedPath('corpora', 'germeval2014', 'NER-de-dev.tsv');
  if (!germeval) throw new Error(missingSharedMessage('corpora/germeval2014/NER-de-dev.tsv'));
  const first = new GermanPosTagger(model, lexicon);
  const silver = readGermevalSentences(germeval).map((words) => ({
    items: words.map((w) => cache.get(w)),
    labels: Array.from(first.tagIds(words), (id) => model.labels[id]!),
  }));
  console.log(`self-training: ${silver.length} silver sentences`);
  model = train([...data, ...silver]);
}
const bytes = encodeSequenceModel(model);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${model.labelCount} labels, ${model.data.featureHashes.length} features, trained in ${seconds.toFixed(1)} s`,
);

const tagger = new GermanPosTagger(model, lexicon);
if (holdout) {
  const confusions = new Map<string, number>();
  const s = scoreGoldTokens(tagger, gsdHeld, (kind, gold, got) => {
    const key =
      kind === 'upos'
        ? `upos ${gold.upos}→${got.upos} (${gold.xpos}→${got.xpos})`
        : `lemma ${gold.xpos}/${got.xpos} ${gold.form}: ${gold.lemma}→${got.lemma}`;
    confusions.set(key, (confusions.get(key) ?? 0) + 1);
  });
  if (process.argv.includes('--errors')) {
    for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 80))
      console.log(v, k);
  }
  console.log(
    `held-out GSD dev (1/5, gold tokens): UPOS ${s.upos} XPOS ${s.xpos} lemma ${s.lemma} (${s.tokens} tokens)`,
  );
} else {
  const out = join(REPO_ROOT, 'models', 'pos-de.bin');
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB`);
}

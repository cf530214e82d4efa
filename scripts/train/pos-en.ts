/**
 * Trains the English POS tagger + lemmatizer → models/pos-en.bin.
 * Usage: npm run train:pos -- --lang en [--dev [--errors]]
 *   --dev      score on UD EWT dev (gold words) instead of writing the model (tuning)
 *   --errors   with --dev: list the most frequent errors
 * Knobs (environment): POS_EN_EPOCHS (10), POS_EN_JACKKNIFE (5), POS_EN_PRUNE (0.1), POS_EN_MIN_PAIR (5).
 * Data: UD English EWT train (CC BY-SA 4.0). Deterministic: same data and code, same bytes.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeEnglishWordInfo,
  EN_FEATURE_VERSION,
  englishDictionary,
  englishDynamicFeatures,
} from '../../src/core/pos/en/features.js';
import { EnglishPosTagger } from '../../src/core/pos/en/tagger.js';
import { WordInfoCache, windowFeatures, type WordInfo } from '../../src/core/pos/word-features.js';
import { encodeSequenceModel } from '../../src/core/tagging/format.js';
import { trainSequenceModel, type TrainingSequence } from '../../src/core/tagging/train.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';
import { learnEnglishData, readEwt } from './pos-en-data.js';
import type { PosSentence } from './pos-data.js';

const EPOCHS = Number(process.env.POS_EN_EPOCHS ?? 10);
const PRUNE = Number(process.env.POS_EN_PRUNE ?? 0.1);
const MIN_PAIR = Number(process.env.POS_EN_MIN_PAIR ?? 5);
const SEED = 20261206;
const useDev = process.argv.includes('--dev');

const trainPath = sharedPath('corpora', 'ud-english-ewt', 'en_ewt-ud-train.conllu');
const devPath = sharedPath('corpora', 'ud-english-ewt', 'en_ewt-ud-dev.conllu');
if (!trainPath || !devPath) {
  console.error(missingSharedMessage('corpora/ud-english-ewt'));
  process.exit(1);
}
const started = performance.now();
const training = readEwt(trainPath);
const english = learnEnglishData(training);
console.log(
  `EWT train: ${training.length} sentences, ${training.reduce((n, s) => n + s.length, 0)} words; ` +
    `${Object.keys(english.tags).length} dictionary forms, ${Object.keys(english.lemmaExceptions).length} lemma exceptions, ${english.verbLemmas.length} verb lemmas`,
);

/** Rare "PTB UPOS" pairs are folded into their PTB tag's most frequent pair (mostly annotation noise). */
function labelMap(sentences: PosSentence[]): (xpos: string, upos: string) => string {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const t of s)
      counts.set(`${t.xpos} ${t.upos}`, (counts.get(`${t.xpos} ${t.upos}`) ?? 0) + 1);
  const best = new Map<string, [string, number]>();
  for (const [pair, n] of [...counts].sort()) {
    const xpos = pair.slice(0, pair.indexOf(' '));
    const b = best.get(xpos);
    if (!b || n > b[1]) best.set(xpos, [pair, n]);
  }
  return (xpos, upos) => {
    const pair = `${xpos} ${upos}`;
    return (counts.get(pair) ?? 0) >= MIN_PAIR ? pair : best.get(xpos)![0];
  };
}
const toLabel = labelMap(training);
const dictionary = englishDictionary(english);
const cache = new WordInfoCache((form) => computeEnglishWordInfo(form, dictionary), Infinity);
/**
 * With JACKKNIFE = K > 1, the ambiguity classes of sentence i's words come from the
 * other K−1 folds, so that training sees the dictionary as a test sentence does:
 * incomplete, and silent on rare words (else the model learns to trust it blindly).
 */
const JACKKNIFE = Number(process.env.POS_EN_JACKKNIFE ?? 5);
const foldCaches =
  JACKKNIFE > 1
    ? Array.from({ length: JACKKNIFE }, (_, k) => {
        const fold = englishDictionary(
          learnEnglishData(training.filter((_, i) => i % JACKKNIFE !== k)),
        );
        return new WordInfoCache((form) => computeEnglishWordInfo(form, fold), Infinity);
      })
    : null;
const data: TrainingSequence<WordInfo>[] = training.map((s, i) => ({
  items: s.map((t) => (foldCaches ? foldCaches[i % JACKKNIFE]! : cache).get(t.form)),
  labels: s.map((t) => toLabel(t.xpos, t.upos)),
}));
const model = trainSequenceModel(data, windowFeatures(englishDynamicFeatures), {
  epochs: EPOCHS,
  seed: SEED,
  decode: 'greedy',
  pruneBelow: PRUNE,
  meta: {
    name: 'pos-en',
    featureVersion: EN_FEATURE_VERSION,
    labelFormat: 'XPOS UPOS',
    trainedOn: 'UD English EWT train',
    licence: 'CC BY-SA 4.0',
    english,
  },
  onEpoch: (epoch, { errors, tokens }) =>
    console.log(`epoch ${epoch}: training error ${((100 * errors) / tokens).toFixed(2)} %`),
});
const bytes = encodeSequenceModel(model);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${model.labelCount} labels, ${model.data.featureHashes.length} features, trained in ${seconds.toFixed(1)} s`,
);

if (useDev) {
  const tagger = new EnglishPosTagger(model);
  const errors = new Map<string, number>();
  let n = 0,
    upos = 0,
    xpos = 0,
    lemma = 0;
  for (const s of readEwt(devPath)) {
    const got = tagger.analyse(s.map((t) => t.form));
    s.forEach((g, i) => {
      const p = got[i]!;
      n++;
      if (p.upos === g.upos) upos++;
      else
        errors.set(
          `UPOS ${g.upos}→${p.upos} ${g.form}`,
          (errors.get(`UPOS ${g.upos}→${p.upos} ${g.form}`) ?? 0) + 1,
        );
      if (p.xpos === g.xpos) xpos++;
      if (p.lemma === g.lemma) lemma++;
      else {
        const k = `lemma ${g.form}/${p.xpos}: ${g.lemma}→${p.lemma}`;
        errors.set(k, (errors.get(k) ?? 0) + 1);
      }
    });
  }
  if (process.argv.includes('--errors'))
    for (const [k, v] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(v, k);
  const pct = (k: number) => ((100 * k) / n).toFixed(2);
  console.log(
    `EWT dev (gold words): UPOS ${pct(upos)} XPOS ${pct(xpos)} lemma ${pct(lemma)} (${n} words)`,
  );
} else {
  const out = join(REPO_ROOT, 'models', 'pos-en.bin');
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB`);
}

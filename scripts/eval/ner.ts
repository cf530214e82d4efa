/**
 * Final NER scores (test splits: run only to report, never to tune).
 *
 *   npm run eval:ner                       # models/ner-de.bin
 *   npm run eval:ner -- --model PATH [--json]
 *   npm run eval:ner -- --lang en          # English: models/ner-en.bin (scripts/eval/ner-en.ts)
 *
 * GermEval 2014 test: strict span F1 on the outer level over the 12 labels
 * (PER, PERderiv, PERpart, … OTHpart) and over the 4 types (deriv/part folded
 * into their type). UNER German PUD test: strict F1 over PER/LOC/ORG; predicted
 * OTH, deriv and part spans are left out, since UNER marks plain names only.
 * Both use the corpora's own tokens, so tokenisation does not enter the score.
 */
import { parseArgs } from 'node:util';
import { NerTagger } from '../../src/core/ner/tagger.js';
import { scoreSpans, toOuterType, type SpanScores } from '../../src/core/ner/score.js';
import { readGermEval, readUnerPud, type NerSentence } from '../../src/node/corpora/ner-corpora.js';
import { clustersFor, loadNerModel, NER_MODEL_PATH } from '../../src/node/models/ner.js';
import { loadGermanLexicon } from '../../src/node/models/pos.js';
import { createNerResources } from '../../src/core/ner/resources.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { takeLanguageArg } from '../lib/language-arg.js';

// `--lang en` hands over to the English script (ner-en.ts); German is the default.
if (takeLanguageArg('NER model') === 'en') {
  await import('./ner-en.js');
  process.exit(0);
}

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: NER_MODEL_PATH },
    json: { type: 'boolean', default: false },
  },
});

const corpora = sharedPath('corpora');
if (!corpora) {
  console.error(missingSharedMessage('corpora'));
  process.exit(1);
}

const model = loadNerModel(args.model);
const tagger = new NerTagger(
  model,
  createNerResources({ lexicon: loadGermanLexicon(), clusters: clustersFor(model) }),
);

/**
 * Tags every sentence, timing by wall clock and by this process's CPU time (on a
 * shared, loaded machine the CPU time is the fairer cost per token).
 */
function tagAll(sentences: NerSentence[]): {
  predicted: string[][];
  tokens: number;
  seconds: number;
  cpuSeconds: number;
} {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const predicted = sentences.map((s) => tagger.tag(s.tokens));
  const used = process.cpuUsage(cpu);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    predicted,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

const pct = (x: number) => (100 * x).toFixed(2);

function print(title: string, scores: SpanScores): void {
  console.log(
    `${title}: P ${pct(scores.micro.precision)} R ${pct(scores.micro.recall)} F1 ${pct(scores.micro.f1)}`,
  );
  for (const [label, s] of Object.entries(scores.byLabel)) {
    console.log(
      `  ${label.padEnd(9)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (gold ${s.gold})`,
    );
  }
}

const results: Record<string, unknown> = { model: args.model, meta: model.meta };

const germeval = readGermEval(corpora, 'test');
const ge = tagAll(germeval);
const gold = germeval.map((s) => s.tags);
const fine = scoreSpans(gold, ge.predicted);
const outer = scoreSpans(gold, ge.predicted, toOuterType);
results.germeval = { f1_12: fine.micro.f1, f1_4: outer.micro.f1, fine, outer };

const uner = readUnerPud(corpora);
const un = tagAll(uner);
const namesOnly = (label: string) => (['PER', 'ORG', 'LOC'].includes(label) ? label : null);
const unerScores = scoreSpans(
  uner.map((s) => s.tags),
  un.predicted,
  namesOnly,
);
results.uner = { f1: unerScores.micro.f1, scores: unerScores };
const tokens = ge.tokens + un.tokens;
const seconds = ge.seconds + un.seconds;
const cpuSeconds = ge.cpuSeconds + un.cpuSeconds;
results.speed = {
  tokens,
  seconds,
  microsecondsPerToken: (1e6 * seconds) / tokens,
  cpuMicrosecondsPerToken: (1e6 * cpuSeconds) / tokens,
};

if (args.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`model ${args.model}`);
  print(`GermEval 2014 test, outer level, 12 labels (${germeval.length} sentences)`, fine);
  print('GermEval 2014 test, outer level, 4 types', outer);
  print(`UNER German PUD test, PER/LOC/ORG (${uner.length} sentences)`, unerScores);
  console.log(
    `tagging speed (pre-tokenised, includes feature extraction, first pass incl. cache warm-up): ` +
      `${((1e6 * seconds) / tokens).toFixed(2)} µs/token wall clock, ${((1e6 * cpuSeconds) / tokens).toFixed(2)} µs/token CPU time, over ${tokens} tokens`,
  );
}

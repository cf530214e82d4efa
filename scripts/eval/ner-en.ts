/**
 * Final English NER scores (test splits: run only to report, never to tune).
 *
 *   npm run eval:ner -- --lang en            # models/ner-en.bin
 *   npm run eval:ner -- --lang en --model PATH [--json]
 *
 * UNER English EWT test: strict span F1 over PER/LOC/ORG; predicted MISC spans
 * are left out, since Universal NER marks no MISC. Scored twice: the tagger's
 * own spans, and the spans as the pipeline component keeps them (leading
 * titles and roles cut: "Mr. Villega" → "Villega", as Universal NER marks
 * names without titles). WNUT 17 test: strict F1 over the four types after the
 * type mapping of the training script. Both use the corpora's own tokens.
 */
import { parseArgs } from 'node:util';
import { withoutRoleWords } from '../../src/core/ner/component.js';
import { ENGLISH_ENTITIES } from '../../src/core/entities/language.js';
import { bioToSpans, spansToBio } from '../../src/core/ner/labels.js';
import { createEnglishNerResources } from '../../src/core/ner/resources-en.js';
import { scoreSpans, type SpanScores } from '../../src/core/ner/score.js';
import { NerTagger } from '../../src/core/ner/tagger.js';
import { ENGLISH_NER_MODEL_PATH, loadEnglishNerModel } from '../../src/node/models/ner-en.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { readUnerEwt, readWnut, type EnglishNerSentence } from '../train/ner-en-corpora.js';

const { values: args } = parseArgs({
  options: {
    lang: { type: 'string', default: 'en' },
    model: { type: 'string', default: ENGLISH_NER_MODEL_PATH },
    json: { type: 'boolean', default: false },
  },
});

const corpora = sharedPath('corpora');
if (!corpora) {
  console.error(missingSharedMessage('corpora'));
  process.exit(1);
}

const model = loadEnglishNerModel(args.model);
const tagger = new NerTagger(model, createEnglishNerResources());

function tagAll(sentences: readonly EnglishNerSentence[]) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const predicted = sentences.map((s) => tagger.tag(s.tokens));
  const used = process.cpuUsage(cpu);
  return {
    predicted,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

/** The component's cut of leading titles and roles, applied to tagged sentences. */
function withoutTitles(
  sentences: readonly EnglishNerSentence[],
  predicted: string[][],
): string[][] {
  return predicted.map((tags, i) =>
    spansToBio(
      withoutRoleWords(bioToSpans(tags), sentences[i]!.tokens, ENGLISH_ENTITIES),
      tags.length,
    ),
  );
}

const pct = (x: number) => (100 * x).toFixed(2);
function print(title: string, scores: SpanScores): void {
  console.log(
    `${title}: P ${pct(scores.micro.precision)} R ${pct(scores.micro.recall)} F1 ${pct(scores.micro.f1)}`,
  );
  for (const [label, s] of Object.entries(scores.byLabel))
    console.log(
      `  ${label.padEnd(5)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (gold ${s.gold})`,
    );
}

const namesOnly = (label: string) => (['PER', 'ORG', 'LOC'].includes(label) ? label : null);

const uner = readUnerEwt(corpora, 'test');
const un = tagAll(uner);
const unerGold = uner.map((s) => s.tags);
const unerTagger = scoreSpans(unerGold, un.predicted, namesOnly);
const unerComponent = scoreSpans(unerGold, withoutTitles(uner, un.predicted), namesOnly);

const wnut = readWnut(corpora, 'test');
const wn = tagAll(wnut);
const wnutScores = scoreSpans(
  wnut.map((s) => s.tags),
  withoutTitles(wnut, wn.predicted),
);

const tokens = un.tokens + wn.tokens;
const seconds = un.seconds + wn.seconds;
const cpuSeconds = un.cpuSeconds + wn.cpuSeconds;

if (args.json) {
  console.log(
    JSON.stringify(
      {
        model: args.model,
        meta: model.meta,
        uner: { f1: unerComponent.micro.f1, taggerF1: unerTagger.micro.f1, scores: unerComponent },
        wnut: { f1: wnutScores.micro.f1, scores: wnutScores },
        speed: { tokens, seconds, cpuMicrosecondsPerToken: (1e6 * cpuSeconds) / tokens },
      },
      null,
      2,
    ),
  );
} else {
  console.log(`model ${args.model}`);
  print(
    `UNER English EWT test, PER/LOC/ORG, titles cut as in the component (${uner.length} sentences)`,
    unerComponent,
  );
  print('UNER English EWT test, PER/LOC/ORG, tagger spans as tagged', unerTagger);
  print(
    `WNUT 17 test, PER/ORG/LOC/MISC after the type mapping (${wnut.length} sentences)`,
    wnutScores,
  );
  console.log(
    `tagging speed (pre-tokenised, includes feature extraction): ${((1e6 * seconds) / tokens).toFixed(2)} µs/token wall clock, ` +
      `${((1e6 * cpuSeconds) / tokens).toFixed(2)} µs/token CPU time, over ${tokens} tokens`,
  );
}

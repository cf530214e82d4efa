/**
 * Scores sentence boundaries and tokens on raw text: UD German GSD test (one
 * stream, the `# text` lines joined by a space) and UD German PUD test (one
 * document per `# newdoc`), with Intl.Segmenter measured in the same run.
 *
 *   npm run eval:segment                 # final scores (test splits)
 *   npm run eval:segment -- --dev        # GSD dev instead of test (for tuning)
 *   npm run eval:segment -- --dev --errors 20  # also list 20 missed sentences and tokens of GSD dev
 */
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { loadGermanLexicon } from '../../src/node/models/pos.js';
import { readConlluFile } from './lib/conllu.js';
import {
  asConlluSentences,
  dropSomePeriodTokens,
  GERMEVAL_HELD_OUT,
  readTokenSentences,
} from './lib/token-sentences.js';
import {
  addScores,
  buildGoldDocuments,
  intlSentenceSpans,
  intlTokenSpans,
  mergeHyphenatedCompounds,
  scoreSpans,
  type GoldDocument,
  type Score,
  type Span,
} from './lib/segment-gold.js';

interface EvalSet {
  name: string;
  file: string[];
  byDocument: boolean;
  /** Token-per-line sentences instead of CoNLL-U: how to read them. */
  tokenSentences?: { column: number; select: (all: string[][]) => string[][] };
}

const args = process.argv.slice(2);
const useDev = args.includes('--dev');
const errorsIndex = args.indexOf('--errors');
const errorCount = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 20) : 0;

const sets: EvalSet[] = [
  useDev
    ? {
        name: 'GSD dev (stream)',
        file: ['corpora', 'ud-german-gsd', 'de_gsd-ud-dev.conllu'],
        byDocument: false,
      }
    : {
        name: 'GSD test (stream)',
        file: ['corpora', 'ud-german-gsd', 'de_gsd-ud-test.conllu'],
        byDocument: false,
      },
  {
    name: 'PUD test (by doc)',
    file: ['corpora', 'ud-german-pud', 'de_pud-ud-test.conllu'],
    byDocument: true,
  },
];
if (useDev) {
  // Validation sets held out from `npm run train:segment` (not test splits).
  sets.push(
    {
      name: 'EmpiriST web test (held out, stream)',
      file: ['corpora', 'empirist2015', 'empirist_test_web.tsv'],
      byDocument: false,
      tokenSentences: { column: 0, select: (all) => all },
    },
    {
      name: `GermEval dev last ${GERMEVAL_HELD_OUT} (held out, stream)`,
      file: ['corpora', 'germeval2014', 'NER-de-dev.tsv'],
      byDocument: false,
      tokenSentences: { column: 1, select: (all) => all.slice(all.length - GERMEVAL_HELD_OUT) },
    },
    {
      name: `same, 20 % of final periods dropped`,
      file: ['corpora', 'germeval2014', 'NER-de-dev.tsv'],
      byDocument: false,
      tokenSentences: {
        column: 1,
        select: (all) => dropSomePeriodTokens(all.slice(all.length - GERMEVAL_HELD_OUT), 0.2, 99),
      },
    },
  );
}

interface Row {
  set: string;
  system: string;
  sentences: Score;
  tokens: Score;
  /** Token score with UD's split hyphenated compounds merged in the gold standard (see mergeHyphenatedCompounds). */
  tokensCompoundsWhole: Score;
}

const lexicon = loadGermanLexicon();
const rows: Row[] = [];
for (const set of sets) {
  const path = sharedPath(...set.file);
  if (!path) {
    console.warn(missingSharedMessage(set.file.join('/')));
    continue;
  }
  const documents = buildGoldDocuments(
    set.tokenSentences
      ? asConlluSentences(
          set.tokenSentences.select(readTokenSentences(path, set.tokenSentences.column)),
        )
      : readConlluFile(path),
    set.byDocument,
  );
  rows.push(
    evaluate(set.name, 'crosscheck', documents, (d) => {
      const tokens = tokenize(d.text, { lang: 'de' });
      return { tokens, sentences: splitSentences(d.text, tokens, { lexicon }) };
    }),
  );
  rows.push(
    evaluate(set.name, 'crosscheck, no lexicon', documents, (d) => {
      const tokens = tokenize(d.text, { lang: 'de' });
      return { tokens, sentences: splitSentences(d.text, tokens) };
    }),
  );
  rows.push(
    evaluate(set.name, 'Intl.Segmenter', documents, (d) => ({
      tokens: intlTokenSpans(d.text, 'de'),
      sentences: intlSentenceSpans(d.text, 'de'),
    })),
  );
  // Error listings only for the dev split: test sets are for final scores, not for tuning.
  if (errorCount > 0 && !set.name.startsWith('GSD test') && !set.name.startsWith('PUD'))
    printErrors(set.name, documents, errorCount);
}

printTable(rows);

function evaluate(
  set: string,
  system: string,
  documents: readonly GoldDocument[],
  run: (d: GoldDocument) => { tokens: readonly Span[]; sentences: readonly Span[] },
): Row {
  const sentenceScores: Score[] = [];
  const tokenScores: Score[] = [];
  const mergedScores: Score[] = [];
  for (const d of documents) {
    const out = run(d);
    sentenceScores.push(scoreSpans(d.sentences, out.sentences));
    tokenScores.push(scoreSpans(d.tokens, out.tokens));
    mergedScores.push(scoreSpans(mergeHyphenatedCompounds(d.text, d.tokens), out.tokens));
  }
  return {
    set,
    system,
    sentences: addScores(sentenceScores),
    tokens: addScores(tokenScores),
    tokensCompoundsWhole: addScores(mergedScores),
  };
}

function printTable(table: readonly Row[]): void {
  const pct = (x: number) => (x * 100).toFixed(2).padStart(6);
  console.log('');
  console.log(
    '| set | system | sentences | sent. P | sent. R | sent. F1 | tokens | tok. P | tok. R | tok. F1 | tok. F1, compounds whole |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of table) {
    console.log(
      `| ${r.set} | ${r.system} | ${r.sentences.gold} | ${pct(r.sentences.precision)} | ${pct(r.sentences.recall)} | ${pct(r.sentences.f1)} | ${r.tokens.gold} | ${pct(r.tokens.precision)} | ${pct(r.tokens.recall)} | ${pct(r.tokens.f1)} | ${pct(r.tokensCompoundsWhole.f1)} |`,
    );
  }
}

/** Gold sentences our splitter missed and spans it proposed that are wrong, for tuning. */
function printErrors(name: string, documents: readonly GoldDocument[], limit: number): void {
  const missed: string[] = [];
  const wrongTokens: string[] = [];
  const wrongSentences: string[] = [];
  for (const d of documents) {
    const tokens = tokenize(d.text, { lang: 'de' });
    const predicted = new Set(
      splitSentences(d.text, tokens, { lexicon }).map((s) => `${s.start}:${s.end}`),
    );
    for (const s of d.sentences) {
      if (!predicted.has(`${s.start}:${s.end}`)) missed.push(d.text.slice(s.start, s.end));
    }
    const goldKeys = new Set(d.sentences.map((s) => `${s.start}:${s.end}`));
    for (const s of splitSentences(d.text, tokens, { lexicon })) {
      if (!goldKeys.has(`${s.start}:${s.end}`)) wrongSentences.push(d.text.slice(s.start, s.end));
    }
    const predictedTokens = new Set(tokens.map((t) => `${t.start}:${t.end}`));
    for (const t of mergeHyphenatedCompounds(d.text, d.tokens)) {
      if (!predictedTokens.has(`${t.start}:${t.end}`)) {
        wrongTokens.push(
          `${JSON.stringify(d.text.slice(t.start, t.end))} in …${d.text.slice(Math.max(0, t.start - 20), t.end + 20)}…`,
        );
      }
    }
  }
  console.log(`\n== ${name}: ${missed.length} gold sentences not found exactly (first ${limit})`);
  for (const s of missed.slice(0, limit)) console.log(`  - ${s}`);
  console.log(
    `== ${name}: ${wrongSentences.length} predicted sentences not in the gold standard (first ${limit})`,
  );
  for (const s of wrongSentences.slice(0, limit)) console.log(`  - ${s}`);
  console.log(`== ${name}: ${wrongTokens.length} gold tokens not found exactly (first ${limit})`);
  for (const s of wrongTokens.slice(0, limit)) console.log(`  - ${s}`);
}

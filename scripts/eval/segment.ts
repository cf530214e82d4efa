/**
 * Scores sentence boundaries and tokens on raw text: UD German GSD test (one
 * stream, the `# text` lines joined by a space) and UD German PUD test (one
 * document per `# newdoc`), with Intl.Segmenter measured in the same run.
 *
 *   npm run eval:segment                 # final scores (test splits)
 *   npm run eval:segment -- --dev        # GSD dev instead of test (for tuning)
 *   npm run eval:segment -- --dev --errors 20  # also list 20 missed sentences and tokens of GSD dev
 *
 * English: UD English EWT test (one document per `# newdoc`, its `# text` lines
 * joined by a space; web text: blogs, newsgroups, e-mails, reviews, answers).
 * Tokens are scored twice: against EWT's surface tokens ("don't" whole), and
 * against its syntactic words ("do" + "n't"), which is what crosscheck's
 * tokens are in English.
 *
 *   npm run eval:segment -- --lang en           # final scores (EWT test)
 *   npm run eval:segment -- --lang en --dev     # EWT dev (for tuning)
 *   npm run eval:segment -- --lang en --dev --gaps  # also count wrong gaps by kind (dev only)
 */
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { loadGermanLexicon } from '../../src/node/models/pos.js';
import { readConlluFile, type ConlluSentence } from './lib/conllu.js';
import { segmenterLanguageFor } from '../../src/core/segment/language.js';
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
  /** English: paragraphs (`# newpar`) begin after a blank line instead of a space. */
  paragraphs?: boolean;
  /** Token-per-line sentences instead of CoNLL-U: how to read them. */
  tokenSentences?: { column: number; select: (all: string[][]) => string[][] };
}

const args = process.argv.slice(2);
const useDev = args.includes('--dev');
const errorsIndex = args.indexOf('--errors');
const errorCount = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 20) : 0;
const countGaps = args.includes('--gaps');
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? (args[langIndex + 1] ?? 'de') : 'de';
if (lang !== 'de' && lang !== 'en') {
  console.error(`--lang ${lang}: eval:segment has test data for de and en only`);
  process.exit(1);
}
const language = segmenterLanguageFor(lang);

const ewtSplit = useDev ? 'dev' : 'test';
const englishSets: EvalSet[] = [
  {
    name: `EWT ${ewtSplit} (by doc)`,
    file: ['corpora', 'ud-english-ewt', `en_ewt-ud-${ewtSplit}.conllu`],
    byDocument: true,
  },
  {
    name: `EWT ${ewtSplit} (by doc, paragraphs)`,
    file: ['corpora', 'ud-english-ewt', `en_ewt-ud-${ewtSplit}.conllu`],
    byDocument: true,
    paragraphs: true,
  },
];

const germanSets: EvalSet[] = [
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
  germanSets.push(
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
  /**
   * German: token score with UD's split hyphenated compounds merged in the gold standard
   * (see mergeHyphenatedCompounds). English: against EWT's syntactic words.
   */
  tokensCompoundsWhole: Score;
}

const sets = lang === 'en' ? englishSets : germanSets;
const lexicon = lang === 'de' ? loadGermanLexicon() : undefined;
const rows: Row[] = [];
for (const set of sets) {
  const path = sharedPath(...set.file);
  if (!path) {
    console.warn(missingSharedMessage(set.file.join('/')));
    continue;
  }
  const conllu = set.tokenSentences
    ? asConlluSentences(
        set.tokenSentences.select(readTokenSentences(path, set.tokenSentences.column)),
      )
    : readConlluFile(path);
  const english = lang === 'en' ? buildEnglishDocuments(conllu, set.paragraphs ?? false) : null;
  const documents = english ? english.documents : buildGoldDocuments(conllu, set.byDocument);
  const words = english?.words;
  rows.push(
    evaluate(
      set.name,
      'crosscheck',
      documents,
      (d) => {
        const tokens = tokenize(d.text, { lang });
        return { tokens, sentences: splitSentences(d.text, tokens, { lexicon, language }) };
      },
      words,
    ),
  );
  if (lexicon)
    rows.push(
      evaluate(set.name, 'crosscheck, no lexicon', documents, (d) => {
        const tokens = tokenize(d.text, { lang });
        return { tokens, sentences: splitSentences(d.text, tokens, { language }) };
      }),
    );
  rows.push(
    evaluate(
      set.name,
      'Intl.Segmenter',
      documents,
      (d) => ({
        tokens: intlTokenSpans(d.text, lang),
        sentences: intlSentenceSpans(d.text, lang),
      }),
      words,
    ),
  );
  // Error listings only for the dev split: test sets are for final scores, not for tuning.
  if (
    errorCount > 0 &&
    !set.name.startsWith('GSD test') &&
    !set.name.startsWith('PUD') &&
    !set.name.startsWith('EWT test')
  )
    printErrors(set.name, documents, errorCount, words);
  if (countGaps && !set.name.includes(' test') && !set.name.startsWith('PUD'))
    printGapErrors(set.name, documents);
}

printTable(rows);

function evaluate(
  set: string,
  system: string,
  documents: readonly GoldDocument[],
  run: (d: GoldDocument) => { tokens: readonly Span[]; sentences: readonly Span[] },
  words?: readonly Span[][],
): Row {
  const sentenceScores: Score[] = [];
  const tokenScores: Score[] = [];
  const mergedScores: Score[] = [];
  documents.forEach((d, i) => {
    const out = run(d);
    sentenceScores.push(scoreSpans(d.sentences, out.sentences));
    tokenScores.push(scoreSpans(d.tokens, out.tokens));
    const second = words ? words[i]! : mergeHyphenatedCompounds(d.text, d.tokens);
    mergedScores.push(scoreSpans(second, out.tokens));
  });
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
    `| set | system | sentences | sent. P | sent. R | sent. F1 | tokens | tok. P | tok. R | tok. F1 | ${lang === 'en' ? 'F1 on syntactic words' : 'tok. F1, compounds whole'} |`,
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of table) {
    console.log(
      `| ${r.set} | ${r.system} | ${r.sentences.gold} | ${pct(r.sentences.precision)} | ${pct(r.sentences.recall)} | ${pct(r.sentences.f1)} | ${r.tokens.gold} | ${pct(r.tokens.precision)} | ${pct(r.tokens.recall)} | ${pct(r.tokens.f1)} | ${pct(r.tokensCompoundsWhole.f1)} |`,
    );
  }
}

/** Gold sentences our splitter missed and spans it proposed that are wrong, for tuning. */
function printErrors(
  name: string,
  documents: readonly GoldDocument[],
  limit: number,
  words?: readonly Span[][],
): void {
  const missed: string[] = [];
  const wrongTokens: string[] = [];
  const wrongSentences: string[] = [];
  documents.forEach((d, i) => {
    const tokens = tokenize(d.text, { lang });
    const predicted = new Set(
      splitSentences(d.text, tokens, { lexicon, language }).map((s) => `${s.start}:${s.end}`),
    );
    for (const s of d.sentences) {
      if (!predicted.has(`${s.start}:${s.end}`)) missed.push(d.text.slice(s.start, s.end));
    }
    const goldKeys = new Set(d.sentences.map((s) => `${s.start}:${s.end}`));
    for (const s of splitSentences(d.text, tokens, { lexicon, language })) {
      if (!goldKeys.has(`${s.start}:${s.end}`)) wrongSentences.push(d.text.slice(s.start, s.end));
    }
    const predictedTokens = new Set(tokens.map((t) => `${t.start}:${t.end}`));
    for (const t of words ? words[i]! : mergeHyphenatedCompounds(d.text, d.tokens)) {
      if (!predictedTokens.has(`${t.start}:${t.end}`)) {
        wrongTokens.push(
          `${JSON.stringify(d.text.slice(t.start, t.end))} in …${d.text.slice(Math.max(0, t.start - 20), t.end + 20)}…`,
        );
      }
    }
  });
  console.log(`\n== ${name}: ${missed.length} gold sentences not found exactly (first ${limit})`);
  for (const s of missed.slice(0, limit)) console.log(`  - ${s}`);
  console.log(
    `== ${name}: ${wrongSentences.length} predicted sentences not in the gold standard (first ${limit})`,
  );
  for (const s of wrongSentences.slice(0, limit)) console.log(`  - ${s}`);
  console.log(`== ${name}: ${wrongTokens.length} gold tokens not found exactly (first ${limit})`);
  for (const s of wrongTokens.slice(0, limit)) console.log(`  - ${s}`);
}

/**
 * Gold documents for English (one per `# newdoc`), with the gold spans of the
 * syntactic words as well: a multiword token whose words spell it ("don't" =
 * "do" + "n't") gives one span per word, any other token one span. Sentences
 * are joined by a space, or, with `paragraphs`, a new paragraph (`# newpar`)
 * begins after a blank line, as UD's raw text files write them.
 */
function buildEnglishDocuments(
  sentences: readonly ConlluSentence[],
  paragraphs: boolean,
): { documents: GoldDocument[]; words: Span[][] } {
  const documents: GoldDocument[] = [];
  const words: Span[][] = [];
  let current: GoldDocument | null = null;
  let currentWords: Span[] = [];
  for (const sentence of sentences) {
    if (current === null || sentence.newdoc) {
      current = { id: sentence.docId ?? sentence.id, text: '', sentences: [], tokens: [] };
      currentWords = [];
      documents.push(current);
      words.push(currentWords);
    }
    if (current.text.length > 0) current.text += paragraphs && sentence.newpar ? '\n\n' : ' ';
    const offset = current.text.length;
    current.text += sentence.text;
    current.sentences.push({ start: offset, end: offset + sentence.text.length });
    let pos = 0;
    for (const token of sentence.tokens) {
      while (pos < sentence.text.length && /\s/.test(sentence.text[pos]!)) pos++;
      const at = sentence.text.startsWith(token.form, pos)
        ? pos
        : sentence.text.indexOf(token.form, pos);
      if (at < 0) continue;
      current.tokens.push({ start: offset + at, end: offset + at + token.form.length });
      const spelled = token.words.map((w) => w.form).join('');
      if (token.multiword && spelled.toLowerCase() === token.form.toLowerCase()) {
        let from = at;
        for (const word of token.words) {
          currentWords.push({ start: offset + from, end: offset + from + word.form.length });
          from += word.form.length;
        }
      } else currentWords.push({ start: offset + at, end: offset + at + token.form.length });
      pos = at + token.form.length;
    }
  }
  return { documents, words };
}

/**
 * Wrong gaps between tokens, counted by kind, for error analysis: a missed
 * sentence end ("missed") or a false one ("false"), what the token before the
 * gap is (final punctuation, a closing quote or bracket, an abbreviation, other
 * punctuation as itself, or the token kind) and what the next one starts with
 * (Cap, low, digit, or its kind). Gaps at a blank line are left out: the rules
 * always end a sentence there.
 */
function printGapErrors(name: string, documents: readonly GoldDocument[]): void {
  const counts = new Map<string, number>();
  for (const d of documents) {
    const tokens = tokenize(d.text, { lang });
    const predicted = new Set(
      splitSentences(d.text, tokens, { lexicon, language }).map((s) => s.end),
    );
    const gold = new Set(d.sentences.map((s) => s.end));
    for (let k = 0; k < tokens.length - 1; k++) {
      const token = tokens[k]!;
      const next = tokens[k + 1]!;
      const isGold = gold.has(token.end);
      if (isGold === predicted.has(token.end)) continue;
      if (/\n\s*\n/.test(d.text.slice(token.end, next.start))) continue;
      const before = d.text.slice(token.start, token.end);
      const after = d.text.slice(next.start, next.end);
      const left = /^[.!?…]/.test(before)
        ? 'final punct.'
        : /^["”’')\]]$/.test(before)
          ? 'closing mark'
          : token.kind === 'punct'
            ? before
            : token.kind;
      const right = /^\p{Lu}/u.test(after)
        ? 'Cap'
        : /^\p{Ll}/u.test(after) && next.kind === 'word'
          ? 'low'
          : /^[0-9]/.test(after)
            ? 'digit'
            : next.kind;
      const key = `${isGold ? 'missed' : 'false'} | ${left} | ${right}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  console.log(`\n== ${name}: wrong gaps by kind (missed or false | token before | next token)`);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(4)}  ${key}`);
}

/**
 * Scores German UPOS, XPOS and lemmas on UD German GSD test and PUD test:
 *  - raw text: the `# text` lines (GSD: one stream joined by spaces; PUD: one
 *    document per `# newdoc`), tokenized and split by crosscheck itself; a gold
 *    word counts as right only when a crosscheck token has exactly its span and
 *    the right tag/lemma (contractions "im" are expanded to UD's two words);
 *  - raw text with hyphenated compounds cut at their hyphens as UD does ("raw, UD -"):
 *    the same, but crosscheck's whole compounds are split before tagging;
 *  - gold tokenization: the gold surface tokens, sentence by sentence.
 * Accuracy = right words / gold words. PUD's XPOS are not STTS, so only UPOS and lemma there.
 *
 *   npm run eval:pos                # final scores (test splits)
 *   npm run eval:pos -- --dev       # GSD dev instead (NB: the shipped model trained on it)
 *   npm run eval:pos -- --errors 30 # also list the most frequent errors
 *   npm run eval:pos -- --lang en   # English (UD EWT), see pos-en.ts
 */
import type { TokenRecord } from '../../src/core/contract/types.js';
import { Doc } from '../../src/core/doc.js';
import { expandContraction } from '../../src/core/pos/contractions.js';
import { createPosTagger } from '../../src/core/pos/component.js';
import type { GermanPosTagger } from '../../src/core/pos/tagger.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { loadGermanPosTagger } from '../../src/node/models/pos.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { readConlluFile, type ConlluSentence, type ConlluWord } from './lib/conllu.js';
import { takeLanguageArg } from '../lib/language-arg.js';

// `--lang en` runs the English script (scripts/eval/pos-en.ts); German is the default.
if (takeLanguageArg('POS model') === 'en') {
  await import('./pos-en.js');
  process.exit(process.exitCode ?? 0);
}
const args = process.argv.slice(2);
const useDev = args.includes('--dev');
const errorsIndex = args.indexOf('--errors');
const errorCount = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 30) : 0;

interface GoldWord {
  start: number;
  end: number;
  /** Position among the words of its surface token (0 for ordinary tokens). */
  part: number;
  word: ConlluWord;
}
interface GoldDoc {
  text: string;
  words: GoldWord[];
}
interface Predicted {
  upos: string;
  xpos: string;
  lemma: string;
}

function buildDocs(sentences: ConlluSentence[], byDocument: boolean): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let current: GoldDoc | null = null;
  for (const s of sentences) {
    if (current === null || (byDocument && s.newdoc))
      docs.push((current = { text: '', words: [] }));
    if (current.text.length > 0) current.text += ' ';
    const offset = current.text.length;
    current.text += s.text;
    let pos = 0;
    for (const token of s.tokens) {
      const at = s.text.indexOf(token.form, pos);
      if (at < 0) {
        // Unalignable gold token (rare): its words can never be matched, so they count as errors.
        for (const word of token.words) current.words.push({ start: -1, end: -1, part: 0, word });
        continue;
      }
      token.words.forEach((word, part) =>
        current!.words.push({
          start: offset + at,
          end: offset + at + token.form.length,
          part,
          word,
        }),
      );
      pos = at + token.form.length;
    }
  }
  return docs;
}

/** Predicted UD words of one token: itself, or the two halves of a contraction. */
function predictedWords(form: string, p: Predicted): Predicted[] {
  if (p.xpos === 'APPRART') return expandContraction(form, p.lemma) ?? [p];
  return [p];
}

interface Tally {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  all: number;
}
const emptyTally = (): Tally => ({ words: 0, upos: 0, xpos: 0, lemma: 0, all: 0 });
const errors = new Map<string, number>();

function score(tally: Tally, gold: GoldWord, predicted: Predicted | undefined, form: string): void {
  tally.words++;
  if (!predicted) return;
  const w = gold.word;
  const upos = predicted.upos === w.upos;
  const lemma = predicted.lemma === w.lemma;
  if (upos) tally.upos++;
  if (predicted.xpos === w.xpos) tally.xpos++;
  if (lemma) tally.lemma++;
  if (upos && lemma) tally.all++;
  if (errorCount > 0) {
    if (!upos) bump(`UPOS ${w.upos}→${predicted.upos}  ${form}`);
    if (!lemma) bump(`lemma ${form}/${w.upos}: ${w.lemma}→${predicted.lemma}`);
  }
}
const bump = (k: string) => errors.set(k, (errors.get(k) ?? 0) + 1);

/**
 * UD GSD/PUD split hyphenated compounds ("Elberadweg-Tour" → "Elberadweg", "-", "Tour";
 * "Haftpflicht-" → "Haftpflicht", "-"); crosscheck keeps them whole. For the
 * "UD hyphens" row, word tokens are cut at their hyphens before tagging.
 */
function splitHyphens(text: string, tokens: TokenRecord[]): TokenRecord[] {
  const out: TokenRecord[] = [];
  for (const t of tokens) {
    const form = text.slice(t.start, t.end);
    if (t.kind !== 'word' || !/\p{L}-|-\p{L}/u.test(form)) {
      out.push(t);
      continue;
    }
    let start = t.start;
    for (let i = t.start; i < t.end; i++) {
      if (text[i] !== '-') continue;
      if (i > start) out.push({ start, end: i, kind: 'word' });
      out.push({ start: i, end: i + 1, kind: 'punct' });
      start = i + 1;
    }
    if (start < t.end) out.push({ start, end: t.end, kind: 'word' });
  }
  return out;
}

function evaluateRaw(docs: GoldDoc[], tagger: GermanPosTagger, udHyphens: boolean): Tally {
  const tally = emptyTally();
  const component = createPosTagger(tagger);
  for (const d of docs) {
    const doc = new Doc('eval', d.text, 'de');
    const tokens = tokenize(d.text, { lang: 'de' });
    doc.tokens.push(...(udHyphens ? splitHyphens(d.text, tokens) : tokens));
    doc.sentences.push(...splitSentences(d.text, doc.tokens));
    component.apply(doc);
    const bySpan = new Map<string, Predicted[]>();
    for (const t of doc.tokens) {
      const form = d.text.slice(t.start, t.end);
      bySpan.set(
        `${t.start}:${t.end}`,
        predictedWords(form, { upos: t.upos!, xpos: t.xpos!, lemma: t.lemma! }),
      );
    }
    for (const g of d.words) {
      const predicted = bySpan.get(`${g.start}:${g.end}`);
      score(tally, g, predicted?.[g.part], d.text.slice(g.start, g.end));
    }
  }
  return tally;
}

function evaluateGoldTokens(sentences: ConlluSentence[], tagger: GermanPosTagger): Tally {
  const tally = emptyTally();
  for (const s of sentences) {
    const forms = s.tokens.map((t) => t.form);
    const analyses = tagger.analyse(forms);
    s.tokens.forEach((token, i) => {
      const words = predictedWords(token.form, analyses[i]!);
      token.words.forEach((word, part) =>
        score(tally, { start: 0, end: 0, part, word }, words[part], token.form),
      );
    });
  }
  return tally;
}

const pct = (k: number, n: number) => ((100 * k) / Math.max(1, n)).toFixed(2);
const sets = [
  {
    name: useDev ? 'GSD dev' : 'GSD test',
    file: ['corpora', 'ud-german-gsd', useDev ? 'de_gsd-ud-dev.conllu' : 'de_gsd-ud-test.conllu'],
    byDocument: false,
    stts: true,
  },
  {
    name: 'PUD test',
    file: ['corpora', 'ud-german-pud', 'de_pud-ud-test.conllu'],
    byDocument: true,
    stts: false,
  },
];

const t0 = performance.now();
const tagger = loadGermanPosTagger();
console.log(`model + lexicon loaded in ${(performance.now() - t0).toFixed(0)} ms`);
console.log('set        | input       | words  | UPOS  | XPOS  | lemma | UPOS+lemma');
for (const set of sets) {
  const path = sharedPath(...set.file);
  if (!path) {
    console.warn(missingSharedMessage(set.file.join('/')));
    continue;
  }
  const sentences = readConlluFile(path);
  for (const [input, tally] of [
    ['raw text', evaluateRaw(buildDocs(sentences, set.byDocument), tagger, false)],
    ['raw, UD -', evaluateRaw(buildDocs(sentences, set.byDocument), tagger, true)],
    ['gold tokens', evaluateGoldTokens(sentences, tagger)],
  ] as const) {
    console.log(
      `${set.name.padEnd(10)} | ${input.padEnd(11)} | ${String(tally.words).padEnd(6)} | ${pct(tally.upos, tally.words)} | ` +
        `${set.stts ? pct(tally.xpos, tally.words) : '  –  '} | ${pct(tally.lemma, tally.words)} | ${pct(tally.all, tally.words)}`,
    );
  }
}
if (errorCount > 0) {
  console.log(`\nmost frequent errors (all sets, both inputs):`);
  for (const [k, v] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, errorCount))
    console.log(String(v).padStart(4), k);
}

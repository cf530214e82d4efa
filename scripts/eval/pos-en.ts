/**
 * Scores English UPOS, PTB XPOS and lemmas on UD English EWT (test by default):
 *  - raw text: the `# text` lines of each `# newdoc` document joined by spaces,
 *    tokenized and split into sentences by crosscheck's English tokenizer and
 *    splitter; a gold word counts as right only when a crosscheck token has
 *    exactly its surface span (and, inside a contraction, the same part) and
 *    the right tag/lemma;
 *  - gold tokens: the gold surface tokens, sentence by sentence (contractions
 *    such as "don't" are split by the tagger itself, as in raw text).
 * Accuracy = right words / gold words.
 *
 *   npm run eval:pos -- --lang en              # final scores (EWT test)
 *   npm run eval:pos -- --lang en --dev        # EWT dev (for tuning)
 *   npm run eval:pos -- --lang en --errors 30  # also list the most frequent errors
 */
import { Doc } from '../../src/core/doc.js';
import { splitContraction } from '../../src/core/pos/en/clitics.js';
import { tagEnglishTokens } from '../../src/core/pos/en/component.js';
import type { EnglishPosTagger } from '../../src/core/pos/en/tagger.js';
import type { PosAnalysis } from '../../src/core/pos/tagger.js';
import { segmenterLanguageFor } from '../../src/core/segment/language.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { loadEnglishPosTagger } from '../../src/node/models/pos-en.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { readConlluFile, type ConlluSentence, type ConlluWord } from './lib/conllu.js';

const args = process.argv.slice(2);
const useDev = args.includes('--dev');
const errorsIndex = args.indexOf('--errors');
const errorCount = errorsIndex >= 0 ? Number(args[errorsIndex + 1] ?? 30) : 0;

interface GoldWord {
  start: number;
  end: number;
  part: number;
  word: ConlluWord;
}
interface GoldDoc {
  text: string;
  words: GoldWord[];
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
const bump = (k: string) => errors.set(k, (errors.get(k) ?? 0) + 1);

function score(tally: Tally, word: ConlluWord, predicted: PosAnalysis | undefined): void {
  tally.words++;
  if (!predicted) {
    if (errorCount > 0) bump(`unaligned ${word.form}`);
    return;
  }
  const upos = predicted.upos === word.upos;
  const lemma = predicted.lemma === word.lemma;
  if (upos) tally.upos++;
  if (predicted.xpos === word.xpos) tally.xpos++;
  if (lemma) tally.lemma++;
  if (upos && lemma) tally.all++;
  if (errorCount > 0) {
    if (!upos) bump(`UPOS ${word.upos}→${predicted.upos}  ${word.form}`);
    if (!lemma) bump(`lemma ${word.form}/${predicted.xpos}: ${word.lemma}→${predicted.lemma}`);
  }
}

/** One text per gold document, with each gold word's surface span. */
function buildDocs(sentences: ConlluSentence[]): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let current: GoldDoc | null = null;
  for (const s of sentences) {
    if (current === null || s.newdoc) docs.push((current = { text: '', words: [] }));
    if (current.text.length > 0) current.text += ' ';
    const offset = current.text.length;
    current.text += s.text;
    let pos = 0;
    for (const token of s.tokens) {
      const at = s.text.indexOf(token.form, pos);
      if (at < 0) {
        for (const word of token.words) current.words.push({ start: -1, end: -1, part: 0, word });
        continue;
      }
      // A contraction's words get their own spans when they spell it out ("do" + "n't"),
      // as a tokenizer that splits it gives them; otherwise the token's span and a part number.
      const spelled = token.words.reduce((n, w) => n + w.form.length, 0) === token.form.length;
      let wordStart = offset + at;
      token.words.forEach((word, part) => {
        if (spelled && token.words.length > 1) {
          current!.words.push({
            start: wordStart,
            end: wordStart + word.form.length,
            part: 0,
            word,
          });
          wordStart += word.form.length;
        } else {
          current!.words.push({
            start: offset + at,
            end: offset + at + token.form.length,
            part,
            word,
          });
        }
      });
      pos = at + token.form.length;
    }
  }
  return docs;
}

function evaluateRaw(docs: GoldDoc[], tagger: EnglishPosTagger): Tally {
  const tally = emptyTally();
  for (const d of docs) {
    const doc = new Doc('eval', d.text, 'en');
    doc.tokens.push(...tokenize(d.text, { lang: 'en' }));
    doc.sentences.push(
      ...splitSentences(d.text, doc.tokens, { language: segmenterLanguageFor('en') }),
    );
    const predicted = new Map<string, PosAnalysis>();
    let t = 0;
    const tokens = doc.tokens;
    const tagSpan = (from: number, to: number) => {
      const forms = tokens.slice(from, to).map((x) => d.text.slice(x.start, x.end));
      // Where the tagger splits a token itself, its words get sub-spans as well.
      const parts = forms.map((form, i) => {
        let at = tokens[from + i]!.start;
        return splitContraction(form).map((w) => [at, (at += w.length)] as const);
      });
      tagEnglishTokens(tagger, forms, (i, part, a) => {
        const x = tokens[from + i]!;
        const [start, end] = parts[i]![part]!;
        predicted.set(`${start}:${end}:0`, a);
        predicted.set(`${x.start}:${x.end}:${part}`, a);
      });
    };
    for (const s of doc.sentences) {
      while (t < tokens.length && tokens[t]!.end <= s.start) tagSpan(t, ++t);
      const first = t;
      while (t < tokens.length && tokens[t]!.start < s.end) t++;
      tagSpan(first, t);
    }
    if (t < tokens.length) tagSpan(t, tokens.length);
    for (const g of d.words) score(tally, g.word, predicted.get(`${g.start}:${g.end}:${g.part}`));
  }
  return tally;
}

function evaluateGoldTokens(sentences: ConlluSentence[], tagger: EnglishPosTagger): Tally {
  const tally = emptyTally();
  for (const s of sentences) {
    const predicted = new Map<string, PosAnalysis>();
    tagEnglishTokens(
      tagger,
      s.tokens.map((t) => t.form),
      (i, part, a) => predicted.set(`${i}:${part}`, a),
    );
    s.tokens.forEach((token, i) =>
      token.words.forEach((word, part) => score(tally, word, predicted.get(`${i}:${part}`))),
    );
  }
  return tally;
}

const file = useDev ? 'en_ewt-ud-dev.conllu' : 'en_ewt-ud-test.conllu';
const path = sharedPath('corpora', 'ud-english-ewt', file);
if (!path) {
  console.error(missingSharedMessage(`corpora/ud-english-ewt/${file}`));
  process.exit(1);
}
const t0 = performance.now();
const tagger = loadEnglishPosTagger();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);
const sentences = readConlluFile(path);
const pct = (k: number, n: number) => ((100 * k) / Math.max(1, n)).toFixed(2);
const name = useDev ? 'EWT dev' : 'EWT test';
console.log('set      | input       | words  | UPOS  | XPOS  | lemma | UPOS+lemma');
for (const [input, tally] of [
  ['raw text', evaluateRaw(buildDocs(sentences), tagger)],
  ['gold tokens', evaluateGoldTokens(sentences, tagger)],
] as const) {
  console.log(
    `${name.padEnd(8)} | ${input.padEnd(11)} | ${String(tally.words).padEnd(6)} | ${pct(tally.upos, tally.words)} | ` +
      `${pct(tally.xpos, tally.words)} | ${pct(tally.lemma, tally.words)} | ${pct(tally.all, tally.words)}`,
  );
}
if (errorCount > 0) {
  console.log('\nmost frequent errors (both inputs):');
  for (const [k, v] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, errorCount))
    console.log(String(v).padStart(4), k);
}

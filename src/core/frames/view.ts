import type { DocumentRecord, Span, TextSpan } from '../contract/types.js';

/** One token as the frame finders read it: surface, lemma (both lower case) and STTS tag. */
export interface Word extends Span {
  /** Index of the word in its sentence's `words`. */
  i: number;
  surface: string;
  lower: string;
  lemma: string;
  /** STTS tag ("NN", "NE", "ART", "APPR", "VVFIN", "$,"); "" when untagged. */
  pos: string;
}

export interface SentenceView extends Span {
  index: number;
  words: Word[];
}

/**
 * A document as sentences of tagged words, with binary searches from character
 * offsets to words: the frame finders walk words, not characters.
 */
export class DocView {
  readonly sentences: SentenceView[];

  constructor(readonly doc: DocumentRecord) {
    const { text, tokens } = doc;
    let t = 0;
    this.sentences = doc.sentences.map((sentence, index) => {
      const words: Word[] = [];
      while (t < tokens.length && tokens[t]!.start < sentence.end) {
        const token = tokens[t++]!;
        if (token.end <= sentence.start) continue;
        const surface = text.slice(token.start, token.end);
        const lower = surface.toLowerCase();
        words.push({
          i: words.length,
          start: token.start,
          end: token.end,
          surface,
          lower,
          lemma: (token.lemma ?? surface).toLowerCase(),
          pos: token.xpos ?? untaggedPos(surface),
        });
      }
      return { index, start: sentence.start, end: sentence.end, words };
    });
  }

  /** The sentence that contains `offset`, or undefined between sentences. */
  sentenceAt(offset: number): SentenceView | undefined {
    let [lo, hi] = [0, this.sentences.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  textOf(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.doc.text.slice(span.start, span.end) };
  }
}

/** Index of the first word of `sentence` that ends after `offset` (the word at or after it). */
export function wordAt(sentence: SentenceView, offset: number): number {
  const words = sentence.words;
  let [lo, hi] = [0, words.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words `[first, last]` (inclusive) that a span covers. */
export function wordRange(sentence: SentenceView, span: Span): [number, number] {
  const first = wordAt(sentence, span.start);
  let last = first;
  while (last + 1 < sentence.words.length && sentence.words[last + 1]!.start < span.end) last++;
  return [first, last];
}

export const isNoun = (w: Word): boolean => w.pos === 'NN' || w.pos === 'NE';
export const isName = (w: Word): boolean => w.pos === 'NE';
export const isFullVerb = (w: Word): boolean => w.pos.startsWith('VV');
export const isVerb = (w: Word): boolean => w.pos.startsWith('V');
export const isPreposition = (w: Word): boolean =>
  w.pos === 'APPR' || w.pos === 'APPRART' || w.pos === 'APPO';
/** Articles, attributive adjectives, possessives and numbers: what stands inside a noun phrase before its head. */
export const isNounModifier = (w: Word): boolean =>
  w.pos === 'ART' ||
  w.pos === 'ADJA' ||
  w.pos === 'PPOSAT' ||
  w.pos === 'PDAT' ||
  w.pos === 'PIAT' ||
  w.pos === 'CARD' ||
  w.pos === 'ADV';

/** Clause boundaries: commas, colons, semicolons, dashes and sentence ends. */
export function isClauseBreak(w: Word): boolean {
  if (w.pos === '$,' || w.pos === '$.') return true;
  return w.pos === '$(' && /^[–—-]$|^[()]$/.test(w.surface);
}

/** List segments are clauses further cut at coordinating conjunctions: "SPD 31 %, CDU 27,8 % und Grüne 12 %". */
export function isSegmentBreak(w: Word): boolean {
  return isClauseBreak(w) || w.pos === 'KON';
}

/** The half-open word range `[from, to)` of the clause (or segment) around word `i`. */
export function spanAround(
  sentence: SentenceView,
  i: number,
  isBreak: (w: Word) => boolean,
): [number, number] {
  const words = sentence.words;
  let from = i;
  while (from > 0 && !isBreak(words[from - 1]!)) from--;
  let to = i + 1;
  while (to < words.length && !isBreak(words[to]!)) to++;
  return [from, to];
}

/** For a text with no tags (tests, untagged input): capitalised words count as nouns. */
function untaggedPos(surface: string): string {
  if (/^[,;]$/.test(surface)) return '$,';
  if (/^[.!?:]$/.test(surface)) return '$.';
  if (/^\d/.test(surface)) return 'CARD';
  return /^\p{Lu}/u.test(surface) ? 'NN' : '';
}

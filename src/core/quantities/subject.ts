import type { Span } from '../contract/types.js';
import { FUNCTION_WORDS, GENITIVE_ARTICLES, SUBJECT_LINK_WORDS } from './context-words.js';
import type { Lexicon } from './lexicon.js';
import type { Quantity } from './extract.js';
import { isUpper, previousWord, skipSpaces, wordAt, type WordSpan } from './text-scan.js';

/** Whether the word at `start` is a noun (from POS tags when present, else German capitalisation). */
export type NounTest = (start: number, word: string) => boolean;

const ADJECTIVE = /^[\p{Ll}][\p{L}-]*(?:e|en|er|es|em)$/u;
const OF_WORDS = new Set(['von', 'of', 'der', 'des']);

/**
 * The noun phrase a quantity is about.
 * - A count or share is about the noun after it: "10.000 (nordkoreanische) Soldaten",
 *   "Hunderte von Zielen", "5 Prozent der Stimmen".
 * - A measure followed by a noun names both: "1.000 Quadratkilometer Territorium".
 * - Otherwise the subject comes before the number, joined by a verb or preposition:
 *   "die Reichweite (des ATACMS) beträgt 100 km", "eine Reichweite von 300 km".
 */
export function findSubject(
  text: string,
  q: Quantity,
  lex: Lexicon,
  isNoun: NounTest,
  sentences: readonly Span[] | undefined,
): (Span & { text: string }) | null {
  const measure = q.unit !== null && q.unit.dim !== 'percent';
  const right = nounPhraseAfter(text, q.end, isNoun, !measure);
  if (right) {
    const start = measure && q.unitSpan ? q.unitSpan.start : right.start;
    return { start, end: right.end, text: text.slice(start, right.end) };
  }
  if (q.ordinal) return null;
  const left = nounBefore(text, q.start, isNoun, sentenceStart(text, q.start, sentences));
  void lex;
  return left ? { start: left.start, end: left.end, text: left.text } : null;
}

function isNounWord(w: WordSpan, isNoun: NounTest): boolean {
  return isUpper(w.text[0]) && !FUNCTION_WORDS.has(w.text.toLowerCase()) && isNoun(w.start, w.text);
}

/** Adjectives then a noun, right after `pos` (spaces only between). */
function nounPhraseAfter(text: string, pos: number, isNoun: NounTest, allowOf: boolean): Span | null {
  let at = skipSpaces(text, pos);
  let start = -1;
  for (let i = 0; i < 4; i++) {
    const w = wordAt(text, at);
    if (!w) return null;
    const lower = w.text.toLowerCase();
    if (isNounWord(w, isNoun)) return { start: start < 0 ? w.start : start, end: w.end };
    if (allowOf && start < 0 && i === 0 && OF_WORDS.has(lower)) {
      at = skipSpaces(text, w.end);
      continue;
    }
    if (!ADJECTIVE.test(w.text)) return null;
    if (start < 0) start = w.start;
    at = skipSpaces(text, w.end);
  }
  return null;
}

function sentenceStart(text: string, pos: number, sentences: readonly Span[] | undefined): number {
  if (sentences && sentences.length > 0) {
    for (const s of sentences) if (s.start <= pos && pos < s.end) return s.start;
  }
  const limit = Math.max(0, pos - 200);
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i]!;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && isUpper(text[i + 2]))) return i + 1;
  }
  return limit;
}

/** The noun before a quantity, past linking words ("beträgt", "liegt bei", "von") and a genitive ("des ATACMS"). */
function nounBefore(text: string, pos: number, isNoun: NounTest, floor: number): WordSpan | null {
  let cursor = pos;
  let w = previousWord(text, cursor);
  let links = 0;
  while (w && w.start >= floor && SUBJECT_LINK_WORDS.has(w.text.toLowerCase()) && links < 4) {
    cursor = w.start;
    w = previousWord(text, cursor);
    links++;
  }
  // "in Höhe von": a fixed linking phrase with a noun inside.
  if (w && w.text === 'Höhe') {
    const inWord = previousWord(text, w.start);
    if (inWord?.text === 'in') w = previousWord(text, inWord.start);
  }
  if (!w || w.start < floor || !isNounWord(w, isNoun)) return null;
  // "die Reichweite des ATACMS beträgt": the head is the noun before the genitive.
  const article = previousWord(text, w.start);
  if (article && article.start >= floor && GENITIVE_ARTICLES.has(article.text) && links > 0) {
    const head = previousWord(text, article.start);
    if (head && head.start >= floor && isNounWord(head, isNoun)) return head;
  }
  return w;
}

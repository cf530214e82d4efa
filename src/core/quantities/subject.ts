import type { Span } from '../contract/types.js';
import calendarData from '../dates/data/calendar.json' with { type: 'json' };
import {
  ATTRIBUTE_PREPOSITIONS,
  FUNCTION_WORDS,
  GENITIVE_ARTICLES,
  NOT_ADJECTIVES,
  NOT_VERBS,
  SUBJECT_LINK_WORDS,
  TIME_NOUNS,
  TIME_PREPOSITIONS,
} from './context-words.js';
import type { Lexicon } from './lexicon.js';
import type { Quantity } from './extract.js';
import { sentenceAt } from './sentence-at.js';
import { isUpper, previousWord, skipSpaces, wordAt, type WordSpan } from './text-scan.js';

/** Whether the word at `start` is a noun (from POS tags when present, else German capitalisation). */
export type NounTest = (start: number, word: string) => boolean;

const TYPE_WORDS = new Set([
  'Typ',
  'Typs',
  'Modell',
  'Modells',
  'Klasse',
  'Marke',
  'Baureihe',
  'Sorte',
]);
const ADJECTIVE_SHAPE = /^[\p{Ll}][\p{L}-]{2,}(?:e|en|er|es|em)$/u;
const isAdjective = (w: string): boolean => ADJECTIVE_SHAPE.test(w) && !NOT_ADJECTIVES.has(w);
const DATE_WORDS = new Set([
  ...Object.keys(calendarData.months),
  ...Object.keys(calendarData.weekdays),
]);
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
  floor = 0,
): (Span & { text: string }) | null {
  const measure = q.unit !== null && q.unit.dim !== 'percent';
  const isNumberWord = (at: number): boolean =>
    lex.words.vague.matchAt(text, at) !== null || lex.words.multipliers.matchAt(text, at) !== null;
  const right = nounPhraseAfter(text, q.end, isNoun, !measure, isNumberWord);
  if (right) {
    const start = measure && q.unitSpan ? q.unitSpan.start : right.start;
    return { start, end: right.end, text: text.slice(start, right.end) };
  }
  if (q.ordinal) return null;
  // Durations rarely have a subject before them ("Die Wende kommt zwei Monate bevor …").
  const allowVerb = q.unit === null || q.unit.dim !== 'duration';
  const left = nounBefore(
    text,
    q.start,
    isNoun,
    Math.max(floor, sentenceStart(text, q.start, sentences)),
    allowVerb,
  );
  return left ? { start: left.start, end: left.end, text: left.text } : null;
}

function isNounWord(w: WordSpan, isNoun: NounTest): boolean {
  const lower = w.text.toLowerCase();
  return (
    isUpper(w.text[0]) &&
    !FUNCTION_WORDS.has(lower) &&
    !DATE_WORDS.has(lower) &&
    isNoun(w.start, w.text)
  );
}

/** Adjectives then a noun, right after `pos` (spaces only between). */
function nounPhraseAfter(
  text: string,
  pos: number,
  isNoun: NounTest,
  allowOf: boolean,
  isNumberWord: (at: number) => boolean,
): Span | null {
  let at = skipSpaces(text, pos);
  let start = -1;
  for (let i = 0; i < 4; i++) {
    const w = wordAt(text, at);
    if (!w) return null;
    const lower = w.text.toLowerCase();
    if (isNounWord(w, isNoun)) {
      // "der Stärke 7,1 stürzten Dutzende Gebäude ein": a number word is not what is counted.
      if (isNumberWord(w.start)) return null;
      return { start: start < 0 ? w.start : start, end: coordinatedEnd(text, w.end) };
    }
    if (allowOf && start < 0 && i === 0 && OF_WORDS.has(lower)) {
      at = skipSpaces(text, w.end);
      continue;
    }
    if (!isAdjective(w.text)) return null;
    if (start < 0) start = w.start;
    at = skipSpaces(text, w.end);
  }
  return null;
}

/** "Staats- und Regierungschefs": a truncated first part joins the compound after "und"/"oder". */
function coordinatedEnd(text: string, end: number): number {
  if (text[end] !== '-') return end;
  const m = /^-\s+(?:und|oder|bis)\s+/.exec(text.slice(end, end + 12));
  if (!m) return end;
  const next = wordAt(text, end + m[0].length);
  return next ? next.end : end;
}

function sentenceStart(text: string, pos: number, sentences: readonly Span[] | undefined): number {
  const sentence = sentences ? sentenceAt(sentences, pos) : undefined;
  if (sentence) return sentence.start;
  const limit = Math.max(0, pos - 200);
  for (let i = pos - 1; i >= limit; i--) {
    const c = text[i]!;
    if (
      c === '\n' ||
      ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && isUpper(text[i + 2]))
    )
      return i + 1;
  }
  return limit;
}

/** The noun before a quantity, past linking words ("beträgt", "liegt bei", "von"), dates ("im Oktober") and attributes ("des ATACMS", "zur Regierung"). */
function nounBefore(
  text: string,
  pos: number,
  isNoun: NounTest,
  floor: number,
  allowVerb: boolean,
): WordSpan | null {
  let w = previousWord(text, pos);
  let links = 0;
  let unknownUsed = !allowVerb;
  for (let steps = 0; w && w.start >= floor && steps < 6; steps++) {
    const lower = w.text.toLowerCase();
    // Link words are verbs and prepositions, written in lower case ("Kosten" is a noun, "kosten" a verb).
    if (SUBJECT_LINK_WORDS.has(lower) && !isUpper(w.text[0])) links++;
    else if (DATE_WORDS.has(lower) || TIME_NOUNS.has(w.text.toLowerCase())) {
      // "stieg im Oktober auf", "sinken in der Nacht auf": skip the time and its preposition.
      for (let k = 0; k < 3; k++) {
        const prep = previousWord(text, w.start);
        if (!prep || isUpper(prep.text[0]) || !TIME_PREPOSITIONS.has(prep.text)) break;
        w = prep;
      }
    } else if (
      !unknownUsed &&
      !isUpper(w.text[0]) &&
      !NOT_VERBS.has(lower) &&
      !isAdjective(w.text)
    ) {
      // One finite verb we do not list ("Der Marschflugkörper fliegt rund 250 km").
      const before = previousWord(text, w.start);
      if (!before || !isNounWord(before, isNoun)) break;
      unknownUsed = true;
      links++;
    } else break;
    w = previousWord(text, w.start);
  }
  // "in Höhe von": a fixed linking phrase with a noun inside.
  if (w && w.text === 'Höhe') {
    const inWord = previousWord(text, w.start);
    if (inWord?.text === 'in') w = previousWord(text, inWord.start);
  }
  if (!w || w.start < floor || !isNounWord(w, isNoun)) return null;
  // "Ein Kampfjet vom Typ Eurofighter kostet": the model name belongs to the noun before it.
  const kindWord = previousWord(text, w.start);
  if (kindWord && TYPE_WORDS.has(kindWord.text)) {
    const prep = previousWord(text, kindWord.start);
    const head =
      prep && /^(?:vom|von|der|des)$/.test(prep.text) ? previousWord(text, prep.start) : null;
    if (head && head.start >= floor && isNounWord(head, isNoun)) return head;
  }
  if (links === 0) return w;
  // "die Reichweite (der neuen Raketen) beträgt", "die Zustimmung zur Regierung sank": the head comes first.
  let before = previousWord(text, w.start);
  while (before && before.start >= floor && isAdjective(before.text))
    before = previousWord(text, before.start);
  if (
    before &&
    before.start >= floor &&
    (GENITIVE_ARTICLES.has(before.text) || ATTRIBUTE_PREPOSITIONS.has(before.text))
  ) {
    const head = previousWord(text, before.start);
    if (head && head.start >= floor && isNounWord(head, isNoun)) return head;
  }
  return w;
}

import type { DocumentRecord, FrameSourceRecord, Span } from '../contract/types.js';
import { derivedBase, nameKey } from '../entities/index.js';
import { keyOfWord } from './attribute.js';
import { SOURCE_ADJECTIVE_NOUNS, SOURCE_CUES, SOURCE_VERBS } from './lexicon.js';
import type { Names } from './names.js';
import {
  isClauseBreak,
  isNoun,
  isNounModifier,
  spanAround,
  type DocView,
  type SentenceView,
  type Word,
} from './view.js';

/** Verbs of saying that make "wie die Polizei mitteilte" name a source. */
const SAYING = new Set([
  'mitteilen',
  'sagen',
  'erklären',
  'berichten',
  'melden',
  'bestätigen',
  'angeben',
]);
/** Articles, whatever the tagger calls them ("der" is also a relative pronoun). */
const ARTICLES = /^(?:der|die|das|des|dem|den|ein|eine|eines|einer|einem|einen)$/;
/** How many words after "wie" its verb of saying may come. */
const WIE_REACH = 7;

/**
 * Who the figures of a sentence come from: "nach Angaben der Polizei", "laut
 * Landratsamt", "der Polizei zufolge", "nach russischen Angaben", "wie das Landesamt
 * mitteilte", or the subject of a verb of estimating or reporting ("Westliche
 * Geheimdienste gehen von 12.000 Soldaten aus", "Die Stadt beziffert den Schaden …").
 * Returns the source with the span of its whole phrase, whose nouns are not bearers.
 */
export function findSource(
  view: DocView,
  sentence: SentenceView,
  names: Names,
): { source: FrameSourceRecord; phrase: Span } | null {
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "nach russischen Angaben", "nach Schätzungen westlicher Geheimdienste" is a cue phrase below.
    if (
      SOURCE_ADJECTIVE_NOUNS.has(w.lemma) &&
      words[i - 1]?.pos === 'ADJA' &&
      /^(?:nach|laut)$/.test(words[i - 2]?.lower ?? '')
    ) {
      const adjective = words[i - 1]!;
      const base = derivedBase(adjective.surface);
      return {
        source: { ...view.textOf(adjective), key: `name:${nameKey(base ?? adjective.lemma)}` },
        phrase: { start: words[i - 2]!.start, end: w.end },
      };
    }
    const cue = SOURCE_CUES.matchAt(words, i);
    if (!cue) continue;
    if (cue.key === 'before') {
      if (w.lower === 'wie' && !sayingFollows(words, i)) continue;
      const np = phraseFrom(words, i + cue.length);
      if (!np) continue;
      return result(view, names, words, np, { start: w.start, end: words[np[1] - 1]!.end });
    }
    if (cue.key === 'after') {
      const np = phraseBefore(words, i);
      if (!np) continue;
      return result(view, names, words, np, { start: words[np[0]]!.start, end: w.end });
    }
  }
  const verb = words.find(
    (w) =>
      w.pos.startsWith('VV') &&
      (SOURCE_VERBS.has(w.lemma) ||
        (w.lemma === 'gehen' && words.some((p) => p.pos === 'PTKVZ' && p.lower === 'aus'))),
  );
  if (verb && verb.i > 0) {
    // The subject of the verb's own clause: "…, wo der DWD eine Böe von 171 km/h registrierte".
    const clauseStart = spanAround(sentence, verb.i, isClauseBreak)[0];
    let np = phraseFrom(words, firstNoun(words, clauseStart));
    // "Den Schaden schätzt die Stadt auf …": a fronted measured noun is the object; the subject follows the verb.
    if (np && np[1] <= verb.i && isMeasured(words, np)) np = phraseFrom(words, verb.i + 1);
    if (np && (np[1] <= verb.i || np[0] === verb.i + 1) && !isMeasured(words, np)) {
      return result(view, names, words, np, {
        start: words[np[0]]!.start,
        end: words[np[1] - 1]!.end,
      });
    }
  }
  return null;
}

/** The source a quotation's speaker gives to the figures inside it. */
export function quoteSource(doc: DocumentRecord, span: Span): FrameSourceRecord | null {
  for (const q of doc.quotes) {
    if (!q.speaker || span.start < q.content.start || span.end > q.content.end) continue;
    const article = /^(?:der|die|das|des|dem|den)\s+/i.exec(q.speaker.text)?.[0].length ?? 0;
    const text = q.speaker.text.slice(article);
    const start = q.speaker.start + article;
    const key = nameKey(q.speaker.antecedent?.text ?? text);
    return { start, end: q.speaker.end, text, key: `name:${key}` };
  }
  return null;
}

function result(
  view: DocView,
  names: Names,
  words: readonly Word[],
  range: [number, number],
  phrase: Span,
): { source: FrameSourceRecord; phrase: Span } {
  const to = range[1];
  let from = range[0];
  // "nach Angaben der Polizei": the source is "Polizei", without its article.
  while (from < to - 1 && (words[from]!.pos === 'ART' || ARTICLES.test(words[from]!.lower))) from++;
  let head = to - 1;
  while (head > from && !isNoun(words[head]!)) head--;
  const span = { start: words[from]!.start, end: words[to - 1]!.end };
  const named = names.at(words[head]!.start, words[head]!.end);
  const key = named ? named.key : `noun:${words[head]!.lemma}`;
  return { source: { ...view.textOf(span), key }, phrase };
}

/** Articles and adjectives then nouns from word `i`, and a genitive after them ("der Polizei", "des Landesamts für Umwelt"). */
function phraseFrom(words: readonly Word[], i: number): [number, number] | null {
  let k = i;
  let nouns = 0;
  while (k < words.length && (isNounModifier(words[k]!) || isNoun(words[k]!))) {
    if (isNoun(words[k]!)) nouns++;
    else if (nouns > 0) break;
    k++;
  }
  if (nouns === 0) return null;
  if (words[k]?.pos === 'ART' && /^(?:des|der)$/.test(words[k]!.lower)) {
    const genitive = phraseFrom(words, k);
    if (genitive) k = genitive[1];
  }
  return [i, k];
}

/** The noun phrase that ends right before word `i` ("der Polizei zufolge"). */
function phraseBefore(words: readonly Word[], i: number): [number, number] | null {
  let k = i;
  while (k > 0 && (isNoun(words[k - 1]!) || isNounModifier(words[k - 1]!))) k--;
  return k < i && words.slice(k, i).some(isNoun) ? [k, i] : null;
}

function isMeasured(words: readonly Word[], [from, to]: [number, number]): boolean {
  for (let k = from; k < to; k++) if (isNoun(words[k]!) && keyOfWord(words, k)) return true;
  return false;
}

function firstNoun(words: readonly Word[], from = 0): number {
  let i = from;
  while (i < words.length && !isNoun(words[i]!) && !isNounModifier(words[i]!)) i++;
  return i;
}

function sayingFollows(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + WIE_REACH); k++) {
    if (SAYING.has(words[k]!.lemma)) return true;
  }
  return false;
}

import type { Doc } from '../doc.js';
import type { EntityMentionRecord, SentenceRecord, TokenRecord } from '../contract/types.js';

/**
 * A word or punctuation mark as the quote finder sees it. The finder scans the
 * text itself so it works before (or without) the tokenizer; when `doc.tokens`
 * carries tags for a token starting at the same offset, they are copied over.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  upos?: string;
  xpos?: string;
  lemma?: string;
  /** Index in the sentence list of the sentence this word lies in. */
  sentence: number;
  /** No letter or digit: punctuation or a symbol. Set by scanWords; computed when absent. */
  punct?: boolean;
}

const WORD_PATTERN =
  /[\p{L}\p{N}][\p{L}\p{N}-]*-(?=\s+(?:und|oder|sowie|bzw\.?)\s)|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?\.?|\.{3}|[^\s\p{L}\p{N}]/gu;

/** Abbreviation-like words keep their full stop; any other word gives it back as punctuation. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const KEEPS_PERIOD =
  /^(?:\p{L}|bzw|ca|dr|prof|nr|vgl|evtl|ggf|usw|etc|inkl|str|st|jr|sen|jun|mio|mrd|sog|ehem|hrsg|gen|lt|abs|tel|bspw|zzgl|zB|Mr|Mrs|Ms|Fr|Hr)\.$/iu;

/** Tags a name word may wrongly get: "Kühn/ADJ", "Wolf/NOUN" is fine, "Lang/ADV", "Weiß/VERB". */
const NAME_OVERRIDES = new Set(['ADJ', 'ADV', 'VERB', 'AUX', 'X', 'INTJ']);

export function scanWords(
  text: string,
  sentences: readonly SentenceRecord[],
  tokens: readonly TokenRecord[],
  entities: readonly EntityMentionRecord[] = [],
): Word[] {
  const tagged = new Map<number, TokenRecord>();
  for (const t of tokens) if (t.upos || t.xpos || t.lemma) tagged.set(t.start, t);
  // Many German surnames are also adjectives or verbs ("Kühn", "Lang", "Wolf", "Fröhlich"):
  // a tagger reads "Kühn sagte" as an adjective, while NER, which sees the name "Anna
  // Kühn" in the report, tags it as a person. A capitalised word inside a person or
  // organisation name counts as a proper noun whatever the tagger said.
  const names = entities.filter((e) => (e.type === 'PER' || e.type === 'ORG') && e.form === 'name');
  const words: Word[] = [];
  let sentence = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    let value = match[0];
    const start = match.index;
    const pieces: string[] = [value];
    if (value.length > 1 && value.endsWith('.') && value !== '...' && !KEEPS_PERIOD.test(value)) {
      value = value.slice(0, -1);
      pieces.splice(0, 1, value, '.');
    }
    let offset = start;
    for (const piece of pieces) {
      while (sentence < sentences.length - 1 && offset >= sentences[sentence]!.end) sentence++;
      const word: Word = {
        start: offset,
        end: offset + piece.length,
        text: piece,
        lower: piece.toLowerCase(),
        sentence,
        // Asked many times of each word by the finders: decided once here.
        punct: !LETTER_OR_DIGIT.test(piece),
      };
      const tag = tagged.get(offset);
      if (tag) {
        if (tag.upos) word.upos = tag.upos;
        if (
          word.upos &&
          NAME_OVERRIDES.has(word.upos) &&
          /^\p{Lu}\p{Ll}/u.test(piece) &&
          names.some((e) => e.start <= offset && offset + piece.length <= e.end)
        )
          word.upos = 'PROPN';
        if (tag.xpos) word.xpos = tag.xpos;
        if (tag.lemma) word.lemma = tag.lemma;
      }
      words.push(word);
      offset += piece.length;
    }
  }
  return words;
}

/**
 * Sentence spans: the document's own when a segmenter has run, otherwise a simple
 * split at line breaks and at `.!?` followed by a space and an upper-case letter or
 * an opening quotation mark.
 */
export function sentenceSpans(doc: Pick<Doc, 'text' | 'sentences'>): SentenceRecord[] {
  if (doc.sentences.length > 0) return [...doc.sentences].sort((a, b) => a.start - b.start);
  const spans: SentenceRecord[] = [];
  const text = doc.text;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const boundary = /\n+|[.!?]["“”»«']?(?=\s+["„“»«‚']?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    // "z. B." or "Dr. Müller" are not sentence ends.
    if (!m[0].startsWith('\n')) {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:^|\s)(?:\p{L}|Dr|Nr|St|Prof|ca|bzw|vgl|Jr)$/u.test(before)) continue;
    }
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isPunct(word: Word): boolean {
  return word.punct ?? !LETTER_OR_DIGIT.test(word.text);
}

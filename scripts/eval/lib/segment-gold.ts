/**
 * Builds raw-text evaluation documents from UD CoNLL-U files for segmentation
 * scoring: the `# text` lines joined by a single space (one stream, or one
 * document per `# newdoc`), with gold sentence and surface-token spans.
 */
import { alignTokens, type ConlluSentence } from './conllu.js';

export interface Span {
  start: number;
  end: number;
}

export interface GoldDocument {
  id: string;
  text: string;
  sentences: Span[];
  tokens: Span[];
}

/** One document per `# newdoc` (or a single stream when `byDocument` is false or there are none). */
export function buildGoldDocuments(
  sentences: readonly ConlluSentence[],
  byDocument: boolean,
): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let current: GoldDocument | null = null;
  for (const sentence of sentences) {
    if (current === null || (byDocument && sentence.newdoc)) {
      current = { id: sentence.docId ?? sentence.id, text: '', sentences: [], tokens: [] };
      documents.push(current);
    }
    if (current.text.length > 0) current.text += ' ';
    const offset = current.text.length;
    current.text += sentence.text;
    current.sentences.push({ start: offset, end: offset + sentence.text.length });
    for (const span of alignTokens(sentence).spans) {
      current.tokens.push({ start: offset + span.start, end: offset + span.end });
    }
  }
  return documents;
}

export interface Score {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span precision, recall and F1. */
export function scoreSpans(gold: readonly Span[], predicted: readonly Span[]): Score {
  const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}`));
  let correct = 0;
  for (const s of predicted) if (goldKeys.has(`${s.start}:${s.end}`)) correct++;
  return makeScore(gold.length, predicted.length, correct);
}

export function makeScore(gold: number, predicted: number, correct: number): Score {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

export function addScores(scores: readonly Score[]): Score {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const s of scores) {
    gold += s.gold;
    predicted += s.predicted;
    correct += s.correct;
  }
  return makeScore(gold, predicted, correct);
}

/** Intl.Segmenter spans with surrounding whitespace trimmed (empty segments dropped). */
export function intlSentenceSpans(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const segment of segmenter.segment(text)) {
    const span = trimSpan(text, segment.index, segment.index + segment.segment.length);
    if (span) spans.push(span);
  }
  return spans;
}

/** Intl.Segmenter word segments that are not whitespace. */
export function intlTokenSpans(text: string, lang: string): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const spans: Span[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.segment.trim() === '') continue;
    spans.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}

/**
 * UD German splits hyphenated compounds ("US-Beamte" → "US" "-" "Beamte",
 * "Keim- und" → "Keim" "-" "und"); crosscheck keeps them whole by design
 * (docs/segmentation.md). This merges such gold pieces into one span so that a
 * second token score measures everything except that one deliberate difference.
 */
export function mergeHyphenatedCompounds(text: string, tokens: readonly Span[]): Span[] {
  const merged: Span[] = [];
  const alnum = /[\p{L}\p{N}]/u;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const isHyphen = text.slice(token.start, token.end) === '-';
    const previous = merged[merged.length - 1];
    if (
      isHyphen &&
      previous &&
      previous.end === token.start &&
      alnum.test(text[previous.end - 1]!)
    ) {
      previous.end = token.end;
      const next = tokens[k + 1];
      if (next && next.start === token.end && alnum.test(text[next.start]!)) {
        previous.end = next.end;
        k++;
      }
      continue;
    }
    merged.push({ start: token.start, end: token.end });
  }
  return merged;
}

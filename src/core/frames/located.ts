import type { Span } from '../contract/types.js';
import { isClauseBreak, spanAround, wordRange, type DocView, type SentenceView } from './view.js';

/** A value (quantity or date) placed among the words of its sentence. */
export interface Located {
  view: DocView;
  sentence: SentenceView;
  /** First and last word of the value. */
  first: number;
  last: number;
  /** Half-open word range of the clause around the value. */
  clause: [number, number];
}

export function locate(view: DocView, span: Span): Located | null {
  const sentence = view.sentenceAt(span.start);
  if (!sentence || sentence.words.length === 0) return null;
  const [first, last] = wordRange(sentence, span);
  if (first >= sentence.words.length) return null;
  return { view, sentence, first, last, clause: spanAround(sentence, first, isClauseBreak) };
}

/** Word indices of the clause, nearest to the value first (after before before at equal distance). */
export function byDistance(loc: Located): number[] {
  const order: number[] = [];
  const [from, to] = loc.clause;
  for (let d = 1; d < to - from + 1; d++) {
    const after = loc.last + d;
    const before = loc.first - d;
    if (after < to) order.push(after);
    if (before >= from) order.push(before);
  }
  return order;
}

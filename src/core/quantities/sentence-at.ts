import type { Span } from '../contract/types.js';

/** The sentence containing `pos` (sentences sorted and disjoint), by binary search; undefined when none. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

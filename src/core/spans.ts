import type { Span } from './contract/types.js';

/**
 * Binary searches over layers of ordered, non-overlapping spans (tokens,
 * sentences, entity mentions). Finders that look up "the words inside this
 * quote" or "the sentence at this offset" use these instead of scanning the
 * whole layer, so their cost grows with the document, not with its square.
 */

/** Index of the first span that starts at or after `offset`; `spans.length` when none does. */
export function firstStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first span that ends at or after `offset`; `spans.length` when none does. */
export function firstEndingAtOrAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans that lie wholly inside `[outer.start, outer.end)`, in order. */
export function spansWithin<T extends Span>(spans: readonly T[], outer: Span): T[] {
  const found: T[] = [];
  for (let i = firstStartingAtOrAfter(spans, outer.start); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= outer.end) break;
    if (span.end <= outer.end) found.push(span);
  }
  return found;
}

/** The spans that overlap `[span.start, span.end)`, in order. */
export function spansOverlapping<T extends Span>(spans: readonly T[], span: Span): T[] {
  let i = firstStartingAtOrAfter(spans, span.start);
  // Spans do not overlap each other, so only the few just before can reach into `span`.
  while (i > 0 && spans[i - 1]!.end > span.start) i--;
  const found: T[] = [];
  for (; i < spans.length && spans[i]!.start < span.end; i++) {
    if (spans[i]!.end > span.start) found.push(spans[i]!);
  }
  return found;
}

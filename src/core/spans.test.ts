import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from './contract/types.js';
import {
  firstEndingAtOrAfter,
  firstStartingAtOrAfter,
  spansOverlapping,
  spansWithin,
} from './spans.js';

/** Ordered, non-overlapping spans from gaps and lengths. */
const layer = fc
  .array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 30 })
  .map((parts) => {
    let at = 0;
    return parts.map(([gap, length]): Span => {
      const start = at + gap;
      at = start + length;
      return { start, end: at };
    });
  });
const query = fc
  .tuple(fc.nat(200), fc.nat(40))
  .map(([start, length]) => ({ start, end: start + length }));

describe('span search agrees with a plain scan', () => {
  it('for every layer and query', () => {
    fc.assert(
      fc.property(layer, query, (spans, q) => {
        const first = spans.findIndex((s) => s.start >= q.start);
        expect(firstStartingAtOrAfter(spans, q.start)).toBe(first === -1 ? spans.length : first);
        const firstEnd = spans.findIndex((s) => s.end >= q.start);
        expect(firstEndingAtOrAfter(spans, q.start)).toBe(
          firstEnd === -1 ? spans.length : firstEnd,
        );
        expect(spansWithin(spans, q)).toEqual(
          spans.filter((s) => s.start >= q.start && s.end <= q.end),
        );
        expect(spansOverlapping(spans, q)).toEqual(
          spans.filter((s) => s.start < q.end && s.end > q.start),
        );
      }),
    );
  });
});

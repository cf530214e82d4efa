import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextSpan } from '../contract/types.js';
import { splitSentences } from '../segment/split-sentences.js';
import { newsReport, newsText, PROPERTY_RUNS, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../tokenize/tokenize.js';
import { findQuotes } from './find-quotes.js';

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

describe('findQuotes, on generated news text with speech cues and quotation marks', () => {
  it('gives quotes in order of their content, each inside the text, content inside the quote, and text spans that are slices', () => {
    fc.assert(
      fc.property(fc.oneof(newsText(20), newsReport()), (raw) => {
        const text = normalizeText(raw);
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        const quotes = findQuotes({ text, tokens, sentences, entities: [] });
        expect(spanViolation(quotes, text.length, { overlap: true })).toBeNull();
        expect(
          spanViolation(
            quotes.map((q) => q.content),
            text.length,
            { overlap: true, empty: true },
          ),
        ).toBeNull();
        const textSpans: TextSpan[] = [];
        for (const q of quotes) {
          expect(within(q.content, q), `content of ${q.start}-${q.end}`).toBe(true);
          // This found a verbatim part opened with ‚ and never closed that ran one character
          // past the content, taking in the full stop (fixed since).
          for (const part of q.quoted ?? []) expect(within(part, q.content)).toBe(true);
          if (q.cue) textSpans.push(q.cue, ...(q.cue.parts ?? []));
          if (q.cue?.particle) textSpans.push(q.cue.particle);
          if (q.cue?.auxiliary) textSpans.push(q.cue.auxiliary);
          if (q.speaker) textSpans.push(q.speaker);
          if (q.speaker?.antecedent) textSpans.push(q.speaker.antecedent);
        }
        for (const span of textSpans) {
          expect(spanViolation([span], text.length)).toBeNull();
          expect(span.text).toBe(text.slice(span.start, span.end));
        }
        expect(findQuotes({ text, tokens, sentences, entities: [] })).toEqual(quotes);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

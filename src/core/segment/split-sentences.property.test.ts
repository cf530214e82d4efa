import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, PROPERTY_RUNS, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../tokenize/tokenize.js';
import { splitSentences } from './split-sentences.js';

describe('splitSentences, on generated news text', () => {
  it('gives ordered, non-overlapping sentences that start and end on tokens and hold every token once', () => {
    fc.assert(
      fc.property(newsText(24), (raw) => {
        const text = normalizeText(raw);
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        expect(spanViolation(sentences, text.length)).toBeNull();
        const starts = new Set(tokens.map((t) => t.start));
        const ends = new Set(tokens.map((t) => t.end));
        let s = 0;
        for (const token of tokens) {
          while (s < sentences.length && sentences[s]!.end <= token.start) s++;
          const sentence = sentences[s];
          if (!sentence || token.start < sentence.start || token.end > sentence.end)
            expect.fail(`token ${token.start}-${token.end} is in no sentence`);
        }
        for (const sentence of sentences) {
          expect(starts.has(sentence.start) && ends.has(sentence.end)).toBe(true);
        }
        // Deterministic: the same text and tokens give the same sentences.
        expect(splitSentences(text, tokens)).toEqual(sentences);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

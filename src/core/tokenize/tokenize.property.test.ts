import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, PROPERTY_RUNS, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from './tokenize.js';

describe('tokenize, on generated news text', () => {
  it('gives ordered, non-overlapping, non-empty tokens in range that cover every non-space character', () => {
    fc.assert(
      fc.property(newsText(), (raw) => {
        const text = normalizeText(raw);
        const tokens = tokenize(text);
        expect(spanViolation(tokens, text.length)).toBeNull();
        const covered = new Uint8Array(text.length);
        for (const t of tokens) {
          expect(text.slice(t.start, t.end).trim()).not.toBe('');
          covered.fill(1, t.start, t.end);
        }
        for (let i = 0; i < text.length; i++) {
          if (!covered[i] && /\S/u.test(text[i]!))
            expect.fail(`character ${i} ${JSON.stringify(text[i])} is in no token`);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('is deterministic and moves its offsets with leading white space', () => {
    fc.assert(
      fc.property(newsText(), fc.constantFrom(' ', '\n', '\n\n', '  \t'), (raw, lead) => {
        const text = normalizeText(raw);
        const tokens = tokenize(text);
        expect(tokenize(text)).toEqual(tokens);
        const shifted = tokenize(lead + text).map((t) => ({
          ...t,
          start: t.start - lead.length,
          end: t.end - lead.length,
        }));
        expect(shifted).toEqual(tokens);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

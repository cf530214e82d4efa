import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, PROPERTY_RUNS, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../tokenize/tokenize.js';
import { splitSentences } from '../segment/split-sentences.js';
import { extractQuantities } from './extract.js';

const finiteOrNull = (value: number | null) => value === null || Number.isFinite(value);

describe('extractQuantities, on generated news text', () => {
  it('gives quantities in order whose text is the slice, with finite values and ordered ranges', () => {
    fc.assert(
      fc.property(
        newsText(),
        fc.constantFrom('de', 'en'),
        fc.boolean(),
        (raw, lang, withLayers) => {
          const text = normalizeText(raw);
          const options: Parameters<typeof extractQuantities>[1] = { lang };
          if (withLayers) {
            options.tokens = tokenize(text);
            options.sentences = splitSentences(text, options.tokens);
          }
          const quantities = extractQuantities(text, options);
          expect(spanViolation(quantities, text.length, { overlap: true })).toBeNull();
          for (const q of quantities) {
            expect(q.text).toBe(text.slice(q.start, q.end));
            expect(finiteOrNull(q.value)).toBe(true);
            if (q.range) {
              expect(Number.isFinite(q.range.min) && Number.isFinite(q.range.max)).toBe(true);
              expect(q.range.min).toBeLessThanOrEqual(q.range.max);
            }
            if (q.subject) {
              expect(q.subject.text).toBe(text.slice(q.subject.start, q.subject.end));
              expect(spanViolation([q.subject], text.length)).toBeNull();
            }
            if (q.normalized) expect(finiteOrNull(q.normalized.value)).toBe(true);
          }
          expect(extractQuantities(text, options)).toEqual(quantities);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

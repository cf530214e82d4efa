import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, PROPERTY_RUNS, reportDate, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { extractDates } from './extract.js';

/** The ISO 8601 forms the contract allows: year, month, ISO week, day, day with time. */
const ISO_VALUE = /^\d{4}(?:-(?:W\d{2}|\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?))?$/;

describe('extractDates, on generated news text', () => {
  it('gives dates in order whose text is the slice, with ISO values only when resolved', () => {
    fc.assert(
      fc.property(newsText(), reportDate, (raw, documentDate) => {
        const text = normalizeText(raw);
        const dates = extractDates(text, { documentDate });
        expect(spanViolation(dates, text.length, { overlap: true })).toBeNull();
        for (const date of dates) {
          expect(date.text).toBe(text.slice(date.start, date.end));
          if (date.value !== null) expect(date.value).toMatch(ISO_VALUE);
          if (date.resolved) expect(date.value).not.toBeNull();
          // A date read against the report needs a report date (or a dateline in the text).
          if (date.relative === 'event') expect(date.resolved).toBe(false);
        }
        expect(extractDates(text, { documentDate })).toEqual(dates);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('reads a day-month value as a real calendar day', () => {
    fc.assert(
      fc.property(newsText(), reportDate, (raw, documentDate) => {
        const text = normalizeText(raw);
        for (const date of extractDates(text, { documentDate })) {
          const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.value ?? '');
          if (!day) continue;
          const parsed = new Date(0);
          // setUTCFullYear, not Date.UTC: that would read years 0–99 as 1900–1999.
          parsed.setUTCFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
          expect(
            [parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()],
            date.value!,
          ).toEqual([Number(day[1]), Number(day[2]), Number(day[3])]);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

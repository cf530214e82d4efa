import { describe, expect, it } from 'vitest';
import { extractDates } from './extract.js';

/** Wednesday 12 March 2025 as the publication date. */
const DOCUMENT_DATE = '2025-03-12';

function dates(text: string) {
  return extractDates(text, { lang: 'en', documentDate: DOCUMENT_DATE }).map((d) => [
    d.text,
    d.value,
    d.granularity,
  ]);
}

describe('English dates against the publication date', () => {
  it.each([
    ['The attack came on Tuesday.', 'on Tuesday', '2025-03-11', 'day'],
    ['Talks failed last week.', 'last week', '2025-W10', 'week'],
    ['They resumed yesterday.', 'yesterday', '2025-03-11', 'day'],
    ['Troops left on March 9.', 'on March 9', '2025-03-09', 'day'],
    ['Troops left on 9 March 2025.', 'on 9 March 2025', '2025-03-09', 'day'],
    ['Troops left on Mar. 9.', 'on Mar. 9', '2025-03-09', 'day'],
    ['The ruling of 2025-03-09 stands.', '2025-03-09', '2025-03-09', 'day'],
    ['Prices rose this year.', 'this year', '2025', 'year'],
    ['Prices rose last month.', 'last month', '2025-02', 'month'],
    ['It opens next year.', 'next year', '2026', 'year'],
    ['It closed three days ago.', 'three days ago', '2025-03-09', 'day'],
    ['It happened in 2023.', 'in 2023', '2023', 'year'],
    ['It was signed on Monday, March 3, 2025.', 'March 3, 2025', '2025-03-03', 'day'],
    ['Prices have risen since May.', 'since May', '2024-05', 'month'],
    ['Two men were arrested last night.', 'last night', '2025-03-11', 'day'],
    ['The vote is tonight.', 'tonight', '2025-03-12', 'day'],
    ['It ends at the end of January.', 'at the end of January', '2025-01', 'month'],
    ['It must pass by the end of June.', 'by the end of June', '2025-06', 'month'],
  ] as const)('%s → %s', (text, span, value, granularity) => {
    expect(dates(text)).toContainEqual([span, value, granularity]);
  });

  it('does not read the modal "may" or the verb "march" as months', () => {
    expect(dates('Prices may rise and workers march on 5 may.')).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const [d] = extractDates('The attack came on Tuesday.', { lang: 'en' });
    expect(d).toMatchObject({ resolved: false, relative: 'document', value: null });
  });
});

describe('English relations', () => {
  it('reads "since" and "by the end of" as the start and end of a period', () => {
    const found = extractDates('Prices have risen since May and must fall by the end of June.', {
      lang: 'en',
      documentDate: DOCUMENT_DATE,
    });
    expect(found.map((d) => [d.text, d.relation])).toEqual([
      ['since May', 'since'],
      ['by the end of June', 'until'],
    ]);
  });
});

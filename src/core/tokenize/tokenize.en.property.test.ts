import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsText, PROPERTY_RUNS, spanViolation } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { englishTokenizerLanguage } from './language.js';
import { tokenize } from './tokenize.js';

/** Pieces where the English rules split words: clitics, possessives, hyphens, runs, units. */
const englishPieces = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "don't",
        "can't",
        'it’s',
        "James'",
        "Trump's",
        "o'clock",
        "'",
        '’',
        'cannot',
        'well-known',
        'pre-war',
        'e-mail',
        '-',
        '646-8420',
        'U.S.',
        'No.',
        'No. 5',
        'Mr.',
        'J.',
        '$2.5bn',
        '10am',
        '1990s',
        '!!',
        '?!',
        '...',
        '"',
        ',',
        '.',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', '', '\n'), { minLength: pieces.length, maxLength: pieces.length })
      .map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
  );

function check(raw: string): void {
  const text = normalizeText(raw);
  const tokens = tokenize(text, { language: englishTokenizerLanguage });
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
}

describe('tokenize, English, on generated text', () => {
  it('gives ordered, non-overlapping, non-empty tokens that cover every non-space character', () => {
    fc.assert(fc.property(englishPieces, check), { numRuns: PROPERTY_RUNS });
    fc.assert(fc.property(newsText(), check), { numRuns: Math.ceil(PROPERTY_RUNS / 10) });
  });
});

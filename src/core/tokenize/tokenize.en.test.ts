import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { englishTokenizerLanguage } from './language.js';

function show(text: string): string[] {
  return tokenize(text, { language: englishTokenizerLanguage }).map((t) =>
    text.slice(t.start, t.end),
  );
}

/** [text, tokens]: English conventions as UD English EWT writes them. */
const CASES: [string, string[]][] = [
  // Clitics are words of their own; "n't" takes its n.
  ["I don't know.", ['I', 'do', "n't", 'know', '.']],
  [
    "They can't, won't and shouldn't.",
    ['They', 'ca', "n't", ',', 'wo', "n't", 'and', 'should', "n't", '.'],
  ],
  [
    "I'm sure we'll see what they've done.",
    ['I', "'m", 'sure', 'we', "'ll", 'see', 'what', 'they', "'ve", 'done', '.'],
  ],
  ['She’d say it’s fine.', ['She', '’d', 'say', 'it', '’s', 'fine', '.']],
  ["You're right, I'd go.", ['You', "'re", 'right', ',', 'I', "'d", 'go', '.']],
  // Possessives: 's apart, and the bare apostrophe after s.
  [
    "Trump's plan and the Joneses' house",
    ['Trump', "'s", 'plan', 'and', 'the', 'Joneses', "'", 'house'],
  ],
  ["James' car", ['James', "'", 'car']],
  // Names with an apostrophe stay whole.
  ["O'Neill met D'Angelo at o'clock", ["O'Neill", 'met', "D'Angelo", 'at', "o'clock"]],
  // Fused words are split.
  ['I cannot, we gonna', ['I', 'can', 'not', ',', 'we', 'gon', 'na']],
  // Abbreviations keep their period; a sentence's period does not.
  [
    'Mr. Smith and Dr. Jones of Acme Inc. met Gov. Hochul.',
    ['Mr.', 'Smith', 'and', 'Dr.', 'Jones', 'of', 'Acme', 'Inc.', 'met', 'Gov.', 'Hochul', '.'],
  ],
  [
    'the U.S. and the U.K., e.g. in Jan. or Sept.',
    ['the', 'U.S.', 'and', 'the', 'U.K.', ',', 'e.g.', 'in', 'Jan.', 'or', 'Sept.'],
  ],
  ['Sen. Warren and Corp. lawyers', ['Sen.', 'Warren', 'and', 'Corp.', 'lawyers']],
  ['at 3 p.m. today', ['at', '3', 'p.m.', 'today']],
  // "No." is an abbreviation only before a number.
  ['It is No. 10 on the list.', ['It', 'is', 'No.', '10', 'on', 'the', 'list', '.']],
  ['The answer was no. Then', ['The', 'answer', 'was', 'no', '.', 'Then']],
  // Initials.
  ['J. K. Rowling', ['J.', 'K.', 'Rowling']],
  // Numbers, money and units.
  [
    '2.5 million, 1,000 people and 3.14%',
    ['2.5', 'million', ',', '1,000', 'people', 'and', '3.14', '%'],
  ],
  [
    '$2.5bn and £300m and €4.5 billion',
    ['$', '2.5', 'bn', 'and', '£', '300', 'm', 'and', '€', '4.5', 'billion'],
  ],
  ['at 10am, 55mph, 12ft', ['at', '10', 'am', ',', '55', 'mph', ',', '12', 'ft']],
  ['in the 1990s, the 3rd time', ['in', 'the', '1990s', ',', 'the', '3rd', 'time']],
  // A year before a period ends the sentence (no German ordinal period).
  ['It began in 2024. The war', ['It', 'began', 'in', '2024', '.', 'The', 'war']],
  ['World War II. Then', ['World', 'War', 'II', '.', 'Then']],
  // Hyphens: apart, except after a prefix and in phone numbers.
  ['a well-known, long-term plan', ['a', 'well', '-', 'known', ',', 'long', '-', 'term', 'plan']],
  [
    'pre-war e-mail from a non-profit co-founder',
    ['pre-war', 'e-mail', 'from', 'a', 'non-profit', 'co-founder'],
  ],
  ['call 713-853-3989 or 646-8420', ['call', '713-853-3989', 'or', '646-8420']],
  ['from 2005-2006', ['from', '2005', '-', '2006']],
  // A slash between numbers or two single letters joins them; between words it is a token.
  [
    '9/11, 24/7, 1/2 and 08/16/2000, b/c and/or',
    ['9/11', ',', '24/7', ',', '1/2', 'and', '08/16/2000', ',', 'b/c', 'and', '/', 'or'],
  ],
  // Runs of ! and ? are one token, as EWT writes them.
  ['Wow!! Really?!', ['Wow', '!!', 'Really', '?!']],
  // Quotes and ellipsis.
  ['"Yes," he said...', ['"', 'Yes', ',', '"', 'he', 'said', '...']],
  ["'I don't,' she said", ["'", 'I', 'do', "n't", ',', "'", 'she', 'said']],
];

describe('tokenize, English', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it('marks numbers joined by two slashes as a date, by one as a number', () => {
    const text = 'on 08/16/2000 and 24/7';
    expect(tokenize(text, { language: englishTokenizerLanguage }).map((t) => t.kind)).toEqual([
      'word',
      'date',
      'word',
      'number',
    ]);
  });

  it('is picked by lang "en" (and "en-GB")', () => {
    expect(tokenize("don't", { lang: 'en' })).toHaveLength(2);
    expect(tokenize("don't", { lang: 'en-GB' })).toHaveLength(2);
  });

  it('leaves German as it was: clitics and compounds whole, ordinal periods on the number', () => {
    const text = "Wie geht's am 3. Juni mit der Nord-Süd-Verbindung?";
    expect(tokenize(text, { lang: 'de' }).map((t) => text.slice(t.start, t.end))).toEqual([
      'Wie',
      "geht's",
      'am',
      '3.',
      'Juni',
      'mit',
      'der',
      'Nord-Süd-Verbindung',
      '?',
    ]);
  });
});

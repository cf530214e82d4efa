import { describe, expect, it } from 'vitest';
import { englishTokenizerLanguage } from '../tokenize/language.js';
import { tokenize } from '../tokenize/tokenize.js';
import { englishSegmenterLanguage } from './language.js';
import { splitSentences } from './split-sentences.js';

function sentences(text: string): string[] {
  const tokens = tokenize(text, { language: englishTokenizerLanguage });
  return splitSentences(text, tokens, { language: englishSegmenterLanguage }).map((s) =>
    text.slice(s.start, s.end),
  );
}

/** [text, sentences]: English texts written for these tests. */
const CASES: [string, string[]][] = [
  ['The dam held. Officials were relieved.', ['The dam held.', 'Officials were relieved.']],
  // Titles and initials never end a sentence.
  [
    'Mr. Smith met Dr. Jones. J. K. Rowling was not there.',
    ['Mr. Smith met Dr. Jones.', 'J. K. Rowling was not there.'],
  ],
  [
    'Sen. Elizabeth Warren and Gov. Kathy Hochul spoke on Jan. 5 in St. Louis.',
    ['Sen. Elizabeth Warren and Gov. Kathy Hochul spoke on Jan. 5 in St. Louis.'],
  ],
  // An abbreviation that can end a sentence does so before a sentence starter.
  [
    'Troops left the U.S. The base closed a day later.',
    ['Troops left the U.S.', 'The base closed a day later.'],
  ],
  ['Troops from the U.S. Army left.', ['Troops from the U.S. Army left.']],
  [
    'They sold apples, pears, etc. The market closed.',
    ['They sold apples, pears, etc.', 'The market closed.'],
  ],
  // "etc." closes an enumeration: before any capitalised word the sentence ends.
  [
    'Damage was reported in Kyiv, Odesa, Dnipro etc. Officials gave no count.',
    ['Damage was reported in Kyiv, Odesa, Dnipro etc.', 'Officials gave no count.'],
  ],
  // "a.m." does not: "Washington time" goes on.
  [
    'They spoke at 9 a.m. Washington time, and Smith et al. agreed.',
    ['They spoke at 9 a.m. Washington time, and Smith et al. agreed.'],
  ],
  // Quotations: a comma or a lower-case word after the closing mark keeps the sentence.
  [
    '"We will rebuild," he said. "It will take years."',
    ['"We will rebuild," he said.', '"It will take years."'],
  ],
  ['"Why now?" she asked. Nobody answered.', ['"Why now?" she asked.', 'Nobody answered.']],
  ['"Stop!" The crowd fell silent.', ['"Stop!"', 'The crowd fell silent.']],
  // A sentence inside a quotation stays inside it.
  [
    'He said: "The water is rising. We must leave." Then he left.',
    ['He said: "The water is rising. We must leave."', 'Then he left.'],
  ],
  // Ellipsis.
  ['We waited... Nothing happened.', ['We waited...', 'Nothing happened.']],
  // Numbers and decimals.
  [
    'Prices rose 2.5% in 2024. The bank expects 1.8% next year.',
    ['Prices rose 2.5% in 2024.', 'The bank expects 1.8% next year.'],
  ],
  // Headlines on lines of their own, without a final period.
  [
    'Floods hit Midwest\nThousands flee as river rises\n\nThe Mississippi rose overnight.',
    ['Floods hit Midwest', 'Thousands flee as river rises', 'The Mississippi rose overnight.'],
  ],
  // Web English: a sentence may start in lower case after a period.
  [
    'i am going out tonight. we can meet at the bar if you want.',
    ['i am going out tonight.', 'we can meet at the bar if you want.'],
  ],
  // Letters and e-mails: a greeting or closing formula ends at its comma before a capital.
  [
    'Please send the draft today. Best regards, Anna Berg',
    ['Please send the draft today.', 'Best regards,', 'Anna Berg'],
  ],
  ['Dear All, My name is Tom Reed.', ['Dear All,', 'My name is Tom Reed.']],
  [
    'Good Morning Debra, I have attached the file.',
    ['Good Morning Debra,', 'I have attached the file.'],
  ],
  // ... but not when the formula's words are not the whole sentence, or are lower case.
  [
    'The best regards, Anna said, are the shortest.',
    ['The best regards, Anna said, are the shortest.'],
  ],
  ['I said hi, Tom waved back.', ['I said hi, Tom waved back.']],
  ['Kind people, Tom said, help.', ['Kind people, Tom said, help.']],
  // An emoticon after final punctuation closes the sentence before it.
  [
    'We loved every bit of it. :) The staff were kind.',
    ['We loved every bit of it. :)', 'The staff were kind.'],
  ],
  // A period with no space before a capital is inside a name, not a boundary.
  ['Posted via Newsfeed.Com on Monday.', ['Posted via Newsfeed.Com on Monday.']],
];

/** [text, sentences]: a URL after final punctuation is left to the model, which starts a sentence there. */
const LINK_CASES: [string, string[]][] = [
  [
    'The gardens are well worth a visit. http://www.example.org/gardens',
    ['The gardens are well worth a visit.', 'http://www.example.org/gardens'],
  ],
];

describe('splitSentences, English', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each(LINK_CASES)('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('puts every token in exactly one sentence', () => {
    const text = CASES.map(([t]) => t).join(' ');
    const tokens = tokenize(text, { language: englishTokenizerLanguage });
    const found = splitSentences(text, tokens, { language: englishSegmenterLanguage });
    let k = 0;
    for (const sentence of found) {
      expect(tokens[k]!.start).toBe(sentence.start);
      while (k < tokens.length && tokens[k]!.end <= sentence.end) k++;
      expect(tokens[k - 1]!.end).toBe(sentence.end);
    }
    expect(k).toBe(tokens.length);
  });
});

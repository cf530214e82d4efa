// The test reads shared/seeds from disk; the module under test stays free of Node APIs.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingSharedMessage, sharedPath } from '../../node/shared-data.js';
import { findQuotes, type FoundQuote } from './find-quotes.js';

const seeds = sharedPath('seeds');
const seedFile = seeds
  ? readdirSync(seeds).find((f) => f.startsWith('000_') && f.endsWith('.txt'))
  : undefined;
if (!seedFile) console.warn(missingSharedMessage('seeds/000_*.txt'));

/** Who a quote is attributed to: the antecedent of a pronoun or inherited speaker, else the speaker as written. */
function who(q: FoundQuote): string {
  return q.speaker?.antecedent?.text ?? q.speaker?.text ?? '(none)';
}

describe.skipIf(!seedFile)('seed 000 (shared/seeds)', () => {
  const text = seedFile && seeds ? readFileSync(`${seeds}/${seedFile}`, 'utf8') : '';
  const quotes = text ? findQuotes({ text, sentences: [], tokens: [], entities: [] }) : [];
  const quoteWith = (words: string): FoundQuote | undefined =>
    quotes.find((q) => text.slice(q.content.start, q.content.end).includes(words));

  it.each([
    [
      'Zelensky, first line of the two-line quotation',
      'Strikes sind nicht mit Worten gemacht',
      'Zelensky',
    ],
    [
      'Zelensky, second line of the two-line quotation',
      'Die Raketen werden für sich sprechen',
      'Zelensky',
    ],
    [
      'the Western diplomat',
      'Ich glaube nicht, dass es entscheidend sein wird',
      'westlicher Diplomat',
    ],
    [
      'the Western diplomat, next paragraph',
      'Allerdings ist es eine überfällige symbolische Entscheidung',
      'westlicher Diplomat',
    ],
    [
      'the Western diplomat, third paragraph',
      'Es kann die Kriegskosten für Russland erhöhen',
      'westlicher Diplomat',
    ],
    ['Evelyn Farkas, inverted indirect speech', 'Es gibt auch Fragen darüber', 'Farkas'],
    [
      'Evelyn Farkas, quotation without a cue',
      'Die Frage ist natürlich, wie viele Raketen sie haben?',
      'Farkas',
    ],
    ['Evelyn Farkas, mixed speech', 'positive psychologische Wirkung', 'Farkas'],
    ['Kurt Volker', 'Durch die Einschränkung der Reichweite', 'Kurt Volker'],
    ['Kurt Volker, pronoun and nested quotation', 'vollständig willkürlich', 'Kurt Volker'],
    ['Donald Trump Jr', 'Der militärische Industriekomplex scheint', 'Donald Trump Jr'],
    ['Oleksiy Goncharenko', 'Wir machen uns Sorgen', 'Oleksiy Goncharenko'],
  ])('%s', (_name, words, speaker) => {
    const q = quoteWith(words);
    expect(q, `no quote contains "${words}"`).toBeDefined();
    expect(who(q!)).toContain(speaker);
  });

  it('keeps both lines of Zelensky’s quotation in one quote', () => {
    const q = quoteWith('Strikes sind nicht mit Worten gemacht');
    expect(text.slice(q!.content.start, q!.content.end)).toContain(
      'Die Raketen werden für sich sprechen',
    );
  });
});

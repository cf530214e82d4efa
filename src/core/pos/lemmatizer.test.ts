import { describe, expect, it } from 'vitest';
import { encodeLexicon, Lexicon } from '../lexicon/lexicon.js';
import { learnLemmaData, Lemmatizer } from './lemmatizer.js';

const lexicon = Lexicon.fromBytes(
  encodeLexicon([
    { form: 'Raketen', readings: [{ tag: 'NN', lemma: 'Rakete' }], nameTypes: [] },
    { form: 'Kreationen', readings: [{ tag: 'NN', lemma: 'Kreation' }], nameTypes: [] },
    { form: 'Trump', readings: [{ tag: 'NE', lemma: 'Trump' }], nameTypes: ['NAC'] },
    {
      form: 'geleitet',
      readings: [
        { tag: 'VVPP', lemma: 'geleiten' },
        { tag: 'VVPP', lemma: 'leiten' },
      ],
      nameTypes: [],
    },
    { form: 'sagte', readings: [{ tag: 'VVFIN', lemma: 'sagen' }], nameTypes: [] },
  ]),
);

// Suffix rules learned from a handful of (form, tag, lemma) triples: -ten → -t for VVFIN.
const data = learnLemmaData([
  { form: 'baute', tag: 'VVFIN', lemma: 'bauen', memorise: false },
  { form: 'kaufte', tag: 'VVFIN', lemma: 'kaufen', memorise: false },
  { form: 'lachte', tag: 'VVFIN', lemma: 'lachen', memorise: false },
  { form: 'Wagen', tag: 'NN', lemma: 'Wagen', memorise: true },
]);
const lemmatizer = new Lemmatizer(lexicon, data);

describe('lemmatizer', () => {
  it.each([
    ['US-ATACMS-Raketen', 'NN', 'US-ATACMS-Rakete'],
    ['Parfümkreationen', 'NN', 'Parfümkreation'],
    ['Trumps', 'NE', 'Trump'],
    ['Farkas', 'NE', 'Farkas'],
    ['Hans’', 'NE', 'Hans'],
    ['geleitet', 'VVPP', 'leiten'],
    ['sagte', 'VVFIN', 'sagen'],
    ['Sagte', 'VVFIN', 'sagen'],
    ['zeigte', 'VVFIN', 'zeigen'],
    ['die', 'ART', 'der'],
    ['Im', 'APPRART', 'in'],
    ['mich', 'PRF', 'ich'],
    ['1.200', 'CARD', '1.200'],
    ['Wagen', 'NN', 'Wagen'],
  ])('%s/%s → %s', (form, tag, lemma) => {
    expect(lemmatizer.lemmatize(form, tag)).toBe(lemma);
  });

  it('drops a genitive -s of a name only when the bare name is known', () => {
    expect(lemmatizer.lemmatize('Kowalczyks', 'NE')).toBe('Kowalczyks');
    expect(lemmatizer.lemmatize('Kowalczyks', 'NE', new Set(['Kowalczyk']))).toBe('Kowalczyk');
    expect(lemmatizer.lemmatize('Strauss', 'NE', new Set(['Straus']))).toBe('Strauss');
  });
});

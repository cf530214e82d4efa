import { describe, expect, it } from 'vitest';
import { EnglishLemmatizer, ruleLemma, suffixedToBase } from './lemmatizer.js';

describe('English lemma rules (no training data)', () => {
  it.each([
    // Plural nouns: -ies, sibilant + -es, plain -s; words that only look plural stay.
    ['cities', 'NNS', 'city'],
    ['boxes', 'NNS', 'box'],
    ['churches', 'NNS', 'church'],
    ['wishes', 'NNS', 'wish'],
    ['cars', 'NNS', 'car'],
    ['Reports', 'NNS', 'report'],
    ['days', 'NNS', 'day'],
    ['glass', 'NNS', 'glass'],
    ['analyses', 'NNS', 'analysis'],
    ['women', 'NNS', 'woman'],
    ['knives', 'NNS', 'knife'],
    // Proper nouns keep their spelling; plural ones lose the -s.
    ['McDonald', 'NNP', 'McDonald'],
    ['Americans', 'NNPS', 'American'],
    // Third person singular.
    ['carries', 'VBZ', 'carry'],
    ['watches', 'VBZ', 'watch'],
    ['goes', 'VBZ', 'go'],
    ['makes', 'VBZ', 'make'],
    ['says', 'VBZ', 'say'],
    ['is', 'VBZ', 'be'],
    ['has', 'VBZ', 'have'],
    // Past and participles: irregular list, y → i, doubling undone, silent e restored.
    ['went', 'VBD', 'go'],
    ['written', 'VBN', 'write'],
    ['carried', 'VBD', 'carry'],
    ['stopped', 'VBD', 'stop'],
    ['planned', 'VBN', 'plan'],
    ['called', 'VBD', 'call'],
    ['passed', 'VBN', 'pass'],
    ['hoped', 'VBD', 'hope'],
    ['moved', 'VBD', 'move'],
    ['produced', 'VBN', 'produce'],
    ['changed', 'VBD', 'change'],
    ['organized', 'VBN', 'organize'],
    ['handled', 'VBD', 'handle'],
    ['related', 'VBN', 'relate'],
    ['increased', 'VBD', 'increase'],
    ['appeared', 'VBD', 'appear'],
    ['agreed', 'VBD', 'agree'],
    ['played', 'VBD', 'play'],
    ['visited', 'VBD', 'visit'],
    ['looked', 'VBD', 'look'],
    ['rained', 'VBD', 'rain'],
    ['fixed', 'VBD', 'fix'],
    ['showed', 'VBD', 'show'],
    // -ing.
    ['running', 'VBG', 'run'],
    ['making', 'VBG', 'make'],
    ['hoping', 'VBG', 'hope'],
    ['carrying', 'VBG', 'carry'],
    ['seeing', 'VBG', 'see'],
    ['falling', 'VBG', 'fall'],
    ['reading', 'VBG', 'read'],
    ['being', 'VBG', 'be'],
    // Comparatives and superlatives.
    ['bigger', 'JJR', 'big'],
    ['happiest', 'JJS', 'happy'],
    ['larger', 'JJR', 'large'],
    ['safer', 'JJR', 'safe'],
    ['faster', 'RBR', 'fast'],
    ['cheapest', 'JJS', 'cheap'],
    ['better', 'JJR', 'good'],
    ['worst', 'JJS', 'bad'],
    // Everything else: the lower-cased form; numbers and punctuation as written.
    ['The', 'DT', 'the'],
    ['Quickly', 'RB', 'quickly'],
    ['2,500', 'CD', '2,500'],
    ['One', 'CD', 'one'],
    ['...', ':', '...'],
  ])('%s/%s → %s', (form, xpos, lemma) => {
    expect(ruleLemma(form, xpos)).toBe(lemma);
  });

  it('a known verb lemma picks between the spelling candidates', () => {
    // Without knowledge the silent-e rule guesses; a known lemma decides.
    expect(suffixedToBase('focused', 'ed', new Set(['focus']))).toBe('focus');
    expect(suffixedToBase('added', 'ed', new Set(['add']))).toBe('add');
    expect(suffixedToBase('added', 'ed')).toBe('ad');
    expect(suffixedToBase('created', 'ed', new Set(['create']))).toBe('create');
    expect(suffixedToBase('visited', 'ed', new Set(['visit']))).toBe('visit');
  });

  it('exceptions learned from the data come first, by form as written then lower-cased', () => {
    const lemmatizer = new EnglishLemmatizer({
      lemmaExceptions: { 'me\tPRP': 'I', "'s\tVBZ": 'be', 'people\tNNS': 'people' },
      verbLemmas: [],
    });
    expect(lemmatizer.lemmatize('me', 'PRP')).toBe('I');
    expect(lemmatizer.lemmatize('Me', 'PRP')).toBe('I');
    expect(lemmatizer.lemmatize('people', 'NNS')).toBe('people');
    expect(lemmatizer.lemmatize('persons', 'NNS')).toBe('person');
  });
});

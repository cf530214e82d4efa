import { describe, expect, it } from 'vitest';
import {
  buildEnglishGazetteer,
  createEnglishNerResources,
  readWordClasses,
} from './resources-en.js';

describe('buildEnglishGazetteer', () => {
  const gazetteer = buildEnglishGazetteer(
    {
      country: ['Ukraine', 'United Kingdom'],
      city: ['New York City', 'Kyiv'],
      region: ['Texas'],
      organisation: ['NATO', 'Red Cross'],
      organisationHead: ['Bank'],
      placeHead: ['Street'],
    },
    ['Ukrainian'],
  );
  it.each([
    ['Ukraine', 'COU'],
    ['Kyiv', 'CIT'],
    ['Texas', 'REG'],
    ['NATO', 'ORG'],
    // later words of multi-word names carry the subtype with "+"; first words nothing
    ['Kingdom', 'COU+'],
    ['York', 'CIT+'],
    ['City', 'CIT+'],
    ['Cross', 'ORG+'],
    ['New', undefined],
    ['United', undefined],
    ['Ukrainian', 'NAT'],
    ['Bank', 'ORGH'],
    ['Street', 'PLCH'],
  ])('%s → %s', (form, types) => {
    expect(gazetteer.get(form)).toBe(types);
  });
});

describe('createEnglishNerResources', () => {
  const resources = createEnglishNerResources({
    names: new Map([['Zelensky', 'PER']]),
    wordClasses: readWordClasses({ PROPN: ['Zelensky'], 'NOUN|VERB': ['run'] }),
  });
  it('answers from its lists', () => {
    expect(resources.nameList('Zelensky')).toBe('PER');
    expect(resources.wordClass('run')).toBe('NOUN|VERB');
    expect(resources.wordClass('unknown')).toBe('');
    expect(resources.nameTypes('Ukraine')).toContain('COU');
    expect(resources.nameTypes('Russian')).toBe('NAT');
  });
  it('derives nationality words with the English data', () => {
    expect(resources.derivedBase!('Ukrainians')).toBe('Ukraine');
    expect(resources.derivedBase!('russischen')).toBeNull();
  });
});

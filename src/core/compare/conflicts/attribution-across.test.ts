import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../node/pipeline.js';
import { dictionaryFromPairs } from '../../crosslingual/dictionary.js';
import { normalizeText } from '../../text/normalize.js';
import { compareDocuments } from '../compare.js';

// Short reports in English and German, written for this test, each analysed in
// its own language; a small dictionary written for it stands in for trans-de-en.
const dictionary = dictionaryFromPairs([
  ['brücke', ['bridge']],
  ['aufbauen', ['rebuild', 'build']],
  ['wieder', ['again']],
  ['behörde', ['authority']],
  ['anwohner', ['resident']],
  ['kind', ['child']],
  ['haustier', ['pet']],
  ['haus', ['house', 'indoors']],
  ['halten', ['keep', 'hold']],
  ['rathaus', ['town', 'hall']],
  ['warnen', ['warn']],
]);
const attributions = (en: string, de: string) => {
  const records = [en, de].map((text, i) => {
    const analysis = analyzeText(`r${i}`, normalizeText(text), 'auto', {});
    if (!analysis.ok) throw new Error(analysis.problem);
    return analysis.record;
  });
  expect(records.map((r) => r.lang)).toEqual(['en', 'de']);
  return compareDocuments(records, { dictionary }).conflicts.filter(
    (c) => c.kind === 'attribution',
  );
};

describe('attribution conflicts across languages', () => {
  it('two people who share a first name are two speakers', () => {
    const found = attributions(
      '"We will rebuild the bridge before the winter," said mayor Karin Holt on Monday.',
      '„Wir werden die Brücke vor dem Winter wieder aufbauen“, sagte Landrätin Karin Berg am Montag.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('high');
    expect(found[0]!.claims.map((c) => c.speaker)).toEqual(['Karin Holt', 'Karin Berg']);
  });

  it('an English role in lower case before the name is not part of it', () => {
    const found = attributions(
      '"We will rebuild the bridge before the winter," said lock keeper Tamsin Oakridge.',
      '„Wir werden die Brücke vor dem Winter wieder aufbauen“, sagte Landrätin Karin Berg am Montag.',
    );
    expect(found.map((c) => c.claims.map((claim) => claim.speaker))).toEqual([
      ['Tamsin Oakridge', 'Karin Berg'],
    ]);
  });

  it.each([
    [
      'one body named with inflected words in each language (authorities / Behörden)',
      'Authorities warned residents to keep children and pets indoors.',
      'Die Behörden warnten die Anwohner, Kinder und Haustiere im Haus zu halten.',
    ],
    [
      'one person named alike in both',
      '"We will rebuild the bridge before the winter," said mayor Karin Holt on Monday.',
      '„Wir werden die Brücke vor dem Winter wieder aufbauen“, sagte Bürgermeisterin Karin Holt.',
    ],
    [
      'an English role that starts a sentence is no name ("The town hall\'s lawyer")',
      'The town hall\'s lawyer said: "We will rebuild the bridge before the winter."',
      '„Wir werden die Brücke vor dem Winter wieder aufbauen“, teilte das Rathaus mit.',
    ],
  ])('no conflict: %s', (_name, en, de) => {
    expect(attributions(en, de)).toEqual([]);
  });
});

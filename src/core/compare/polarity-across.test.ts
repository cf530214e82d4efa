import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../node/pipeline.js';
import { dictionaryFromPairs } from '../crosslingual/dictionary.js';
import { normalizeText } from '../text/normalize.js';
import { compareDocuments } from './compare.js';
import de from './data/polarity.de.json' with { type: 'json' };
import en from './data/polarity.en.json' with { type: 'json' };
import { sidesTaken } from './polarity-across.js';

const word = (lemma: string, form = lemma) => ({ lemma, form, start: 0, end: 0 });

describe('data/polarity.en.json', () => {
  const germanGroups = new Set(de.groups.map((g) => g.id));
  it.each(en.groups.map((g) => [g.id, g] as const))(
    '%s names a German group and lists no word on both sides',
    (id, group) => {
      expect(germanGroups.has(id)).toBe(true);
      const words = (side: typeof group.affirm) =>
        side.map((w) => (typeof w === 'string' ? w : `${w.word}+${w.requires}`));
      const affirm = new Set(words(group.affirm));
      expect(words(group.deny).filter((w) => affirm.has(w))).toEqual([]);
    },
  );
});

describe('sidesTaken', () => {
  it.each([
    ['denied', [word('deny', 'denied')], [['bestätigen', -1]]],
    ['confirmed', [word('confirm', 'confirmed')], [['bestätigen', 1]]],
    ['ruled out', [word('rule', 'ruled'), word('out')], [['möglich', -1]]],
    ['ruled alone', [word('rule', 'ruled')], []],
    ['unharmed', [word('unharmed')], [['verletzen', -1]]],
    ['called off', [word('call', 'called'), word('off')], [['stattfinden', -1]]],
  ] as const)('%s', (_name, words, expected) => {
    expect(sidesTaken('en', words).map((s) => [s.group, s.sign])).toEqual(expected);
  });
  it('knows no lexicon for a language without one', () => {
    expect(sidesTaken('fr', [word('nier')])).toEqual([]);
  });
});

// Reports in English and German written for this test; a small dictionary
// written for it stands in for trans-de-en.
const dictionary = dictionaryFromPairs([
  ['polizei', ['police']],
  ['sabotage', ['sabotage']],
  ['ministerium', ['ministry']],
  ['werk', ['plant', 'works']],
  ['fahrgast', ['passenger']],
  ['konzert', ['concert']],
]);
const negations = (english: string, german: string) => {
  const records = [english, german].map((text, i) => {
    const analysis = analyzeText(`r${i}`, normalizeText(text), 'auto', {});
    if (!analysis.ok) throw new Error(analysis.problem);
    return analysis.record;
  });
  return compareDocuments(records, { dictionary }).conflicts.filter((c) => c.kind === 'negation');
};

describe('negation across languages by the English polarity lexicon', () => {
  it.each([
    [
      'ruled out / nicht ausgeschlossen',
      'Police in Marlow have ruled out sabotage at the plant.',
      'Die Polizei in Marlow hat Sabotage im Werk nicht ausgeschlossen.',
    ],
    [
      'denied / bestätigte',
      'The ministry in Marlow denied the sabotage at the plant.',
      'Das Ministerium in Marlow bestätigte die Sabotage im Werk.',
    ],
    [
      'unharmed / verletzt',
      'All passengers of the ferry in Marlow were unharmed.',
      'Alle Fahrgäste der Fähre in Marlow wurden verletzt.',
    ],
  ])('a conflict: %s', (_name, english, german) => {
    expect(negations(english, german)).toHaveLength(1);
  });

  it.each([
    [
      'not ruled out / nicht ausgeschlossen',
      'Police in Marlow have not ruled out sabotage at the plant.',
      'Die Polizei in Marlow hat Sabotage im Werk nicht ausgeschlossen.',
    ],
    [
      'confirmed / bestätigte',
      'The ministry in Marlow confirmed the sabotage at the plant.',
      'Das Ministerium in Marlow bestätigte die Sabotage im Werk.',
    ],
  ])('no conflict: %s', (_name, english, german) => {
    expect(negations(english, german)).toEqual([]);
  });
});

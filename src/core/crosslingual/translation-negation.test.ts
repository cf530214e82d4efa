import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../node/pipeline.js';
import { normalizeText } from '../text/normalize.js';
import { dictionaryFromPairs } from './dictionary.js';
import { checkTranslation } from './translation-check.js';

// One-sentence originals and translations written for this test; a small
// dictionary written for it stands in for trans-de-en.
const dictionary = dictionaryFromPairs([
  ['polizei', ['police']],
  ['sabotage', ['sabotage']],
  ['ministerium', ['ministry']],
  ['werk', ['plant']],
  ['fahrgast', ['passenger']],
  ['fähre', ['ferry']],
  ['bestätigen', ['confirm']],
  ['dementieren', ['deny']],
  ['ausschließen', ['exclude']],
  ['verletzen', ['injure']],
]);
const record = (text: string) => {
  const analysis = analyzeText('', normalizeText(text), 'auto', {});
  if (!analysis.ok) throw new Error(analysis.problem);
  return analysis.record;
};
const negations = (original: string, translation: string) =>
  checkTranslation(record(original), record(translation), dictionary).findings.filter(
    (f) => f.kind === 'negation',
  );

describe('the translation check reads lexical opposites', () => {
  it.each([
    [
      'denied / bestätigte',
      'The ministry in Marlow denied the sabotage at the plant on Monday.',
      'Das Ministerium in Marlow bestätigte am Montag die Sabotage im Werk.',
    ],
    [
      'ruled out / nicht ausgeschlossen',
      'Police in Marlow have ruled out sabotage at the plant.',
      'Die Polizei in Marlow hat Sabotage im Werk nicht ausgeschlossen.',
    ],
    [
      'unharmed / verletzt',
      'All passengers of the ferry in Marlow were unharmed.',
      'Alle Fahrgäste der Fähre in Marlow wurden verletzt.',
    ],
  ])('a changed negation: %s', (_name, original, translation) => {
    expect(negations(original, translation)).toHaveLength(1);
  });

  it.each([
    [
      'not ruled out / nicht ausgeschlossen',
      'Police in Marlow have not ruled out sabotage at the plant.',
      'Die Polizei in Marlow hat Sabotage im Werk nicht ausgeschlossen.',
    ],
    [
      'denied / dementierte',
      'The ministry in Marlow denied the sabotage at the plant on Monday.',
      'Das Ministerium in Marlow dementierte am Montag die Sabotage im Werk.',
    ],
    [
      'unharmed / nicht verletzt (a negator against an opposite)',
      'All passengers of the ferry in Marlow were unharmed.',
      'Die Fahrgäste der Fähre in Marlow wurden nicht verletzt.',
    ],
  ])('no finding: %s', (_name, original, translation) => {
    expect(negations(original, translation)).toEqual([]);
  });
});

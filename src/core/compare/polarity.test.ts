import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { loadGermanPipeline } from '../../node/pipeline.js';
import data from './data/polarity.de.json' with { type: 'json' };
import { lexiconEntries, polarityTokens, predicationsOf } from './polarity.js';

// The predications are read from tagged tokens; the tests tag real sentences
// with the committed German pipeline, as compare does.
const pipeline = loadGermanPipeline();

function predications(sentence: string): Map<string, number[]> {
  const doc = pipeline.run('t', normalizeText(sentence)).toRecord();
  const found = predicationsOf(polarityTokens(doc.text, doc.tokens));
  const byKey = new Map<string, number[]>();
  for (const p of found.filter((p) => !p.speculative))
    byKey.set(p.key, [...(byKey.get(p.key) ?? []), p.polarity]);
  return byKey;
}

describe('the antonym lexicon (data/polarity.de.json)', () => {
  it('puts no word on both sides of one group, and every group has both sides', () => {
    for (const group of data.groups) {
      const word = (w: string | { word: string }) => (typeof w === 'string' ? w : w.word);
      const affirm = new Set(group.affirm.map(word));
      expect(group.deny.map(word).filter((w) => affirm.has(w))).toEqual([]);
      expect(affirm.size).toBeGreaterThan(0);
      expect(group.deny.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['brechen', 'halten', -1],
    ['standhalten', 'halten', 1],
    ['ausschließen', 'möglich', -1],
    ['dementieren', 'bestätigen', -1],
    ['freisprechen', 'verurteilen', -1],
    ['unverletzt', 'verletzen', -1],
    ['ablehnen', 'zustimmen', -1],
    ['absagen', 'stattfinden', -1],
    ['rechtswidrig', 'zulässig', -1],
    ['rechtmäßig', 'zulässig', 1],
    ['unbewaffnet', 'bewaffnet', -1],
    ['abwesend', 'anwesend', -1],
    ['einräumen', 'bestätigen', 1],
  ])('%s is in group %s with sign %d', (word, group, sign) => {
    expect(lexiconEntries(word)).toContainEqual(expect.objectContaining({ group, sign }));
  });
});

describe('predications: what a sentence asserts or denies', () => {
  it.each<[string, string, string, number]>([
    ['plain negation after the participle', 'Der Damm hat nicht gehalten.', 'g:halten', -1],
    ['negation after the finite verb', 'Der Damm hielt nicht.', 'g:halten', -1],
    ['a lexical opposite', 'Der Damm brach am Morgen.', 'g:halten', -1],
    ['a negated opposite', 'Der Damm ist nicht gebrochen.', 'g:halten', 1],
    ['excluded', 'Ein Rücktritt sei ausgeschlossen.', 'g:möglich', -1],
    ['not excluded, with a modal', 'Einen Rücktritt könne man nicht ausschließen.', 'g:möglich', 1],
    ['a closure', 'Das Werk in Zwickau wird geschlossen.', 'g:schließen', 1],
    ['stays open', 'Das Werk in Zwickau bleibt geöffnet.', 'g:schließen', -1],
    ['stays as it is', 'Das Werk in Zwickau bleibt erhalten.', 'g:schließen', -1],
    ['a denial', 'Der Konzern dementierte den Bericht.', 'g:bestätigen', -1],
    ['a separated particle', 'Der Rat lehnte den Antrag am Montag ab.', 'g:zustimmen', -1],
    ['unharmed', 'Der Fahrer blieb unverletzt.', 'g:verletzen', -1],
    ['abolished', 'Das Gesetz schafft die Empfehlung ab.', 'g:abschaffen', 1],
    ['kept, in the abolition group too', 'Die Empfehlung bleibt erhalten.', 'g:abschaffen', -1],
    ['an existence denied', 'Ein Verfahren gegen ihn werde es nicht geben.', 'x:verfahren', -1],
    ['an existence implied by an act', 'Der Verband leitete ein Verfahren ein.', 'x:verfahren', 1],
    ['an acquittal', 'Das Gericht sprach den Angeklagten frei.', 'g:verurteilen', -1],
    ['called off', 'Das Konzert wurde abgesagt.', 'g:stattfinden', -1],
    ['takes place', 'Das Konzert findet am Samstag statt.', 'g:stattfinden', 1],
    ['unlawful', 'Die Kündigung war rechtswidrig.', 'g:zulässig', -1],
    ['not unlawful', 'Die Kündigung war nicht rechtswidrig.', 'g:zulässig', 1],
    ['admitted', 'Der Konzern räumte Fehler ein.', 'g:bestätigen', 1],
    [
      'an ordinary verb',
      'Der Minister hat den Vertrag nicht unterschrieben.',
      'w:unterschreib',
      -1,
    ],
  ])('%s: %s', (_name, sentence, key, polarity) => {
    expect(predications(sentence).get(key)).toEqual([polarity]);
  });

  it.each([
    ['a negation in another clause', 'Der Damm hat gehalten, aber die Straße ist nicht befahrbar.'],
    ['"nicht nur" is no negation', 'Der Damm hat nicht nur gehalten, er wurde sogar erhöht.'],
  ])('%s leaves the predicate affirmed', (_name, sentence) => {
    expect(predications(sentence).get('g:halten')).toEqual([1]);
  });

  it.each([
    ['a question', 'Hat der Damm gehalten?'],
    ['a possibility', 'Der Damm könnte brechen.'],
    ['a condition', 'Wenn der Damm bricht, wird die Altstadt überflutet.'],
    ['the consequence of a condition', 'Wer den Damm nicht erhöht, lässt ihn brechen.'],
    ['a demand', 'Der Bürgermeister verlangte, dass der Damm hält.'],
    ['an attributive adjective', 'Der gebrochene Damm wird repariert.'],
    ['a state the report says has ended', 'Der Damm hat nie gehalten – bis jetzt.'],
    ['a former state', 'Der Damm hatte früher bei jedem Hochwasser gehalten.'],
  ])('%s asserts nothing', (_name, sentence) => {
    expect(predications(sentence).get('g:halten')).toBeUndefined();
  });

  it('"erhalten" alone means to receive, not to stay open', () => {
    expect(predications('Das Werk erhält neue Aufträge.').get('g:schließen')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.js';
import { loadGermanPipeline } from '../../../node/pipeline.js';
import { compareDocuments } from '../compare.js';

// Pairs of one-sentence reports, tagged by the committed German pipeline.
const pipeline = loadGermanPipeline();
const negations = (a: string, b: string) =>
  compareDocuments(
    [a, b].map((t, i) => pipeline.run(`r${i}`, normalizeText(t)).toRecord()),
  ).conflicts.filter((c) => c.kind === 'negation');

describe('negation conflicts: one report affirms what the other denies', () => {
  it.each([
    [
      'excluded against not excluded',
      'Ein Rücktritt des Ministers sei ausgeschlossen, hieß es aus dem Ministerium.',
      'Einen Rücktritt des Ministers könne man nicht ausschließen, hieß es aus dem Ministerium.',
    ],
    [
      'closed against kept',
      'Das Werk in Zwickau wird Ende des Jahres geschlossen.',
      'Das Werk in Zwickau bleibt erhalten.',
    ],
    [
      'takes place against called off',
      'Das Stadtfest am Rheinufer findet am Samstag statt.',
      'Das Stadtfest am Rheinufer wurde abgesagt.',
    ],
    [
      'lawful against unlawful',
      'Die Kündigung der Mieter war nach Ansicht des Gerichts rechtmäßig.',
      'Die Kündigung der Mieter war nach Ansicht des Gerichts rechtswidrig.',
    ],
    [
      'confirmed against denied',
      'Der Konzern bestätigte den Verkauf der Sparte.',
      'Der Konzern dementierte den Verkauf der Sparte.',
    ],
    [
      'held against broke down',
      'Die Waffenruhe an der Grenze hielt auch in der Nacht.',
      'Die Waffenruhe an der Grenze brach in der Nacht zusammen.',
    ],
    [
      'approved against rejected (separable verbs)',
      'Der Stadtrat stimmte dem Bau der Brücke zu.',
      'Der Stadtrat lehnte den Bau der Brücke ab.',
    ],
    [
      'acquitted against sentenced',
      'Der Angeklagte wurde vom Landgericht freigesprochen.',
      'Der Angeklagte wurde vom Landgericht zu drei Jahren Haft verurteilt.',
    ],
    [
      'support against rejection, said of one project and its plans',
      'Der Einzelhandelsverband unterstützt das Projekt.',
      'Der Einzelhandelsverband lehnt die Pläne ab.',
    ],
    [
      'closed against stays open, in otherwise different sentences',
      'Das Bad wird ab Mai 2027 für rund 18 Monate geschlossen.',
      'Für die Badegäste gibt es eine gute Nachricht: Während der Arbeiten bleibt das Bad geöffnet.',
    ],
    [
      'a participle as adjective against the verb',
      'Die Kreisstraße war zu diesem Zeitpunkt noch nicht gesperrt.',
      'Die Kreisstraße war zu diesem Zeitpunkt bereits gesperrt.',
    ],
    [
      'abolished against kept (a separable verb)',
      'Zugleich schafft das Gesetz die verbindliche Grundschulempfehlung ab.',
      'Die verbindliche Grundschulempfehlung bleibt nach dem Gesetz erhalten.',
    ],
    [
      'excluded against not yet excluded ("bislang" describes the present)',
      'Ein technischer Defekt sei nach bisherigen Erkenntnissen ausgeschlossen.',
      'Ein technischer Defekt kann nach Angaben der Ermittler bislang nicht ausgeschlossen werden.',
    ],
    [
      'something done against its existence denied',
      'Der Verband leitete noch am Abend ein Verfahren gegen den Spieler ein.',
      'Ein Verfahren gegen den Spieler werde es nicht geben, sagte der Verband.',
    ],
    [
      'a plain verb, negated',
      'Der Minister hat den Vertrag mit der Reederei unterschrieben.',
      'Der Minister hat den Vertrag mit der Reederei nicht unterschrieben.',
    ],
  ])('%s', (_name, a, b) => {
    const found = negations(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.claims.map((c) => c.doc).sort()).toEqual([0, 1]);
    expect(found[0]!.severity).toBe('high');
  });

  it.each([
    [
      'two propositions that share a place',
      'Der Damm am Nordufer hat gehalten.',
      'Die Straße am Nordufer ist nicht befahrbar.',
    ],
    [
      'a negation in another clause',
      'Der Damm am Nordufer hat gehalten.',
      'Der Damm am Nordufer hat gehalten, aber die Straße ist nicht befahrbar.',
    ],
    [
      'the same denial in two wordings',
      'Der Damm am Nordufer hielt nicht.',
      'Der Damm am Nordufer brach am Morgen.',
    ],
    [
      'a fact against a possibility',
      'Der Damm am Nordufer hat gehalten.',
      'Der Damm am Nordufer könnte noch brechen.',
    ],
    [
      'an antonym about another bearer',
      'Das Werk in Zwickau wird geschlossen.',
      'Das Werk in Emden bleibt erhalten.',
    ],
    [
      'a demand, not a fact',
      'Die Filialen in Bad Selm werden zum Monatsende geschlossen.',
      'Die Gewerkschaft verlangte, dass keine Filiale ohne Sozialplan geschlossen wird.',
    ],
    [
      'an attributive adjective, not a statement',
      'Zwölf Fahrgäste wurden bei dem Unfall verletzt.',
      'Seelsorger betreuen unverletzte Fahrgäste in einer Turnhalle.',
    ],
    [
      'a refusal the report says has ended, against the change',
      'Aber die USA haben Kiew nie erlaubt, die Raketen in Russland einzusetzen – bis jetzt.',
      'Nun erlauben die USA Kiew, die Raketen in Russland einzusetzen.',
    ],
    [
      'an existence denied about another thing',
      'Der Verband leitete noch am Abend ein Verfahren gegen den Spieler ein.',
      'Eine Sperre für den Spieler werde es nicht geben, sagte der Verband.',
    ],
    [
      '"nicht nur" is no denial',
      'Der Damm am Nordufer hat gehalten.',
      'Der Damm am Nordufer hat nicht nur gehalten, er wurde sogar verstärkt.',
    ],
  ])('not a conflict: %s', (_name, a, b) => {
    expect(negations(a, b)).toEqual([]);
  });

  it('a hedged side lowers the severity', () => {
    const [found] = negations(
      'Das Werk in Zwickau wird nach Angaben des Betriebsrats offenbar geschlossen.',
      'Das Werk in Zwickau bleibt nach Angaben des Betriebsrats erhalten.',
    );
    expect(found?.severity).toBe('medium');
  });
});

describe('negation conflicts: a state the story names once on each side', () => {
  // A rare state ("versichert") affirmed in one report and denied in another is
  // said of one thing, even when the two name it differently.
  it('insured against not insured, the thing named differently', () => {
    expect(
      compareDocuments(
        [
          'Die Polizei sucht die Täter. Die Sammlung sei gegen Diebstahl versichert, teilte die Stadt mit.',
          'Die Täter sind flüchtig. Die Direktorin räumte ein, dass die gestohlenen Stücke nicht versichert waren.',
        ].map((t, i) => pipeline.run(`r${i}`, normalizeText(t)).toRecord()),
      ).conflicts.filter((c) => c.kind === 'negation'),
    ).toHaveLength(1);
  });

  it('an action with different objects is no conflict', () => {
    expect(
      negations(
        'Die CDU erreichte 27,8 Prozent.',
        '„Wir haben die Menschen mit unseren Themen nicht erreicht“, sagte die Landeschefin.',
      ),
    ).toEqual([]);
  });

  it('a state said elsewhere in the story too needs the same thing named', () => {
    expect(
      compareDocuments(
        [
          'Die Brücke ist gesperrt. Die Sammlung ist versichert.',
          'Die Brücke ist nicht gesperrt. Die gestohlenen Bilder waren nicht versichert. Der Keller war versichert.',
        ].map((t, i) => pipeline.run(`r${i}`, normalizeText(t)).toRecord()),
      ).conflicts.filter(
        (c) => c.kind === 'negation' && c.claims.some((x) => x.text.includes('Bilder')),
      ),
    ).toEqual([]);
  });
});

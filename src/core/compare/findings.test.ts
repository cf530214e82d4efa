import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { loadGermanPipeline } from '../../node/pipeline.js';
import { compareDocuments } from './compare.js';

// Short reports analysed by the committed German pipeline, as compare sees them.
const pipeline = loadGermanPipeline();
const compare = (...texts: string[]) =>
  compareDocuments(texts.map((t, i) => pipeline.run(`r${i}`, normalizeText(t)).toRecord()));
const agreed = (...texts: string[]) =>
  compare(...texts).agreements.map((a) => a.claims.map((c) => `${c.doc}:${c.text}`));

describe('agreements: statements that state one proposition', () => {
  it('one figure and one word identify a fact, however different the wording', () => {
    const groups = agreed(
      'Die Selz ist über die Ufer getreten. Rund 1.200 Bewohner der Altstadt wurden in Sicherheit gebracht. Der Schaden ist groß.',
      'Das Hochwasser hat die Stadt schwer getroffen. Etwa 1.200 Menschen mussten ihre Wohnungen verlassen. Die Schulen bleiben zu.',
    );
    expect(groups).toHaveLength(1);
  });

  it('the same words and the same predicate agree', () => {
    const groups = agreed(
      'Der Stadtrat hat die Sanierung des Hallenbads beschlossen.',
      'Die Sanierung des Hallenbads ist vom Stadtrat beschlossen worden.',
    );
    expect(groups).toHaveLength(1);
  });

  it.each([
    [
      'two results for one measure',
      'Die Wahlbeteiligung lag bei 63,8 Prozent.',
      'Die Wahlbeteiligung stieg auf rund 61 Prozent.',
    ],
    [
      'an exact count against another',
      'Für das Gesetz stimmten 68 Abgeordnete.',
      'Für das Gesetz stimmten 66 Abgeordnete.',
    ],
    [
      'a floor against a lower figure',
      'Die Wahlbeteiligung lag bei 41,2 Prozent.',
      'Knapp 39 Prozent der Wahlberechtigten gaben ihre Stimme ab.',
    ],
  ])('no agreement: %s', (_name, a, b) => {
    expect(agreed(a, b)).toEqual([]);
  });

  it('sentences sharing only the story’s names and topic words do not agree', () => {
    const a = [
      'Die Ukraine darf Raketen gegen Ziele in Russland einsetzen.',
      'Die Ukraine hatte Raketen aus den USA seit Monaten gefordert.',
      'Russland warnte die Ukraine vor einer Eskalation.',
      'Die Raketen der Ukraine reichen weit nach Russland hinein.',
    ].join(' ');
    const b = [
      'Die Ukraine erhält weitere Raketen für den Krieg gegen Russland.',
      'In der Ukraine wurden am Sonntag neue Raketen getestet.',
      'Russland hat in der Nacht Ziele in der Ukraine beschossen.',
      'Ob die Raketen in Russland treffen, bleibt offen.',
    ].join(' ');
    expect(agreed(a, b)).toEqual([]);
  });

  it('the same value for the same claim frame agrees, however different the wording', () => {
    const groups = agreed(
      'Der Zug entgleiste am Abend. 41 Fahrgäste wurden verletzt, neun von ihnen schwer.',
      'Die Ursache ist unklar. 41 Verletzte wurden in Krankenhäuser gebracht.',
    );
    expect(groups.some((g) => g.some((c) => c.includes('41 Fahrgäste')) && g.length === 2)).toBe(
      true,
    );
  });

  it('a vague plural is no shared figure: "Tausende Jobs" is not "2.400 Beschäftigte"', () => {
    expect(
      agreed(
        'Betroffen sind rund 2.400 Beschäftigte.',
        'Die Möbelkette ist pleite – Tausende Jobs in Gefahr.',
      ),
    ).toEqual([]);
  });

  it('"heute" is no shared value: every report is written that day', () => {
    const dated = loadGermanPipeline({ documentDate: '2026-06-18' });
    const output = compareDocuments(
      [
        'Heute wird im Landtag über die Reform der Grundschulen abgestimmt.',
        'Die Reform der Grundschulen ist heute in Kraft getreten.',
      ].map((t, i) => dated.run(`r${i}`, normalizeText(t)).toRecord()),
    );
    expect(output.alignments.length).toBeGreaterThan(0);
    for (const a of output.alignments) expect(a.signals.values).toEqual([]);
  });

  it('a sentence that states two facts agrees with one sentence of another report on each', () => {
    const groups = agreed(
      'Der Stadtrat hat die Sanierung des Hallenbads beschlossen, die Kosten liegen bei 8,4 Millionen Euro.',
      'Die Sanierung des Hallenbads ist vom Stadtrat beschlossen worden. Das Land übernimmt die Hälfte der Kosten von 8,4 Millionen Euro.',
    );
    const first = groups.filter((g) => g.some((c) => c.startsWith('0:Der Stadtrat')));
    expect(first.length).toBe(2);
  });

  it('each other’s clear best match agrees on two shared content words', () => {
    const groups = agreed(
      'Die Feuerwehr war mit 80 Kräften vor Ort. Am Hafen schwappte das Wasser über die Kaimauer und flutete die Lagerhallen.',
      'Der Wetterdienst warnte schon am Morgen. Wellen schlugen über die Kaimauer, Lagerhallen liefen voll.',
    );
    expect(groups.some((g) => g.some((c) => c.includes('Kaimauer')))).toBe(true);
  });

  it('no agreement when one denies what the other states', () => {
    expect(
      agreed(
        'Schwere Nebenwirkungen wurden bei keinem Teilnehmenden beobachtet.',
        'Bei drei Teilnehmenden wurden schwere Nebenwirkungen beobachtet.',
      ),
    ).toEqual([]);
  });

  it('two speakers’ words are two statements', () => {
    expect(
      agreed(
        '„Wir werden jeden Meter unseres Landes verteidigen“, sagte Präsident Marek Holub.',
        'Ministerin Jana Kral sagte, ihr Land werde jeden Meter an der Grenze verteidigen.',
      ),
    ).toEqual([]);
  });

  it('an earlier occasion is not the current one', () => {
    expect(
      agreed(
        'Im Vorjahr hatte der Verein das Pokalendspiel in Kressbach vor 9.800 Zuschauern knapp verloren.',
        'Der Verein hat das Pokalendspiel in Kressbach knapp verloren, die Fans waren enttäuscht.',
      ),
    ).toEqual([]);
  });

  it('groups are cliques: a sentence like two others that are unlike each other joins one of them', () => {
    const groups = compare(
      'Der Bürgermeister hat die neue Brücke über die Selz eröffnet.',
      'Der Bürgermeister hat die neue Brücke über die Selz eröffnet und die Feuerwehr für ihren Einsatz beim Hochwasser gelobt.',
      'Die Feuerwehr wurde für ihren Einsatz beim Hochwasser gelobt.',
    ).agreements;
    for (const group of groups)
      expect(new Set(group.claims.map((c) => c.doc)).size).toBeLessThan(3);
  });
});

describe('unique statements: what only one report says', () => {
  const output = compare(
    'Die Schulen bleiben bis Montag geschlossen. Er sagte: Seit Freitag helfen 80 Soldaten der Bundeswehr beim Füllen von Sandsäcken.',
    'Die Schulen bleiben bis Montag zu. Die Wellen schlugen über die Kaimauer am Hafen.',
    'Am Hafen schwappte das Wasser über die Kaimauer.',
  );
  const unique = output.unique.map((u) => u.text);

  it('lists a statement no other report relates to', () => {
    expect(unique).toContainEqual(expect.stringContaining('Bundeswehr'));
  });

  it('does not list a statement another report makes in other words', () => {
    expect(unique.join(' ')).not.toMatch(/Schulen|Kaimauer/);
  });
});

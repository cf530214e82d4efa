import { describe, expect, it } from 'vitest';
import { loadGermanPipeline } from '../../../node/pipeline.js';
import type { CompareOutput } from '../../contract/types.js';
import { frameLabel } from '../../frames/index.js';
import { normalizeText } from '../../text/normalize.js';
import { compareDocuments } from '../compare.js';

/**
 * Quantity and date conflicts between claim frames, on pairs of short reports
 * written for these tests: each case is one pattern of German news copy that
 * either must or must not be listed as a conflict.
 */
const pipeline = loadGermanPipeline({ documentDate: '2024-10-24' });

function compare(a: string, b: string): CompareOutput {
  return compareDocuments(
    [a, b].map((text, i) => pipeline.run(`r${i}.txt`, normalizeText(text)).toRecord()),
  );
}

const conflictsOf = (out: CompareOutput, kind: 'quantity' | 'date') =>
  out.conflicts.filter((c) => c.kind === kind);

describe('quantity conflicts only between matching frames', () => {
  it.each([
    [
      'different bearers: HIMARS against ATACMS',
      'Das System HIMARS hat eine Reichweite von 80 Kilometern.',
      'Die ATACMS-Raketen haben eine Reichweite von bis zu 300 Kilometern.',
    ],
    [
      'an older variant against the current one',
      'Die ATACMS-Raketen fliegen bis zu 300 Kilometer weit.',
      'Ältere Varianten der ATACMS kommen auf rund 165 Kilometer.',
    ],
    [
      'dead against injured',
      'Bei dem Unfall starben drei Menschen.',
      'Bei dem Unfall wurden sieben Menschen verletzt.',
    ],
    [
      "last year's figure against this year's",
      'Zum Fest kamen in diesem Jahr 12.000 Besucher.',
      'Im Vorjahr kamen 9.000 Besucher zu dem Fest.',
    ],
    [
      'the permitted against the driven speed',
      'Der Zug fuhr mit 160 km/h durch den Bahnhof.',
      'Erlaubt sind auf dem Abschnitt 100 km/h.',
    ],
    [
      'a figure the report itself marks as outdated',
      'Bei dem Brand starben drei Menschen.',
      'Zunächst war von zwei Toten die Rede. Inzwischen bestätigte die Feuerwehr drei Tote.',
    ],
    [
      'a part against the whole',
      'Bei dem Unglück wurden 41 Menschen verletzt.',
      'Bei dem Unglück wurden 41 Menschen verletzt, drei der Verletzten schweben in Lebensgefahr.',
    ],
  ])('not a conflict: %s', (_name, a, b) => {
    expect(conflictsOf(compare(a, b), 'quantity')).toEqual([]);
  });

  it('lists two approximate figures that still disagree, with both sources', () => {
    const out = compare(
      'Nach Angaben der Polizei sind etwa 10.000 nordkoreanische Soldaten in Kursk eingetroffen.',
      'Westliche Geheimdienste gehen von rund 12.000 Soldaten aus Nordkorea in Kursk aus.',
    );
    const [conflict] = conflictsOf(out, 'quantity');
    expect(conflict?.claims.map((c) => c.value)).toEqual([10000, 12000]);
    expect(conflict?.sources).toEqual(['Polizei', 'Westliche Geheimdienste']);
    expect(conflict?.explanation).toMatch(/different sources/);
  });

  it('compares each party only with itself in a list of results', () => {
    const out = compare(
      'Die SPD kam auf 31 Prozent, die CDU auf 27,8 Prozent und die Grünen auf 12 Prozent.',
      'Ergebnis: SPD 31 Prozent, CDU 26,5 Prozent, Grüne 12 Prozent.',
    );
    const conflicts = conflictsOf(out, 'quantity');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.frames!.map((f) => f.bearer?.text)).toEqual(['CDU', 'CDU']);
  });

  it('reads a vote tally as one result: the same yes votes with different no votes disagree', () => {
    const differ = compare(
      'Der Stadtrat stimmte dem Radweg mit 27 zu 19 Stimmen zu.',
      'Der Stadtrat stimmte dem Radweg mit 27 zu 21 Stimmen zu.',
    );
    const [conflict] = conflictsOf(differ, 'quantity');
    expect(conflict?.frames?.map((f) => f.attribute.key)).toEqual(['vote-tally', 'vote-tally']);
    expect(conflict?.explanation).toMatch(/27 to 19.*27 to 21/);
    const same = compare(
      'Der Stadtrat stimmte dem Radweg mit 27 zu 19 Stimmen zu.',
      'Mit 27 zu 19 Stimmen stimmte der Stadtrat dem Radweg zu.',
    );
    expect(conflictsOf(same, 'quantity')).toEqual([]);
  });

  it('compares two tallies of one decision on less alike contexts than plain counts', () => {
    // A tally of two counts identifies a decision better than one count does.
    const out = compare(
      'Der Rat beschloss die Sanierung des Bads mit 15 zu 9 Stimmen. Die Kosten liegen bei 8 Millionen Euro.',
      'Die Sitzung endete spät. Mit 17 zu 7 Stimmen setzte sich die Verwaltung durch, das Bad wird ' +
        'saniert. Ein Antrag zum Parkplatz fiel mit 6 zu 18 Stimmen durch.',
    );
    const tallies = conflictsOf(out, 'quantity').map((c) => c.claims.map((k) => k.value));
    expect(tallies).toEqual([[15, 17]]);
  });

  it('ranks three against four dead above a small difference in speed', () => {
    const out = compare(
      'Bei dem Unglück starben drei Menschen. Der Zug war mit 120 km/h unterwegs.',
      'Bei dem Unglück kamen vier Menschen ums Leben. Der Zug war mit 130 km/h unterwegs.',
    );
    const conflicts = conflictsOf(out, 'quantity');
    const severity = Object.fromEntries(
      conflicts.map((c) => [c.frames![0]!.attribute.key, c.severity]),
    );
    expect(severity).toEqual({ dead: 'high', speed: 'low' });
  });

  it('names the frame: the genitive of the attribute word is its bearer', () => {
    const out = compare(
      'Die Reichweite des ATACMS beträgt 300 Kilometer.',
      'Die größere Reichweite des ATACMS beträgt 100 Kilometer.',
    );
    const [conflict] = conflictsOf(out, 'quantity');
    expect(conflict!.frames!.map(frameLabel)).toEqual([
      'ATACMS – Reichweite',
      'ATACMS – Reichweite',
    ]);
    expect(conflict!.severity).toBe('high');
  });

  it("compares two sums said of one named bearer when each is its sentence's only sum", () => {
    const pledge = compare(
      'Deutschland sagte 7 Milliarden Euro für den neuen Hilfsfonds zu.',
      'Deutschland steuert 5 Milliarden Euro zum Hilfsfonds bei.',
    );
    expect(conflictsOf(pledge, 'quantity')).toHaveLength(1);
    // Two sums in one sentence: which of them the other report's sum matches is open.
    const two = compare(
      'Deutschland sagte 7 Milliarden Euro für den neuen Hilfsfonds zu.',
      'Deutschland steuert 5 Milliarden Euro zum Hilfsfonds und 2 Milliarden Euro für Wälder bei.',
    );
    expect(conflictsOf(two, 'quantity')).toHaveLength(0);
  });
});

describe('named bearers make a list only side by side', () => {
  const verdict =
    'Das Landgericht hat den Gründer der Firma Solvando zu sechs Jahren Haft verurteilt. ' +
    'Der Prozess dauerte ein Jahr. Viele Anleger verloren ihr Geld. Die Kammer sprach von Gier. ' +
    'Der Mitarbeiter Peter Kurz erhielt zwei Jahre Haft auf Bewährung.';
  it('compares an unnamed figure when the names stand far apart', () => {
    const out = compare(
      verdict,
      'Sieben Jahre Haft muss der Gründer absitzen, so entschied das Landgericht.',
    );
    expect(conflictsOf(out, 'quantity').map((c) => c.claims.map((k) => k.value))).toEqual([[6, 7]]);
  });
  it('leaves it alone when they stand in adjacent sentences', () => {
    const list =
      'Das Landgericht hat den Gründer der Firma Solvando zu sechs Jahren Haft verurteilt. ' +
      'Der Mitarbeiter Peter Kurz erhielt zwei Jahre Haft auf Bewährung.';
    const out = compare(
      list,
      'Sieben Jahre Haft muss der Gründer absitzen, so entschied das Landgericht.',
    );
    expect(conflictsOf(out, 'quantity')).toEqual([]);
  });
});

describe('date conflicts: one event, two dates', () => {
  it('lists a weekday read against the report date against an absolute date', () => {
    const out = compare(
      'Der Anschlag am Dienstag erschütterte die Stadt.',
      'Der Anschlag am 21. Oktober erschütterte die Stadt.',
    );
    const [conflict] = conflictsOf(out, 'date');
    expect(conflict?.claims.map((c) => c.value)).toEqual(['2024-10-22', '2024-10-21']);
    expect(conflict?.frames?.map((f) => f.attribute.key)).toEqual(['event:attack', 'event:attack']);
  });

  // The report date 2024-10-24 is a Thursday: "am Dienstag" is 22 October.
  it.each([
    [
      'different verbs for the main event in the leads',
      'Landtag stimmt für Reform\n\nDer Landtag hat am Dienstag die Schulreform beschlossen.',
      'Reform durch\n\nAls die Präsidentin am 21. Oktober das Ergebnis verkündete, war es still im Saal.',
    ],
    [
      'an event word only one lead has',
      'Sonde auf Asteroid\n\nDie Sonde setzte am Dienstag auf dem Asteroiden auf.',
      'Geglückt\n\nIm Kontrollraum war es am 21. Oktober still wie in einer Kirche.',
    ],
  ])('lists the leads’ dates of the main event: %s', (_label, a, b) => {
    const [conflict] = conflictsOf(compare(a, b), 'date');
    expect(conflict?.claims.map((c) => c.value)).toEqual(['2024-10-22', '2024-10-21']);
  });

  it.each([
    [
      'two known events',
      'Anschlag in der Stadt\n\nDer Anschlag am Dienstag erschütterte die Stadt.',
      'Wahl in der Stadt\n\nDie Wahl am 21. Oktober verlief ruhig.',
    ],
    [
      'dates a week apart (the crime, the verdict)',
      'Urteil\n\nDas Gericht verurteilte den Mann am Dienstag.',
      'Tat\n\nDer Mann hatte am 14. Oktober zugeschlagen.',
    ],
    [
      'a date outside the lead',
      'Reform\n\nDer Landtag debattierte lange. Es gab Streit. Die Opposition protestierte. Die Regierung warb. Am Dienstag wurde die Reform beschlossen.',
      'Reform\n\nAls die Präsidentin am 21. Oktober das Ergebnis verkündete, war es still.',
    ],
    [
      'a plan, not an event',
      'Reform\n\nDer Landtag soll am Dienstag die Reform beschließen.',
      'Reform\n\nAm 21. Oktober verkündete die Präsidentin das Ergebnis.',
    ],
    [
      'the other report names the day too',
      'Reform\n\nDer Landtag hat am Dienstag die Schulreform beschlossen.',
      'Reform\n\nAm 21. Oktober verkündete die Präsidentin das Ergebnis der Beratung vom 22. Oktober.',
    ],
  ])('does not list leads’ dates when: %s', (_label, a, b) => {
    expect(conflictsOf(compare(a, b), 'date')).toEqual([]);
  });

  it('does not compare a designated thing with another common noun', () => {
    // "die Bundesstraße 312" names a road; "die Strecke" (the railway) is another thing.
    const out = compare(
      'Nach dem Unglück. Viele Helfer kamen. Die Strecke bleibt nach Angaben der Bahn bis Mittwoch gesperrt.',
      'Nach dem Unglück. Viele Helfer kamen. Die Bundesstraße 312 war bis Samstag gesperrt.',
    );
    expect(conflictsOf(out, 'date')).toEqual([]);
  });

  it('does not compare the dates of different events', () => {
    const out = compare(
      'Der Anschlag am Dienstag erschütterte die Stadt.',
      'Die Wahl am 21. Oktober verlief ruhig.',
    );
    expect(conflictsOf(out, 'date')).toEqual([]);
  });
});

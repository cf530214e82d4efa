import { describe, expect, it } from 'vitest';
import { loadGermanPipeline } from '../../node/pipeline.js';
import type { FrameRecord } from '../contract/types.js';
import { normalizeText } from '../text/normalize.js';
import { buildFrames } from './build.js';
import { frameLabel } from './match.js';

/** Frames of sentences written for these tests, one German news pattern each. */
const pipeline = loadGermanPipeline({ documentDate: '2025-06-14' });

function framesOf(text: string): FrameRecord[] {
  return buildFrames(pipeline.run('t.txt', normalizeText(text)).toRecord());
}

/** The frame of the figure written as `value`. */
function frame(text: string, value: string): FrameRecord {
  const found = framesOf(text).find((f) => f.text.includes(value));
  if (!found) throw new Error(`no frame for "${value}" in: ${text}`);
  return found;
}

describe('bearer', () => {
  it.each([
    ['genitive', 'Die Reichweite des ATACMS beträgt 300 Kilometer.', '300', 'ATACMS', 'genitive'],
    ['compound', 'Die ATACMS-Reichweite liegt bei 300 Kilometern.', '300', 'ATACMS', 'compound'],
    [
      'list',
      'Ergebnis: SPD 31 Prozent, CDU 27,8 Prozent, Grüne 12 Prozent.',
      '27,8',
      'CDU',
      'list',
    ],
    ['subject', 'Der Zug fuhr mit 120 km/h durch den Bahnhof.', '120', 'Zug', 'subject'],
    [
      'a generic noun refers back to the name of its class',
      'Die Ukraine setzt ATACMS ein. Die Raketen fliegen bis zu 300 Kilometer weit.',
      '300',
      'ATACMS',
      'previous',
    ],
    [
      'a party epithet is the party',
      'Die Sozialdemokraten kamen auf 31,4 Prozent.',
      '31,4',
      'Sozialdemokraten',
      'list',
    ],
    [
      'a relative clause follows its name',
      'Sauter ließ den Christdemokraten Thomas Brenner hinter sich, der nur 45,7 Prozent erreichte.',
      '45,7',
      'Thomas Brenner',
      'subject',
    ],
  ])('%s', (_name, text, value, bearer, how) => {
    const f = frame(text, value);
    expect(f.bearer?.text).toContain(bearer);
    expect(f.bearer?.how).toBe(how);
  });

  it('gives an elliptic figure the bearer and attribute of the one before it', () => {
    const f = frame(
      'Die SPD kam auf 31 Prozent der Stimmen, im Vorjahr waren es 28 Prozent.',
      '28',
    );
    expect(f.bearer?.text).toBe('SPD');
    expect(f.attribute.key).toBe('vote-share');
    expect(f.qualifiers.map((q) => q.key)).toContain('previous');
  });
});

describe('qualifiers', () => {
  it.each([
    [
      'Es wurden 2025 rund 214.000 Häuser gebaut, nach 251.900 im Jahr davor.',
      '251.900',
      'previous',
    ],
    ['Der Betrieb verkauft im Jahr 300 Autos.', '300', 'habitual'],
  ])('%s', (text, value, key) => {
    expect(frame(text, value).qualifiers.map((q) => q.key)).toContain(key);
  });
});

describe('attribute', () => {
  it.each([
    ['Bei dem Unglück kamen drei Menschen ums Leben.', 'drei', 'dead'],
    ['Bei dem Unglück wurden 25 Menschen verletzt.', '25', 'injured'],
    ['Der Konzern streicht 3.000 Stellen.', '3.000', 'jobs'],
    ['Mehr als 40 Fahrgäste kamen mit Verletzungen in Kliniken.', '40', 'injured'],
    ['Drei der Schwerverletzten schweben in Lebensgefahr.', 'Drei', 'part:injured'],
    ['Die SPD stellt 18 der 51 Abgeordneten.', '51', 'total:seats'],
    ['Die Kosten: jedes Jahr rund 150 Millionen Euro.', '150', 'cost'],
    // A sentence without a figure that names the attribute leads in to the next one's bare figure …
    [
      'Wie hoch der Schaden ist, lässt sich nicht sagen. Nach einer Schätzung sind es 45 Millionen Euro.',
      '45',
      'damage',
    ],
    // … but not across a sentence with a figure of its own, nor to a figure whose unit does not fit.
    [
      'Wie hoch der Schaden ist, weiß niemand. Zwei Menschen starben. Es sind 45 Millionen Euro.',
      '45',
      'dim:currency',
    ],
    ['Der Schaden ist groß. Es waren 14 Kilometer.', '14', 'dim:m'],
  ])('%s → %s', (text, value, key) => {
    expect(frame(text, value).attribute.key).toBe(key);
  });
});

describe('qualifiers, source, superseded', () => {
  it('reads the version, the stage and the modality', () => {
    const version = frame('Ältere Varianten kommen auf rund 165 Kilometer.', '165');
    expect(version.qualifiers.map((q) => `${q.dimension}:${q.key}`)).toContain('version:old');
    const stage = frame('Laut Hochrechnung liegt die SPD bei 30 Prozent.', '30');
    expect(stage.qualifiers.map((q) => `${q.dimension}:${q.key}`)).toContain('stage:preliminary');
    const modality = frame('Der Zug fuhr mit 120 km/h statt der erlaubten 100 km/h.', '100');
    expect(modality.qualifiers.map((q) => `${q.dimension}:${q.key}`)).toContain(
      'modality:permitted',
    );
    const actual = frame('Der Zug fuhr mit 120 km/h statt der erlaubten 100 km/h.', '120');
    expect(actual.qualifiers.map((q) => q.dimension)).not.toContain('modality');
  });

  it.each([
    ['Nach Angaben der Polizei starben drei Menschen.', 'drei', 'Polizei'],
    ['Laut Landratsamt wurden 25 Menschen verletzt.', '25', 'Landratsamt'],
    ['Westliche Geheimdienste gehen von 12.000 Soldaten aus.', '12.000', 'Westliche Geheimdienste'],
  ])('source of "%s"', (text, value, source) => {
    expect(frame(text, value).source?.text).toBe(source);
  });

  it('marks a figure the report itself calls outdated, and only then', () => {
    const text =
      'Zunächst war von zwei Toten die Rede. Inzwischen bestätigte die Polizei drei Tote.';
    expect(frame(text, 'zwei').superseded?.text).toBe('Zunächst');
    expect(frame(text, 'drei').superseded).toBeNull();
    const alone = 'Zunächst starben zwei Menschen bei dem Brand.';
    expect(frame(alone, 'zwei').superseded).toBeNull();
  });
});

describe('date frames', () => {
  it('take the event noun the date follows, and its key', () => {
    const f = frame('Der Anschlag am Dienstag erschütterte die Stadt.', 'Dienstag');
    expect(f.kind).toBe('date');
    expect(f.attribute.key).toBe('event:attack');
    expect(frameLabel(f)).toBe('Anschlag');
  });

  it('map a verb and its noun to one event', () => {
    const verb = frame('Der Zug entgleiste am Freitag bei Murnau.', 'Freitag');
    const noun = frame('Die Entgleisung am 13. Juni überraschte alle.', '13. Juni');
    expect(verb.attribute.key).toBe(noun.attribute.key);
  });
});

import { describe, expect, it } from 'vitest';
import type { FrameRecord, TokenRecord } from '../contract/types.js';
import { nameKey } from '../entities/index.js';
import { emptyDocument } from '../testing/records.js';
import { publishedDay, reportFeatures } from './features.js';

/** A record from `word/UPOS/lemma` triples; sentences end after a word marked with a trailing `|`. */
function record(spec: string, extra: Parameters<typeof emptyDocument>[2] = {}) {
  let text = '';
  const tokens: TokenRecord[] = [];
  const sentences: { start: number; end: number }[] = [];
  let sentenceStart = 0;
  for (const item of spec.split(' ')) {
    const end = item.endsWith('|');
    const [word, upos, lemma] = (end ? item.slice(0, -1) : item).split('/') as [
      string,
      string,
      string?,
    ];
    if (text.length > 0) text += ' ';
    const start = text.length;
    text += word;
    const kind = /^\d[\d.]*$/.test(word) ? 'number' : upos === 'PUNCT' ? 'punct' : 'word';
    tokens.push({ start, end: text.length, kind, upos, lemma: lemma ?? word });
    if (end) {
      sentences.push({ start: sentenceStart, end: text.length });
      sentenceStart = text.length + 1;
    }
  }
  return emptyDocument('r', text, { tokens, sentences, ...extra });
}

describe('reportFeatures: terms', () => {
  it.each([
    // spec, expected terms
    ['Zug/NOUN entgleist/VERB .|', { zug: 2 }], // a lead word counts twice
    [
      'Titel/NOUN .| Text/NOUN .| Züge/NOUN/Zug entgleisen/VERB/entgleisen .|',
      { titel: 2, text: 2, zug: 1 },
    ],
    [
      'Kopf/NOUN .| Lead/NOUN .| Talbahn/PROPN 41/NUM 3/NUM 1.200/NUM Fahrgäste/NOUN/Fahrgast .|',
      {
        kopf: 2,
        lead: 2,
        talbahn: 1,
        '#41': 1,
        '#1200': 1,
        fahrgast: 1,
      },
    ],
    // function words, verbs, adjectives and one-letter or letterless nouns carry nothing
    ['a/NOUN .| die/DET schnelle/ADJ Bahn/NOUN fährt/VERB/fahren .|', { bahn: 2 }],
  ])('%s', (spec, expected) => {
    expect(reportFeatures(record(spec), 'r').terms).toEqual(expected);
  });
});

describe('reportFeatures: entities', () => {
  it('resolves mentions into one key per entity, in order of first mention', () => {
    const doc = record('x/X', {
      entities: [
        { start: 0, end: 1, text: 'Wendelbach', type: 'LOC', form: 'name', entity: 'e1' },
        { start: 0, end: 1, text: 'Carola Henning', type: 'PER', form: 'name', entity: 'e2' },
        { start: 0, end: 1, text: 'Henning', type: 'PER', form: 'name', entity: 'e2' },
        { start: 0, end: 1, text: 'Wendelbach', type: 'LOC', form: 'name', entity: 'e1' },
      ],
    });
    expect(reportFeatures(doc, 'r').entities).toEqual([
      `LOC:${nameKey('Wendelbach')}`,
      `PER:${nameKey('Carola Henning')}`,
    ]);
  });
});

describe('reportFeatures: frames', () => {
  const frame = (
    bearer: { key: string; named: boolean } | null,
    attribute: string,
  ): FrameRecord => ({
    start: 0,
    end: 1,
    kind: 'quantity',
    index: 0,
    text: '41',
    value: '41',
    bearer: bearer && {
      ...bearer,
      start: 0,
      end: 1,
      text: bearer.key,
      entity: null,
      how: 'subject',
    },
    attribute: { key: attribute, label: attribute, words: [] },
    qualifiers: [],
    source: null,
    superseded: null,
  });
  it('keys bearer and attribute, marks named bearers, skips frames without bearer, each once', () => {
    const doc = record('x/X', {
      frames: [
        frame({ key: 'noun:zug', named: false }, 'injured'),
        frame({ key: 'name:talbahn', named: true }, 'revenue'),
        frame(null, 'dead'),
        frame({ key: 'noun:zug', named: false }, 'injured'),
      ],
    });
    expect(reportFeatures(doc, 'r').frames).toEqual(['noun:zug|injured', '!name:talbahn|revenue']);
  });
});

describe('publishedDay', () => {
  it.each([
    ['page metadata with time', { published: '2025-09-13T18:40:00+02:00' }, 'Text', '2025-09-13'],
    ['page metadata, a day', { published: '2025-09-13' }, 'Text', '2025-09-13'],
    [
      'the dateline without metadata',
      undefined,
      'Wendelbach (dpa, 14. September 2025) – Ein Zug …',
      '2025-09-14',
    ],
    [
      'an impossible metadata day, then the dateline',
      { published: '2025-02-30' },
      'Berlin, 01.03.2025 – Text',
      '2025-03-01',
    ],
    ['neither', undefined, 'Ein Zug ist entgleist.', null],
  ])('%s', (_, meta, text, expected) => {
    expect(publishedDay(emptyDocument('r', text, meta ? { meta } : {}))).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  mapTag,
  offsetsToSentences,
  parseColumns,
  parseGermEval,
  repairBio,
  splitRunningText,
} from './ner-corpora.js';

describe('mapTag', () => {
  it.each<[Parameters<typeof mapTag>[0], string, string, boolean]>([
    ['germeval', 'B-LOCderiv', 'B-LOCderiv', false],
    ['germeval', 'I-OTHpart', 'I-OTHpart', false],
    ['ler', 'B-RR', 'B-PER', false],
    ['ler', 'I-GRT', 'I-ORG', false],
    ['ler', 'B-ST', 'B-LOC', false],
    ['ler', 'B-GS', 'O', true],
    ['mobie', 'B-location-stop', 'B-LOC', false],
    ['mobie', 'B-location-route', 'O', true],
    ['mobie', 'B-date', 'O', false],
    ['smartdata', 'B-organization-company', 'B-ORG', false],
    ['europeana', 'B_PER', 'B-PER', false],
    ['europeana', 'B-PEr', 'B-PER', false],
    ['zefys', 'O', 'O', false],
    ['zefys', 'garbage', 'O', false],
  ])('%s %s → %s', (corpus, raw, tag, drop) => expect(mapTag(corpus, raw)).toEqual({ tag, drop }));
});

describe('parsers', () => {
  it('reads GermEval TSV with its document lines', () => {
    const source =
      '#\thttp://x\t[2009]\t\n1\tIn\tO\tO\n2\tBerlin\tB-LOC\tO\n3\tdeutsche\tB-LOCderiv\tO\n\n';
    const [s] = parseGermEval(source);
    expect(s).toMatchObject({
      tokens: ['In', 'Berlin', 'deutsche'],
      tags: ['O', 'B-LOC', 'B-LOCderiv'],
      docId: 'http://x',
    });
  });

  it('reads column files and marks sentences with dropped types', () => {
    const source = 'Der O\nBGH B-GRT\n\nnach B-GS\n§ I-GS\n';
    const sentences = parseColumns('ler', source);
    expect(sentences.map((s) => [s.tags, s.dropped])).toEqual([
      [['O', 'B-ORG'], false],
      [['O', 'O'], true],
    ]);
  });

  it('repairs I- after O', () =>
    expect(repairBio(['O', 'I-PER', 'I-PER'])).toEqual(['O', 'B-PER', 'I-PER']));

  it('cuts running text after sentence punctuation, never inside a name', () => {
    const tokens = ['Er', 'kam', '.', 'Dann', 'ging', 'St', '.', 'Paul', '.'];
    const tags = ['O', 'O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O'];
    expect(splitRunningText(tokens, tags).map((p) => p.tokens.join(' '))).toEqual([
      'Er kam .',
      'Dann ging St . Paul .',
    ]);
  });

  it('turns character offsets into BIO tags', () => {
    const text = 'Michael Peters, CEO von Euronews.';
    const [s] = offsetsToSentences('smartdata', text, [
      { start: 0, end: 14, type: 'person' },
      { start: 24, end: 32, type: 'organization-company' },
    ]);
    expect(s!.tokens.map((t, i) => `${t}/${s!.tags[i]}`)).toEqual([
      'Michael/B-PER',
      'Peters/I-PER',
      ',/O',
      'CEO/O',
      'von/O',
      'Euronews/B-ORG',
      './O',
    ]);
  });
});

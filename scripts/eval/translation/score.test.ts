import { describe, expect, it } from 'vitest';
import type { TranslationCheckOutput } from '../../../src/core/contract/types.js';
import { emptyDocument } from '../../../src/core/testing/records.js';
import { paragraphStarts, scorePair, type TranslationGold } from './score.js';

const ORIGINAL = 'One.\n\nTwo 140 metres.\n\nThree.';
const TRANSLATION = 'Eins.\n\nZwei 410 Meter.';

function output(findings: TranslationCheckOutput['findings']): TranslationCheckOutput {
  const doc = (id: string, text: string) => {
    const starts = paragraphStarts(text);
    return {
      ...emptyDocument(id, text),
      sentences: starts.map((start, i) => ({ start, end: (starts[i + 1] ?? text.length + 2) - 2 })),
    };
  };
  return {
    version: 2,
    kind: 'translation-check',
    documents: [doc('a', ORIGINAL), doc('b', TRANSLATION)],
    languages: ['en', 'de'],
    dictionary: true,
    alignment: [
      { original: [0], translation: [0], score: 1 },
      { original: [1], translation: [1], score: 1 },
      { original: [2], translation: [], score: 0 },
    ],
    findings,
  };
}

const GOLD: TranslationGold = {
  split: 'dev',
  direction: 'en-de',
  original: 'o',
  translation: 't',
  alignment: [
    { original: [0], translation: [0] },
    { original: [1], translation: [1] },
    { original: [2], translation: [] },
  ],
  errors: [
    { kind: 'number', original: '140 metres', translation: '410 Meter' },
    { kind: 'dropped', original: 'Three.', translation: null },
  ],
};

describe('scorePair', () => {
  it('counts right steps, found errors and false reports', () => {
    const at = (doc: 0 | 1, text: string, snippet: string) => {
      const start = text.indexOf(snippet);
      return { doc, start, end: start + snippet.length, text: snippet };
    };
    const score = scorePair(
      GOLD,
      output([
        {
          kind: 'number',
          bead: 1,
          original: at(0, ORIGINAL, '140 metres'),
          translation: at(1, TRANSLATION, '410 Meter'),
          explanation: '',
        },
        {
          kind: 'name',
          bead: 0,
          original: at(0, ORIGINAL, 'One'),
          translation: at(1, TRANSLATION, 'Eins'),
          explanation: '',
        },
      ]),
    );
    expect(score).toMatchObject({ beads: 3, beadsRight: 3, planted: 2, found: 1, falseReports: 1 });
    expect(score.missed.map((m) => m.kind)).toEqual(['dropped']);
  });

  it('does not count a finding of another kind', () => {
    const start = ORIGINAL.indexOf('140');
    const score = scorePair(
      GOLD,
      output([
        {
          kind: 'unit',
          bead: 1,
          original: { doc: 0, start, end: start + 3, text: '140' },
          translation: null,
          explanation: '',
        },
      ]),
    );
    expect(score.found).toBe(0);
    expect(score.falseReports).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { CompareOutput, StatementRef } from '../../../src/core/contract/types.js';
import { emptyCompareOutput, emptyDocument } from '../../../src/core/testing/records.js';
import type { Story, StoryGold } from './gold.js';
import { scoreStory } from './score-compare.js';

// Two tiny reports: one conflict (12 vs 10 dead), one agreement (the bridge), one unique sentence.
const A = 'Die Brücke ist eingestürzt. Zwölf Menschen starben. Der Bürgermeister war vor Ort.';
const B = 'Die Brücke stürzte ein. Zehn Menschen kamen ums Leben. Die Polizei ermittelt.';

const gold: StoryGold = {
  id: 'mini',
  domain: 'disaster',
  style: 'agency',
  split: 'dev',
  reports: ['a.txt', 'b.txt'],
  facts: {
    f1: 'Brücke eingestürzt',
    f2: 'Zahl der Toten',
    f3: 'Bürgermeister vor Ort',
    f4: 'Ermittlungen',
  },
  sentences: {
    'a.txt': [
      { text: 'Die Brücke ist eingestürzt', facts: ['f1'] },
      { text: 'Zwölf Menschen starben', facts: ['f2'] },
      { text: 'Der Bürgermeister war vor Ort', facts: ['f3'] },
    ],
    'b.txt': [
      { text: 'Die Brücke stürzte ein', facts: ['f1'] },
      { text: 'Zehn Menschen kamen', facts: ['f2'] },
      { text: 'Die Polizei ermittelt', facts: ['f4'] },
    ],
  },
  conflicts: [
    {
      kind: 'quantity',
      a: { report: 'a.txt', text: 'Zwölf' },
      b: { report: 'b.txt', text: 'Zehn' },
    },
  ],
  traps: [],
  entities: {
    merge: [],
    apart: [],
  },
  quotes: {},
  notQuotes: {},
};
const story: Story = {
  dir: 'mini',
  gold,
  texts: new Map([
    ['a.txt', A],
    ['b.txt', B],
  ]),
};

function ref(docIndex: number, text: string, needle: string): StatementRef {
  const start = text.indexOf(needle);
  return { doc: docIndex, start, end: start + needle.length, text: needle, sentence: 0 };
}
const claim = (r: StatementRef) => ({
  ...r,
  claim: {
    subject: null,
    attribute: null,
    value: null,
    polarity: 'affirmed' as const,
    hedges: [],
    attribution: null,
  },
});

function output(parts: Partial<CompareOutput>): CompareOutput {
  return emptyCompareOutput([emptyDocument('a.txt', A), emptyDocument('b.txt', B)], parts);
}

describe('scoreStory', () => {
  it('counts a found conflict, a right agreement and a right unique statement', () => {
    const result = scoreStory(
      story,
      output({
        conflicts: [
          {
            kind: 'quantity',
            claims: [
              ref(0, A, 'Zwölf Menschen starben.'),
              ref(1, B, 'Zehn Menschen kamen ums Leben.'),
            ],
            explanation: '12 vs 10',
            severity: 'high',
          } as CompareOutput['conflicts'][number],
        ],
        agreements: [
          {
            claims: [
              claim(ref(0, A, 'Die Brücke ist eingestürzt.')),
              claim(ref(1, B, 'Die Brücke stürzte ein.')),
            ],
            score: 1,
          },
        ],
        unique: [claim(ref(0, A, 'Der Bürgermeister war vor Ort.'))],
      }),
    );
    expect(result.scores.conflicts.precision).toEqual({ hit: 1, of: 1 });
    expect(result.scores.conflicts.recall).toEqual({ hit: 1, of: 1 });
    expect(result.scores.agreements.precision).toEqual({ hit: 1, of: 1 });
    // The dead-count pair is set apart by the gold conflict, so only the bridge pair is wanted.
    expect(result.scores.agreements.recall).toEqual({ hit: 1, of: 1 });
    expect(result.scores.unique.precision).toEqual({ hit: 1, of: 1 });
    expect(result.details).toEqual([]);
  });

  it('lists a missed conflict, an agreement of conflicting sentences and a wrong unique statement', () => {
    const result = scoreStory(
      story,
      output({
        agreements: [
          {
            claims: [
              claim(ref(0, A, 'Zwölf Menschen starben.')),
              claim(ref(1, B, 'Zehn Menschen kamen ums Leben.')),
            ],
            score: 0.5,
          },
        ],
        unique: [claim(ref(1, B, 'Die Brücke stürzte ein.'))],
      }),
    );
    expect(result.scores.conflicts.recall).toEqual({ hit: 0, of: 1 });
    expect(result.scores.agreements.precision).toEqual({ hit: 0, of: 1 });
    expect(result.scores.agreements.recall).toEqual({ hit: 0, of: 1 });
    expect(result.scores.unique.precision).toEqual({ hit: 0, of: 1 });
    expect(result.details.map((d) => d.split(/[:(]/)[0]!.trim())).toEqual([
      'MISSED CONFLICT',
      'WRONG AGREEMENT',
      'MISSED AGREEMENT',
      'WRONG UNIQUE',
    ]);
  });

  it('does not match a conflict of another kind', () => {
    const result = scoreStory(
      story,
      output({
        conflicts: [
          {
            kind: 'negation',
            claims: [
              ref(0, A, 'Zwölf Menschen starben.'),
              ref(1, B, 'Zehn Menschen kamen ums Leben.'),
            ],
            explanation: 'x',
            severity: 'high',
          } as CompareOutput['conflicts'][number],
        ],
      }),
    );
    expect(result.scores.conflicts.precision).toEqual({ hit: 0, of: 1 });
    expect(result.details[0]).toContain('gold has these sides as quantity');
  });
});

import { describe, expect, it } from 'vitest';
import { alignSentences } from './sentence-align.js';

/** A similarity from a table of linked sentence pairs: 0.8 for listed pairs (merged sides listed as "0+1"), else 0. */
function table(pairs: Record<string, number>) {
  return (a: number[], b: number[]) => pairs[`${a.join('+')}:${b.join('+')}`] ?? 0;
}

describe('alignSentences', () => {
  it('aligns one to one', () => {
    const beads = alignSentences(2, 2, table({ '0:0': 0.8, '1:1': 0.7 }));
    expect(beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
  });
  it('finds a dropped and an added sentence', () => {
    const beads = alignSentences(3, 3, table({ '0:0': 0.8, '2:1': 0.7 }));
    expect(beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[], [2]],
    ]);
  });
  it('joins a sentence split in translation', () => {
    const beads = alignSentences(2, 3, table({ '0:0': 0.3, '0:0+1': 0.8, '1:2': 0.8 }));
    expect(beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
    ]);
  });
  it('keeps order: a later match cannot cross an earlier one', () => {
    const beads = alignSentences(2, 2, table({ '0:1': 0.9, '1:0': 0.9 }));
    expect(beads.filter((b) => b.a.length > 0 && b.b.length > 0)).toHaveLength(1);
  });
  it('handles empty texts', () => {
    expect(alignSentences(0, 2, table({})).map((b) => b.b)).toEqual([[0], [1]]);
  });
  it('aligns long texts along the diagonal, dropped sentences included', () => {
    // 300 sentences, every tenth dropped in translation: sentence i of the
    // original is sentence i - floor(i / 10) - 1 of the translation.
    const kept = Array.from({ length: 300 }, (_, i) => i).filter((i) => i % 10 !== 5);
    const target = new Map(kept.map((i, j) => [i, j]));
    const beads = alignSentences(300, kept.length, (a, b) =>
      a.length === 1 && b.length === 1 && target.get(a[0]!) === b[0] ? 0.8 : 0,
    );
    expect(beads.filter((b) => b.b.length === 0).map((b) => b.a[0])).toEqual(
      Array.from({ length: 30 }, (_, k) => k * 10 + 5),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeWordClusters, WordClusters } from './word-clusters.js';

const clusters = WordClusters.fromBytes(
  encodeWordClusters(
    ['Berlin', 'München', 'sagte', 'januar'],
    [536, 537, 675, 711],
    [32, 256, 1024],
  ),
);

describe('WordClusters', () => {
  it.each([
    ['Berlin', [16, 134, 536]],
    ['München', [16, 134, 537]],
    ['sagte', [21, 168, 675]],
    ['Januar', [22, 177, 711]], // via the lower-cased spelling
    ['Bonn', [-1, -1, -1]],
  ])('%s → %j', (form, ids) => {
    expect([0, 1, 2].map((level) => clusters.clusterAt(form, level))).toEqual(ids);
  });

  it('rejects bytes of another format', () => {
    expect(() => WordClusters.fromBytes(new Uint8Array(32))).toThrow(/CXWC/);
  });

  it('round-trips any word list through the byte format', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1 }).filter((w) => !w.includes('\n')),
          {
            maxLength: 30,
          },
        ),
        (words) => {
          const ids = words.map((_, i) => (i * 37) % 1024);
          const back = WordClusters.fromBytes(encodeWordClusters(words, ids, [32, 256, 1024]));
          expect(back.size).toBe(words.length);
          words.forEach((w, i) => expect(back.clusterAt(w, 2)).toBe(ids[i]));
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { FeatureSink } from '../tagging/index.js';
import {
  createNerFeatures,
  NER_CLUSTER_FEATURES,
  NER_COMPACT_FEATURES,
  NER_FULL_FEATURES,
  foldDomainWeights,
  gazetteerResources,
  nerFeatures,
  prepareNerItems,
  pruneWeights,
  wordShape,
} from './features.js';

describe('wordShape', () => {
  it.each([
    ['Biden', 'Xx'],
    ['Biden-Administration', 'Xx-Xx'],
    ['F-16', 'X-d'],
    ['ATACMS', 'X'],
    ['russischen', 'x'],
    ['2014', 'd'],
  ])('%s → %s', (word, shape) => expect(wordShape(word)).toBe(shape));
});

function hashes(tokens: string[], index: number, domain = 0): number[] {
  const sink = new FeatureSink();
  nerFeatures(
    prepareNerItems(tokens, gazetteerResources(new Map([['Biden', 'NAC']])), domain),
    index,
    sink,
  );
  return [...sink.toArray()];
}

describe('nerFeatures', () => {
  it('emits general hashes only (lowest bit clear) when tagging', () => {
    expect(hashes(['Präsident', 'Biden', 'sagte'], 1).every((h) => (h & 1) === 0)).toBe(true);
  });

  it('adds one domain copy (lowest bit set) per feature in training', () => {
    const tagging = hashes(['Präsident', 'Biden', 'sagte'], 1);
    const training = hashes(['Präsident', 'Biden', 'sagte'], 1, 2);
    expect(training.length).toBe(2 * tagging.length);
    expect(training.filter((h) => (h & 1) === 0)).toEqual(tagging);
  });

  it('depends on the context words', () => {
    expect(hashes(['Präsident', 'Biden'], 1)).not.toEqual(hashes(['Herr', 'Biden'], 1));
  });
});

describe('foldDomainWeights', () => {
  it('adds the target domain copy to the general row and drops all copies', () => {
    // Find the copy hash of a general hash through the extractor itself.
    const general = hashes(['Biden'], 0);
    const withCopies = hashes(['Biden'], 0, 1);
    const g = general[0]!;
    const copy = withCopies[1]!;
    const other = hashes(['Biden'], 0, 2)[1]!;
    const rows = [g, copy, other].sort((a, b) => a - b);
    const weightOf = new Map([
      [g, 1],
      [copy, 2],
      [other, 5],
    ]);
    const folded = foldDomainWeights(
      {
        featureHashes: Uint32Array.from(rows),
        rowStart: Uint32Array.from([0, 1, 2, 3]),
        weightLabels: Uint16Array.from([0, 0, 0]),
        weights: Float32Array.from(rows.map((h) => weightOf.get(h)!)),
      },
      1,
      1,
    );
    expect([...folded.featureHashes]).toEqual([g]);
    expect([...folded.weights]).toEqual([3]);
  });
});

describe('pruneWeights', () => {
  it('drops small weights and rows left empty', () => {
    const pruned = pruneWeights(
      {
        featureHashes: Uint32Array.from([2, 4, 6]),
        rowStart: Uint32Array.from([0, 2, 3, 5]),
        weightLabels: Uint16Array.from([0, 1, 0, 0, 2]),
        weights: Float32Array.from([5, 0.5, -0.1, -3, 1]),
      },
      2,
    );
    expect([...pruned.featureHashes]).toEqual([2, 6]);
    expect([...pruned.rowStart]).toEqual([0, 1, 2]);
    expect([...pruned.weightLabels]).toEqual([0, 0]);
    expect([...pruned.weights]).toEqual([5, -3]);
  });
});

describe('createNerFeatures split into own and context features', () => {
  const resources = gazetteerResources(new Map([['Biden', 'NAC']]));
  const tokens = ['„', 'Präsident', 'Biden', '“', 'sagte', 'Biden', '.'];
  it.each([NER_FULL_FEATURES, NER_COMPACT_FEATURES, NER_CLUSTER_FEATURES])(
    'version %i: own groups + context = all features; own groups depend on the form only',
    (version) => {
      const features = createNerFeatures(version);
      const items = prepareNerItems(tokens, resources);
      const ownOf = (index: number, offset: number) => {
        const sink = new FeatureSink();
        features.own(items[index], offset, sink);
        return [...sink.toArray()];
      };
      for (let i = 0; i < items.length; i++) {
        const all = new FeatureSink();
        features(items, i, all);
        const parts = new FeatureSink();
        for (const offset of features.offsets) features.own(items[i + offset], offset, parts);
        features.context(items, i, parts);
        expect([...parts.toArray()].sort()).toEqual([...all.toArray()].sort());
      }
      // "Biden" inside quotation marks and outside: same own features.
      for (const offset of features.offsets) expect(ownOf(2, offset)).toEqual(ownOf(5, offset));
    },
  );
});

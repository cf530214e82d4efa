/**
 * Monotone sentence alignment of a text and its translation by dynamic
 * programming (in the manner of Gale and Church, with a similarity across
 * languages in place of sentence lengths): each step takes one sentence of
 * each side (1–1), one sentence translated as two or two as one (1–2, 2–1),
 * or one sentence on one side only (1–0 dropped, 0–1 added).
 */
export interface Bead {
  a: number[];
  b: number[];
  score: number;
}

/** Below this similarity two sentences are not one translated into the other: skipping both is better. */
export const MIN_TRANSLATION_SIMILARITY = 0.15;
/**
 * The same without a dictionary: only names, figures, cognates and length
 * then link sentences, so the similarity of a true pair is lower.
 */
export const MIN_SIMILARITY_WITHOUT_DICTIONARY = 0.05;
/** A split or joined sentence must be clearly better than a sentence left unmatched. */
const MERGE_PENALTY = 0.05;

/** Half-width of the band around the diagonal searched: this many sentences at least, or this share of the longer text. */
const MIN_BAND = 20;
const BAND_SHARE = 0.15;

const STEPS: readonly [number, number][] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 0],
  [0, 1],
];

export function alignSentences(
  countA: number,
  countB: number,
  similarity: (a: number[], b: number[]) => number,
  minSimilarity = MIN_TRANSLATION_SIMILARITY,
): Bead[] {
  const width = countB + 1;
  const best = new Float64Array((countA + 1) * width).fill(Number.NEGATIVE_INFINITY);
  const step = new Int8Array((countA + 1) * width).fill(-1);
  const scoreAt = new Float64Array((countA + 1) * width);
  best[0] = 0;
  // A translation keeps its original's order and length, so the path runs near
  // the diagonal: cells far from it are not visited, which keeps long texts fast.
  const band = Math.max(MIN_BAND, BAND_SHARE * Math.max(countA, countB));
  const near = (i: number, j: number) =>
    countA === 0 || countB === 0 || Math.abs(j - (i * countB) / countA) <= band;
  for (let i = 0; i <= countA; i++) {
    for (let j = 0; j <= countB; j++) {
      if (!near(i, j)) continue;
      const here = best[i * width + j]!;
      if (here === Number.NEGATIVE_INFINITY) continue;
      STEPS.forEach(([da, db], s) => {
        const [ni, nj] = [i + da, j + db];
        if (ni > countA || nj > countB || !near(ni, nj)) return;
        let gain = 0;
        let score = 0;
        if (da > 0 && db > 0) {
          score = similarity(range(i, da), range(j, db));
          gain = score - minSimilarity - (da + db > 2 ? MERGE_PENALTY : 0);
        }
        const cell = ni * width + nj;
        if (here + gain > best[cell]!) {
          best[cell] = here + gain;
          step[cell] = s;
          scoreAt[cell] = score;
        }
      });
    }
  }
  const beads: Bead[] = [];
  let [i, j] = [countA, countB];
  while (i > 0 || j > 0) {
    const cell = i * width + j;
    const [da, db] = STEPS[step[cell]!]!;
    beads.push({ a: range(i - da, da), b: range(j - db, db), score: scoreAt[cell]! });
    i -= da;
    j -= db;
  }
  return beads.reverse();
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

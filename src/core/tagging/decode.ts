/**
 * Decoders over precomputed emission scores (`n × L`, row-major) and the model's
 * `(L + 1) × L` transition weights (row L = sentence start). A 0 in `allowed`
 * forbids a transition outright; both decoders honour it.
 */
export type DecodeMode = 'greedy' | 'viterbi';

/** Left to right, each position takes its best label given the previous choice. O(n·L). */
export function decodeGreedy(
  emissions: Float32Array,
  n: number,
  L: number,
  transitions: Float32Array,
  allowed: Uint8Array | undefined,
  out: Uint16Array = new Uint16Array(n),
): Uint16Array {
  let prev = L;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const tBase = prev * L;
    let best = -1;
    let bestScore = -Infinity;
    for (let y = 0; y < L; y++) {
      if (allowed !== undefined && allowed[tBase + y] === 0) continue;
      const s = emissions[base + y]! + transitions[tBase + y]!;
      if (s > bestScore) {
        bestScore = s;
        best = y;
      }
    }
    // Every label forbidden (a mask with no way out) – fall back to the emission argmax.
    if (best < 0) best = argmax(emissions, base, L);
    out[i] = best;
    prev = best;
  }
  return out;
}

/** Exact best path under first-order transitions. O(n·L²). */
export function decodeViterbi(
  emissions: Float32Array,
  n: number,
  L: number,
  transitions: Float32Array,
  allowed: Uint8Array | undefined,
  out: Uint16Array = new Uint16Array(n),
): Uint16Array {
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const startBase = L * L;
  for (let y = 0; y < L; y++) {
    score[y] =
      allowed !== undefined && allowed[startBase + y] === 0
        ? -Infinity
        : emissions[y]! + transitions[startBase + y]!;
  }
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -1;
      let bestScore = -Infinity;
      for (let p = 0; p < L; p++) {
        const t = p * L + y;
        if (allowed !== undefined && allowed[t] === 0) continue;
        const s = score[prevBase + p]! + transitions[t]!;
        if (s > bestScore) {
          bestScore = s;
          best = p;
        }
      }
      score[base + y] = bestScore + emissions[base + y]!;
      back[base + y] = best;
    }
  }
  let last = argmax(score, (n - 1) * L, L);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    const p = back[i * L + last]!;
    // A dead end (no allowed path) leaves -1: restart from the best label there.
    last = p >= 0 ? p : i > 0 ? argmax(score, (i - 1) * L, L) : 0;
  }
  return out;
}

function argmax(values: ArrayLike<number>, base: number, L: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let y = 0; y < L; y++) {
    const v = values[base + y]!;
    if (v > bestScore) {
      bestScore = v;
      best = y;
    }
  }
  return best;
}

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

/**
 * Per label `y`, its allowed predecessors (`from[y]`) and the offset of each
 * label's run in a flat array (`at[y]`): under BIO an `I-X` label has only two
 * predecessors. Cached per mask; transition weights are gathered per call into
 * the same order (training changes them between calls), so the inner Viterbi
 * loop reads memory in order.
 */
interface Predecessors {
  from: Int32Array[];
  at: Int32Array;
  total: number;
}
const PREDECESSORS = new WeakMap<Uint8Array, Predecessors>();
const UNMASKED = new Map<number, Predecessors>();

function predecessorsOf(L: number, allowed: Uint8Array | undefined): Predecessors {
  const cached = allowed ? PREDECESSORS.get(allowed) : UNMASKED.get(L);
  if (cached !== undefined && cached.from.length === L) return cached;
  const from: Int32Array[] = [];
  const at = new Int32Array(L);
  let total = 0;
  for (let y = 0; y < L; y++) {
    const list: number[] = [];
    for (let p = 0; p < L; p++) if (allowed === undefined || allowed[p * L + y] !== 0) list.push(p);
    from.push(Int32Array.from(list));
    at[y] = total;
    total += list.length;
  }
  const built = { from, at, total };
  if (allowed) PREDECESSORS.set(allowed, built);
  else UNMASKED.set(L, built);
  return built;
}

let gathered = new Float64Array(0);
let scoreBuffer = new Float64Array(0);
let backBuffer = new Int32Array(0);

/** Exact best path under first-order transitions: O(n·L·allowed predecessors), at most O(n·L²). */
export function decodeViterbi(
  emissions: Float32Array,
  n: number,
  L: number,
  transitions: Float32Array,
  allowed: Uint8Array | undefined,
  out: Uint16Array = new Uint16Array(n),
): Uint16Array {
  if (n === 0) return out;
  if (scoreBuffer.length < n * L) {
    scoreBuffer = new Float64Array(Math.max(n * L, 4096));
    backBuffer = new Int32Array(scoreBuffer.length);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  const { from, at, total } = predecessorsOf(L, allowed);
  if (gathered.length < total) gathered = new Float64Array(total);
  const weights = gathered;
  for (let y = 0; y < L; y++) {
    const ps = from[y]!;
    for (let k = 0; k < ps.length; k++) weights[at[y]! + k] = transitions[ps[k]! * L + y]!;
  }
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
      const ps = from[y]!;
      const w0 = at[y]!;
      let best = -1;
      let bestScore = -Infinity;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        const s = score[prevBase + p]! + weights[w0 + k]!;
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

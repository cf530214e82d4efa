/**
 * Distributional word clusters (`models/clusters-de.bin`, built by
 * `scripts/build/word-clusters.ts`): each frequent word form of unannotated
 * German text has a path in a three-level cluster tree (e.g. 32 → 256 → 1024
 * clusters). Words used in similar contexts share a cluster, so a tagger can
 * generalise from "Müller" to an unseen "Schmidtke", or from "Bonn" to "Gera".
 *
 * Byte format (little-endian): "CXWC", u32 version (1), u32 word count n,
 * u32 level count k, k × u32 clusters per level (cumulative: the finest last),
 * n × u16 finest cluster id (coarser ids are `id / (finest / coarse)`), then the
 * n words as UTF-8 joined by "\n".
 */
const MAGIC = 0x43575843; // "CXWC" read as little-endian u32

export class WordClusters {
  private readonly ids: Map<string, number>;
  /** Divisor from the finest id to each level's id, coarsest first. */
  private readonly divisors: readonly number[];

  constructor(
    words: readonly string[],
    finestIds: ArrayLike<number>,
    /** Clusters per level, coarsest first; each divides the next. */
    readonly levels: readonly number[],
  ) {
    this.ids = new Map();
    for (let i = 0; i < words.length; i++) this.ids.set(words[i]!, finestIds[i]!);
    const finest = levels[levels.length - 1] ?? 1;
    this.divisors = levels.map((k) => finest / k);
  }

  get size(): number {
    return this.ids.size;
  }

  /** Finest cluster id of a form (falling back to its lower-cased spelling), or -1. */
  clusterOf(form: string): number {
    const id = this.ids.get(form);
    if (id !== undefined) return id;
    const lower = form.toLowerCase();
    return lower === form ? -1 : (this.ids.get(lower) ?? -1);
  }

  /** The cluster id of `form` at `level` (0 = coarsest), or -1 when unknown. */
  clusterAt(form: string, level: number): number {
    const id = this.clusterOf(form);
    if (id < 0) return -1;
    return Math.floor(id / this.divisors[level]!);
  }

  static fromBytes(bytes: Uint8Array): WordClusters {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not a word-cluster file (CXWC)');
    const version = view.getUint32(4, true);
    if (version !== 1) throw new Error(`unsupported word-cluster version ${version}`);
    const n = view.getUint32(8, true);
    const k = view.getUint32(12, true);
    const levels: number[] = [];
    for (let i = 0; i < k; i++) levels.push(view.getUint32(16 + 4 * i, true));
    let offset = 16 + 4 * k;
    const ids = new Uint16Array(n);
    for (let i = 0; i < n; i++) ids[i] = view.getUint16(offset + 2 * i, true);
    offset += 2 * n;
    const text = new TextDecoder().decode(bytes.subarray(offset));
    const words = n === 0 ? [] : text.split('\n');
    if (words.length !== n)
      throw new Error(`word-cluster file: ${words.length} words, expected ${n}`);
    return new WordClusters(words, ids, levels);
  }
}

/** Encodes clusters in the format read by `WordClusters.fromBytes`. */
export function encodeWordClusters(
  words: readonly string[],
  finestIds: ArrayLike<number>,
  levels: readonly number[],
): Uint8Array {
  const text = new TextEncoder().encode(words.join('\n'));
  const head = 16 + 4 * levels.length;
  const bytes = new Uint8Array(head + 2 * words.length + text.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, 1, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, levels.length, true);
  levels.forEach((k, i) => view.setUint32(16 + 4 * i, k, true));
  for (let i = 0; i < words.length; i++) view.setUint16(head + 2 * i, finestIds[i]!, true);
  bytes.set(text, head + 2 * words.length);
  return bytes;
}

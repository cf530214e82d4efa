/**
 * A table of fixed phrases ("km", "Kilometer pro Stunde", "US-Dollar", "mehr als")
 * matched at a position of a text, longest first. Entries are bucketed by their
 * first character so a lookup touches only a handful of candidates.
 */
export interface PhraseMatch<T> {
  value: T;
  /** The phrase as written in the table. */
  phrase: string;
  end: number;
}

interface Entry<T> {
  phrase: string;
  lower: string;
  caseSensitive: boolean;
  value: T;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character at `pos` cannot continue a word (so a match ending before it is whole). */
export function isBoundaryAt(text: string, pos: number): boolean {
  if (pos >= text.length) return true;
  return !WORD_CHAR.test(text[pos]!);
}

export class PhraseTable<T> {
  private readonly buckets = new Map<string, Entry<T>[]>();
  private maxLength = 0;

  add(phrase: string, value: T, caseSensitive = false): this {
    const lower = phrase.toLowerCase();
    const key = lower[0];
    if (key === undefined) return this;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = []));
    this.maxLength = Math.max(this.maxLength, phrase.length);
    if (!bucket.some((e) => e.phrase === phrase && e.caseSensitive === caseSensitive)) {
      bucket.push({ phrase, lower, caseSensitive, value });
      bucket.sort((a, b) => b.phrase.length - a.phrase.length);
    }
    return this;
  }

  /**
   * The longest phrase starting exactly at `pos` that ends on a word boundary
   * (phrases ending in a non-letter such as "Mio." or "%" need no boundary after).
   */
  matchAt(text: string, pos: number): PhraseMatch<T> | null {
    const first = text[pos];
    if (first === undefined) return null;
    const bucket = this.buckets.get(first.toLowerCase());
    if (!bucket) return null;
    // One lower-cased window per lookup instead of one slice per candidate phrase.
    let window: string | null = null;
    for (const entry of bucket) {
      const end = pos + entry.phrase.length;
      if (end > text.length) continue;
      let same: boolean;
      if (entry.caseSensitive) same = text.startsWith(entry.phrase, pos);
      else {
        window ??= text.slice(pos, pos + this.maxLength).toLowerCase();
        same = window.startsWith(entry.lower);
      }
      if (!same) continue;
      const last = entry.phrase[entry.phrase.length - 1]!;
      if (WORD_CHAR.test(last) && !isBoundaryAt(text, end)) continue;
      return { value: entry.value, phrase: entry.phrase, end };
    }
    return null;
  }

  /** Every phrase, for building trigger expressions. */
  phrases(): string[] {
    return [...this.buckets.values()].flat().map((e) => e.phrase);
  }
}

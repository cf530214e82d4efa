import type { Word } from './view.js';

/**
 * The shortest listed noun read as the last part of a compound: four letters
 * would read "Unfall" as a "Fall" and "Staatsanwaltschaft" as a "Haft".
 */
const MIN_TAIL = 5;

/**
 * A table of words and multi-word phrases, each a sequence of lemmas, looked up
 * at a word of a sentence. A phrase word matches a word's lemma or its surface
 * form, so "ums Leben" matches both "ums Leben" and a lemmatised "um Leben".
 */
export class PhraseTable<K> {
  private readonly byFirst = new Map<string, { words: string[]; key: K }[]>();
  /** Single nouns by their last three letters, for the last part of closed compounds ("Schwerverletzte" → verletzte). */
  private readonly tails = new Map<string, { word: string; key: K }[]>();

  constructor(entries: Iterable<readonly [string, K]>) {
    for (const [phrase, key] of entries) {
      const words = phrase.toLowerCase().split(/\s+/);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, key });
      this.byFirst.set(words[0]!, list);
      if (words.length === 1 && words[0]!.length >= MIN_TAIL) {
        const end = words[0]!.slice(-3);
        const tails = this.tails.get(end) ?? [];
        tails.push({ word: words[0]!, key });
        this.tails.set(end, tails);
      }
    }
    // Longest first: a phrase wins over its first word alone.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    for (const tails of this.tails.values()) tails.sort((a, b) => b.word.length - a.word.length);
  }

  /** The phrase that starts at `words[i]` (longest first), with the number of words it covers. */
  matchAt(words: readonly Word[], i: number): { key: K; length: number } | null {
    const w = words[i]!;
    return (
      this.matchFirst(words, i, w.lemma) ??
      (w.lower !== w.lemma ? this.matchFirst(words, i, w.lower) : null)
    );
  }

  private matchFirst(
    words: readonly Word[],
    i: number,
    first: string,
  ): { key: K; length: number } | null {
    const entries = this.byFirst.get(first);
    if (!entries) return null;
    for (const entry of entries) {
      if (entry.words.every((p, k) => k === 0 || matches(words[i + k], p))) {
        return { key: entry.key, length: entry.words.length };
      }
    }
    return null;
  }

  /**
   * A noun that is a closed compound ending in a listed noun: "Schwerverletzte",
   * "Landtagswahl". The listed part must leave a stem of at least three letters.
   */
  tailOf(word: Word): K | null {
    for (const candidate of word.lower === word.lemma ? [word.lemma] : [word.lemma, word.lower]) {
      for (const tail of this.tails.get(candidate.slice(-3)) ?? []) {
        if (candidate.length - tail.word.length >= 3 && candidate.endsWith(tail.word)) {
          return tail.key;
        }
      }
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.has(word.toLowerCase());
  }
}

function matches(word: Word | undefined, phraseWord: string): boolean {
  return word !== undefined && (word.lemma === phraseWord || word.lower === phraseWord);
}

/**
 * Report-sized texts carved from the benchmark corpus, for the compare benches:
 * `count` texts of about `words` words each, cut at line ends, taken from
 * different parts of the corpus so that each is different text.
 */
import { decodeBytes } from '../../../src/core/text/decode.js';
import { normalizeText } from '../../../src/core/text/normalize.js';
import type { BenchCorpus } from '../types.js';

export function reportsFromCorpus(corpus: BenchCorpus, count: number, words = 1000): string[] {
  const lines = normalizeText(decodeBytes(corpus.bytes).text).split('\n');
  const reports: string[] = [];
  let line = 0;
  for (let r = 0; r < count; r++) {
    const taken: string[] = [];
    let n = 0;
    while (n < words && line < lines.length) {
      const text = lines[line++]!;
      taken.push(text);
      n += text.split(/\s+/).filter(Boolean).length;
    }
    reports.push(taken.join('\n'));
  }
  return reports;
}

export function countWords(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + t.split(/\s+/).filter(Boolean).length, 0);
}

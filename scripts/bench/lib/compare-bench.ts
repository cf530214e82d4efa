/**
 * A `compare` bench over `count` reports of about 1,000 words each, warm
 * (models loaded): analysis of every report plus the comparison, as the CLI and
 * the server do it. Issue 7's goals: < 100 ms for two reports, < 2 s for twenty.
 */
import { compareDocuments } from '../../../src/core/compare/compare.js';
import { loadGermanPipeline } from '../../../src/node/pipeline.js';
import type { Bench, BenchCorpus } from '../types.js';
import { countWords, reportsFromCorpus } from './reports.js';

export function compareBench(count: number): Bench {
  const pipeline = loadGermanPipeline();
  let prepared: { corpus: BenchCorpus; reports: string[]; words: number } | undefined;
  return {
    name: `compare-${count}`,
    description: `analyse + compare ${count} reports of ~1,000 words (tokens column = words)`,
    run(corpus) {
      if (prepared?.corpus !== corpus) {
        const reports = reportsFromCorpus(corpus, count);
        prepared = { corpus, reports, words: countWords(reports) };
      }
      const t0 = performance.now();
      const documents = prepared.reports.map((text, i) =>
        pipeline.run(`report-${i + 1}`, text).toRecord(),
      );
      const output = compareDocuments(documents);
      const seconds = (performance.now() - t0) / 1000;
      return { tokens: prepared.words, seconds, extra: { alignments: output.alignments.length } };
    },
  };
}

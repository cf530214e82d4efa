/**
 * `compare` of 20 reports of about 1,000 words each, warm (models loaded): analysis
 * of every report plus the comparison, as the CLI and the server do it.
 * Goal (issue 7): < 2 s for twenty reports.
 */
import { compareDocuments } from '../../src/core/compare/compare.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import type { Bench, BenchCorpus } from './types.js';
import { countWords, reportsFromCorpus } from './lib/reports.js';

const REPORTS = 20;
const pipeline = loadGermanPipeline();
let prepared: { corpus: BenchCorpus; reports: string[]; words: number } | undefined;

export const bench: Bench = {
  name: 'compare-20',
  description: 'analyse + compare 20 reports of ~1,000 words (tokens column = words)',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const reports = reportsFromCorpus(corpus, REPORTS);
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

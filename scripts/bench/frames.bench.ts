/**
 * Claim frames alone: the cost `buildFrames` adds to the analysis of two reports
 * of ~1,000 words (the compare-2 bench's reports). The reports are analysed once,
 * outside the timing; each run builds the frames of both again.
 */
import { buildFrames } from '../../src/core/frames/index.js';
import type { DocumentRecord } from '../../src/core/contract/types.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { countWords, reportsFromCorpus } from './lib/reports.js';
import type { Bench, BenchCorpus } from './types.js';

let prepared: { corpus: BenchCorpus; documents: DocumentRecord[]; words: number } | null = null;

export const bench: Bench = {
  name: 'frames',
  description: 'claim frames of 2 analysed reports of ~1,000 words (tokens column = words)',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const pipeline = loadGermanPipeline();
      const reports = reportsFromCorpus(corpus, 2);
      const documents = reports.map((text, i) => pipeline.run(`report-${i + 1}`, text).toRecord());
      prepared = { corpus, documents, words: countWords(reports) };
    }
    const t0 = performance.now();
    let frames = 0;
    for (const doc of prepared.documents) frames += buildFrames(doc).length;
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: prepared.words, seconds, extra: { frames } };
  },
};

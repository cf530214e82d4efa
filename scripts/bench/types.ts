/**
 * The shape of a benchmark module: `scripts/bench/<name>.bench.ts` exports a
 * `bench` object. The runner (run.ts) finds every such file, so later stages
 * (POS, NER, compare) add a benchmark by adding a file.
 */
export interface BenchCorpus {
  /** The raw bytes the stage starts from (as read from disk). */
  bytes: Uint8Array;
  /** Where the corpus came from, for the report. */
  description: string;
}

export interface BenchResult {
  /** Units processed in one run (tokens for text stages). */
  tokens: number;
  /** Wall-clock seconds of one run. */
  seconds: number;
  /** Extra figures worth printing (sentences, documents …). */
  extra?: Record<string, number>;
}

export interface Bench {
  name: string;
  /** What one run measures, in words. */
  description: string;
  run(corpus: BenchCorpus): BenchResult;
}

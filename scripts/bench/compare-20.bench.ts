/** compare of twenty reports of ~1,000 words, warm. Goal (issue 7): < 2 s. */
import { compareBench } from './lib/compare-bench.js';

export const bench = compareBench(20);

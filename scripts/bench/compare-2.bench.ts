/** compare of two reports of ~1,000 words, warm. Goal (issue 7): < 100 ms. */
import { compareBench } from './lib/compare-bench.js';

export const bench = compareBench(2);

/**
 * The whole `crosscheck compare` process on two reports of about 1,000 words:
 * Node start-up, loading the models, analysis, comparison and output, as a
 * user waits for it. Goal (issue 7): < 0.5 s. Needs the build (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/node/shared-data.js';
import type { Bench, BenchCorpus } from './types.js';
import { countWords, reportsFromCorpus } from './lib/reports.js';

const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
let prepared: { corpus: BenchCorpus; files: string[]; words: number } | undefined;

export const bench: Bench = {
  name: 'compare-cli',
  description:
    'whole `crosscheck compare` process, 2 reports of ~1,000 words (tokens column = words)',
  run(corpus) {
    if (!existsSync(join(REPO_ROOT, 'dist', 'cli.js')))
      throw new Error('run "npm run build" first');
    if (prepared?.corpus !== corpus) {
      const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
      const reports = reportsFromCorpus(corpus, 2);
      const files = reports.map((text, i) => join(dir, `report-${i + 1}.txt`));
      files.forEach((file, i) => writeFileSync(file, reports[i]!));
      prepared = { corpus, files, words: countWords(reports) };
    }
    const t0 = performance.now();
    execFileSync(process.execPath, [BIN, 'compare', '--format', 'json', ...prepared.files], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return { tokens: prepared.words, seconds: (performance.now() - t0) / 1000 };
  },
};

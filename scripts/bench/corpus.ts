/**
 * Builds the benchmark corpus: at least 1 MB of German running text. From the
 * raw sentences (`# text`) of the German UD corpora in ../shared/corpora when
 * present, otherwise from the repository's examples/ text repeated (which the
 * report then says).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';
import type { BenchCorpus } from './types.js';

const MIN_BYTES = 1_000_000;

export function loadBenchCorpus(minBytes = MIN_BYTES): BenchCorpus {
  const files = [
    ['corpora', 'ud-german-gsd', 'de_gsd-ud-dev.conllu'],
    ['corpora', 'ud-german-gsd', 'de_gsd-ud-test.conllu'],
    ['corpora', 'ud-german-pud', 'de_pud-ud-test.conllu'],
  ]
    .map((parts) => sharedPath(...parts))
    .filter((p): p is string => p !== null);
  let paragraphs: string[];
  let source: string;
  if (files.length > 0) {
    paragraphs = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('# text = '))
        .map((line) => line.slice('# text = '.length)),
    );
    source = `raw sentences of UD German GSD dev+test and PUD test (${paragraphs.length} sentences), one a line, repeated`;
  } else {
    paragraphs = exampleTexts();
    source = 'shared corpora absent: the text files of examples/ repeated';
  }
  if (paragraphs.length === 0)
    throw new Error('no benchmark text found (neither shared corpora nor examples/)');
  const unit = paragraphs.join('\n') + '\n';
  const encoder = new TextEncoder();
  const unitBytes = encoder.encode(unit).length;
  const copies = Math.max(1, Math.ceil(minBytes / unitBytes));
  const bytes = encoder.encode(unit.repeat(copies));
  return { bytes, description: `${source} ×${copies}` };
}

function exampleTexts(): string[] {
  const dir = join(REPO_ROOT, 'examples');
  if (!existsSync(dir)) return [];
  const texts: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) {
      texts.push(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    }
  }
  return texts;
}

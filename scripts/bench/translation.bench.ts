/**
 * The translation check (src/core/crosslingual/translation-check.ts) on the ten
 * pairs of eval/translation/, analysis and dictionary loading excluded: sentence
 * facts, alignment and findings, with the dictionary when it is installed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentRecord } from '../../src/core/contract/types.js';
import { checkTranslation } from '../../src/core/crosslingual/translation-check.js';
import type { LanguageOption } from '../../src/core/lang/choose.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadDictionary } from '../../src/node/dictionary/load.js';
import { analyzeText } from '../../src/node/pipelines/index.js';
import type { Bench } from './types.js';

const root = join(fileURLToPath(new URL('../..', import.meta.url)), 'eval', 'translation');
let pairs: [DocumentRecord, DocumentRecord][] | undefined;

function analysedPairs(): [DocumentRecord, DocumentRecord][] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, d.name);
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
        direction: string;
        original: string;
        translation: string;
      };
      const langs = gold.direction.split('-') as LanguageOption[];
      const analyse = (file: string, lang: LanguageOption) => {
        const result = analyzeText(
          file,
          normalizeText(readFileSync(join(dir, file), 'utf8')),
          lang,
        );
        if (!result.ok) throw new Error(`${d.name}/${file}: ${result.problem}`);
        return result.record;
      };
      return [analyse(gold.original, langs[0]!), analyse(gold.translation, langs[1]!)];
    });
}

export const bench: Bench = {
  name: 'translation',
  description: 'translation check of the ten eval/translation pairs (analysis excluded)',
  run() {
    pairs ??= analysedPairs();
    const load = loadDictionary();
    const dictionary = load.status === 'loaded' ? load.dictionary : null;
    const started = performance.now();
    let findings = 0;
    for (const [original, translation] of pairs)
      findings += checkTranslation(original, translation, dictionary).findings.length;
    const seconds = (performance.now() - started) / 1000;
    const tokens = pairs.reduce((n, [a, b]) => n + a.tokens.length + b.tokens.length, 0);
    return { tokens, seconds, extra: { pairs: pairs.length, findings } };
  },
};

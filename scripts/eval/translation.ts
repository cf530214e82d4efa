/**
 * `npm run eval:translation` — runs the translation check (`compare
 * --translation`) on every pair of eval/translation/ (an original and its
 * translation, English→German and German→English, written for this project
 * with planted translation errors) and scores it against the pair's gold:
 * sentence-alignment accuracy, planted errors found, false reports; per split.
 *
 * Options:
 *   --split dev|test|all   whose misses and false reports are listed (default: dev);
 *                          totals of both splits are always printed
 *   --no-dictionary        check without the German–English dictionary
 *   --quiet                totals only
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTranslation } from '../../src/core/crosslingual/translation-check.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadDictionary } from '../../src/node/dictionary/load.js';
import { analyzeText } from '../../src/node/pipelines/index.js';
import type { LanguageOption } from '../../src/core/lang/choose.js';
import { scorePair, type PairScore, type TranslationGold } from './translation/score.js';

const args = process.argv.slice(2);
const split =
  args[args.indexOf('--split') + 1] && args.includes('--split')
    ? args[args.indexOf('--split') + 1]!
    : 'dev';
const quiet = args.includes('--quiet');
const root = join(fileURLToPath(new URL('../..', import.meta.url)), 'eval', 'translation');

if (!['dev', 'test', 'all'].includes(split)) {
  console.error(`eval:translation: --split must be dev, test or all, not "${split}"`);
  process.exit(2);
}
const started = performance.now();
const load = args.includes('--no-dictionary') ? null : loadDictionary();
const loadMs = performance.now() - started;
const dictionary = load?.status === 'loaded' ? load.dictionary : null;
console.log(
  dictionary
    ? `dictionary: ${load!.path} (${dictionary.size} German headwords), read in ${Math.round(loadMs)} ms` +
        (load?.status === 'loaded' && load.fromCache ? ' from the cached index' : ' from the list')
    : 'dictionary: none (numbers, names and cognates only)',
);

const totals = new Map<string, PairScore & { pairs: number }>();
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  if (!statSync(dir).isDirectory()) continue;
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as TranslationGold;
  const [langA, langB] = gold.direction.split('-') as [string, string];
  // Each text is analysed by its own language's pipeline (src/node/pipelines).
  const analyse = (file: string, lang: string) => {
    const analysis = analyzeText(
      file,
      normalizeText(readFileSync(join(dir, file), 'utf8')),
      lang as LanguageOption,
    );
    if (!analysis.ok) throw new Error(`${name}/${file}: ${analysis.problem}`);
    return analysis.record;
  };
  const output = checkTranslation(
    analyse(gold.original, langA),
    analyse(gold.translation, langB),
    dictionary,
  );
  const score = scorePair(gold, output);
  const total = totals.get(gold.split) ?? {
    beads: 0,
    beadsRight: 0,
    planted: 0,
    found: 0,
    falseReports: 0,
    missed: [],
    falses: [],
    pairs: 0,
  };
  total.pairs++;
  total.beads += score.beads;
  total.beadsRight += score.beadsRight;
  total.planted += score.planted;
  total.found += score.found;
  total.falseReports += score.falseReports;
  totals.set(gold.split, total);
  if (quiet || (split !== 'all' && split !== gold.split)) continue;
  console.log(
    `${name.padEnd(24)} ${gold.split.padEnd(4)} alignment ${score.beadsRight}/${score.beads}  errors found ${score.found}/${score.planted}  false reports ${score.falseReports}`,
  );
  for (const m of score.missed)
    console.log(
      `    missed ${m.kind}: ${JSON.stringify(m.original)} → ${JSON.stringify(m.translation)}`,
    );
  for (const f of score.falses)
    console.log(
      `    false  ${f.kind}: ${JSON.stringify(f.original?.text ?? null)} → ${JSON.stringify(f.translation?.text ?? null)}`,
    );
}
for (const s of ['dev', 'test']) {
  const t = totals.get(s);
  if (!t) continue;
  console.log(
    `TOTAL ${s.padEnd(4)} (${t.pairs} pairs)  sentence alignment ${(t.beadsRight / t.beads).toFixed(3)} (${t.beadsRight}/${t.beads})  planted errors found ${t.found}/${t.planted}  false reports ${t.falseReports}`,
  );
}

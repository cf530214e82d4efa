/**
 * Accuracy of language detection (src/core/lang/detect.ts) on short texts:
 * runs of 1, 2 and 5 consecutive sentences of UD German GSD and UD English EWT
 * (test splits; `--dev` for the dev splits, which are for tuning). Each text
 * counts as right only when it is called its own language: a German text
 * called English, another language, or undetermined is wrong. franc-min alone
 * (all its languages, and restricted to German and English) is scored on the
 * same texts for comparison.
 *
 *   npm run eval:lang            # final figures (test splits)
 *   npm run eval:lang -- --dev   # dev splits
 */
import { franc } from 'franc-min';
import { detectLanguage, type SupportedLanguage } from '../../src/core/lang/detect.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import { readConlluFile } from './lib/conllu.js';

const useDev = process.argv.includes('--dev');
const split = useDev ? 'dev' : 'test';
const SOURCES: { lang: SupportedLanguage; name: string; file: string[] }[] = [
  {
    lang: 'de',
    name: `UD German GSD ${split}`,
    file: ['corpora', 'ud-german-gsd', `de_gsd-ud-${split}.conllu`],
  },
  {
    lang: 'en',
    name: `UD English EWT ${split}`,
    file: ['corpora', 'ud-english-ewt', `en_ewt-ud-${split}.conllu`],
  },
];
const LENGTHS = [1, 2, 5];
const FRANC_CODE: Record<SupportedLanguage, string> = { de: 'deu', en: 'eng' };

interface Tally {
  texts: number;
  right: number;
  otherSupported: number;
  unsupported: number;
  undetermined: number;
  francRight: number;
  francOnlyRight: number;
}

const rows: { source: string; length: number; tally: Tally }[] = [];
const unsupportedNames = new Map<string, number>();
for (const source of SOURCES) {
  const path = sharedPath(...source.file);
  if (!path) {
    console.warn(missingSharedMessage(source.file.join('/')));
    continue;
  }
  const sentences = readConlluFile(path).map((s) => s.text);
  for (const length of LENGTHS) {
    const tally: Tally = {
      texts: 0,
      right: 0,
      otherSupported: 0,
      unsupported: 0,
      undetermined: 0,
      francRight: 0,
      francOnlyRight: 0,
    };
    for (let i = 0; i + length <= sentences.length; i += length) {
      const text = sentences.slice(i, i + length).join(' ');
      tally.texts++;
      const guess = detectLanguage(text);
      if (guess.kind === 'supported') {
        if (guess.lang === source.lang) tally.right++;
        else tally.otherSupported++;
      } else if (guess.kind === 'unsupported') {
        tally.unsupported++;
        unsupportedNames.set(guess.name, (unsupportedNames.get(guess.name) ?? 0) + 1);
      } else tally.undetermined++;
      if (franc(text) === FRANC_CODE[source.lang]) tally.francRight++;
      if (franc(text, { only: ['deu', 'eng'], minLength: 1 }) === FRANC_CODE[source.lang])
        tally.francOnlyRight++;
    }
    rows.push({ source: source.name, length, tally });
  }
}

const pct = (n: number, of: number) => ((100 * n) / (of || 1)).toFixed(2);
console.log(
  '| texts | sentences each | n | crosscheck accuracy | called the other language | called unsupported | undetermined | franc-min (all languages) | franc-min (de/en only) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { source, length, tally: t } of rows) {
  console.log(
    `| ${source} | ${length} | ${t.texts} | ${pct(t.right, t.texts)} | ${t.otherSupported} | ${t.unsupported} | ${t.undetermined} | ${pct(t.francRight, t.texts)} | ${pct(t.francOnlyRight, t.texts)} |`,
  );
}
if (unsupportedNames.size > 0)
  console.log(
    `\nCalled another language: ${[...unsupportedNames].map(([name, n]) => `${name} ${n}`).join(', ')}`,
  );

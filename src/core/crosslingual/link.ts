import { nameKey } from '../entities/name-key.js';
import { isCognate } from './cognate.js';
import exonymData from './data/exonyms.json' with { type: 'json' };
import type { BilingualDictionary } from './dictionary.js';
import type { CrossWord } from './facts.js';
import type { CrossLang } from './words.js';

/** Each word of an exonym group's names (lower case) → the words of all its names: "nordsee" → north, sea, nordsee. */
const EXONYM_WORDS = new Map<string, Set<string>>();
for (const group of exonymData.groups) {
  const words = new Set(group.flatMap((name) => name.toLowerCase().split(/\s+/)));
  for (const name of group) {
    const key = name.toLowerCase();
    if (!key.includes(' ')) EXONYM_WORDS.set(key, words);
  }
}

/** A German compound is read as its last part when the whole is not listed ("Kampfjets" → Jets): parts this long at least. */
const MIN_HEAD = 4;

/**
 * Decides whether a word of one language and a word of the other can be the
 * same word: equal, one name in two transliterations (Selenskyj / Zelensky),
 * one place under two names (München / Munich), cognates (Präsident /
 * president), or translations by the dictionary. Answers are remembered: the
 * alignment asks for the same pairs many times.
 */
export class WordLinker {
  private readonly translated = new Map<string, ReadonlySet<string>>();
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly dictionary: BilingualDictionary) {}

  /** The two words can stand for each other. */
  linked(a: CrossWord, la: CrossLang, b: CrossWord, lb: CrossLang): boolean {
    const key = `${la}:${a.form}:${a.lemma}\u0000${lb}:${b.form}:${b.lemma}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.decide(a, la, b, lb);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private decide(a: CrossWord, la: CrossLang, b: CrossWord, lb: CrossLang): boolean {
    const formsA = new Set(variants(a, la));
    const formsB = new Set(variants(b, lb));
    for (const f of formsA) if (formsB.has(f)) return true;
    if (nameKey(a.form) === nameKey(b.form)) return true;
    if (isCognate(a.lemma, b.lemma) || isCognate(a.form, b.form)) return true;
    if (la === lb) return false;
    const ta = this.translations(a, la);
    for (const f of formsB) if (ta.has(f)) return true;
    const tb = this.translations(b, lb);
    for (const f of formsA) if (tb.has(f)) return true;
    return false;
  }

  /** Every word of the other language the dictionary and the exonym list give for this one. */
  translations(word: CrossWord, lang: CrossLang): ReadonlySet<string> {
    const key = `${lang}:${word.form}:${word.lemma}`;
    let found = this.translated.get(key);
    if (found) return found;
    const out = new Set<string>();
    const lookup = (w: string) =>
      lang === 'de' ? this.dictionary.english(w) : this.dictionary.german(w);
    for (const v of variants(word, lang)) {
      for (const t of lookup(v)) out.add(t);
      for (const t of EXONYM_WORDS.get(v) ?? []) out.add(t);
    }
    if (out.size === 0 && lang === 'de') {
      // An unlisted compound: its longest listed last part.
      for (let cut = 3; cut <= word.lemma.length - MIN_HEAD; cut++) {
        const head = lookup(word.lemma.slice(cut));
        if (head.length > 0) {
          for (const t of head) out.add(t);
          break;
        }
      }
    }
    found = out;
    this.translated.set(key, found);
    return found;
  }
}

const GERMAN_ENDINGS = ['ern', 'en', 'er', 'es', 'e', 'n', 's'];

/**
 * Forms a word may be listed under: its form and lemma, and — for when the
 * tagger gave no good lemma — the form without a common inflection ending
 * (English -s, -es, -ed, -ing, -'s; German -en, -e, -n, -s …).
 */
export function variants(word: CrossWord, lang: CrossLang): string[] {
  const out = new Set([word.lemma, word.form]);
  const w = word.form.replace(/[’']s$/, '');
  out.add(w);
  if (lang === 'en') {
    if (w.endsWith('ies')) out.add(w.slice(0, -3) + 'y');
    if (w.endsWith('ied')) out.add(w.slice(0, -3) + 'y');
    if (w.endsWith('es')) out.add(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
    if (w.endsWith('ed')) out.add(w.slice(0, -2)).add(w.slice(0, -1));
    if (w.endsWith('ing')) out.add(w.slice(0, -3)).add(w.slice(0, -3) + 'e');
  } else {
    for (const ending of GERMAN_ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= 4) out.add(w.slice(0, -ending.length));
    }
  }
  return [...out].filter((v) => v.length > 1);
}

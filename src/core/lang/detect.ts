/**
 * Which language a report is written in, among those crosscheck reads (German,
 * English), or which other language it looks like. Two signals:
 *
 * - franc-min's character-trigram profiles of 82 languages (the answer for
 *   whole paragraphs, and the only one that can say "this is French");
 * - function words of German and English (data/<lang>/function-words.json),
 *   which decide short texts, where trigrams are unreliable (franc-min calls
 *   "The minister resigned." English but "Ukraine: 3 killed" Turkish).
 *
 * A text is called another language only when there is enough of it and
 * hardly any German or English function words: German and English prose has
 * a third or more of its words in those lists, a headline still some.
 * Pure TypeScript (franc-min is plain ESM): runs in the browser too.
 */
import { francAll } from 'franc-min';
import functionWordsDe from './data/de/function-words.json' with { type: 'json' };
import functionWordsEn from './data/en/function-words.json' with { type: 'json' };

/** The languages crosscheck has a pipeline for. */
export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(lang: string): lang is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}

/** ISO 639-3 (franc's codes) of the supported languages. */
const ISO_639_3: Readonly<Record<SupportedLanguage, string>> = { de: 'deu', en: 'eng' };

const FUNCTION_WORDS: Readonly<Record<SupportedLanguage, ReadonlySet<string>>> = {
  de: new Set(functionWordsDe.words),
  en: new Set(functionWordsEn.words),
};

export type LanguageGuess =
  | {
      /** A language crosscheck reads. */
      kind: 'supported';
      lang: SupportedLanguage;
      /** 'function words' when they decided, else 'trigrams'. */
      by: 'function words' | 'trigrams';
    }
  | {
      /** Another language: `code` is its ISO 639-3 code, `name` its English name. */
      kind: 'unsupported';
      code: string;
      name: string;
    }
  | {
      /** Too little text to tell (no letters, or a word or two that belongs to neither list). */
      kind: 'undetermined';
    };

/** Texts shorter than this many letters are never called another language. */
const MIN_LETTERS_FOR_OTHER = 40;
/** Below this share of German + English function words among its words, a text may be another language. */
const MAX_FUNCTION_SHARE_FOR_OTHER = 0.2;
/** franc-min scores relative to its best language (1): German or English above this is too close to call it another language. */
const MAX_SUPPORTED_SCORE_FOR_OTHER = 0.85;
/** Only the start of a long report is looked at: a few thousand characters decide. */
const SAMPLE_CHARS = 5000;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Guesses the language of `text` (see the module comment for how). */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.match(WORD) ?? [];
  if (words.length === 0) return { kind: 'undetermined' };
  let letters = 0;
  const hits: Record<SupportedLanguage, number> = { de: 0, en: 0 };
  for (const word of words) {
    letters += word.length;
    const form = functionWordForm(word);
    if (form === null) continue;
    const apostrophe = form.indexOf("'");
    for (const lang of SUPPORTED_LANGUAGES) {
      const list = FUNCTION_WORDS[lang];
      if (list.has(form) || (apostrophe > 0 && list.has(form.slice(0, apostrophe)))) hits[lang]++;
    }
  }
  const share = (hits.de + hits.en) / words.length;
  if (letters >= MIN_LETTERS_FOR_OTHER && share < MAX_FUNCTION_SHARE_FOR_OTHER) {
    const ranked = francAll(sample);
    const top = ranked[0];
    const supportedCodes: readonly string[] = Object.values(ISO_639_3);
    // German or English close behind (a list of names, a table) is not evidence of another language.
    const closest = ranked.find(([code]) => supportedCodes.includes(code));
    const clearlyOther = !closest || closest[1] < MAX_SUPPORTED_SCORE_FOR_OTHER;
    if (top && top[0] !== 'und' && !supportedCodes.includes(top[0]) && clearlyOther) {
      return { kind: 'unsupported', code: top[0], name: languageName(top[0]) };
    }
  }
  // Function words decide when one language has clearly more of them.
  const more: SupportedLanguage = hits.de > hits.en ? 'de' : 'en';
  const most = Math.max(hits.de, hits.en);
  const least = Math.min(hits.de, hits.en);
  if (most >= 1 && most >= 2 * least + 1)
    return { kind: 'supported', lang: more, by: 'function words' };
  // Otherwise the trigram profiles, restricted to the supported languages.
  const [best] = francAll(sample, { only: Object.values(ISO_639_3), minLength: 1 });
  if (best && best[0] !== 'und' && best[1] > 0) {
    const lang = SUPPORTED_LANGUAGES.find((l) => ISO_639_3[l] === best[0]);
    if (lang) return { kind: 'supported', lang, by: 'trigrams' };
  }
  if (most >= 1 && hits.de !== hits.en)
    return { kind: 'supported', lang: more, by: 'function words' };
  return { kind: 'undetermined' };
}

/**
 * The form to look up in the function-word lists: lower-cased, with a straight
 * apostrophe; null for words in capitals ("AM" in "10:13 AM" is no German "am").
 */
function functionWordForm(word: string): string | null {
  const lower = word.toLowerCase();
  if (word.length > 1 && word === word.toUpperCase() && word !== lower) return null;
  return lower.replaceAll('’', "'");
}

/** English name of an ISO 639-3 code ("fra" → "French"), the code itself where none is known. */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/**
 * The German word lists of the tokenizer under their old names, for callers
 * outside the tokenizer (the sentence splitter's features). The lists
 * themselves live in data/<lang>/ and are gathered per language in language.ts.
 */
import { germanTokenizerLanguage, tokenizerLanguageFor } from './language.js';

/** Abbreviations (without their final period) for a language; German for unknown languages. */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  return tokenizerLanguageFor(lang).abbreviations;
}

/** Unit symbols split off a number written directly before them ("300km"). */
export const UNITS: ReadonlySet<string> = germanTokenizerLanguage.units;

/** Month names: "3. Juni" makes "3." an ordinal. */
export const MONTHS: ReadonlySet<string> = germanTokenizerLanguage.months;

/** Capitalised words that typically begin a sentence: "2024. Die …" ends one. */
export const SENTENCE_STARTERS: ReadonlySet<string> = germanTokenizerLanguage.sentenceStarters;

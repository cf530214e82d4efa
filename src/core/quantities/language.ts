/**
 * What the quantity stage needs to know about a language, as data. The extractor is the
 * same code for every language; a QuantityLanguage holds the conventions that differ
 * (which mark groups thousands, German capitalised nouns) from `data/<lang>/language.json`,
 * and the number words and approximations from the per-language lists in
 * `data/number-words.json` and `data/approximations.json`. Units and currencies are shared
 * (`data/units.json`, `data/currencies.json`): German reports quote English units, and the
 * two languages never read one unit word differently.
 */
import languageDe from './data/de/language.json' with { type: 'json' };
import languageEn from './data/en/language.json' with { type: 'json' };
import numberWordsData from './data/number-words.json' with { type: 'json' };
import approximationsData from './data/approximations.json' with { type: 'json' };
import type { GroupMark } from './number-format.js';

/** The number words of one language as `data/number-words.json` writes them. */
export type RawNumberWords = (typeof numberWordsData)['de'];

export interface QuantityLanguage {
  /** ISO 639-1 code of the language the data is for. */
  readonly lang: string;
  /**
   * The mark that groups thousands; the other of `.` and `,` is the decimal mark. German
   * writes `1.000,5`, English `1,000.5`, so a lone `1.500` is 1500 in German and 1.5 in
   * English (docs/quantities.md has the whole rule).
   */
  readonly groupMark: GroupMark;
  /**
   * `1,200 Fahrzeuge`: a comma before exactly three digits, right before a capitalised word,
   * is a thousands separator. German capitalises every noun, so that word is the counted
   * noun, and a count of things cannot be 1.2 — the comma is an English mark kept by a
   * translation. English capitalises names, not nouns, and reads the comma as thousands anyway.
   */
  readonly commaGroupBeforeCapitalisedNoun: boolean;
  /** Number words of the language (cardinals, multipliers, fractions, vague counts …). */
  readonly numberWords: RawNumberWords;
  /** Approximation and comparison words before a number (`rund`, `about`, `mehr als`, `at least`). */
  readonly approximations: Readonly<Record<string, unknown>>;
}

/** `data/<lang>/language.json`: the switches of one language. */
export interface QuantityLanguageData {
  groupMark: string;
  commaGroupBeforeCapitalisedNoun: boolean;
}

/** Builds a pack from a language's switches and word lists; an error naming the file when a switch is wrong. */
export function quantityLanguageFromData(
  lang: 'de' | 'en',
  switches: QuantityLanguageData,
): QuantityLanguage {
  const { groupMark } = switches;
  if (groupMark !== '.' && groupMark !== ',')
    throw new Error(
      `src/core/quantities/data/${lang}/language.json: groupMark must be "." or ",", not "${groupMark}"`,
    );
  return {
    lang,
    groupMark,
    commaGroupBeforeCapitalisedNoun: switches.commaGroupBeforeCapitalisedNoun,
    numberWords: numberWordsData[lang] as RawNumberWords,
    approximations: approximationsData[lang] as Record<string, unknown>,
  };
}

const PACKS: Record<string, QuantityLanguage> = {
  de: quantityLanguageFromData('de', languageDe),
  en: quantityLanguageFromData('en', languageEn),
};

/** The languages quantities can be read in. */
export const QUANTITY_LANGUAGES = Object.keys(PACKS);

/** The pack for a language code (`de`, `en`, `en-GB`); an error naming the code when there is none. */
export function quantityLanguageFor(lang: string): QuantityLanguage {
  const found = PACKS[lang.toLowerCase().split('-')[0]!];
  if (!found)
    throw new Error(
      `no quantity data for language "${lang}" (known: ${QUANTITY_LANGUAGES.join(', ')}); see docs/languages.md on adding a language`,
    );
  return found;
}

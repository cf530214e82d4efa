/**
 * What the tokenizer needs to know about a language, as data. The scanning
 * loop in tokenize.ts is the same for every language; a TokenizerLanguage
 * turns on the conventions that differ (German ordinal periods "3. Juni",
 * English clitics "do|n't", hyphens that UD English writes apart). The word
 * lists live in data/<lang>/ (shared unit symbols in data/units.json).
 */
import abbreviationsDe from './data/de/abbreviations.json' with { type: 'json' };
import ordinalContextDe from './data/de/ordinal-context.json' with { type: 'json' };
import abbreviationsEn from './data/en/abbreviations.json' with { type: 'json' };
import cliticsEn from './data/en/clitics.json' with { type: 'json' };
import unitsEn from './data/en/units.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };

export interface TokenizerLanguage {
  /** BCP 47 language tag the data is for. */
  readonly lang: string;
  /** Abbreviations (without their final period) whose period belongs to the word. */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations only when a number follows ("No. 10"); elsewhere the period is punctuation. */
  readonly abbreviationsBeforeNumber: ReadonlySet<string>;
  /** Unit symbols split off a number written directly before them ("300km", "$2.5bn"). */
  readonly units: ReadonlySet<string>;
  /**
   * German writes ordinals with a period ("3. Juni", "Wilhelm II.", "am 17.11."):
   * with this on, such a period stays on the number; off, a period after a number is punctuation.
   */
  readonly ordinalPeriod: boolean;
  /** Month names: "3. Juni" makes "3." an ordinal (only with ordinalPeriod). */
  readonly months: ReadonlySet<string>;
  /** Capitalised words that typically begin a sentence: "2024. Die …" ends one (only with ordinalPeriod). */
  readonly sentenceStarters: ReadonlySet<string>;
  /** Clitics written as words of their own, lower-case, straight apostrophe ("n't", "'s"); empty: none. */
  readonly clitics: ReadonlySet<string>;
  /** Words split in two, with the length of the first part ("cannot" → can + not). */
  readonly fusedWords: ReadonlyMap<string, number>;
  /** A slash between numbers ("9/11", "08/16/2000") or two single letters ("b/c") joins them (UD English). */
  readonly slashJoins: boolean;
  /** Runs of "!" and "?" ("!!", "?!") are one token (English) rather than one token a mark (UD German). */
  readonly markRuns: boolean;
  /** A possessive apostrophe after s ("James'") is a token of its own rather than part of the name. */
  readonly apostropheApart: boolean;
  /**
   * Prefixes that keep their hyphen attached ("pre-war"); when set, any other
   * hyphen between letters is a token of its own. Undefined: hyphenated words stay whole.
   */
  readonly hyphenPrefixes?: ReadonlySet<string>;
}

const sharedUnits: readonly string[] = units.units;
const EMPTY: ReadonlySet<string> = new Set();

/** German (UD German GSD/PUD conventions): compounds stay whole, ordinal periods stay on the number. */
export const germanTokenizerLanguage: TokenizerLanguage = {
  lang: 'de',
  abbreviations: new Set(abbreviationsDe.abbreviations),
  abbreviationsBeforeNumber: EMPTY,
  units: new Set(sharedUnits),
  ordinalPeriod: true,
  months: new Set(ordinalContextDe.months),
  sentenceStarters: new Set(ordinalContextDe.sentenceStarters),
  clitics: EMPTY,
  fusedWords: new Map(),
  slashJoins: false,
  markRuns: false,
  apostropheApart: false,
};

/** English (UD English EWT conventions): clitics apart, hyphens apart except after prefixes. */
export const englishTokenizerLanguage: TokenizerLanguage = {
  lang: 'en',
  abbreviations: new Set(abbreviationsEn.abbreviations),
  abbreviationsBeforeNumber: new Set(abbreviationsEn.beforeNumber),
  units: new Set(
    [...sharedUnits, ...unitsEn.units].filter((unit) => !unitsEn.notUnits.includes(unit)),
  ),
  ordinalPeriod: false,
  months: EMPTY,
  sentenceStarters: EMPTY,
  clitics: new Set(cliticsEn.clitics),
  fusedWords: new Map(Object.entries(cliticsEn.fused)),
  slashJoins: true,
  markRuns: true,
  apostropheApart: true,
  hyphenPrefixes: new Set(cliticsEn.hyphenPrefixes),
};

const LANGUAGES: Readonly<Record<string, TokenizerLanguage>> = {
  de: germanTokenizerLanguage,
  en: englishTokenizerLanguage,
};

/** The tokenizer data for a language tag ("en", "en-GB"); German for languages without data of their own. */
export function tokenizerLanguageFor(lang: string): TokenizerLanguage {
  return LANGUAGES[lang.slice(0, 2).toLowerCase()] ?? germanTokenizerLanguage;
}

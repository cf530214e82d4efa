/**
 * The word lists the tokenizer consults, loaded from the JSON data files beside
 * it (so that linguists can edit them without touching code) and turned into
 * Sets once, for constant-time lookup in the scanning loop.
 */
import abbreviationsDe from './data/abbreviations.de.json' with { type: 'json' };
import abbreviationsEn from './data/abbreviations.en.json' with { type: 'json' };
import ordinalContext from './data/ordinal-context.de.json' with { type: 'json' };
import units from './data/units.json' with { type: 'json' };

const ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  de: new Set(abbreviationsDe.abbreviations),
  en: new Set(abbreviationsEn.abbreviations),
};

/** Abbreviations (without their final period) for a language; German for unknown languages. */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  return ABBREVIATIONS[lang.slice(0, 2).toLowerCase()] ?? ABBREVIATIONS.de!;
}

/** Unit symbols split off a number written directly before them ("300km"). */
export const UNITS: ReadonlySet<string> = new Set(units.units);

/** Month names: "3. Juni" makes "3." an ordinal. */
export const MONTHS: ReadonlySet<string> = new Set(ordinalContext.months);

/** Capitalised words that typically begin a sentence: "2024. Die …" ends one. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(ordinalContext.sentenceStarters);

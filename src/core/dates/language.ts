/**
 * What the date stage needs to know about a language, as data. The date patterns
 * (`extract.ts`) and the calendar words (`data/calendar.json`, `data/relative.json`, shared:
 * German reports quote English dates and no month or weekday word means two things) are
 * the same for every language; a DateLanguage, read from `data/<lang>/language.json`, says
 * which pattern families the language writes and how far before a date word its
 * preposition may start.
 */
import languageDe from './data/de/language.json' with { type: 'json' };
import languageEn from './data/en/language.json' with { type: 'json' };
import { lexiconFor, type Lexicon } from '../quantities/lexicon.js';

/** The date pattern families (`extract.ts` has one expression and one reader for each). */
export const DATE_PATTERNS = [
  /** `17.11.2024`, `am 3.4.24` */
  'numeric',
  /** `am 17.11.` */
  'dayMonthNumeric',
  /** `2024-11-17` */
  'iso',
  /** `17. November 2024`, `Sonntag, den 17. November` */
  'dayMonth',
  /** `March 9`, `March 3, 2025`, `Sept. 3rd` */
  'monthDay',
  /** `9 March 2025`, `9th of March` */
  'daySpaceMonth',
  /** `im März`, `Anfang Mai`, `by the end of June`, `vergangenen Dezember` */
  'month',
  /** `im Jahr 2023`, `seit 2019`, `in 2023` */
  'year',
  /** `2023 sank …`: a year standing alone before a verb or punctuation */
  'bareYear',
  /** `vom 1. bis 3. Dezember` */
  'dayRange',
  /** `Ende des Jahres`, `Mitte der Woche` */
  'periodEdge',
  /** `am Dienstag`, `last Tuesday`, `Samstag morgen` */
  'weekday',
  /** `gestern`, `heute Abend`, `yesterday`, `last night` */
  'deictic',
  /** `vergangene Woche`, `im nächsten Jahr`, `last week`, `next month` */
  'shiftUnit',
  /** `vor drei Tagen`, `in 30 Tagen` */
  'ago',
  /** `three days ago` */
  'countAgo',
  /** `zwei Tage später`, `three weeks earlier`: relative to an event, not the document */
  'eventOffset',
] as const;

export type DatePatternName = (typeof DATE_PATTERNS)[number];

export interface DateLanguage {
  /** ISO 639-1 code of the language the data is for. */
  readonly lang: string;
  /**
   * How many words before a date word (digits, month, weekday, "gestern") a pattern may
   * start, for its preposition: German needs three ("in der vergangenen Woche", "bis zum
   * 3. Mai"), English four ("by the end of January").
   */
  readonly lookBehindWords: number;
  /**
   * A day number followed by a space may start a date: English writes `9 March` and
   * `9th of March`; German writes the day with a period (`9. März`), so in German a one- or
   * two-digit number before a space is a count, and trying the day patterns there is waste.
   */
  readonly dayNumberBeforeSpace: boolean;
  /**
   * The pattern families the language writes. English adds month-first days (`March 9`),
   * days without a period (`9 March`) and `three days ago`, shapes German does not write
   * (it writes `9. März` and `vor drei Tagen`), so in German text they would only find
   * false dates. English keeps the German families, which cost nothing where they never
   * match and read German dates quoted in English reports.
   */
  readonly patterns: ReadonlySet<DatePatternName>;
  /**
   * Number words a count before a time unit (`drei Tage später`, `three days later`) is read
   * with: the first language whose single-digit words hold the count word, else the last.
   * Both languages read both, because the time-unit patterns hold both languages' unit words
   * and German reports quote English phrases.
   */
  readonly countLexicons: readonly Lexicon[];
}

/** `data/<lang>/language.json`: the switches of one language. */
export interface DateLanguageData {
  lookBehindWords: number;
  dayNumberBeforeSpace: boolean;
  patterns: string[];
  countLanguages: string[];
}

const KNOWN_PATTERNS: ReadonlySet<string> = new Set(DATE_PATTERNS);

/** Builds a pack from a language's data; an error naming the file when a value is wrong. */
export function dateLanguageFromData(lang: string, raw: DateLanguageData): DateLanguage {
  const file = `src/core/dates/data/${lang}/language.json`;
  const unknown = raw.patterns.filter((p) => !KNOWN_PATTERNS.has(p));
  if (unknown.length > 0)
    throw new Error(
      `${file}: unknown date pattern ${unknown.map((p) => `"${p}"`).join(', ')} (known: ${DATE_PATTERNS.join(', ')})`,
    );
  if (!Number.isInteger(raw.lookBehindWords) || raw.lookBehindWords < 0)
    throw new Error(`${file}: lookBehindWords must be a whole number ≥ 0`);
  if (raw.countLanguages.length === 0)
    throw new Error(`${file}: countLanguages must name at least one language`);
  return {
    lang,
    lookBehindWords: raw.lookBehindWords,
    dayNumberBeforeSpace: raw.dayNumberBeforeSpace,
    patterns: new Set(raw.patterns as DatePatternName[]),
    countLexicons: raw.countLanguages.map((code) => {
      try {
        return lexiconFor(code);
      } catch (error) {
        throw new Error(`${file}: countLanguages: ${(error as Error).message}`);
      }
    }),
  };
}

const RAW: Record<string, DateLanguageData> = { de: languageDe, en: languageEn };
const PACKS = new Map<string, DateLanguage>();

/** The languages dates can be read in. */
export const DATE_LANGUAGES = Object.keys(RAW);

/** The pack for a language code (`de`, `en`, `en-GB`); an error naming the code when there is none. */
export function dateLanguageFor(lang: string): DateLanguage {
  const key = lang.toLowerCase().split('-')[0]!;
  let found = PACKS.get(key);
  if (!found) {
    const raw = RAW[key];
    if (!raw)
      throw new Error(
        `no date data for language "${lang}" (known: ${DATE_LANGUAGES.join(', ')}); see docs/languages.md on adding a language`,
      );
    found = dateLanguageFromData(key, raw);
    PACKS.set(key, found);
  }
  return found;
}

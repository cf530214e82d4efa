import wordData from './data/words.json' with { type: 'json' };

/** The languages the cross-language comparison has word lists for. */
export type CrossLang = 'de' | 'en';

export interface LanguageWords {
  stopwords: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Weekdays and months: capitalised in English, yet dates rather than names. */
  calendar: ReadonlySet<string>;
}

const WORDS: Readonly<Record<CrossLang, LanguageWords>> = {
  de: lists(wordData.de),
  en: lists(wordData.en),
};

function lists(data: {
  stopwords: string[];
  negators: string[];
  speechVerbs: string[];
  calendar: string[];
}): LanguageWords {
  return {
    calendar: new Set(data.calendar),
    stopwords: new Set(data.stopwords),
    negators: new Set(data.negators),
    speechVerbs: new Set(data.speechVerbs),
  };
}

/** The word lists of a BCP 47 tag ("en-GB" → en); German for any other. */
export function wordsOf(lang: string): LanguageWords {
  return WORDS[crossLang(lang)];
}

export function crossLang(lang: string): CrossLang {
  return lang.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/**
 * A rough guess of German or English from function words, for when a text's
 * recorded language cannot be right (a translation check of two texts that
 * claim the same language): the share of each language's stopwords decides.
 */
export function guessLanguage(text: string): CrossLang {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) {
    if (WORDS.de.stopwords.has(word)) de++;
    if (WORDS.en.stopwords.has(word)) en++;
  }
  return en > de ? 'en' : 'de';
}

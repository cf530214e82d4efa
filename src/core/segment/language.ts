/**
 * What the sentence splitter needs to know about a language, as data: the
 * abbreviations that may end a sentence, the words that typically begin one,
 * and the learned boundary model(s) for gaps without final punctuation. The
 * rules in split-sentences.ts are the same for every language. The data lives
 * in data/<lang>/ (the models are written there by `npm run train:segment`).
 */
import type { BoundaryModelData } from './boundary-model-data.js';
import rulesDe from './data/de/sentence-rules.json' with { type: 'json' };
import modelDe from './data/de/boundary-model.json' with { type: 'json' };
import lexiconModelDe from './data/de/boundary-model-lexicon.json' with { type: 'json' };
import rulesEn from './data/en/sentence-rules.json' with { type: 'json' };
import modelEn from './data/en/boundary-model.json' with { type: 'json' };
import { germanTokenizerLanguage } from '../tokenize/language.js';

export interface SegmenterLanguage {
  /** BCP 47 language tag the data is for. */
  readonly lang: string;
  /** Abbreviations (with their period) after which a sentence may end when a sentence starter follows. */
  readonly finalAbbreviations: ReadonlySet<string>;
  /** Abbreviations that end a sentence before any capitalised word ("etc."). */
  readonly endsBeforeCapital: ReadonlySet<string>;
  /** Capitalised words that typically begin a sentence ("Die", "The"). */
  readonly sentenceStarters: ReadonlySet<string>;
  /**
   * Whether a sentence may begin with a lower-case word after final punctuation
   * (web English: "… tonight. jill finishes …"); then the model decides such gaps.
   * Off, a lower-case word after a period continues the sentence.
   */
  readonly lowerCaseMayStartSentence: boolean;
  /**
   * Whether a URL or e-mail address may begin a sentence (web text lists links as
   * sentences of their own: "… worth a visit. http://…"); then the model decides
   * the gap before one. Off, a URL continues the sentence.
   */
  readonly urlMayStartSentence: boolean;
  /**
   * Whether an emoticon right after final punctuation belongs to the sentence it
   * follows ("Loved it. :)"), as UD English attaches it.
   */
  readonly emojiJoinsPrecedingSentence: boolean;
  /**
   * Whether a period glued to the next word ("Newsfeed.Com", "PVT.LTD") stays
   * inside the sentence; off, a period before a capital always ends one.
   */
  readonly gluedPeriodContinues: boolean;
  /**
   * Closing formulas of letters and e-mails ("best regards", lower-cased): as a
   * whole sentence before a comma, the comma ends the sentence before a
   * capitalised word ("Best regards, | Debra").
   */
  readonly letterClosings: ReadonlySet<string>;
  /**
   * Greetings that open a letter ("dear", "good morning"): followed by at most
   * three words before a comma, the comma ends the sentence before a
   * capitalised word ("Dear All, | My name is …").
   */
  readonly letterGreetings: ReadonlySet<string>;
  /** The boundary model without lexicon features. */
  readonly model: BoundaryModelData;
  /** The boundary model with the lexicon's word-class features, used when a lexicon is passed in. */
  readonly lexiconModel?: BoundaryModelData;
}

export const germanSegmenterLanguage: SegmenterLanguage = {
  lang: 'de',
  finalAbbreviations: new Set(rulesDe.abbreviationsThatMayEndASentence),
  // German capitalises nouns: "usw. Kinder …" may go on, so only sentence starters decide.
  endsBeforeCapital: new Set(),
  // The tokenizer's list: the same words decide "2024. Die …" there.
  sentenceStarters: germanTokenizerLanguage.sentenceStarters,
  lowerCaseMayStartSentence: false,
  urlMayStartSentence: false,
  emojiJoinsPrecedingSentence: false,
  gluedPeriodContinues: false,
  letterClosings: new Set(),
  letterGreetings: new Set(),
  model: modelDe as BoundaryModelData,
  lexiconModel: lexiconModelDe as BoundaryModelData,
};

export const englishSegmenterLanguage: SegmenterLanguage = {
  lang: 'en',
  finalAbbreviations: new Set(rulesEn.abbreviationsThatMayEndASentence),
  endsBeforeCapital: new Set(rulesEn.abbreviationsThatEndASentenceBeforeACapital),
  sentenceStarters: new Set(rulesEn.sentenceStarters),
  lowerCaseMayStartSentence: rulesEn.lowerCaseMayStartSentence,
  urlMayStartSentence: rulesEn.urlMayStartSentence,
  emojiJoinsPrecedingSentence: rulesEn.emojiJoinsPrecedingSentence,
  gluedPeriodContinues: rulesEn.gluedPeriodContinues,
  letterClosings: new Set(rulesEn.letterClosings),
  letterGreetings: new Set(rulesEn.letterGreetings),
  model: modelEn as BoundaryModelData,
};

const LANGUAGES: Readonly<Record<string, SegmenterLanguage>> = {
  de: germanSegmenterLanguage,
  en: englishSegmenterLanguage,
};

/** The splitter data for a language tag; German for languages without data of their own. */
export function segmenterLanguageFor(lang: string): SegmenterLanguage {
  return LANGUAGES[lang.slice(0, 2).toLowerCase()] ?? germanSegmenterLanguage;
}

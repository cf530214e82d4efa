export { createQuotesComponent } from './component.js';
export {
  findQuotes,
  type FoundQuote,
  type QuoteCue,
  type QuoteInput,
  type QuoteOptions,
  type QuoteSpeaker,
} from './find-quotes.js';
export { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
export { defaultCueLexicon, type CueLexicon } from './cue-lexicon.js';
export { speakerLabel, speakerName } from './speaker-label.js';
export { type QuotesComponentOptions } from './component.js';
export {
  englishQuotePack,
  germanQuotePack,
  quoteLanguagePack,
  QUOTE_LANGUAGES,
  type QuoteLanguagePack,
} from './languages.js';
export { findEnglishQuotes } from './en/find-quotes.js';

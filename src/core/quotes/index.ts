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

/**
 * Quote finders by language. Each language pack finds the quotations of one language
 * with its own data (`data/*.<lang>.json`) and grammar module — German in the modules
 * beside this one (Konjunktiv, verb-second order, `laut X`), English in `en/` ("…," said X;
 * "according to X") — behind one interface, so the pipeline picks a pack by the language
 * it was built for and no stage code asks which language it is in.
 */
import type { FoundQuote, QuoteInput, QuoteOptions } from './quote-scan.js';
import { defaultCueLexicon, type CueLexicon } from './cue-lexicon.js';
import { findQuotes } from './find-quotes.js';
import { findEnglishQuotes } from './en/find-quotes.js';

export interface QuoteLanguagePack {
  /** ISO 639-1 code of the language the pack reads. */
  readonly lang: string;
  find(input: QuoteInput, options: QuoteOptions): FoundQuote[];
}

/** The German finder, optionally with another cue lexicon (tests, the learned debates lexicon). */
export function germanQuotePack(lexicon: CueLexicon = defaultCueLexicon()): QuoteLanguagePack {
  return { lang: 'de', find: (input, options) => findQuotes(input, lexicon, options) };
}

export const englishQuotePack: QuoteLanguagePack = {
  lang: 'en',
  find: (input, options) => findEnglishQuotes(input, options),
};

const PACKS: Record<string, () => QuoteLanguagePack> = {
  de: () => germanQuotePack(),
  en: () => englishQuotePack,
};

/** The languages quotations can be found in. */
export const QUOTE_LANGUAGES = Object.keys(PACKS);

/** The pack for a language code (`en`, `en-GB`, `de`); an error naming the code when there is none. */
export function quoteLanguagePack(lang: string): QuoteLanguagePack {
  const make = PACKS[lang.toLowerCase().slice(0, 2)];
  if (!make)
    throw new Error(
      `no quotation finder for language "${lang}" (known: ${QUOTE_LANGUAGES.join(', ')})`,
    );
  return make();
}

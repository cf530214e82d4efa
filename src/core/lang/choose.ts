/**
 * The language a report is analysed in: the one the user gave, or the one
 * detected. A report detected as another language is refused with a message
 * that says what it looks like and how to force a language.
 */
import { detectLanguage, isSupportedLanguage, type SupportedLanguage } from './detect.js';

/** What the user may ask for: a supported language, or `auto` (detect per report). */
export type LanguageOption = SupportedLanguage | 'auto';

/** How a document's language was chosen (recorded as `DocumentRecord.langSource`). */
export type LanguageSource = 'given' | 'detected' | 'default';

export type LanguageChoice =
  { ok: true; lang: SupportedLanguage; source: LanguageSource } | { ok: false; problem: string };

/** The language used when a text is too short to tell (a number, a name): German, crosscheck's first language. */
export const DEFAULT_LANGUAGE: SupportedLanguage = 'de';

/** Parses a `--lang` value; undefined when it is none of de, en, auto. */
export function parseLanguageOption(value: string): LanguageOption | undefined {
  const lower = value.trim().toLowerCase();
  if (lower === 'auto') return 'auto';
  return isSupportedLanguage(lower) ? lower : undefined;
}

/** The language to analyse `text` in, given the user's option. */
export function chooseLanguage(text: string, option: LanguageOption = 'auto'): LanguageChoice {
  if (option !== 'auto') return { ok: true, lang: option, source: 'given' };
  const guess = detectLanguage(text);
  if (guess.kind === 'supported') return { ok: true, lang: guess.lang, source: 'detected' };
  if (guess.kind === 'undetermined') return { ok: true, lang: DEFAULT_LANGUAGE, source: 'default' };
  return {
    ok: false,
    problem: `looks like ${guess.name}; crosscheck reads German and English`,
  };
}

import { describe, expect, it } from 'vitest';
import { Doc } from '../doc.js';
import { createQuotesComponent } from './component.js';
import { quoteLanguagePack, QUOTE_LANGUAGES } from './languages.js';

function quotesOf(text: string, lang?: string) {
  const doc = new Doc('t', text, lang ?? 'de');
  createQuotesComponent(lang ? { lang } : {}).apply(doc);
  return doc.quotes.map((q) => [
    q.kind,
    text.slice(q.content.start, q.content.end),
    q.speaker?.text ?? null,
  ]);
}

describe('quote language packs', () => {
  it('finds English quotations with the English pack and German ones by default', () => {
    expect(quotesOf('The mayor said that the road would reopen.', 'en')).toEqual([
      ['indirect', 'the road would reopen', 'The mayor'],
    ]);
    expect(quotesOf('Der Bürgermeister sagte, die Straße werde wieder geöffnet.')).toEqual([
      ['indirect', 'die Straße werde wieder geöffnet', 'Der Bürgermeister'],
    ]);
  });

  it('knows German and English, and names the code it does not know', () => {
    expect(QUOTE_LANGUAGES).toEqual(['de', 'en']);
    expect(quoteLanguagePack('en-GB').lang).toBe('en');
    expect(() => quoteLanguagePack('fr')).toThrow(
      'no quotation finder for language "fr" (known: de, en)',
    );
  });
});

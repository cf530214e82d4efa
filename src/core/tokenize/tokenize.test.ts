import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from './tokenize.js';
import type { TokenRecord } from '../contract/types.js';

/** The token strings, each followed by /kind when the kind is not a plain word or punctuation. */
function show(text: string, lang?: string): string[] {
  return tokenize(text, lang ? { lang } : {}).map((t) => {
    const s = text.slice(t.start, t.end);
    return t.kind === 'word' || t.kind === 'punct' ? s : `${s}/${t.kind}`;
  });
}

/**
 * The invariants that must hold for any input. Collects the first violation
 * instead of calling expect per token, so that a 1 MB input checks quickly.
 */
function checkInvariants(text: string, tokens: readonly TokenRecord[]): void {
  expect(firstViolation(text, tokens)).toBeNull();
}

function firstViolation(text: string, tokens: readonly TokenRecord[]): string | null {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const t of tokens) {
    if (t.start < previousEnd) return `token ${t.start}-${t.end} overlaps or is out of order`;
    if (t.end <= t.start || t.end > text.length)
      return `token ${t.start}-${t.end} is empty or out of bounds`;
    if (/^\s+$/.test(text.slice(t.start, t.end)))
      return `token ${t.start}-${t.end} is only whitespace`;
    covered.fill(1, t.start, t.end);
    previousEnd = t.end;
  }
  const space = /\s/;
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !space.test(text[i]!))
      return `character ${i} (${JSON.stringify(text[i])}) is in no token`;
  }
  return null;
}

describe('tokenize', () => {
  it.each<[string, string, string[]]>([
    [
      'German numbers',
      '1.000 und 1,5 und 3.000.000',
      ['1.000/number', 'und', '1,5/number', 'und', '3.000.000/number'],
    ],
    ['English numbers', '2.5 and 1,000', ['2.5/number', 'and', '1,000/number']],
    ['a date', 'am 17.11.2024 in Kiew', ['am', '17.11.2024/date', 'in', 'Kiew']],
    ['a day and month', 'am 17.11. in Kiew', ['am', '17.11./date', 'in', 'Kiew']],
    ['clock times', 'um 14:30 oder 14.30 Uhr', ['um', '14:30/time', 'oder', '14.30/time', 'Uhr']],
    ['an ordinal before a month', 'am 3. Juni', ['am', '3./ordinal', 'Juni']],
    ['an ordinal before a noun', 'im 20. Jahrhundert', ['im', '20./ordinal', 'Jahrhundert']],
    [
      'a price with a dash for no cents',
      'für 14.-- € oder 5,- €',
      ['für', '14.--/number', '€/symbol', 'oder', '5,-/number', '€/symbol'],
    ],
    [
      'a numbered point after a sentence',
      'Erstens. 4. Die Auffassung',
      ['Erstens', '.', '4./ordinal', 'Die', 'Auffassung'],
    ],
    [
      'a numbered point at the start of a line',
      '1. Kuchen backen\n2. Essen',
      ['1./ordinal', 'Kuchen', 'backen', '2./ordinal', 'Essen'],
    ],
    [
      'a year ending a sentence',
      'im Jahr 2024. Die Ukraine',
      ['im', 'Jahr', '2024/number', '.', 'Die', 'Ukraine'],
    ],
    [
      'a number ending a sentence before a pronoun',
      'Er wurde 85. Er starb',
      ['Er', 'wurde', '85/number', '.', 'Er', 'starb'],
    ],
    ['a number at the end of the text', 'Es waren 12.', ['Es', 'waren', '12/number', '.']],
    [
      'z. B. as two abbreviations',
      'wie z. B. Jets',
      ['wie', 'z./abbreviation', 'B./abbreviation', 'Jets'],
    ],
    [
      'dotted abbreviations without spaces',
      'u.a. und z.B. und d.h.',
      ['u.a./abbreviation', 'und', 'z.B./abbreviation', 'und', 'd.h./abbreviation'],
    ],
    [
      'listed abbreviations',
      'Dr. Prof. Nr. bzw. ca. usw. vgl. Mio. Mrd. St.',
      [
        'Dr./abbreviation',
        'Prof./abbreviation',
        'Nr./abbreviation',
        'bzw./abbreviation',
        'ca./abbreviation',
        'usw./abbreviation',
        'vgl./abbreviation',
        'Mio./abbreviation',
        'Mrd./abbreviation',
        'St./abbreviation',
      ],
    ],
    ['a capitalised abbreviation', 'Vgl. oben', ['Vgl./abbreviation', 'oben']],
    ['an ordinary word before a period', 'Das ist gut.', ['Das', 'ist', 'gut', '.']],
    [
      'English abbreviations',
      'Mr. Smith vs. Sen. Jones',
      ['Mr./abbreviation', 'Smith', 'vs./abbreviation', 'Sen./abbreviation', 'Jones'],
    ],
    [
      'hyphenated compounds',
      'US-ATACMS-Raketen, Knock-on-Effekt, Biden-Administration',
      ['US-ATACMS-Raketen', ',', 'Knock-on-Effekt', ',', 'Biden-Administration'],
    ],
    ['compounds with digits', 'F16-Panzern und 20-Jähriger', ['F16-Panzern', 'und', '20-Jähriger']],
    ['a truncated compound', 'Ein- und Ausfuhr', ['Ein-', 'und', 'Ausfuhr']],
    [
      'German quotation marks',
      '„Ja“ und ‚nein‘',
      ['„/quote', 'Ja', '“/quote', 'und', '‚/quote', 'nein', '‘/quote'],
    ],
    ['guillemets both ways', '»a« «b»', ['»/quote', 'a', '«/quote', '«/quote', 'b', '»/quote']],
    [
      'ASCII and doubled quotes',
      "\"a\" ''b'' ``c''",
      ['"/quote', 'a', '"/quote', "''/quote", 'b', "''/quote", '``/quote', 'c', "''/quote"],
    ],
    ['apostrophes inside words', "geht’s und Trump's", ['geht’s', 'und', "Trump's"]],
    ['a clitic after a space', "gibt 's", ['gibt', "'s"]],
    ['a possessive apostrophe', "Thutmosis' Grab", ["Thutmosis'", 'Grab']],
    ['a single-quoted word', "sagte 'Ross' dazu", ['sagte', "'/quote", 'Ross', "'/quote", 'dazu']],
    [
      'dashes and ellipses',
      'ja – nein — so -- gut... oder…',
      ['ja', '–', 'nein', '—', 'so', '--', 'gut', '...', 'oder', '…'],
    ],
    ['brackets', '[Trump] (ja) {x}', ['[', 'Trump', ']', '(', 'ja', ')', '{', 'x', '}']],
    [
      'runs of ! and ? (one token a mark, as in UD)',
      'Was?! Super!!',
      ['Was', '?', '!', 'Super', '!', '!'],
    ],
    [
      'a URL',
      'Siehe https://www.bbc.com/news/a_(b). Dann',
      ['Siehe', 'https://www.bbc.com/news/a_(b)/url', '.', 'Dann'],
    ],
    ['a bare domain', 'auf spiegel.de lesen', ['auf', 'spiegel.de/url', 'lesen']],
    ['an e-mail address', 'an max.muster@example.de.', ['an', 'max.muster@example.de/email', '.']],
    [
      'a handle and a hashtag',
      '@jd_vance zu #Ukraine2024',
      ['@jd_vance/mention', 'zu', '#Ukraine2024/hashtag'],
    ],
    [
      'emoji with skin tone, ZWJ family, flag',
      '👍🏽 👨‍👩‍👧 🇩🇪 ❤️',
      ['👍🏽/emoji', '👨‍👩‍👧/emoji', '🇩🇪/emoji', '❤️/emoji'],
    ],
    ['emoji glued to a word', 'super👍', ['super', '👍/emoji']],
    ['an emoticon', 'toll :-) ja', ['toll', ':-)/emoji', 'ja']],
    [
      'numbers glued to units',
      '300km und 5% und 10.000km',
      ['300/number', 'km', 'und', '5/number', '%/symbol', 'und', '10.000/number', 'km'],
    ],
    ['numbers glued to other letters stay whole', '1990er und 3D', ['1990er', 'und', '3D']],
    [
      'currency and symbols',
      '1.000,50 € und 5 $',
      ['1.000,50/number', '€/symbol', 'und', '5/number', '$/symbol'],
    ],
    ['a Roman numeral ordinal', 'Friedrich II. kam', ['Friedrich', 'II./ordinal', 'kam']],
    ['initials', 'Donald J. Trump', ['Donald', 'J./abbreviation', 'Trump']],
    ['an ampersand company', 'AT&T und H&M', ['AT&T', 'und', 'H&M']],
  ])('%s', (_name, input, expected) => {
    expect(show(input)).toEqual(expected);
  });

  it('uses the English abbreviation list for lang en', () => {
    expect(show('Gen. Smith', 'en')).toEqual(['Gen./abbreviation', 'Smith']);
    expect(show('das Gen. Es', 'de')).toEqual(['das', 'Gen./abbreviation', 'Es']);
  });

  it('keeps the invariants for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        checkInvariants(s, tokenize(s));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the invariants for strings built from tricky pieces', () => {
    const piece = fc.constantFrom(
      'z.',
      'B.',
      ' ',
      '\n',
      '.',
      '..',
      '-',
      '–',
      '3',
      '2024',
      ',',
      ':',
      "'",
      '’',
      '"',
      '„',
      '“',
      '@',
      '#',
      'a',
      'Ä',
      'http://',
      'www.',
      'x@y.de',
      '👍',
      '🏽',
      '\u200d',
      '🇩',
      '\ud800',
      '\udc00',
      '\ufe0f',
      'km',
      '%',
      'Uhr',
      'Juni',
      'Die',
      '``',
      's',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const s = pieces.join('');
        checkInvariants(s, tokenize(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a 1 MB single line', () => {
    const line =
      'Die Ukraine hat am 3. Juni 1.000 US-ATACMS-Raketen (z. B. 300km) gekauft… „Ja“, sagte er. 👍🏽 '.repeat(
        11_000,
      );
    expect(line.length).toBeGreaterThan(1_000_000);
    const tokens = tokenize(line);
    checkInvariants(line, tokens);
    expect(tokens.length).toBeGreaterThan(200_000);
  });
});

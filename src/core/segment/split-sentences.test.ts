// Tests run in Node and read the shared seeds; the code under test stays free of Node APIs.
// eslint-disable-next-line no-restricted-imports
import { readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenize } from '../tokenize/tokenize.js';
import { splitSentences } from './split-sentences.js';
import { tokenizerComponent } from '../tokenize/component.js';
import { sentenceSplitterComponent } from './component.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { missingSharedMessage, sharedPath } from '../../node/shared-data.js';
import { loadGermanLexicon } from '../../node/models/pos.js';

function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

function violation(text: string, lexicon?: Lexicon): string | null {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { lexicon });
  if (tokens.length === 0) return sentences.length === 0 ? null : 'sentences without tokens';
  let previousEnd = -1;
  for (const s of sentences) {
    if (s.start <= previousEnd && previousEnd >= 0 && s.start < previousEnd)
      return 'sentences overlap';
    if (s.end <= s.start || s.end > text.length) return 'empty or out-of-bounds sentence';
    previousEnd = s.end;
  }
  let si = 0;
  for (const t of tokens) {
    while (si < sentences.length && sentences[si]!.end < t.end) si++;
    const s = sentences[si];
    if (!s || t.start < s.start || t.end > s.end) return `token ${t.start}-${t.end} in no sentence`;
  }
  // Each sentence starts at a token start and ends at a token end.
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  for (const s of sentences)
    if (!starts.has(s.start) || !ends.has(s.end)) return 'sentence not on token edges';
  return null;
}

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    [
      'two plain sentences',
      'Das ist gut. Das ist schlecht.',
      ['Das ist gut.', 'Das ist schlecht.'],
    ],
    ['question and exclamation', 'Wer kommt? Niemand! Gut.', ['Wer kommt?', 'Niemand!', 'Gut.']],
    [
      'an ordinal before a month',
      'Er kam am 3. Juni nach Kiew. Dann ging er.',
      ['Er kam am 3. Juni nach Kiew.', 'Dann ging er.'],
    ],
    [
      'z. B. inside a sentence',
      'Die Ausrüstung, wie z. B. Jets, wurde verlegt. Das ist neu.',
      ['Die Ausrüstung, wie z. B. Jets, wurde verlegt.', 'Das ist neu.'],
    ],
    [
      'abbreviations',
      'Dr. Müller und Prof. Meier kamen ca. 3 Std. zu spät. Sie entschuldigten sich.',
      ['Dr. Müller und Prof. Meier kamen ca. 3 Std. zu spät.', 'Sie entschuldigten sich.'],
    ],
    [
      'a year ending a sentence',
      'Das war im Jahr 2024. Die Lage ist anders.',
      ['Das war im Jahr 2024.', 'Die Lage ist anders.'],
    ],
    [
      'a quotation followed by its speaker',
      '„Wir kommen!“, sagte er. Dann ging er.',
      ['„Wir kommen!“, sagte er.', 'Dann ging er.'],
    ],
    [
      'a multi-sentence quotation followed by its speaker',
      '„Wir kommen. Wir bleiben.“, sagte er. Gut.',
      ['„Wir kommen. Wir bleiben.“, sagte er.', 'Gut.'],
    ],
    [
      'a closing quote after the period',
      'Er sagte: „Das reicht.“ Dann ging er.',
      ['Er sagte: „Das reicht.“', 'Dann ging er.'],
    ],
    [
      'ASCII quotes',
      'Er sagte: "Das reicht." Dann ging er.',
      ['Er sagte: "Das reicht."', 'Dann ging er.'],
    ],
    [
      'a quotation over two lines',
      'Er sagte: "Eins...\nZwei." Dann ging er.',
      ['Er sagte: "Eins...\nZwei."', 'Dann ging er.'],
    ],
    [
      'a quotation never closed on its line',
      '"Erstens ist es spät.\n"Zweitens ist es kalt." Er ging.',
      ['"Erstens ist es spät.', '"Zweitens ist es kalt."', 'Er ging.'],
    ],
    [
      'a headline line without punctuation',
      'Biden erlaubt Angriffe\nDie Ukraine darf nun Ziele treffen.',
      ['Biden erlaubt Angriffe', 'Die Ukraine darf nun Ziele treffen.'],
    ],
    [
      'paragraphs',
      'Erster Absatz ohne Punkt\n\nZweiter Absatz.',
      ['Erster Absatz ohne Punkt', 'Zweiter Absatz.'],
    ],
    [
      'a hard-wrapped line',
      'Das ist ein langer Satz, der\nweitergeht.',
      ['Das ist ein langer Satz, der\nweitergeht.'],
    ],
    [
      'a bracket after the period',
      'Das ist gut. (Das auch.) Ende.',
      ['Das ist gut.', '(Das auch.)', 'Ende.'],
    ],
    ['an ellipsis in mid-sentence', 'Das ist ... nun ja, gut.', ['Das ist ... nun ja, gut.']],
    ['repeated exclamation marks', 'Super!! Wir kommen wieder.', ['Super!!', 'Wir kommen wieder.']],
    [
      'a URL with dots',
      'Siehe www.bbc.co.uk/news. Dann mehr.',
      ['Siehe www.bbc.co.uk/news.', 'Dann mehr.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('returns no sentence for text without tokens', () => {
    expect(splitSentences(' \n\t ', tokenize(' \n\t '))).toEqual([]);
  });

  it('puts every token in exactly one sentence, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(violation(s)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('puts every token in exactly one sentence, for strings of tricky pieces', () => {
    const piece = fc.constantFrom(
      'Das',
      'ist',
      'gut',
      '.',
      ' ',
      '\n',
      '\n\n',
      '"',
      '„',
      '“',
      '”',
      "'",
      '‚',
      '‘',
      '»',
      '«',
      '!',
      '?',
      '...',
      'z. B.',
      '3.',
      'Juni',
      ',',
      ':',
      '(',
      ')',
      'sagte',
      'er',
      'usw.',
      'Die',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        expect(violation(pieces.join(''))).toBeNull();
      }),
      { numRuns: 800 },
    );
  });

  it('fills doc.tokens and doc.sentences as pipeline components', () => {
    const pipeline = createPipeline([tokenizerComponent, sentenceSplitterComponent]);
    const doc = pipeline.run('x', 'Das ist gut. Das auch.');
    expect(doc.tokens.map((t) => doc.slice(t))).toEqual([
      'Das',
      'ist',
      'gut',
      '.',
      'Das',
      'auch',
      '.',
    ]);
    expect(doc.sentences.map((s) => doc.slice(s))).toEqual(['Das ist gut.', 'Das auch.']);
  });
});

describe('splitSentences with the German lexicon', () => {
  const lexicon = loadGermanLexicon();
  const split = (text: string) =>
    splitSentences(text, tokenize(text), { lexicon }).map((s) => text.slice(s.start, s.end));

  it.each<[string, string[]]>([
    [
      // A review written without final punctuation: the lexicon model finds its sentences.
      'Tolles Hotel Ich war sehr zufrieden Die Zimmer sind sauber Das Frühstück ist reichlich Aber das Parken ist teuer Wir kommen trotzdem wieder',
      [
        'Tolles Hotel',
        'Ich war sehr zufrieden',
        'Die Zimmer sind sauber',
        'Das Frühstück ist reichlich',
        'Aber das Parken ist teuer',
        'Wir kommen trotzdem wieder',
      ],
    ],
    [
      // Punctuated news: capitalised nouns and names are not taken for sentence starts.
      'Die Regierung in Berlin hat am Montag neue Regeln für Mieter beschlossen. Kanzler Olaf Scholz sagte am Dienstag in Berlin, die Deutsche Bahn werde Milliarden investieren.',
      [
        'Die Regierung in Berlin hat am Montag neue Regeln für Mieter beschlossen.',
        'Kanzler Olaf Scholz sagte am Dienstag in Berlin, die Deutsche Bahn werde Milliarden investieren.',
      ],
    ],
    [
      'Er sagte: „Wir kommen wieder.“ Dann ging er.',
      ['Er sagte: „Wir kommen wieder.“', 'Dann ging er.'],
    ],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('puts every token in exactly one sentence, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(violation(s, lexicon)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitSentences on the shared seeds', () => {
  const seedsDir = sharedPath('seeds');
  if (!seedsDir) console.warn(missingSharedMessage('seeds/'));
  const seed = (prefix: string): string => {
    const name = readdirSync(seedsDir!).find((f) => f.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}* in ${seedsDir}`);
    return readFileSync(join(seedsDir!, name), 'utf8');
  };

  it.skipIf(!seedsDir)('does not end a sentence at "z. B."', () => {
    const text = seed('000');
    expect(text).toContain('z. B.');
    const sentences = sentencesOf(text);
    expect(sentences.some((s) => s.includes('wie z. B. Jets, wurde bereits'))).toBe(true);
    expect(sentences.some((s) => s.endsWith('z.') || s.endsWith('B.'))).toBe(false);
  });

  it.skipIf(!seedsDir)(
    'keeps the quotation that opens on one line of seed 000 and closes on the next',
    () => {
      const text = seed('000');
      const opening = 'Aber er sagte am Sonntag: "Strikes sind nicht mit Worten gemacht...';
      const closing = 'Die Raketen werden für sich sprechen."';
      expect(text).toContain(opening);
      const sentences = sentencesOf(text);
      const quoted = sentences.find((s) => s.startsWith(opening));
      expect(quoted).toBeDefined();
      expect(quoted!.endsWith(closing)).toBe(true);
      expect(sentences).toContain(
        sentences.find((s) => s.startsWith('Die Ukraine wird nun in der Lage sein')),
      );
    },
  );

  it.skipIf(!seedsDir)(
    'gives every line of the seeds at least one sentence and never cuts a word',
    () => {
      for (const prefix of ['000', '002']) {
        const text = seed(prefix);
        expect(violation(text)).toBeNull();
        const sentences = sentencesOf(text);
        const lines = text.split('\n').filter((l) => l.trim() !== '');
        expect(sentences.length).toBeGreaterThanOrEqual(lines.length - 5);
      }
    },
  );
});

import { describe, expect, it } from 'vitest';
import type { TokenRecord } from '../../contract/types.js';
import { scanWords } from './scan.js';

const TEXT = "The players' union said O'Neill won 3,000 votes.";

/** Tokens over TEXT with a tag each, in text order. */
function tokensOf(text: string): TokenRecord[] {
  const tags: Record<string, string> = {
    The: 'DET',
    said: 'VERB',
    "O'Neill": 'PROPN',
    won: 'VERB',
  };
  return [...text.matchAll(/\S+?(?=[.\s]|$)|\./g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'word',
    ...(tags[m[0]] ? { upos: tags[m[0]] } : {}),
  })) as TokenRecord[];
}

describe('scanWords', () => {
  const inOrder = tokensOf(TEXT);

  it('splits words as the finder needs them and takes the tag of the token at the same start', () => {
    const words = scanWords(TEXT, inOrder);
    expect(words.map((w) => w.text)).toEqual([
      'The',
      "players'",
      'union',
      'said',
      "O'Neill",
      'won',
      '3,000',
      'votes',
      '.',
    ]);
    expect(words.map((w) => w.upos ?? '-')).toEqual([
      'DET',
      '-',
      '-',
      'VERB',
      'PROPN',
      'VERB',
      '-',
      '-',
      '-',
    ]);
    expect(words[0]).toEqual({ start: 0, end: 3, text: 'The', lower: 'the', upos: 'DET' });
    // Untagged words carry no `upos` key at all.
    expect('upos' in words[1]!).toBe(false);
  });

  it('gives the same words for tokens out of text order', () => {
    expect(scanWords(TEXT, [...inOrder].reverse())).toEqual(scanWords(TEXT, inOrder));
  });

  it('takes the last tagged token of several at one start, in either order', () => {
    const clitic: TokenRecord[] = [
      { start: 0, end: 3, kind: 'word', upos: 'DET' } as TokenRecord,
      { start: 0, end: 3, kind: 'word' } as TokenRecord,
      { start: 0, end: 3, kind: 'word', upos: 'PRON' } as TokenRecord,
      { start: 4, end: 11, kind: 'word', upos: 'NOUN' } as TokenRecord,
    ];
    for (const tokens of [clitic, [clitic[3]!, ...clitic.slice(0, 3)]]) {
      const words = scanWords('The players', tokens);
      expect(words.map((w) => w.upos)).toEqual(['PRON', 'NOUN']);
    }
  });

  it('leaves words untagged when no tagger ran', () => {
    expect(scanWords(TEXT, []).every((w) => w.upos === undefined)).toBe(true);
  });
});

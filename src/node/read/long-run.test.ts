import { describe, expect, it } from 'vitest';
import { describeLongRun, findLongRun } from './long-run.js';

describe('findLongRun', () => {
  it.each([
    ['', 5, null],
    ['abcde fghij', 5, null],
    ['abcdef', 5, { start: 0, length: 6 }],
    ['ab abcdefgh ij', 5, { start: 3, length: 8 }],
    // Every kind of white space ends a run: tab, line break, NBSP, thin space, ideographic space.
    ['abcd\tabcd\nabcd\u00a0abcd\u2009abcd\u3000abcd', 5, null],
    ['abcd\u00adabcd', 5, { start: 0, length: 9 }], // a soft hyphen is not a space
    ['https://example.org/a?b=c', 30, null],
  ])('%j with at most %i → %j', (text, max, expected) => {
    expect(findLongRun(text, max)).toEqual(expected);
  });

  it('agrees with JavaScript’s \\s on every code point of the BMP', () => {
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      // Controls other than \s count as space as well (normalisation drops them).
      const space = /\s/.test(char) || code < 0x20;
      if ((findLongRun(`ab${char}cd`, 2) === null) !== space) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('reads a 5 MB line in well under a second and says where the run starts', () => {
    const started = performance.now();
    const run = findLongRun(`Ein Satz. ${'x'.repeat(5_000_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(run).toEqual({ start: 10, length: 5_000_000 });
    expect(describeLongRun(run!, 1000)).toBe(
      'has 5,000,000 characters without a space (from character 10); at most 1,000 are accepted: this looks like data, not a report',
    );
  });
});

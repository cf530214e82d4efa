import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it.each([
    ['composes combining marks (NFC)', 'Mu\u0308nchen', 'München'],
    ['drops a leading byte-order mark', '\uFEFFKiew', 'Kiew'],
    ['drops control characters', 'a\u0000b\u0007c\u001Bd\u0085e', 'abcde'],
    ['keeps tabs and line breaks', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['replaces a lone high surrogate', 'x\uD800y', 'x\uFFFDy'],
    ['replaces a lone low surrogate', 'x\uDC00y', 'x\uFFFDy'],
    ['keeps a valid surrogate pair (emoji)', 'ok 👍', 'ok 👍'],
    ['keeps quotation marks and dashes as they are', '„Ja“ – »nein«', '„Ja“ – »nein«'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent and leaves well-formed output for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once.isWellFormed()).toBe(true);
      }),
    );
  });
});

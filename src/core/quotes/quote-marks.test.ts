import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './quote-marks.js';

/** The inner texts of the quotations found, outermost first. */
function inner(text: string): string[] {
  return findQuotedSpans(text).map((q) => text.slice(q.innerStart, q.innerEnd));
}

describe('findQuotedSpans', () => {
  it.each([
    ['German low-high', 'Er sagte: „Wir kommen.“ Dann ging er.', ['Wir kommen.']],
    ['German closing with ”', 'Er sagte: „Wir kommen.” Dann ging er.', ['Wir kommen.']],
    [
      'German closed by ASCII',
      'Er schrieb: „Der Komplex will Krieg." Viele sagen das.',
      ['Der Komplex will Krieg.'],
    ],
    ['guillemets pointing in', 'Sie sagte: »Das reicht.« Ende.', ['Das reicht.']],
    ['Swiss guillemets', 'Sie sagte: «Das reicht.» Ende.', ['Das reicht.']],
    ['English curly', 'He said “we are done” today.', ['we are done']],
    ['ASCII both ways', '"Ich glaube nicht", sagte er. "Nie."', ['Ich glaube nicht', 'Nie.']],
    [
      'nested German',
      '„Er nannte es ‚Unsinn‘, sagte sie.“',
      ['Er nannte es ‚Unsinn‘, sagte sie.', 'Unsinn'],
    ],
    [
      'nested ASCII',
      '"aus Angst vor "Provokationen Russlands" durchgeführt."',
      ['aus Angst vor "Provokationen Russlands" durchgeführt.', 'Provokationen Russlands'],
    ],
    [
      'over two lines',
      'Er sagte: "Strikes sind nicht mit Worten gemacht...\nDie Raketen werden sprechen." Danach.',
      ['Strikes sind nicht mit Worten gemacht...\nDie Raketen werden sprechen.'],
    ],
    ['apostrophes are no marks', "Wie geht's? O'Neill sagte: „Gut.“", ['Gut.']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('ends a paragraph that the next paragraph re-opens without closing', () => {
    const text = '"Erster Absatz des Zitats.\n"Zweiter Absatz." Danach Erzählung.';
    const spans = findQuotedSpans(text);
    expect(spans.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      'Erster Absatz des Zitats.',
      'Zweiter Absatz.',
    ]);
    expect(spans[0]!.closedBy).toBe('paragraph');
  });

  it('ignores a stray closing mark', () => {
    expect(inner('Das ist“ kein Zitat. Aber „dies“.')).toEqual(['dies']);
  });

  it('ends an unclosed quotation at its line end and goes on pairing after it', () => {
    const text = 'Er sagte: „Das bleibt offen.\nDann sagte sie: „Zu.“';
    const spans = findQuotedSpans(text);
    expect(spans.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      'Das bleibt offen.',
      'Zu.',
    ]);
    expect(spans[0]!.closedBy).toBe('recovered');
  });

  it('keeps every span inside the text, inner inside outer, for any input', () => {
    const alphabet = fc.constantFrom(
      'a',
      'b',
      ' ',
      '\n',
      '.',
      ',',
      '"',
      '„',
      '“',
      '”',
      '»',
      '«',
      '‚',
      '‘',
      "'",
      '’',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
        (text) => {
          for (const q of findQuotedSpans(text)) {
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeLessThanOrEqual(text.length);
            expect(q.start).toBeLessThan(q.innerStart + 1);
            expect(q.innerStart).toBeLessThanOrEqual(q.innerEnd);
            expect(q.innerEnd).toBeLessThanOrEqual(q.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

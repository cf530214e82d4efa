/**
 * fast-check generators of short German news-like text for the property tests
 * (`*.property.test.ts`): pieces that real reports are made of — words, names,
 * numbers in German and English notation, units, dates, clock times,
 * abbreviations, every kind of quotation mark and dash, line breaks — mixed
 * with arbitrary characters, so that the parsers meet both the patterns they
 * look for and the broken edges of them. Used by tests only.
 */
import fc from 'fast-check';

const NEWS_PIECES = [
  'Der',
  'die',
  'das',
  'Pegel',
  'stieg',
  'auf',
  'sank',
  'Meter',
  'Prozent',
  'Euro',
  'Millionen',
  'Bürgermeisterin',
  'Petra',
  'Lindqvist',
  'sagte',
  'erklärte',
  'betonte',
  'laut',
  'Polizei',
  'Sprecher',
  'er',
  'sie',
  'habe',
  'sei',
  'nicht',
  'kein',
  'und',
  'oder',
  'am',
  'im',
  'seit',
  'bis',
  'ab',
  'vor',
  'nach',
  'Sonntag',
  'Montag',
  'gestern',
  'heute',
  'vergangene',
  'Woche',
  'Januar',
  'November',
  'März',
  '2024',
  '17.',
  '17. November 2024',
  '18.11.2024',
  '14:30',
  '14.30 Uhr',
  'Uhr',
  '7,40',
  '6,20',
  '1.000',
  '3,5',
  '2.5',
  '1,000',
  '-5',
  '100',
  'zwei',
  'drei',
  'Hunderte',
  'zehn',
  'km',
  'km/h',
  'm³',
  '°C',
  '%',
  '€',
  '$',
  'kg',
  'Tonnen',
  'Dr.',
  'z. B.',
  'u. a.',
  'usw.',
  'Nr.',
  'St.',
  'Abs.',
  'bzw.',
  'ca.',
  'rund',
  'etwa',
  'mehr als',
  'zwischen',
  'www.example.de',
  'post@example.org',
  'Berlin (dpa) –',
  'Kiew',
  'EU',
  'US-Präsident',
  'Biden-Administration',
  '„',
  '“',
  '”',
  '‚',
  '‘',
  '’',
  '»',
  '«',
  '›',
  '‹',
  '"',
  "'",
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '...',
  '-',
  '–',
  '—',
  '(',
  ')',
  '[',
  ']',
  '/',
  '&',
  '#',
  '*',
  '\n',
  '\n\n',
  '\t',
  ' ',
  '\u00a0',
];

/** One piece: mostly news material, sometimes a few arbitrary characters. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Text of up to `maxPieces` pieces, joined by a space or by nothing. */
export function newsText(maxPieces = 16): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', '')), { maxLength: maxPieces })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

const NAMES = [
  'Petra Lindqvist',
  'Lindqvist',
  'der Sprecher',
  'Innenminister Karl Brandt',
  'sie',
  'er',
];
const CUES = ['sagte', 'erklärte', 'betonte', 'teilte mit', 'kritisierte'];
const VALUES = [
  '7,40 Meter',
  '6,20 Meter',
  '300 Menschen',
  'rund 1.000 Helfer',
  '15 Prozent',
  'zwei Tote',
];
const DAYS = ['am Sonntag', 'am Montag', 'am 17. November', 'gestern', 'seit Mittwoch'];

/**
 * One sentence of the shapes reports are compared on — a claim with a value
 * and a date, direct and indirect speech with a cue and a speaker, a denial —
 * from small lists, so that generated reports share and contradict claims.
 */
export const newsSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom(...NAMES),
    fc.constantFrom(...CUES),
    fc.constantFrom(...VALUES),
    fc.constantFrom(...DAYS),
    newsText(6),
  )
  .map(([shape, name, cue, value, day, words]) => {
    switch (shape) {
      case 0:
        return `Der Pegel stieg ${day} auf ${value}.`;
      case 1:
        return `„${words}“, ${cue} ${name}.`;
      case 2:
        return `${name} ${cue}: „${words} ${value}“`;
      case 3:
        return `${name} ${cue}, es seien ${day} ${value} gewesen.`;
      default:
        return `Der Damm hat ${day} nicht gehalten, ${cue} ${name} ${words}.`;
    }
  });

/** A short report: sentences of the shapes above mixed with free text. */
export function newsReport(maxSentences = 4): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof({ weight: 3, arbitrary: newsSentence }, { weight: 1, arbitrary: newsText(8) }),
      {
        minLength: 1,
        maxLength: maxSentences,
      },
    )
    .map((sentences) => sentences.join(' '));
}

/** A report date (YYYY-MM-DD) or none, for the relative dates. */
export const reportDate: fc.Arbitrary<string | undefined> = fc.option(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

/**
 * Runs per property: 10,000 in CI (issue 14); `FC_RUNS` sets another number,
 * e.g. `FC_RUNS=100000` for a longer hunt or `FC_RUNS=200` while editing.
 */
export const PROPERTY_RUNS = Number(
  // Read through globalThis: the core is compiled without Node's types.
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[
    'FC_RUNS'
  ] ?? 10_000,
);

/** Spans ordered by start, each inside `[0, length]` and not empty: the first violation, or null. */
export function spanViolation(
  spans: readonly { start: number; end: number }[],
  length: number,
  { overlap = false, empty = false }: { overlap?: boolean; empty?: boolean } = {},
): string | null {
  let previous = { start: 0, end: 0 };
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end))
      return `span ${JSON.stringify(span)} has a non-integer offset`;
    if (span.start < 0 || span.end > length)
      return `span ${span.start}-${span.end} is outside 0-${length}`;
    if (span.end < span.start || (!empty && span.end === span.start))
      return `span ${span.start}-${span.end} is ${span.end === span.start ? 'empty' : 'reversed'}`;
    if (span.start < previous.start)
      return `span ${span.start}-${span.end} comes before ${previous.start}-${previous.end}`;
    if (!overlap && span.start < previous.end)
      return `span ${span.start}-${span.end} overlaps ${previous.start}-${previous.end}`;
    previous = span;
  }
  return null;
}

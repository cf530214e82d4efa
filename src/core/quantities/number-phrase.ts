import calendarData from '../dates/data/calendar.json' with { type: 'json' };
import { IDENTIFIER_WORDS, TIME_WORDS, TITLES } from './context-words.js';
import type { Lexicon } from './lexicon.js';
import { parseNumeral, writtenPrecision } from './number-format.js';
import { parseCardinalWord, parseHalfWord, parseOrdinalWord } from './number-words.js';
import { isBoundaryAt } from './phrase-table.js';
import { isDigit, isLetter, nextWord, previousWord, skipSpaces, wordAt } from './text-scan.js';

/**
 * A number as written, before units: digits (`1.000`, `2,5`), words (`zwölf`,
 * `anderthalb`, `eine Million`), a vague plural (`Hunderte`), an ordinal (`3.`,
 * `dritten`) or a fraction (`zwei Drittel`, `die Hälfte`).
 */
export interface NumberPhrase {
  start: number;
  end: number;
  value: number | null;
  range: [number, number] | null;
  ordinal: boolean;
  /** `zwei Drittel`, `die Hälfte`: the value is a share of a whole. */
  fraction: boolean;
  /** `ein`, `eine`, `halbe`: a number only before a unit (`ein Jahr`), an article otherwise. */
  needsUnit: boolean;
  /** Written with digits: four digits 1000–2100 with no separator, which may be a year. */
  yearLike: boolean;
  /** Decimal places written (for judging rounding in conversions). */
  decimals: number;
  digits: boolean;
  /** The multiplier word applied (`Mio.` → 1e6), 1 when none. */
  multiplier: number;
  /** The digits as written (`1,200`), or null for words. */
  raw: string | null;
}

/** Either a number or a span to skip (a date, a clock time, an identifier such as `F-16`). */
export type PhraseResult = { phrase: NumberPhrase } | { skip: number };

const MONTHS = new Set(Object.keys(calendarData.months));
// Groups of three may be separated by . , no-break spaces, ' or a plain space ("800 000", older German print).
const NUMERAL = /\d{1,3}(?:[.,\u00A0\u202F'’ ]\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/y;
const DIGIT_RUN = /[\d.:/]+/y;
const EMPHASIS = new Set([
  'einzigen',
  'einzige',
  'einziges',
  'einzigem',
  'einziger',
  'ganzen',
  'ganzes',
  'ganze',
  'ganzem',
  'vollen',
  'volles',
  'volle',
  'single',
  'whole',
  'full',
]);
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

function isMonthWord(text: string, pos: number): boolean {
  const w = wordAt(text, pos);
  if (!w) return false;
  const lower = w.text.toLowerCase();
  return MONTHS.has(lower) || (text[w.end] === '.' && MONTHS.has(lower + '.'));
}

function base(start: number, end: number, value: number | null): NumberPhrase {
  return {
    start,
    end,
    value,
    range: null,
    ordinal: false,
    fraction: false,
    needsUnit: false,
    yearLike: false,
    decimals: 0,
    digits: false,
    multiplier: 1,
    raw: null,
  };
}

/** Reads the number that starts at `pos` (a digit or a word), with a following multiplier (`Mio.`, `Milliarden`). */
export function readNumberPhrase(
  text: string,
  pos: number,
  lex: Lexicon,
  afterRangeDash = false,
): PhraseResult | null {
  const ch = text[pos]!;
  let phrase: NumberPhrase | null;
  if (isDigit(ch)) {
    const r = readDigits(text, pos, lex, afterRangeDash);
    if (!r || 'skip' in r) return r;
    phrase = r.phrase;
  } else if (ch in VULGAR) {
    phrase = { ...base(pos, pos + 1, VULGAR[ch]!), decimals: 2 };
  } else {
    const r = readWords(text, pos, lex);
    if (!r || 'skip' in r) return r;
    phrase = r.phrase;
  }
  if (!phrase.ordinal && !phrase.fraction && phrase.multiplier === 1)
    applyMultiplier(text, phrase, lex);
  return { phrase };
}

/** Whether a currency sign stands right before the number at `pos` (`£300m`, `$ 5m`). */
function afterCurrencySign(text: string, pos: number): boolean {
  return /[$£€¥₹]\s?$/u.test(text.slice(Math.max(0, pos - 2), pos));
}

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'staff',
  'adults',
  'men',
  'women',
  'cattle',
]);

/**
 * Whether a counted noun follows (`1.5m people`, `2m homes`): then a glued `m` is millions,
 * since a length is followed by an adjective or a singular noun (`300m high`, `a 100m race`).
 */
function countNounAfter(text: string, pos: number): boolean {
  if (text[pos] !== ' ') return false;
  const next = nextWord(text, pos);
  if (!next) return false;
  const lower = next.text.toLowerCase();
  return (
    IRREGULAR_PLURALS.has(lower) ||
    (/^\p{Ll}{3,}s$/u.test(next.text) && !/(?:ss|us|is)$/.test(lower))
  );
}

/** `1,5 Mio.`, `drei Milliarden`, `eine Million`: multiplies and widens the phrase. */
export function applyMultiplier(text: string, phrase: NumberPhrase, lex: Lexicon): void {
  const at = skipSpaces(text, phrase.end);
  let m = null;
  if (at === phrase.end && isDigit(text[at - 1])) {
    // `$2.5bn`; `£300m` after a currency sign only — `300m` elsewhere is metres.
    m = lex.words.attachedMultipliers.matchAt(text, at);
    if (!m) {
      const short = lex.words.currencyMultipliers.matchAt(text, at);
      if (short && (afterCurrencySign(text, phrase.start) || countNounAfter(text, short.end)))
        m = short;
    }
    if (!m) return;
  } else m = lex.words.multipliers.matchAt(text, at);
  if (!m || phrase.value === null) return;
  phrase.value *= m.value;
  phrase.multiplier *= m.value;
  phrase.end = m.end;
  phrase.needsUnit = false;
  phrase.yearLike = false;
  phrase.decimals = Math.max(0, phrase.decimals - Math.round(Math.log10(m.value)));
}

function readDigits(
  text: string,
  pos: number,
  lex: Lexicon,
  afterRangeDash: boolean,
): PhraseResult | null {
  const before = text[pos - 1];
  // Part of an identifier: F16, COVID-19, Su-34, 3.2.1 (but "100-300 km" is a range).
  if (isLetter(before) || isDigit(before)) return { skip: skipRun(text, pos) };
  if (
    !afterRangeDash &&
    (before === '-' || before === '‐' || before === '/') &&
    (isLetter(text[pos - 2]) || isDigit(text[pos - 2]))
  ) {
    return { skip: skipRun(text, pos) };
  }
  NUMERAL.lastIndex = pos;
  const m = NUMERAL.exec(text);
  if (!m) return null;
  let end = pos + m[0].length;
  const next = text[end];
  // Dates, clock times, versions, scores: 17.11.2024, 14:30, 3:1, 24/7.
  if ((next === '.' || next === ':' || next === '/') && isDigit(text[end + 1])) {
    DIGIT_RUN.lastIndex = pos;
    const run = DIGIT_RUN.exec(text)![0];
    const frac = /^(\d)\/(\d{1,2})$/.exec(run);
    if (frac && Number(frac[1]) < Number(frac[2]) && Number(frac[2]) <= 10) {
      const p = base(pos, pos + run.length, Number(frac[1]) / Number(frac[2]));
      return { phrase: { ...p, digits: true, decimals: 2, fraction: true } };
    }
    return { skip: pos + run.length };
  }
  const raw = m[0];
  // "2. Soziale Bewegungen …": a numbered list item at the start of a line.
  if (
    next === '.' &&
    text[end + 1] === ' ' &&
    (pos === 0 || text[pos - 1] === '\n') &&
    /^\d{1,2}$/.test(raw)
  ) {
    return { skip: end + 1 };
  }
  // "am 25.11.": day and month without a year (the dates layer has it).
  if (next === '.' && /^\d{1,2}\.\d{1,2}$/.test(raw)) {
    const [d, mo] = raw.split('.').map(Number) as [number, number];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) return { skip: end + 1 };
  }
  let value = parseNumeral(raw, lex.language.groupMark);
  if (value === null) return { skip: end };
  // "10,-- €", "20,- EUR": a price in whole units.
  const wholePrice = /^,\s?-{1,2}(?!\d)/.exec(text.slice(end, end + 4));
  if (wholePrice) end += wholePrice[0].length;
  if (next !== undefined && next in VULGAR) {
    value += VULGAR[next]!;
    end++;
  }
  // A number glued to letters is a unit (300km), a multiplier (2.5bn, £300m) or part of a
  // word (3D, 1990er, 5G).
  if (
    isLetter(text[end]) &&
    !lex.units.matchAt(text, end) &&
    !lex.words.attachedMultipliers.matchAt(text, end) &&
    !(afterCurrencySign(text, pos) && lex.words.currencyMultipliers.matchAt(text, end))
  )
    return { skip: skipRun(text, end) };
  // A number starting a hyphenated compound (10-Punkte-Plan) names a thing, not an amount.
  if ((text[end] === '-' || text[end] === '‐') && isLetter(text[end + 1]))
    return { skip: skipRun(text, end + 1) };
  const prev = previousWord(text, pos, true);
  if (
    prev &&
    (IDENTIFIER_WORDS.has(prev.text.toLowerCase()) ||
      IDENTIFIER_WORDS.has(prev.text.replace(/\.$/, '').toLowerCase()))
  )
    return { skip: end };
  if (text[pos - 1] === '§' || text[skipBackSpaces(text, pos) - 1] === '§') return { skip: end };
  // "(D 1)", "A 7", "B 96": a small number after a single capital letter is a name (network, road).
  if (prev && /^\p{Lu}$/u.test(prev.text) && prev.end === pos - 1 && /^\d{1,3}$/.test(raw))
    return { skip: end };
  const after = nextWord(text, end);
  if (after && TIME_WORDS.has(after.text.toLowerCase())) return { skip: after.end };
  if (
    text[end] === '.' &&
    (text[end + 1] === ' ' || text[end + 1] === '\u00A0') &&
    /^\d{1,3}$/.test(raw)
  ) {
    // "17. November": a date; "am 3. Tag", "der 3. Versuch": an ordinal.
    if (isMonthWord(text, skipSpaces(text, end + 1))) return { skip: end + 1 };
    // "vom 1. bis 3. Dezember": the first day of a date range.
    const range = /^\s*(?:bis(?: zum)?|und|[-–])\s*(\d{1,2})\.\s*/.exec(
      text.slice(end + 1, end + 20),
    );
    if (range && isMonthWord(text, end + 1 + range[0].length)) return { skip: end + 1 };
    // Also after an adjective before a noun: "die sauber gestylte 2. Auflage".
    const following = nextWord(text, end + 1);
    const adjectiveBefore =
      prev !== null &&
      /^[\p{Ll}][\p{L}-]{2,}(?:e|en|er|es|em)$/u.test(prev.text) &&
      following !== null &&
      /^\p{Lu}/u.test(following.text);
    if (prev && (lex.words.ordinalDeterminers.has(prev.text.toLowerCase()) || adjectiveBefore)) {
      const p = base(pos, end + 1, value);
      return { phrase: { ...p, ordinal: true, digits: true } };
    }
  }
  // "March 12", "on Sept. 3": a day after a capitalised month name is a date (the dates layer has it).
  if (
    lex.words.dayAfterMonth &&
    prev &&
    /^\p{Lu}/u.test(prev.text) &&
    /^\d{1,2}$/.test(raw) &&
    value >= 1 &&
    value <= 31 &&
    isMonthWord(text, prev.start)
  )
    return { skip: end };
  // "Leopard 2 wiegt", "Windows 11": a small number right after a name is part of it,
  // unless a noun follows ("Russland 300 Panzer" is unusual German but a count).
  if (
    prev &&
    /^\d{1,3}$/.test(raw) &&
    prev.end === pos - 1 &&
    /^\p{Lu}/u.test(prev.text) &&
    text[end] === ' '
  ) {
    const after2 = nextWord(text, end);
    const sentenceStart =
      /[.!?:;"„“(]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)) ||
      prev.start === 0;
    const countFollows =
      after2 !== null &&
      /^[\p{Ll}][\p{L}-]{2,}(?:e|en|er|es|em)$/u.test(after2.text) &&
      /^\p{Lu}/u.test(nextWord(text, after2.end)?.text ?? '');
    if (
      !sentenceStart &&
      !countFollows &&
      after2 &&
      after2.start === end + 1 &&
      /^\p{Ll}/u.test(after2.text) &&
      !lex.units.matchAt(text, after2.start) &&
      !lex.words.multipliers.matchAt(text, after2.start) &&
      // "mit Tempo 110 in die Kurve": a unit written before the number names no model.
      !lex.prefixUnits.matchAt(text, prev.start) &&
      // "(Reuters) - About 400 homes": a capitalised approximation opens a sentence after a dateline.
      !lex.approximations.matchAt(text, prev.start)
    ) {
      return { skip: end };
    }
  }
  // Negative sign directly before ("-5 Grad", "−3,5 Prozent"), not a dash between words.
  let start = pos;
  if (
    !afterRangeDash &&
    (before === '-' || before === '−') &&
    (pos < 2 || /[\s(]/.test(text[pos - 2]!))
  ) {
    start = pos - 1;
    value = -value;
  } else if (prev && lex.words.minus.has(prev.text.toLowerCase())) {
    start = prev.start;
    value = -value;
  }
  const phrase = base(start, end, value);
  phrase.digits = true;
  phrase.raw = raw;
  phrase.decimals = Math.max(0, writtenPrecision(raw, lex.language.groupMark));
  phrase.yearLike = /^\d{4}$/.test(raw) && value >= 1000 && value <= 2100;
  return { phrase };
}

function skipBackSpaces(text: string, pos: number): number {
  while (pos > 0 && text[pos - 1] === ' ') pos--;
  return pos;
}

function skipRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && /[\p{L}\p{N}.,\-‐/:]/u.test(text[end]!)) end++;
  // Do not swallow a sentence-final dot or comma.
  while (end > pos && /[.,:/-]/.test(text[end - 1]!)) end--;
  return Math.max(end, pos + 1);
}

function readWords(text: string, pos: number, lex: Lexicon): PhraseResult | null {
  const word = wordAt(text, pos);
  if (!word) return null;
  const w = lex.words;
  const lower = word.text.toLowerCase();
  const prev = previousWord(text, pos);
  const prevLower = prev?.text.toLowerCase();

  const vague = w.vague.matchAt(text, pos);
  if (vague) {
    const p = base(pos, vague.end, null);
    p.range = vague.value;
    return { phrase: p };
  }
  const quantifier = w.vagueQuantifiers.get(lower);
  if (quantifier) {
    const m = w.multipliers.matchAt(text, skipSpaces(text, word.end));
    if (!m || !/\p{L}$/u.test(m.phrase)) return null;
    const p = base(pos, m.end, null);
    p.range = [quantifier[0] * m.value, quantifier[1] * m.value];
    return { phrase: p };
  }
  const dozen = w.dozen.get(lower);
  if (dozen !== undefined) return { phrase: base(pos, word.end, dozen) };

  if (w.article.has(lower)) return readArticle(text, word, lex);

  const half = parseHalfWord(lower, w);
  if (half !== null)
    return { phrase: { ...base(pos, word.end, half), needsUnit: true, decimals: 1 } };

  if (w.minus.has(lower)) return null;

  const fractionNoun = w.fractionNouns.get(lower);
  if (fractionNoun !== undefined) {
    // "die Hälfte", "zur Hälfte": a share; "Drittel" needs a count before it.
    if (lower === 'hälfte' || lower === 'half') {
      // The article belongs to the phrase: "mehr als die Hälfte".
      if (prev && prevLower && w.ordinalDeterminers.has(prevLower))
        return { phrase: { ...base(prev.start, word.end, 0.5), fraction: true } };
    }
    return null;
  }

  // "three-quarters", "two-thirds": a count and a fraction noun written as one word.
  const hyphenated = /^(\p{L}+)[-‐](\p{L}+)$/u.exec(word.text);
  if (hyphenated) {
    const count = parseCardinalWord(hyphenated[1]!, w);
    const share = w.fractionNouns.get(hyphenated[2]!.toLowerCase());
    if (count !== null && share !== undefined)
      return { phrase: { ...base(pos, word.end, count * share), fraction: true, decimals: 2 } };
  }
  const cardinal = parseCardinalWord(word.text, w);
  // "Nummer eins", "Platz drei": a rank or name, not an amount.
  if (cardinal !== null && prev && IDENTIFIER_WORDS.has(prev.text.toLowerCase()))
    return { skip: word.end };
  // "Dr. Sieben", "Frau Acht": a capitalised number word after a title is a surname.
  const title = previousWord(text, pos, true);
  if (
    cardinal !== null &&
    title &&
    /^\p{Lu}/u.test(word.text) &&
    TITLES.has(title.text.toLowerCase())
  ) {
    return { skip: word.end };
  }
  // "gegen drei Uhr": a clock time.
  if (cardinal !== null) {
    const after = nextWord(text, word.end);
    if (after && TIME_WORDS.has(after.text.toLowerCase())) return { skip: after.end };
  }
  if (cardinal !== null) {
    const ratio = readRatio(text, word.end, cardinal, lex);
    if (ratio)
      return { phrase: { ...base(pos, ratio.end, ratio.value), fraction: true, decimals: 2 } };
    const share = readFractionNoun(text, word.end, lex);
    if (share)
      return {
        phrase: {
          ...base(pos, share.end, (cardinal * share.value) as number),
          fraction: true,
          decimals: 2,
        },
      };
    return { phrase: base(pos, word.end, cardinal) };
  }

  const ordinal = parseOrdinalWord(word.text, w);
  if (ordinal !== null && prevLower !== undefined && w.ordinalDeterminers.has(prevLower)) {
    return { phrase: { ...base(pos, word.end, ordinal), ordinal: true } };
  }
  return null;
}

/** "one in five", "two in three": a count of a larger whole is the fraction count / whole. */
function readRatio(
  text: string,
  pos: number,
  count: number,
  lex: Lexicon,
): { value: number; end: number } | null {
  const joiner = nextWord(text, pos);
  if (!lex.words.ratioJoiner || joiner?.text.toLowerCase() !== lex.words.ratioJoiner) return null;
  const whole = nextWord(text, joiner.end);
  if (!whole) return null;
  const value = /^\d+$/.test(whole.text)
    ? Number(whole.text)
    : parseCardinalWord(whole.text, lex.words);
  if (value === null || !Number.isInteger(count) || value <= count) return null;
  return { value: count / value, end: whole.end };
}

function readFractionNoun(
  text: string,
  pos: number,
  lex: Lexicon,
): { value: number; end: number } | null {
  const next = nextWord(text, pos);
  if (!next) return null;
  const value = lex.words.fractionNouns.get(next.text.toLowerCase());
  return value === undefined || next.text.toLowerCase() === 'hälfte'
    ? null
    : { value, end: next.end };
}

/** `ein`/`eine`/`einem`: 1 before a unit; `ein halbes Jahr`, `ein Dutzend`, `eine Million`, `ein Drittel`. */
function readArticle(
  text: string,
  word: { start: number; end: number },
  lex: Lexicon,
): PhraseResult | null {
  const w = lex.words;
  const count = parseCardinalWord(text.slice(word.start, word.end), w);
  const ratio = count === null ? null : readRatio(text, word.end, count, lex);
  if (ratio)
    return { phrase: { ...base(word.start, ratio.end, ratio.value), fraction: true, decimals: 2 } };
  const next = nextWord(text, word.end);
  if (next) {
    const lower = next.text.toLowerCase();
    const half = w.halves.get(lower);
    if (half !== undefined && half < 1)
      return { phrase: { ...base(word.start, next.end, half), needsUnit: true, decimals: 1 } };
    const dozen = w.dozen.get(lower);
    if (dozen !== undefined) return { phrase: base(word.start, next.end, dozen) };
    const share = readFractionNoun(text, word.end, lex);
    if (share && lower !== 'hälfte')
      return {
        phrase: { ...base(word.start, share.end, share.value), fraction: true, decimals: 2 },
      };
    const m = w.multipliers.matchAt(text, next.start);
    if (m && /\p{L}$/u.test(m.phrase) && isBoundaryAt(text, m.end)) {
      return { phrase: { ...base(word.start, m.end, m.value), multiplier: m.value } };
    }
  }
  // "an einem einzigen Tag", "ein ganzes Jahr": the adjective stays inside the phrase.
  if (next && EMPHASIS.has(next.text.toLowerCase()))
    return { phrase: { ...base(word.start, next.end, 1), needsUnit: true } };
  return { phrase: { ...base(word.start, word.end, 1), needsUnit: true } };
}

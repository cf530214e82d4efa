/**
 * Character classes for the tokenizer's scanning loop. A lookup table over the
 * Basic Multilingual Plane is filled lazily (each code unit is classified by a
 * Unicode property regex the first time it is seen), so the hot loop costs one
 * array read per character and allocates nothing.
 */

export const CharClass = {
  Unknown: 0,
  /** Anything JavaScript's `\s` matches (space, tab, line breaks, NBSP, U+FEFF …). */
  Space: 1,
  Letter: 2,
  /** Decimal digit (`\p{Nd}`). */
  Digit: 3,
  /** Combining marks, format characters (soft hyphen, ZWJ) and non-decimal numbers (²): they join the word they touch. */
  Join: 4,
  /** Punctuation and symbols. */
  Other: 5,
  /** Pictographic emoji and regional indicators (flags). */
  Emoji: 6,
  /** High surrogate: look at the whole code point. */
  HighSurrogate: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const bmpTable = new Uint8Array(0x10000);
const astralCache = new Map<number, CharClass>();

const SPACE = /^\s$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const JOIN = /^[\p{M}\p{Cf}\p{No}\p{Nl}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

function classify(codePoint: number): CharClass {
  if (codePoint >= 0xd800 && codePoint <= 0xdbff) return CharClass.HighSurrogate;
  if (codePoint >= 0xdc00 && codePoint <= 0xdfff) return CharClass.Other; // a lone low surrogate
  const ch = String.fromCodePoint(codePoint);
  if (SPACE.test(ch)) return CharClass.Space;
  if (LETTER.test(ch)) return CharClass.Letter;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return CharClass.Emoji;
  // © ® ™ ‼ and arrows are pictographic too, but in news text they are symbols.
  if (codePoint >= 0x2300 && PICTOGRAPHIC.test(ch)) return CharClass.Emoji;
  if (JOIN.test(ch)) return CharClass.Join;
  return CharClass.Other;
}

/** Class of a UTF-16 code unit (a high surrogate answers HighSurrogate). */
export function classOfUnit(unit: number): CharClass {
  const known = bmpTable[unit]! as CharClass;
  if (known !== CharClass.Unknown) return known;
  const computed = classify(unit);
  bmpTable[unit] = computed;
  return computed;
}

/** Class of a full code point (astral ones included). */
export function classOfCodePoint(codePoint: number): CharClass {
  if (codePoint < 0x10000) return classOfUnit(codePoint);
  const cached = astralCache.get(codePoint);
  if (cached !== undefined) return cached;
  const computed = classify(codePoint);
  astralCache.set(codePoint, computed);
  return computed;
}

/** Class at index `i` of `text`, reading a surrogate pair as one code point. -1 past the end. */
export function classAt(text: string, i: number): CharClass | -1 {
  if (i >= text.length) return -1;
  const unit = text.charCodeAt(i);
  const cls = classOfUnit(unit);
  if (cls !== CharClass.HighSurrogate) return cls;
  const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (low >= 0xdc00 && low <= 0xdfff) {
    return classOfCodePoint(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return CharClass.Other; // a lone high surrogate
}

export function isUpperLetter(unit: number): boolean {
  if (unit >= 0x41 && unit <= 0x5a) return true;
  if (unit < 0xc0) return false;
  const ch = String.fromCharCode(unit);
  return ch.toLowerCase() !== ch;
}

export function isLowerLetter(unit: number): boolean {
  if (unit >= 0x61 && unit <= 0x7a) return true;
  if (unit < 0xc0) return false;
  const ch = String.fromCharCode(unit);
  return ch.toUpperCase() !== ch || unit === 0xdf; // ß has no single upper-case form
}

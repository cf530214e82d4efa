/**
 * Small scanning helpers over the raw text: the extractors look a few words left
 * and right of a number and need no full tokenisation to do so.
 */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

const INLINE_SPACE = /[ \t\u00A0\u202F\u2009]/;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}²³]*(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/uy;
const LETTER = /[\p{L}\p{M}]/u;
const WORDISH = /[\p{L}\p{M}\p{N}²³\-‐‑]/u;

/** Position after spaces and tabs (not line breaks: a quantity does not run across lines). */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && INLINE_SPACE.test(text[pos]!)) pos++;
  return pos;
}

/** Position before spaces and tabs that end at `pos`. */
export function skipSpacesBack(text: string, pos: number): number {
  while (pos > 0 && INLINE_SPACE.test(text[pos - 1]!)) pos--;
  return pos;
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The word starting at `pos` (letters, inner hyphens), or null. */
export function wordAt(text: string, pos: number): WordSpan | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { start: pos, end: pos + m[0].length, text: m[0] } : null;
}

/** The next word after spaces from `pos`, or null when anything else comes first. */
export function nextWord(text: string, pos: number): WordSpan | null {
  return wordAt(text, skipSpaces(text, pos));
}

/**
 * The word that ends at `pos` (after skipping spaces back), with a trailing dot
 * kept when `withDot` (for `ca.`), or null when punctuation comes first.
 */
export function previousWord(text: string, pos: number, withDot = false): WordSpan | null {
  const end = skipSpacesBack(text, pos);
  let wordEnd = end;
  if (withDot && text[wordEnd - 1] === '.') wordEnd--;
  let start = wordEnd;
  while (start > 0 && WORDISH.test(text[start - 1]!)) start--;
  while (start < wordEnd && !isLetter(text[start])) start++;
  if (start === wordEnd) return null;
  if (wordEnd !== end && text[end - 1] !== '.') return null;
  return { start, end, text: text.slice(start, end) };
}

import { nextWord, skipSpaces } from '../quantities/text-scan.js';

const ADJECTIVE_SHAPE = /^[\p{Ll}][\p{L}-]{2,}(?:e|en|er|es|em)$/u;

/**
 * Whether a bare four-digit number 1000–2099 at [start, end) reads as a year rather
 * than a count: a count is followed by its noun ("1500 Soldaten", "1500 zusätzliche
 * Soldaten"); a year by a verb, a preposition or punctuation ("1848 befragte er",
 * "bis 1918)"). Used by both the date and the quantity extractor so they agree.
 */
export function bareNumberIsYear(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (!next || next.start !== skipSpaces(text, end)) return true;
  if (/^\p{Lu}/u.test(next.text)) return false;
  if (ADJECTIVE_SHAPE.test(next.text)) {
    const after = nextWord(text, next.end);
    if (after && /^\p{Lu}/u.test(after.text)) return false;
  }
  return true;
}

/**
 * The English finder's view of a text: words with offsets (and tags, when a tagger ran),
 * sentence spans, and the quotations in marks, including the top-level single marks of
 * British style (‘…’) that the German mark finder leaves to nesting.
 */
import type { Span, TokenRecord } from '../../contract/types.js';
import { findQuotedSpans, type QuotedSpan } from '../quote-marks.js';

export interface Word extends Span {
  text: string;
  lower: string;
  upos?: string;
}

/**
 * Letters and digits with inner apostrophes, hyphens, ampersands and dots (O'Neill,
 * vice-president, U.S.), a plural possessive's apostrophe before a lower-case word (the
 * players' union), numbers with thousands commas (3,000); or one mark.
 */
const WORD =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*(?:(?<=s)['’](?=\s\p{Ll}))?|[^\s\p{L}\p{N}]/gu;

export function scanWords(text: string, tokens: readonly TokenRecord[]): Word[] {
  const tagAt = tagLookup(tokens);
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const upos = tagAt(start);
    // One object literal per case, so that every word is built in its final shape.
    words.push(
      upos
        ? { start, end, text: m[0], lower: m[0].toLowerCase(), upos }
        : { start, end, text: m[0], lower: m[0].toLowerCase() },
    );
  }
  return words;
}

/**
 * The tag of the token that starts at `start` (of several, the last tagged one),
 * asked for in increasing `start` order. Tokens come in text order from the
 * tokenizer, so a pointer walks them in step with the words (no map of a
 * long document's tokens); tokens out of order fall back to a map.
 */
function tagLookup(tokens: readonly TokenRecord[]): (start: number) => string | undefined {
  let ordered = true;
  for (let i = 1; i < tokens.length && ordered; i++)
    ordered = tokens[i - 1]!.start <= tokens[i]!.start;
  if (!ordered) {
    const tags = new Map<number, string>();
    for (const t of tokens) if (t.upos) tags.set(t.start, t.upos);
    return (start) => tags.get(start);
  }
  let k = 0;
  return (start) => {
    let upos: string | undefined;
    for (; k < tokens.length && tokens[k]!.start <= start; k++) {
      const t = tokens[k]!;
      if (t.start === start && t.upos) upos = t.upos;
    }
    return upos;
  };
}

/** Abbreviations after which a full stop ends no sentence (titles, months, initials are handled apart). */
const NO_END = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sgt',
  'gen',
  'col',
  'capt',
  'insp',
  'det',
  'rev',
  'lt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'u.s',
  'u.k',
]);

/**
 * Sentence spans for text that arrives without a splitter's: a full stop, question or
 * exclamation mark (with any closing quotation marks after it) before a space and a
 * capital, digit or opening mark ends a sentence unless it ends an abbreviation or an
 * initial; a blank line or line break always does.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let j = i + 1;
    while (j < text.length && /[”"’'\u00BB)]/.test(text[j]!)) j++;
    if (j < text.length && !/[ \t]/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    if (k < text.length && !/[\p{Lu}\p{N}“"‘'(]/u.test(text[k]!)) continue;
    if (c === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (NO_END.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    push(j);
  }
  push(text.length);
  return spans;
}

/**
 * Quotations in marks: those the shared finder pairs (double marks of every convention),
 * plus top-level single marks. An opening ‘ or ' stands at a word start; the closing one is
 * the first ’ or ' after it in the same paragraph that follows a non-space and precedes a
 * non-letter — so apostrophes inside words (won’t, O’Neill) never close a quotation — and
 * is no plural possessive (an s’ before a lower-case word: the players’ union).
 */
export function findEnglishQuotedSpans(text: string): QuotedSpan[] {
  const spans = findQuotedSpans(text).filter((q) => q.depth === 0);
  // Characters inside a double-mark quotation (spans are sorted by start).
  let next = 0;
  const inside = (at: number): boolean => {
    while (next < spans.length && spans[next]!.end <= at) next++;
    return next < spans.length && spans[next]!.start <= at;
  };
  const singles: QuotedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== "'") continue;
    if (inside(i)) continue;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = text[i + 1] ?? ' ';
    if (!/[\s([—–-]/.test(prev) || !/[\p{L}\p{N}]/u.test(next)) continue;
    const paragraphEnd = text.indexOf('\n', i);
    const limit = paragraphEnd < 0 ? text.length : paragraphEnd;
    let close = -1;
    for (let j = i + 2; j < limit; j++) {
      const d = text[j]!;
      if (d !== '’' && d !== "'") continue;
      const before = text[j - 1]!;
      const after = text[j + 1] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(after) || /\s/.test(before)) continue;
      // "the players’ union": an apostrophe after a plural s before a word is a possessive.
      if (before === 's' && after === ' ' && /[\p{Ll}]/u.test(text[j + 2] ?? '')) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    singles.push({
      start: i,
      end: close + 1,
      innerStart: i + 1,
      innerEnd: close,
      depth: 0,
      closedBy: 'mark',
    });
    i = close;
  }
  return [...spans, ...singles].sort((a, b) => a.start - b.start);
}

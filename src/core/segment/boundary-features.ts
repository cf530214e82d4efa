/**
 * Features of a token gap for the learned sentence-boundary model: the gap
 * after token k, where the rules found no final punctuation and no line break
 * ("… sofort die Rechnung verlangt Dann habe ich …", headlines, reviews).
 * Shared by the splitter (scoring) and scripts/train/segment.ts (training), so
 * both see exactly the same features.
 */
import type { TokenRecord } from '../contract/types.js';
import { SENTENCE_STARTERS } from '../tokenize/lexicon.js';

/**
 * Whether the gap after token k is worth asking the model about at all: the
 * next token must look like a sentence start (capital letter, digit, opening
 * quote or bracket). This cheap filter keeps the model off most gaps.
 */
export function isModelCandidate(text: string, tokens: readonly TokenRecord[], k: number): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1]!;
  const last = text.charCodeAt(token.end - 1);
  // After a comma, an opening bracket or a hyphen the sentence goes on.
  if (last === 0x2c || last === 0x28 || last === 0x5b || last === 0x2d) return false;
  const first = text.charCodeAt(next.start);
  if (first >= 0x41 && first <= 0x5a) return true; // A-Z
  if (first >= 0x30 && first <= 0x39) return true; // 0-9
  if (next.kind === 'quote' || next.kind === 'emoji') return true;
  if (first < 0xc0) return false;
  const ch = String.fromCharCode(first);
  return ch !== ch.toLowerCase();
}

/** Coarse shape: X capitalised, XX all capitals, x lower case, d number, or the punctuation itself. */
function shape(text: string, token: TokenRecord | undefined): string {
  if (!token) return '<none>';
  const s = text.slice(token.start, token.end);
  if (token.kind === 'punct' || token.kind === 'quote' || token.kind === 'symbol') return s.length > 3 ? s.slice(0, 3) : s;
  if (token.kind !== 'word') return token.kind;
  const first = s[0]!;
  const upperFirst = first !== first.toLowerCase();
  if (!upperFirst) return 'x';
  if (s.length > 1 && s === s.toUpperCase()) return 'XX';
  return 'X';
}

/** Lower-cased form for frequent short words, else the last three letters as a suffix class. */
function lexical(text: string, token: TokenRecord | undefined): string {
  if (!token) return '<none>';
  const s = text.slice(token.start, token.end);
  return s.length <= 4 ? s.toLowerCase() : '~' + s.slice(-3).toLowerCase();
}

/** Bucket of the number of tokens since the sentence began: short fragments rarely end. */
function lengthBucket(tokensSoFar: number): string {
  if (tokensSoFar < 3) return 'len<3';
  if (tokensSoFar < 6) return 'len<6';
  if (tokensSoFar < 12) return 'len<12';
  if (tokensSoFar < 25) return 'len<25';
  return 'len25+';
}

/**
 * Feature strings of the gap after token k, written into `out` (cleared first).
 * `tokensSoFar`: tokens of the current sentence up to and including token k.
 */
export function boundaryFeatures(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  tokensSoFar: number,
  out: string[],
): void {
  out.length = 0;
  const prev = tokens[k - 1];
  const token = tokens[k]!;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  const nextText = next ? text.slice(next.start, next.end) : '';
  const s0 = shape(text, token);
  const s1 = shape(text, next);
  out.push('bias');
  out.push('s0=' + s0);
  out.push('s1=' + s1);
  out.push('s0s1=' + s0 + '|' + s1);
  out.push('s-1s0s1=' + shape(text, prev) + '|' + s0 + '|' + s1);
  out.push('s1s2=' + s1 + '|' + shape(text, after));
  out.push('w0=' + lexical(text, token));
  out.push('f0=' + text.slice(token.start, token.end).toLowerCase());
  out.push('w1=' + nextText);
  out.push('w0w1=' + lexical(text, token) + '|' + nextText);
  out.push('w1s2=' + nextText + '|' + shape(text, after));
  if (SENTENCE_STARTERS.has(nextText)) out.push('starter1|s0=' + s0);
  const length = lengthBucket(tokensSoFar);
  out.push(length);
  out.push(length + '|s0s1=' + s0 + '|' + s1);
}

/**
 * Finds quotations that the sentence splitter must not cut: for each opening
 * quotation mark, the closing mark that matches it. Whether a mark opens or
 * closes is read from what touches it (a mark after a space and before a word
 * opens; one after a word or punctuation and before a space closes), because
 * ASCII " and ' as well as “ and » serve both roles depending on the style.
 */
import type { TokenRecord } from '../contract/types.js';

export const QuoteRole = { None: 0, Open: 1, Close: 2 } as const;
export type QuoteRole = (typeof QuoteRole)[keyof typeof QuoteRole];

/** Double marks and single marks pair only within their own family. */
const DOUBLE_MARKS = new Set(['"', '„', '“', '”', '«', '»', "''", '``', '‟', '〝', '〞', '＂']);
const SINGLE_MARKS = new Set(["'", '‚', '‘', '’', '‹', '›', '‛']);
const ALWAYS_OPEN = new Set(['„', '‚', '``']);

/** A matched quotation must close within this many characters and must not cross a blank line. */
const MAX_QUOTATION_LENGTH = 3000;
const BLANK_LINE = /\n[^\S\n]*\n/;

export function quoteFamily(mark: string): 'double' | 'single' | null {
  if (DOUBLE_MARKS.has(mark)) return 'double';
  if (SINGLE_MARKS.has(mark)) return 'single';
  return null;
}

const OPENS_AFTER = /^[([{–—-]$/;

/**
 * What the surroundings of the quotation mark at index k say: Open, Close, or
 * None when they do not decide (spaces on both sides or on neither).
 */
function flankingRole(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  mark: string,
): QuoteRole {
  if (ALWAYS_OPEN.has(mark)) return QuoteRole.Open;
  const token = tokens[k]!;
  const spaceBefore = token.start === 0 || isSpace(text.charCodeAt(token.start - 1));
  const spaceAfter = token.end >= text.length || isSpace(text.charCodeAt(token.end));
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // A mark directly after an opening bracket or dash opens; directly before or after punctuation it closes.
  const afterOpener =
    !spaceBefore && prev !== undefined && OPENS_AFTER.test(text.slice(prev.start, prev.end));
  const beforePunct = !spaceAfter && next !== undefined && next.kind === 'punct';
  const afterPunct = !spaceBefore && prev !== undefined && prev.kind === 'punct' && !afterOpener;
  if ((spaceBefore || afterOpener) && !spaceAfter) return QuoteRole.Open;
  if ((spaceAfter || beforePunct || afterPunct) && !spaceBefore) return QuoteRole.Close;
  if (spaceBefore && spaceAfter) {
    // French and Swiss style: « texte ».
    if (mark === '«') return QuoteRole.Open;
    if (mark === '»') return QuoteRole.Close;
  }
  return QuoteRole.None;
}

function isSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    unit === 0x0a ||
    unit === 0x09 ||
    unit === 0x0d ||
    unit === 0xa0 ||
    /\s/.test(String.fromCharCode(unit))
  );
}

/**
 * The role of every quotation mark (None for other tokens). Where the
 * surroundings do not decide, a mark closes when a mark of its family is open
 * and opens otherwise.
 */
export function quoteRoles(text: string, tokens: readonly TokenRecord[]): Int8Array {
  const roles = new Int8Array(tokens.length);
  let doubleOpen = false;
  let singleOpen = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'quote') continue;
    const mark = text.slice(token.start, token.end);
    const family = quoteFamily(mark);
    if (family === null) continue;
    let role: QuoteRole = flankingRole(text, tokens, k, mark);
    const familyOpen: boolean = family === 'double' ? doubleOpen : singleOpen;
    if (role === QuoteRole.None) role = familyOpen ? QuoteRole.Close : QuoteRole.Open;
    if (family === 'double') doubleOpen = role === QuoteRole.Open;
    else singleOpen = role === QuoteRole.Open;
    roles[k] = role;
  }
  return roles;
}

/**
 * For every token index inside a matched quotation (after its opening mark and
 * before its closing mark), the index of the closing mark; -1 elsewhere.
 */
export function matchedQuotations(
  text: string,
  tokens: readonly TokenRecord[],
  roles: Int8Array,
): Int32Array {
  const closeOf = new Int32Array(tokens.length).fill(-1);
  for (let open = 0; open < tokens.length; open++) {
    if (roles[open] !== QuoteRole.Open) continue;
    const start = tokens[open]!;
    const family = quoteFamily(text.slice(start.start, start.end));
    if (family === null) continue;
    for (let k = open + 1; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.end - start.start > MAX_QUOTATION_LENGTH) break;
      if (token.kind !== 'quote') continue;
      if (quoteFamily(text.slice(token.start, token.end)) !== family) continue;
      // Another opening mark of the same family first: this quotation was never closed.
      if (roles[k] === QuoteRole.Open) break;
      if (BLANK_LINE.test(text.slice(start.end, token.start))) break;
      for (let inside = open + 1; inside < k; inside++) {
        if (closeOf[inside] === -1) closeOf[inside] = k;
      }
      closeOf[open] = k;
      open = k - 1; // the loop's ++ continues after this quotation's content
      break;
    }
  }
  return closeOf;
}

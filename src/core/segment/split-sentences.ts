/**
 * Sentence splitter over the tokenizer's output. A sentence runs from its first
 * token's start to its last token's end, and every token lies in exactly one
 * sentence. Boundaries come from rules (final punctuation, line structure,
 * quotations) with a small learned model for the gaps that have no punctuation
 * (headlines and web reviews without a final period); see docs/segmentation.md.
 */
import type { SentenceRecord, TokenRecord } from '../contract/types.js';
import { SENTENCE_STARTERS } from '../tokenize/lexicon.js';
import { matchedQuotations, QuoteRole, quoteRole } from './quotes.js';
import { boundaryScore } from './boundary-model.js';
import rules from './data/sentence-rules.de.json' with { type: 'json' };

const ENDS_SENTENCE = new Set(['.', '!', '?', '…', '‼', '⁉', '。', '؟']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);
/** Abbreviations that may also end a sentence ("… Äpfel, Birnen usw. Die …"). */
const FINAL_ABBREVIATIONS = new Set(rules.abbreviationsThatMayEndASentence);
const CONTINUES_SENTENCE = new Set([',', ';', ':', '-', '–', '—']);

export interface SplitOptions {
  /**
   * Whether the learned model may put boundaries where there is no final
   * punctuation and no line break (default true). Turn it off for text that is
   * known to be punctuated and laid out in lines.
   */
  model?: boolean;
}

export function splitSentences(
  text: string,
  tokens: readonly TokenRecord[],
  options: SplitOptions = {},
): SentenceRecord[] {
  const sentences: SentenceRecord[] = [];
  if (tokens.length === 0) return sentences;
  const useModel = options.model ?? true;
  const insideQuote = matchedQuotations(text, tokens);
  let sentenceStart = tokens[0]!.start;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (isBoundaryAfter(text, tokens, k, insideQuote, useModel)) {
      sentences.push({ start: sentenceStart, end: tokens[k]!.end });
      sentenceStart = tokens[k + 1]!.start;
    }
  }
  sentences.push({ start: sentenceStart, end: tokens[tokens.length - 1]!.end });
  return sentences;
}

function tokenText(text: string, token: TokenRecord): string {
  return text.slice(token.start, token.end);
}

function isBoundaryAfter(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  insideQuote: Int32Array,
  useModel: boolean,
): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1]!;
  const gap = gapKind(text, token.end, next.start);
  if (gap === Gap.BlankLine) return true;
  // Inside a quotation whose closing mark lies ahead: never cut.
  if (insideQuote[k]! >= 0 && insideQuote[k]! > k) return false;
  if (gap === Gap.LineBreak) return !isHardWrap(text, token, next);

  const closesSentence = endsWithFinalPunctuation(text, tokens, k);
  if (closesSentence) {
    if (continuesAfterFinalPunctuation(text, tokens, k + 1)) return false;
    return true;
  }
  if (token.kind === 'abbreviation' && FINAL_ABBREVIATIONS.has(tokenText(text, token))) {
    return SENTENCE_STARTERS.has(tokenText(text, next));
  }
  if (!useModel || gap === Gap.None) return false;
  return boundaryScore(text, tokens, k) > 0;
}

const Gap = { None: 0, Space: 1, LineBreak: 2, BlankLine: 3 } as const;
type Gap = (typeof Gap)[keyof typeof Gap];

function gapKind(text: string, from: number, to: number): Gap {
  if (from === to) return Gap.None;
  let lineBreaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029) lineBreaks++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineBreaks++;
  }
  if (lineBreaks >= 2) return Gap.BlankLine;
  return lineBreaks === 1 ? Gap.LineBreak : Gap.Space;
}

/** A line broken in mid-sentence (hard-wrapped paragraph): a line ending in a word or comma, the next starting in lower case. */
function isHardWrap(text: string, token: TokenRecord, next: TokenRecord): boolean {
  const last = text.charCodeAt(token.end - 1);
  const first = text.charCodeAt(next.start);
  const lineEndsOpen = token.kind === 'word' || last === 0x2c || last === 0x2d;
  return lineEndsOpen && isLowerCase(first);
}

function isLowerCase(unit: number): boolean {
  const ch = String.fromCharCode(unit);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Token k is final punctuation, or closing quotes/brackets right after final punctuation. */
function endsWithFinalPunctuation(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
): boolean {
  let j = k;
  while (j >= 0) {
    const token = tokens[j]!;
    const s = tokenText(text, token);
    if (token.kind === 'punct' && isFinalPunctuation(s)) return true;
    const isCloser =
      CLOSING_BRACKETS.has(s) ||
      (token.kind === 'quote' && quoteRole(text, tokens, j) === QuoteRole.Close);
    if (!isCloser || j < k - 3) return false;
    j--;
  }
  return false;
}

function isFinalPunctuation(s: string): boolean {
  if (ENDS_SENTENCE.has(s)) return true;
  // Runs: "...", "?!", "!!!".
  const first = s[0];
  return s.length > 1 && (first === '.' || first === '!' || first === '?');
}

/**
 * What follows final punctuation keeps the sentence going: a closing mark (it
 * belongs to this sentence), a comma ("„Nein!“, sagte er"), or a lower-case word.
 */
function continuesAfterFinalPunctuation(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
): boolean {
  const token = tokens[k]!;
  const s = tokenText(text, token);
  if (CLOSING_BRACKETS.has(s)) return true;
  if (token.kind === 'punct' && isFinalPunctuation(s)) return true; // "!!" written as "!" "!"
  if (token.kind === 'quote' && quoteRole(text, tokens, k) === QuoteRole.Close) return true;
  if (CONTINUES_SENTENCE.has(s) && s !== '-' && s !== '–' && s !== '—') return true;
  const first = text.charCodeAt(token.start);
  return isLowerCase(first);
}

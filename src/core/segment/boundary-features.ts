/**
 * Features of a token gap for the learned sentence-boundary model: the gap
 * after token k, where the rules found no final punctuation and no line break
 * ("… sofort die Rechnung verlangt Dann habe ich …", headlines, reviews).
 * Shared by the splitter (scoring) and scripts/train/segment.ts (training), so
 * both see exactly the same features.
 */
import type { TokenRecord } from '../contract/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { SENTENCE_STARTERS } from '../tokenize/lexicon.js';

/** German sentence starters: the default for callers that do not pass a language's own. */
const GERMAN_STARTERS = SENTENCE_STARTERS;
import { nextWordClass } from './lexicon-classes.js';

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

/**
 * Gap features over one token sequence. Per-token strings (shape, suffix
 * class, forms) are computed once and cached, because neighbouring gaps share
 * them; the feature strings themselves are what the model's weights are keyed by.
 */
export class GapFeatures {
  private readonly shapes: (string | undefined)[] = [];
  private readonly lexicals: (string | undefined)[] = [];
  private readonly forms: (string | undefined)[] = [];
  private readonly classes: (string | undefined)[] = [];

  /**
   * `lexicon`: when given, the lexicon features (x…) are added as well.
   * `starters`: the language's typical sentence-initial words (German by default).
   */
  constructor(
    private readonly text: string,
    private readonly tokens: readonly TokenRecord[],
    private readonly lexicon?: Lexicon,
    private readonly starters: ReadonlySet<string> = GERMAN_STARTERS,
  ) {}

  /** Lexicon class of token i (see tokenClass); only called with a lexicon. */
  private wordClass(i: number): string {
    let value = this.classes[i];
    if (value === undefined) {
      const token = this.tokens[i];
      value = token ? tokenClass(this.lexicon!, token, this.form(i)) : '<none>';
      this.classes[i] = value;
    }
    return value;
  }

  private form(i: number): string {
    let form = this.forms[i];
    if (form === undefined) {
      const token = this.tokens[i];
      form = token ? featureValue(this.text.slice(token.start, token.end)) : '';
      this.forms[i] = form;
    }
    return form;
  }

  /** Coarse shape: X capitalised, XX all capitals, x lower case, the kind for non-words, or the punctuation itself. */
  private shape(i: number): string {
    let shape = this.shapes[i];
    if (shape === undefined) {
      const token = this.tokens[i];
      shape = token ? gapShape(token, this.form(i)) : '<none>';
      this.shapes[i] = shape;
    }
    return shape;
  }

  /** Lower-cased form for short words, else the last three letters as a suffix class. */
  private lexical(i: number): string {
    let lexical = this.lexicals[i];
    if (lexical === undefined) {
      lexical = this.tokens[i] === undefined ? '<none>' : lexicalClass(this.form(i).toLowerCase());
      this.lexicals[i] = lexical;
    }
    return lexical;
  }

  /**
   * Feature strings of the gap after token k, written into `out` (cleared first).
   * `tokensSoFar`: tokens of the current sentence up to and including token k.
   */
  features(k: number, tokensSoFar: number, out: string[]): void {
    out.length = 0;
    const nextText = this.form(k + 1);
    const s0 = this.shape(k);
    const s1 = this.shape(k + 1);
    const s2 = this.shape(k + 2);
    const w0 = this.lexical(k);
    const s0s1 = s0 + '|' + s1;
    out.push('bias');
    out.push('s0=' + s0);
    out.push('s1=' + s1);
    out.push('s0s1=' + s0s1);
    out.push('s-1s0s1=' + (k > 0 ? this.shape(k - 1) : '<none>') + '|' + s0s1);
    out.push('s1s2=' + s1 + '|' + s2);
    out.push('w0=' + w0);
    out.push('f0=' + this.form(k).toLowerCase());
    out.push('w1=' + nextText);
    out.push('w0w1=' + w0 + '|' + nextText);
    out.push('w1s2=' + nextText + '|' + s2);
    if (this.starters.has(nextText)) out.push('starter1|s0=' + s0);
    const length = lengthBucket(tokensSoFar);
    out.push(length);
    out.push(length + '|s0s1=' + s0s1);
    if (this.lexicon) {
      const c0 = this.wordClass(k);
      const c1 = this.wordClass(k + 1);
      out.push('x0=' + c0);
      out.push('x1=' + c1);
      out.push('x0x1=' + c0 + '|' + c1);
      out.push('x-1x0=' + (k > 0 ? this.wordClass(k - 1) : '<none>') + '|' + c0);
      out.push('x1s0=' + c1 + '|' + s0);
    }
  }
}

/**
 * A token's text as a feature value: '|' separates values inside a feature
 * string, so a literal one is written '¦'.
 */
export function featureValue(form: string): string {
  return form.includes('|') ? form.replaceAll('|', '¦') : form;
}

/** The lower-cased form for short words, else its last three letters as a suffix class (`lower`: featureValue, lower-cased). */
export function lexicalClass(lower: string): string {
  return lower.length <= 4 ? lower : '~' + lower.slice(-3);
}

/** Coarse shape of a token (`form` from featureValue): X capitalised, XX all capitals, x lower case, the kind for non-words, or the punctuation itself. */
export function gapShape(token: TokenRecord, form: string): string {
  if (token.kind === 'punct' || token.kind === 'quote' || token.kind === 'symbol') {
    return form.length > 3 ? form.slice(0, 3) : form;
  }
  if (token.kind !== 'word') return token.kind;
  const first = form.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return 'x'; // a-z: the common case, decided without case mapping
  const firstChar = form[0]!;
  if (firstChar === firstChar.toLowerCase()) return 'x';
  if (form.length > 1 && isAllUpper(form)) return 'XX';
  return 'X';
}

function isAllUpper(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x80) return form === form.toUpperCase();
  }
  return true;
}

/**
 * Lexicon class of a token for the boundary features (`form` from
 * featureValue): for words the coarse tag classes as written and lower-cased
 * (lexicon-classes.ts), '#' for anything else.
 */
export function tokenClass(lexicon: Lexicon, token: TokenRecord, form: string): string {
  return token.kind === 'word' ? nextWordClass(lexicon, form) : '#';
}

/** Bucket of the number of tokens since the sentence began: short fragments rarely end. */
export function lengthBucket(tokensSoFar: number): string {
  if (tokensSoFar < 3) return 'len<3';
  if (tokensSoFar < 6) return 'len<6';
  if (tokensSoFar < 12) return 'len<12';
  if (tokensSoFar < 25) return 'len<25';
  return 'len25+';
}

/** Feature strings of the gap after token k (one-off use; GapFeatures caches across gaps). */
export function boundaryFeatures(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  tokensSoFar: number,
  out: string[],
  lexicon?: Lexicon,
): void {
  new GapFeatures(text, tokens, lexicon).features(k, tokensSoFar, out);
}

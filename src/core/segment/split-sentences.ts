/**
 * Sentence splitter over the tokenizer's output. A sentence runs from its first
 * token's start to its last token's end, and every token lies in exactly one
 * sentence. Boundaries come from rules (final punctuation, line structure,
 * quotations) with a small learned model for the gaps that have no punctuation
 * (headlines and web reviews without a final period); see docs/segmentation.md.
 */
import type { SentenceRecord, TokenRecord } from '../contract/types.js';
import * as quotes from './quotes.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { BoundaryScorer, boundaryModelFor, type BoundaryModelData } from './boundary-model.js';
import * as features from './boundary-features.js';
import { germanSegmenterLanguage, type SegmenterLanguage } from './language.js';

// Local copies of imported bindings read per gap: some module loaders turn each
// read of an imported name into a getter call.
const { matchedQuotations, quoteRoles } = quotes;
const CLOSE_QUOTE = quotes.QuoteRole.Close;
const { isModelCandidate } = features;

const ENDS_SENTENCE = new Set(['.', '!', '?', '…', '‼', '⁉', '。', '؟']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);
const CONTINUES_SENTENCE = new Set([',', ';', ':', '-', '–', '—']);

export interface SplitOptions {
  /**
   * Whether the learned model may put boundaries where there is no final
   * punctuation and no line break (default true). Turn it off for text that is
   * known to be punctuated and laid out in lines.
   */
  model?: boolean;
  /**
   * The German full-form lexicon (`models/lexicon-de.bin`). With it the model
   * also sees word classes (is the next capitalised word a noun or a function
   * word written in capitals because it starts a sentence) and scores better on
   * text without final punctuation; without it a model trained without those
   * features is used.
   */
  lexicon?: Lexicon;
  /** The language's data (language.ts): German by default. */
  language?: SegmenterLanguage;
}

export function splitSentences(
  text: string,
  tokens: readonly TokenRecord[],
  options: SplitOptions = {},
): SentenceRecord[] {
  const sentences: SentenceRecord[] = [];
  if (tokens.length === 0) return sentences;
  const language = options.language ?? germanSegmenterLanguage;
  const model = boundaryModelFor(options.lexicon, language);
  const { decisions, scores } = decideGaps(
    text,
    tokens,
    options.model ?? true,
    options.lexicon,
    language,
  );
  const unpunctuated = unpunctuatedStyle(decisions, scores, model.gate);
  const { strictThreshold, looseThreshold } = model;
  let sentenceStart = tokens[0]!.start;
  for (let k = 0; k < tokens.length - 1; k++) {
    const decision = decisions[k]!;
    const threshold = unpunctuated[k] === 1 ? looseThreshold : strictThreshold;
    if (decision === RULE_YES || (decision === ASK_MODEL && scores[k]! > threshold)) {
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

const RULE_NO = 0;
const RULE_YES = 1;
const ASK_MODEL = 2;

/**
 * The rules' verdict on every gap, and the model's score where the rules ask
 * for it (sentence length counted from the last rule boundary).
 */
function decideGaps(
  text: string,
  tokens: readonly TokenRecord[],
  useModel: boolean,
  lexicon: Lexicon | undefined,
  language: SegmenterLanguage,
): { decisions: Uint8Array; scores: Float32Array } {
  const roles = quoteRoles(text, tokens);
  const insideQuote = matchedQuotations(text, tokens, roles);
  const decisions = new Uint8Array(tokens.length);
  const scores = new Float32Array(tokens.length);
  const scorer = useModel ? new BoundaryScorer(text, tokens, lexicon, language) : null;
  let firstToken = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    const decision = ruleDecision(text, tokens, k, roles, insideQuote, language);
    if (decision === RULE_YES) {
      firstToken = k + 1;
      decisions[k] = RULE_YES;
    } else if (decision === ASK_MODEL && scorer) {
      scores[k] = scorer.score(k, k - firstToken + 1);
      decisions[k] = ASK_MODEL;
    }
  }
  return { decisions, scores };
}

/**
 * Marks the gaps that lie in a stretch of text written without final
 * punctuation (reviews, posts, lists of headlines): within `gate.window` tokens
 * either side, at least `gate.minConfident` gaps score above `gate.threshold`,
 * and they make up at least `gate.minShare` of the sentences the rules found
 * there. Well-punctuated news stays below that, so the loose threshold never
 * applies to it.
 */
function unpunctuatedStyle(
  decisions: Uint8Array,
  scores: Float32Array,
  gate: BoundaryModelData['gate'],
): Uint8Array {
  const n = decisions.length;
  const marks = new Uint8Array(n);
  // Prefix sums of confident model gaps and of rule boundaries.
  const confident = new Int32Array(n + 1);
  const ruleBoundaries = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    confident[k + 1] =
      confident[k]! + (decisions[k] === ASK_MODEL && scores[k]! > gate.threshold ? 1 : 0);
    ruleBoundaries[k + 1] = ruleBoundaries[k]! + (decisions[k] === RULE_YES ? 1 : 0);
  }
  for (let k = 0; k < n; k++) {
    if (decisions[k] !== ASK_MODEL) continue;
    const from = Math.max(0, k - gate.window);
    const to = Math.min(n, k + gate.window + 1);
    const found = confident[to]! - confident[from]!;
    const sentences = ruleBoundaries[to]! - ruleBoundaries[from]! + 1;
    if (found >= gate.minConfident && found / sentences >= gate.minShare) marks[k] = 1;
  }
  return marks;
}

/**
 * The gaps (token indices k: the gap after token k) that the rules leave to the
 * learned model, with the sentence length so far as the model sees it. Used by
 * the training script so that it trains on exactly the decisions the model
 * will be asked to make.
 */
export function modelCandidates(
  text: string,
  tokens: readonly TokenRecord[],
  language: SegmenterLanguage = germanSegmenterLanguage,
): { k: number; tokensSoFar: number }[] {
  const roles = quoteRoles(text, tokens);
  const insideQuote = matchedQuotations(text, tokens, roles);
  const candidates: { k: number; tokensSoFar: number }[] = [];
  let firstToken = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    const decision = ruleDecision(text, tokens, k, roles, insideQuote, language);
    if (decision === ASK_MODEL) candidates.push({ k, tokensSoFar: k - firstToken + 1 });
    else if (decision === RULE_YES) firstToken = k + 1;
  }
  return candidates;
}

/** The rules' verdict on the gap after token k: boundary, no boundary, or "ask the model". */
function ruleDecision(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  roles: Int8Array,
  insideQuote: Int32Array,
  language: SegmenterLanguage,
): typeof RULE_NO | typeof RULE_YES | typeof ASK_MODEL {
  const token = tokens[k]!;
  const next = tokens[k + 1]!;
  const gap = gapKind(text, token.end, next.start);
  if (gap === Gap.BlankLine) return RULE_YES;
  // Inside a quotation whose closing mark lies ahead: never cut.
  if (insideQuote[k]! > k) return RULE_NO;
  if (gap === Gap.LineBreak) return isHardWrap(text, token, next) ? RULE_NO : RULE_YES;

  if (endsWithFinalPunctuation(text, tokens, roles, k)) {
    // "Loved it. :)": the emoticon closes the sentence before it.
    if (language.emojiJoinsPrecedingSentence && next.kind === 'emoji') return RULE_NO;
    // "Newsfeed.Com": a period glued to the word after it is inside a name.
    if (gap === Gap.None && language.gluedPeriodContinues && next.kind === 'word') {
      if (tokenText(text, token) === '.') return RULE_NO;
    }
    if (!continuesAfterFinalPunctuation(text, tokens, roles, k + 1)) return RULE_YES;
    if (gap === Gap.None) return RULE_NO;
    // Web English often starts its sentences in lower case ("… tonight. jill finishes …")
    // and gives links as sentences of their own: there the model decides, having learnt
    // how rarely a period before a lower-case word or a URL is not final.
    if (language.urlMayStartSentence && isLink(next)) return ASK_MODEL;
    return language.lowerCaseMayStartSentence &&
      next.kind === 'word' &&
      isLowerCase(text.charCodeAt(next.start))
      ? ASK_MODEL
      : RULE_NO;
  }
  if (token.kind === 'abbreviation' && language.finalAbbreviations.has(tokenText(text, token))) {
    if (language.sentenceStarters.has(tokenText(text, next))) return RULE_YES;
    const capital = next.kind === 'word' && isUpperCase(text.charCodeAt(next.start));
    return capital && language.endsBeforeCapital.has(tokenText(text, token)) ? RULE_YES : RULE_NO;
  }
  if (gap === Gap.None) return RULE_NO;
  if (
    language.letterClosings.size + language.letterGreetings.size > 0 &&
    endsLetterFormula(text, tokens, k, language)
  ) {
    return RULE_YES;
  }
  if (language.urlMayStartSentence && isLink(next)) return ASK_MODEL;
  return isModelCandidate(text, tokens, k) ? ASK_MODEL : RULE_NO;
}

function isLink(token: TokenRecord): boolean {
  return token.kind === 'url' || token.kind === 'email';
}

/** Tokens a greeting with its name may have before its comma ("Good Morning Debra", "Dear Mr. Smith"). */
const MAX_FORMULA_TOKENS = 5;
/** Words after a greeting: a name ("Dear All", "Hi Mary Ann"). */
const MAX_NAME_WORDS = 3;

/**
 * The gap after token k ends a letter's greeting or closing formula: token k is
 * a comma, the next token a capitalised word, and the words since the start of
 * the text, a line or a sentence are a closing formula ("… ASAP. Thanks, | Sean",
 * "Best regards, | Debra") or a greeting and at most three name words
 * ("Dear All, | My …"), the first word capitalised.
 */
function endsLetterFormula(
  text: string,
  tokens: readonly TokenRecord[],
  k: number,
  language: SegmenterLanguage,
): boolean {
  const comma = tokens[k]!;
  const next = tokens[k + 1]!;
  if (comma.end - comma.start !== 1 || text.charCodeAt(comma.start) !== 0x2c) return false;
  if (next.kind !== 'word' || !isUpperCase(text.charCodeAt(next.start))) return false;
  for (let j = k - 1; j >= 0 && j >= k - MAX_FORMULA_TOKENS; j--) {
    const token = tokens[j]!;
    if (token.kind !== 'word' && token.kind !== 'abbreviation') return false;
    if (!startsSentenceOrLine(text, tokens, j)) continue;
    if (!isUpperCase(text.charCodeAt(token.start))) return false;
    const words: string[] = [];
    for (let i = j; i < k; i++) words.push(tokenText(text, tokens[i]!).toLowerCase());
    if (language.letterClosings.has(words.join(' '))) return true;
    // A greeting of one or two words, then the name.
    for (let g = 1; g <= 2 && g <= words.length; g++) {
      if (
        words.length - g <= MAX_NAME_WORDS &&
        language.letterGreetings.has(words.slice(0, g).join(' '))
      )
        return true;
    }
    return false;
  }
  return false;
}

/** Token j begins the text or a line, or follows final punctuation or a closing bracket. */
function startsSentenceOrLine(text: string, tokens: readonly TokenRecord[], j: number): boolean {
  if (j === 0) return true;
  const before = tokens[j - 1]!;
  if (gapKind(text, before.end, tokens[j]!.start) >= Gap.LineBreak) return true;
  if (before.kind !== 'punct') return false;
  const s = tokenText(text, before);
  return isFinalPunctuation(s) || CLOSING_BRACKETS.has(s);
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

function isUpperCase(unit: number): boolean {
  const ch = String.fromCharCode(unit);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerCase(unit: number): boolean {
  const ch = String.fromCharCode(unit);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Token k is final punctuation, or closing quotes/brackets right after final punctuation. */
function endsWithFinalPunctuation(
  text: string,
  tokens: readonly TokenRecord[],
  roles: Int8Array,
  k: number,
): boolean {
  // Walk back over closing quotes and brackets (at most a few) to the punctuation before them.
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const token = tokens[j]!;
    if (roles[j] === CLOSE_QUOTE) continue;
    if (token.kind !== 'punct') return false;
    const s = tokenText(text, token);
    if (isFinalPunctuation(s)) return true;
    if (!CLOSING_BRACKETS.has(s)) return false;
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
  roles: Int8Array,
  k: number,
): boolean {
  const token = tokens[k]!;
  const s = tokenText(text, token);
  if (CLOSING_BRACKETS.has(s)) return true;
  if (token.kind === 'punct' && isFinalPunctuation(s)) return true; // "!!" written as "!" "!"
  if (roles[k] === CLOSE_QUOTE) return true;
  if (CONTINUES_SENTENCE.has(s) && s !== '-' && s !== '–' && s !== '—') return true;
  const first = text.charCodeAt(token.start);
  return isLowerCase(first);
}

/**
 * Rule-based tokenizer for German (and English) news text: one hand-written
 * scanning loop over UTF-16 code units, no regular expressions on the hot path
 * and no per-character allocation. Tokens never contain whitespace and every
 * non-whitespace character of the input lies in exactly one token. The
 * decisions (what stays whole, what is split) are documented in
 * docs/segmentation.md and follow UD German (GSD/PUD) where that is sensible.
 */
import type { TokenKind, TokenRecord } from '../contract/types.js';
import {
  CharClass,
  classAt as classAtImported,
  classOfUnit as classOfUnitImported,
  isLowerLetter,
  isUpperLetter,
} from './char-class.js';
import { tokenizerLanguageFor, type TokenizerLanguage } from './language.js';

// Local copies: the scanning loop reads these constantly, and an imported object's
// properties can cost a getter call per read under some module loaders.
const DIGIT = CharClass.Digit;
const EMOJI = CharClass.Emoji;
const HIGH_SURROGATE = CharClass.HighSurrogate;
const JOIN = CharClass.Join;
const LETTER = CharClass.Letter;
const SPACE_CLASS = CharClass.Space;
const classAt = classAtImported;
const classOfUnit = classOfUnitImported;

export interface TokenizeOptions {
  /** `de` (default) or `en`: picks the language data (see language.ts) when `language` is not given. */
  lang?: string;
  /** The language data to tokenize with; overrides `lang`. */
  language?: TokenizerLanguage;
}

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LEFT_SINGLE_QUOTE = 0x2018;
const SINGLE_LOW_QUOTE = 0x201a;
const BACKTICK = 0x60;
const AMPERSAND = 0x26;
const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const NEWLINE = 0x0a;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ZWJ = 0x200d;

const QUOTE_CHARS = new Set([
  0x22, 0x27, 0x60, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f,
  0x2039, 0x203a, 0x300c, 0x300d, 0xff02,
]);
const SYMBOL_CHARS = new Set([
  0x24, 0x25, 0x26, 0x2a, 0x2b, 0x3c, 0x3d, 0x3e, 0x5c, 0x5e, 0x7c, 0x7e, 0xa2, 0xa3, 0xa5, 0xa7,
  0xa9, 0xae, 0xb0, 0xb1, 0xb5, 0xb6, 0xd7, 0xf7, 0x20ac, 0x2122, 0x2030, 0x2116, 0x2212,
]);
const EMOTICONS = [
  ':-)',
  ':-(',
  ':-D',
  ':-P',
  ':-/',
  ';-)',
  ":'(",
  ':)',
  ':(',
  ':D',
  ':P',
  ';)',
  'xD',
  'XD',
  '<3',
];
const URL_PREFIXES = ['https://', 'http://', 'www.'];
// Top-level domains that make "spiegel.de" a web address rather than two words.
const DOMAIN_AT =
  /(?:[\p{L}\p{N}-]+\.)+(?:de|com|org|net|eu|at|ch|uk|io|info|gov|edu|fr|it|ru|ua|tv|us|nl|be|pl|es)(?![\p{L}\p{N}])(?:\/[^\s]*)?/uy;
const EMAIL_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const CONTRACTION_AFTER_APOSTROPHE = new Set(['s', 'n', 'ne', 'nen', 'nem', 'ner', 'm', 'S']);
const TRAILING_URL_PUNCT = /[.,;:!?)\]}'"“”„‚‘’»«]+$/u;

export function tokenize(text: string, options: TokenizeOptions = {}): TokenRecord[] {
  return new Scanner(text, options.language ?? tokenizerLanguageFor(options.lang ?? 'de')).run();
}

class Scanner {
  private readonly tokens: TokenRecord[] = [];
  private readonly n: number;
  /** Index of the next '@' at or after the scan position (n when none): keeps e-mail detection linear. */
  private nextAt = -1;
  /** Where the last opening single quote stood on this line (-1: none open). Decides "Ross'" vs a closing quote. */
  private openSingleQuote = -1;

  constructor(
    private readonly text: string,
    private readonly language: TokenizerLanguage,
  ) {
    this.n = text.length;
    this.abbreviations = language.abbreviations;
  }

  private readonly abbreviations: ReadonlySet<string>;

  run(): TokenRecord[] {
    const { text, n } = this;
    let i = 0;
    while (i < n) {
      const unit = text.charCodeAt(i);
      let cls = classOfUnit(unit);
      if (cls === SPACE_CLASS) {
        if (unit === NEWLINE) this.openSingleQuote = -1;
        i++;
        continue;
      }
      if (cls === HIGH_SURROGATE) cls = classAt(text, i) as CharClass;
      if (cls === LETTER || cls === DIGIT || cls === JOIN) {
        i = this.scanWordLike(i);
      } else if (cls === EMOJI) {
        i = this.scanEmoji(i);
      } else {
        i = this.scanOther(i);
      }
    }
    return this.tokens;
  }

  private push(start: number, end: number, kind: TokenKind): void {
    this.tokens.push({ start, end, kind });
  }

  /** Length of the surrogate pair or single unit at i. */
  private unitLength(i: number): number {
    const u = this.text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < this.n) {
      const low = this.text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return 2;
    }
    return 1;
  }

  private scanWordLike(start: number): number {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (
      (first === 0x68 || first === 0x77 || first === 0x48 || first === 0x57) &&
      this.startsUrl(start)
    ) {
      return this.scanUrl(start);
    }
    const email = this.matchEmail(start);
    if (email > 0) {
      this.push(start, email, 'email');
      return email;
    }
    return this.scanWord(start);
  }

  private startsUrl(i: number): boolean {
    for (const prefix of URL_PREFIXES) {
      if (
        this.text.length - i >= prefix.length &&
        this.text.slice(i, i + prefix.length).toLowerCase() === prefix
      ) {
        return (
          this.text.length > i + prefix.length &&
          classOfUnit(this.text.charCodeAt(i + prefix.length)) !== SPACE_CLASS
        );
      }
    }
    return false;
  }

  /** A URL runs to the next whitespace, minus punctuation that ends the sentence around it. */
  private scanUrl(start: number): number {
    let end = start;
    while (end < this.n && classOfUnit(this.text.charCodeAt(end)) !== SPACE_CLASS) end++;
    end = start + trimUrlTail(this.text.slice(start, end));
    this.push(start, end, 'url');
    return end;
  }

  /** End of an e-mail address starting at i, or 0. Only tried when an '@' lies within the current chunk. */
  private matchEmail(i: number): number {
    if (this.nextAt < i) {
      const at = this.text.indexOf('@', i);
      this.nextAt = at < 0 ? this.n : at;
    }
    if (this.nextAt >= this.n || this.nextAt - i > 64) return 0;
    for (let j = i; j < this.nextAt; j++) {
      if (classOfUnit(this.text.charCodeAt(j)) === SPACE_CLASS) return 0;
    }
    EMAIL_AT.lastIndex = i;
    return EMAIL_AT.test(this.text) ? EMAIL_AT.lastIndex : 0;
  }

  /** Letters, digits and their inner connectors: compounds, numbers, dates, times, dotted abbreviations. */
  private scanWord(start: number): number {
    const { text, n } = this;
    let i = start;
    let segmentStart = start;
    let letters = 0;
    let digits = 0;
    let hyphens = 0;
    let numericSeparators = 0;
    let slashes = 0;
    let dotted = false;
    let trailingApostrophe = false;

    for (;;) {
      // The alphanumeric run.
      while (i < n) {
        const unit = text.charCodeAt(i);
        const cls = classOfUnit(unit);
        if (cls === LETTER) {
          letters++;
          i++;
        } else if (cls === DIGIT) {
          digits++;
          i++;
        } else if (cls === JOIN) {
          i++;
        } else if (cls === HIGH_SURROGATE) {
          const full = classAt(text, i);
          if (full === LETTER || full === DIGIT || full === JOIN) {
            if (full === LETTER) letters++;
            i += this.unitLength(i);
          } else break;
        } else break;
      }
      if (i >= n) break;
      const unit = text.charCodeAt(i);
      const prevCls = classOfUnit(text.charCodeAt(i - 1));
      const nextCls = classAt(text, i + 1);
      const nextIsAlnum = nextCls === LETTER || nextCls === DIGIT;
      const numericSoFar = letters === 0 && hyphens === 0 && digits > 0;

      if (unit === HYPHEN || unit === 0x2010 || unit === 0x2011) {
        if (nextIsAlnum && !this.hyphenStaysInWord(segmentStart, i, numericSoFar)) break;
        if (nextIsAlnum) {
          hyphens++;
          i++;
          segmentStart = i;
          continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (next === SLASH && classAt(text, i + 2) === LETTER) {
          // "Spa-/Wellness-Bereich"
          hyphens++;
          i += 2;
          segmentStart = i;
          continue;
        }
        if (
          prevCls === LETTER &&
          (next === -1 || nextCls === SPACE_CLASS || next === COMMA || next === SLASH)
        ) {
          // Truncated compound: "Ein- und Ausfuhr".
          i++;
        }
        break;
      }
      if (unit === DOT) {
        if (numericSoFar && prevCls === DIGIT && nextCls === DIGIT) {
          numericSeparators++;
          i++;
          segmentStart = i;
          continue;
        }
        if (
          digits === 0 &&
          hyphens === 0 &&
          i - segmentStart <= 2 &&
          this.dottedSegmentFollows(i + 1)
        ) {
          // "z.B.", "u.a.", "U.S.A.", "e.V."
          dotted = true;
          i++;
          segmentStart = i;
          continue;
        }
        if (letters >= 2 && nextCls === LETTER) {
          DOMAIN_AT.lastIndex = start;
          if (DOMAIN_AT.test(text)) {
            const end = start + trimUrlTail(text.slice(start, DOMAIN_AT.lastIndex));
            this.push(start, end, 'url');
            return end;
          }
        }
        break;
      }
      if (unit === COMMA || unit === COLON) {
        if (numericSoFar && prevCls === DIGIT && nextCls === DIGIT) {
          numericSeparators++;
          i++;
          segmentStart = i;
          continue;
        }
        break;
      }
      if (unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE) {
        if (
          prevCls === LETTER &&
          nextCls === LETTER &&
          (this.openSingleQuote < 0 || this.cliticAt(i))
        ) {
          // "geht’s", "Trump's", "O'Neill"
          i++;
          segmentStart = i;
          continue;
        }
        const prev = text.charCodeAt(i - 1);
        if (
          (prev === 0x73 || prev === 0x78 || prev === 0x7a || prev === 0xdf) &&
          !nextIsAlnum &&
          this.openSingleQuote < 0 &&
          i - start >= 3 &&
          !this.language.apostropheApart
        ) {
          // Possessive of a name ending in s/x/z: "Thutmosis'", "Ross'".
          i++;
          trailingApostrophe = true;
        }
        break;
      }
      if (
        unit === AMPERSAND &&
        isUpperLetter(text.charCodeAt(i - 1)) &&
        i + 1 < n &&
        isUpperLetter(text.charCodeAt(i + 1))
      ) {
        // "AT&T", "H&M"
        i++;
        continue;
      }
      if (unit === UNDERSCORE && nextIsAlnum && prevCls !== SPACE_CLASS) {
        i++;
        continue;
      }
      if (unit === SLASH && this.language.slashJoins) {
        if (numericSoFar && prevCls === DIGIT && nextCls === DIGIT) {
          // "9/11", "24/7", "1/2", "08/16/2000"
          slashes++;
          i++;
          segmentStart = i;
          continue;
        }
        const afterNext = classAt(text, i + 2);
        if (
          i - start === 1 &&
          letters === 1 &&
          nextCls === LETTER &&
          afterNext !== LETTER &&
          afterNext !== DIGIT
        ) {
          // Shorthand of two letters: "b/c", "w/o", "l/c".
          i += 2;
          letters++;
          break;
        }
      }
      break;
    }

    const end = i;
    // "300km" → "300" + "km"; "1990er" and "3D" stay whole.
    if (
      digits > 0 &&
      letters > 0 &&
      hyphens === 0 &&
      !dotted &&
      classOfUnit(text.charCodeAt(start)) === DIGIT
    ) {
      let p = start;
      while (p < end) {
        const cls = classOfUnit(text.charCodeAt(p));
        if (cls === DIGIT) p++;
        else if (
          (text.charCodeAt(p) === DOT || text.charCodeAt(p) === COMMA) &&
          p + 1 < end &&
          classOfUnit(text.charCodeAt(p + 1)) === DIGIT
        ) {
          p++;
        } else break;
      }
      if (p < end && this.language.units.has(text.slice(p, end))) {
        this.push(start, p, 'number');
        this.push(p, end, 'word');
        return end;
      }
    }

    if (slashes > 0 && letters === 0 && hyphens === 0) {
      // Two slashes between numbers make a date ("08/16/2000"), one a fraction or a name ("9/11").
      this.push(start, end, slashes === 2 ? 'date' : 'number');
      return end;
    }
    if (trailingApostrophe || letters > 0 || hyphens > 0 || digits === 0) {
      return this.finishWord(start, end, letters, digits, hyphens, dotted);
    }
    return this.finishNumber(start, end, numericSeparators);
  }

  /** After "z." in "z.B.": a run of one or two letters followed by a period. */
  private dottedSegmentFollows(i: number): boolean {
    let j = i;
    while (j < this.n && j - i < 3 && classOfUnit(this.text.charCodeAt(j)) === LETTER) j++;
    const length = j - i;
    return length >= 1 && length <= 2 && j < this.n && this.text.charCodeAt(j) === DOT;
  }

  private finishWord(
    start: number,
    end: number,
    letters: number,
    digits: number,
    hyphens: number,
    dotted: boolean,
  ): number {
    const { text } = this;
    if (end < this.n && text.charCodeAt(end) === DOT && !this.isEllipsisAt(end)) {
      if (dotted) {
        this.push(start, end + 1, 'abbreviation');
        return end + 1;
      }
      if (digits === 0 && hyphens === 0 && letters > 0) {
        const word = text.slice(start, end);
        if (this.isAbbreviation(word, end + 1)) {
          this.push(start, end + 1, 'abbreviation');
          return end + 1;
        }
        if (
          this.language.ordinalPeriod &&
          isRomanNumeral(word) &&
          this.nextWordStartsOrdinalContext(end + 1, false)
        ) {
          this.push(start, end + 1, 'ordinal');
          return end + 1;
        }
      }
    }
    if (dotted) this.push(start, end, 'abbreviation');
    else this.pushWord(start, end);
    return end;
  }

  /**
   * Pushes a word, split where the language writes clitics as words of their
   * own ("don't" → "do" + "n't", "Trump's" → "Trump" + "'s") or splits a fused
   * word ("cannot" → "can" + "not").
   */
  private pushWord(start: number, end: number): void {
    const { clitics, fusedWords } = this.language;
    if (clitics.size === 0 && fusedWords.size === 0) {
      this.push(start, end, 'word');
      return;
    }
    const lower = this.text.slice(start, end).toLowerCase().replaceAll('’', "'");
    const fused = fusedWords.get(lower);
    let split = fused === undefined ? -1 : start + fused;
    if (split < 0 && clitics.size > 0) {
      if (lower.length > 3 && lower.endsWith("n't") && clitics.has("n't")) split = end - 3;
      else {
        const apostrophe = lower.lastIndexOf("'");
        if (apostrophe > 0 && clitics.has(lower.slice(apostrophe))) split = start + apostrophe;
      }
    }
    if (split > start && split < end) {
      this.push(start, split, 'word');
      this.push(split, end, 'word');
    } else this.push(start, end, 'word');
  }

  /** The apostrophe at i begins a clitic of the language ("n't" counts from the n before it). */
  private cliticAt(i: number): boolean {
    const { clitics } = this.language;
    if (clitics.size === 0) return false;
    const { text, n } = this;
    let j = i + 1;
    while (j < n && classOfUnit(text.charCodeAt(j)) === LETTER && j - i <= 3) j++;
    if (j < n && classOfUnit(text.charCodeAt(j)) === LETTER) return false;
    const after = text.slice(i + 1, j).toLowerCase();
    if (clitics.has("'" + after)) return true;
    return after === 't' && (text.charCodeAt(i - 1) | 0x20) === 0x6e && clitics.has("n't");
  }

  /**
   * Whether a hyphen between alphanumerics (at i, its segment starting at
   * segmentStart) joins the word. Always, unless the language writes hyphens
   * apart (English): then only after a prefix ("pre-war", "e-mail") or inside a
   * phone number ("646-8420": three digits, then at least three).
   */
  private hyphenStaysInWord(segmentStart: number, i: number, numericSoFar: boolean): boolean {
    const prefixes = this.language.hyphenPrefixes;
    if (!prefixes) return true;
    const { text } = this;
    if (numericSoFar || classOfUnit(text.charCodeAt(segmentStart)) === DIGIT) {
      let j = i + 1;
      while (j < this.n && classOfUnit(text.charCodeAt(j)) === DIGIT) j++;
      return i - segmentStart === 3 && j - i - 1 >= 3 && allDigits(text, segmentStart, i);
    }
    return prefixes.has(text.slice(segmentStart, i).toLowerCase());
  }

  private isAbbreviation(word: string, afterPeriod: number): boolean {
    if (this.abbreviations.has(word)) return true;
    if (this.language.abbreviationsBeforeNumber.has(word) && this.numberFollows(afterPeriod))
      return true;
    // A single letter before a period is an initial or part of "z. B.".
    if (word.length === 1) return true;
    const first = word.charCodeAt(0);
    if (isUpperLetter(first)) {
      // "Vgl." or "Bzw." at the start of a sentence.
      return this.abbreviations.has(word[0]!.toLowerCase() + word.slice(1));
    }
    return false;
  }

  /** A digit follows at i after spaces ("No. 10"). */
  private numberFollows(i: number): boolean {
    let j = i;
    while (j < this.n && this.text.charCodeAt(j) === 0x20) j++;
    return j > i && classOfUnit(this.text.charCodeAt(j)) === DIGIT;
  }

  private finishNumber(start: number, end: number, separators: number): number {
    const { text } = this;
    const length = end - start;
    let kind: TokenKind = 'number';
    if (separators === 2 && isDate(text, start, end)) kind = 'date';
    else if (separators === 1 && isClockTime(text, start, end)) kind = 'time';

    const priceEnd = this.priceDashEnd(end);
    if (priceEnd > 0) {
      // "14.--" or "5,-": a price with its dash for "no cents".
      this.push(start, priceEnd, 'number');
      return priceEnd;
    }
    if (
      this.language.ordinalPeriod &&
      end < this.n &&
      text.charCodeAt(end) === DOT &&
      !this.isEllipsisAt(end)
    ) {
      if (separators === 0 && length <= 3 && this.isListLabel(start)) {
        // "4. Die gängige Auffassung …": a numbered point at the start of a line or sentence.
        this.push(start, end + 1, 'ordinal');
        return end + 1;
      }
      if (separators === 0 && length <= 4 && this.isOrdinalContext(start, end)) {
        this.push(start, end + 1, 'ordinal');
        return end + 1;
      }
      if (separators === 1 && length <= 5 && isDayMonth(text, start, end)) {
        // "am 17.11. in Berlin"
        this.push(start, end + 1, 'date');
        return end + 1;
      }
    }
    this.push(start, end, kind);
    return end;
  }

  /** End of ".--", ",-", ",–" after a number (then a space, punctuation or the end), else 0. */
  private priceDashEnd(end: number): number {
    const { text, n } = this;
    const sep = end < n ? text.charCodeAt(end) : -1;
    if (sep !== DOT && sep !== COMMA) return 0;
    let j = end + 1;
    while (
      j < n &&
      j - end <= 2 &&
      (text.charCodeAt(j) === HYPHEN || text.charCodeAt(j) === 0x2013)
    )
      j++;
    if (j === end + 1) return 0;
    const after = classAt(text, j);
    return after === LETTER || after === DIGIT ? 0 : j;
  }

  /** The number at `start` opens a line, or follows a sentence's final punctuation: "4." is a list label. */
  private isListLabel(start: number): boolean {
    const { text } = this;
    let j = start - 1;
    while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
    if (j < 0) return true;
    const before = text.charCodeAt(j);
    if (before === NEWLINE || before === 0x0d) return true;
    // After "." only when a space separates them and the period is not itself a list label ("1. 2.").
    if ((before === DOT || before === 0x21 || before === 0x3f) && j < start - 1) {
      const previous = this.tokens[this.tokens.length - 1];
      return previous !== undefined && previous.kind === 'punct';
    }
    return false;
  }

  private isEllipsisAt(i: number): boolean {
    return i + 1 < this.n && this.text.charCodeAt(i + 1) === DOT;
  }

  /** "3." before a lower-case word, a month or a noun is an ordinal; before a new sentence it is a cardinal. */
  private isOrdinalContext(start: number, end: number): boolean {
    return this.nextWordStartsOrdinalContext(end + 1, end - start === 4);
  }

  private nextWordStartsOrdinalContext(afterDot: number, isYearLike: boolean): boolean {
    const { text, n } = this;
    let j = afterDot;
    while (j < n) {
      const unit = text.charCodeAt(j);
      if (unit === NEWLINE || unit === 0x0d) return false;
      if (classOfUnit(unit) !== SPACE_CLASS) break;
      j++;
    }
    if (j >= n) return false;
    const unit = text.charCodeAt(j);
    if (isLowerLetter(unit)) return true;
    if (!isUpperLetter(unit)) return false;
    let k = j;
    while (k < n && classOfUnit(text.charCodeAt(k)) === LETTER) k++;
    const word = text.slice(j, k);
    if (this.language.months.has(word)) return true;
    if (isYearLike || this.language.sentenceStarters.has(word)) return false;
    return true;
  }

  private scanEmoji(start: number): number {
    const { text, n } = this;
    let i = start + this.unitLength(start);
    const firstCp = text.codePointAt(start)!;
    if (firstCp >= 0x1f1e6 && firstCp <= 0x1f1ff) {
      const second = text.codePointAt(i);
      if (second !== undefined && second >= 0x1f1e6 && second <= 0x1f1ff) i += 2;
    }
    while (i < n) {
      const cp = text.codePointAt(i)!;
      if (
        cp === 0xfe0f ||
        cp === 0xfe0e ||
        cp === 0x20e3 ||
        (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
        (cp >= 0xe0020 && cp <= 0xe007f)
      ) {
        i += cp > 0xffff ? 2 : 1;
      } else if (cp === ZWJ && classAt(text, i + 1) === EMOJI) {
        i += 1 + this.unitLength(i + 1);
      } else if (cp < 0x10000 && classOfUnit(cp) === JOIN && cp !== ZWJ) {
        i++;
      } else break;
    }
    this.push(start, i, 'emoji');
    return i;
  }

  /** Punctuation, quotation marks, symbols, hashtags, handles, emoticons. */
  private scanOther(start: number): number {
    const { text, n } = this;
    const unit = text.charCodeAt(start);
    const next = start + 1 < n ? text.charCodeAt(start + 1) : -1;
    const prevIsSpace = start === 0 || classOfUnit(text.charCodeAt(start - 1)) === SPACE_CLASS;

    if (unit === DOT || unit === HYPHEN) {
      // Runs "..." and "--" are one token; "!!!" and "?!" are one token a mark, as in UD German.
      let i = start + 1;
      while (i < n && text.charCodeAt(i) === unit) i++;
      this.push(start, i, 'punct');
      return i;
    }
    if ((unit === EXCLAMATION || unit === QUESTION) && this.language.markRuns) {
      // English (UD EWT) keeps "!!", "?!" and "!!!" as one token.
      let i = start + 1;
      while (i < n && (text.charCodeAt(i) === EXCLAMATION || text.charCodeAt(i) === QUESTION)) i++;
      this.push(start, i, 'punct');
      return i;
    }
    if (
      (unit === COLON || unit === SEMICOLON || unit === 0x78 || unit === 0x58 || unit === 0x3c) &&
      prevIsSpace
    ) {
      for (const emoticon of EMOTICONS) {
        const end = start + emoticon.length;
        if (
          text.startsWith(emoticon, start) &&
          (end >= n || classOfUnit(text.charCodeAt(end)) === SPACE_CLASS)
        ) {
          this.push(start, end, 'emoji');
          return end;
        }
      }
    }
    if (
      unit === HASH &&
      (classAt(text, start + 1) === LETTER || classAt(text, start + 1) === DIGIT)
    ) {
      const end = this.scanHandleBody(start + 1);
      this.push(start, end, 'hashtag');
      return end;
    }
    if (
      unit === AT &&
      prevIsSpace &&
      (classAt(text, start + 1) === LETTER ||
        classAt(text, start + 1) === DIGIT ||
        next === UNDERSCORE)
    ) {
      const end = this.scanHandleBody(start + 1);
      this.push(start, end, 'mention');
      return end;
    }
    if (QUOTE_CHARS.has(unit)) return this.scanQuote(start, unit, next, prevIsSpace);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const length = this.unitLength(start);
      this.push(start, start + length, 'symbol');
      return start + length;
    }
    this.push(
      start,
      start + 1,
      SYMBOL_CHARS.has(unit) || isSymbolCategory(unit) ? 'symbol' : 'punct',
    );
    return start + 1;
  }

  private scanHandleBody(i: number): number {
    let j = i;
    while (j < this.n) {
      const cls = classAt(this.text, j);
      if (cls === LETTER || cls === DIGIT || cls === JOIN) j += this.unitLength(j);
      else if (this.text.charCodeAt(j) === UNDERSCORE) j++;
      else break;
    }
    return j;
  }

  private scanQuote(start: number, unit: number, next: number, prevIsSpace: boolean): number {
    const { text, n } = this;
    // LaTeX-style doubled quotes `` and '' are one quotation mark.
    if ((unit === BACKTICK || unit === APOSTROPHE) && next === unit) {
      this.push(start, start + 2, 'quote');
      return start + 2;
    }
    if (unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE) {
      // "gibt 's", "so 'n": a clitic written after a space.
      if (prevIsSpace) {
        let j = start + 1;
        while (j < n && classOfUnit(text.charCodeAt(j)) === LETTER && j - start <= 4) j++;
        if (
          j > start + 1 &&
          (j >= n || classOfUnit(text.charCodeAt(j)) !== LETTER) &&
          CONTRACTION_AFTER_APOSTROPHE.has(text.slice(start + 1, j))
        ) {
          const after = j < n ? text.charCodeAt(j) : -1;
          if (after !== APOSTROPHE && after !== RIGHT_SINGLE_QUOTE) {
            this.push(start, j, 'word');
            return j;
          }
        }
      }
    }
    if (
      unit === APOSTROPHE ||
      unit === LEFT_SINGLE_QUOTE ||
      unit === SINGLE_LOW_QUOTE ||
      unit === RIGHT_SINGLE_QUOTE
    ) {
      const nextIsSpace = next === -1 || classOfUnit(next) === SPACE_CLASS;
      if (prevIsSpace && !nextIsSpace && unit !== RIGHT_SINGLE_QUOTE) this.openSingleQuote = start;
      else if (!prevIsSpace) this.openSingleQuote = -1;
    }
    this.push(start, start + 1, 'quote');
    return start + 1;
  }
}

function trimUrlTail(candidate: string): number {
  let url = candidate.replace(TRAILING_URL_PUNCT, '');
  // Keep a closing bracket that belongs to the URL: "…/Foo_(Bar)".
  while (
    candidate.length > url.length &&
    candidate[url.length] === ')' &&
    url.includes('(') &&
    !url.endsWith(')')
  ) {
    url = candidate.slice(0, url.length + 1);
  }
  return Math.max(url.length, 1);
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (classOfUnit(text.charCodeAt(i)) !== DIGIT) return false;
  return true;
}

function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && /^[IVXLC]+$/.test(word);
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

function isDate(text: string, start: number, end: number): boolean {
  const first = text.indexOf('.', start);
  const second = text.indexOf('.', first + 1);
  if (first < 0 || second < 0 || second >= end) return false;
  const day = digitsValue(text, start, first);
  const month = digitsValue(text, first + 1, second);
  const yearLength = end - second - 1;
  return (
    first - start <= 2 &&
    second - first - 1 <= 2 &&
    (yearLength === 2 || yearLength === 4) &&
    day >= 1 &&
    day <= 31 &&
    month >= 1 &&
    month <= 12
  );
}

function isDayMonth(text: string, start: number, end: number): boolean {
  const dot = text.indexOf('.', start);
  if (dot < 0 || dot >= end || dot - start > 2 || end - dot - 1 > 2 || end - dot - 1 < 1)
    return false;
  const day = digitsValue(text, start, dot);
  const month = digitsValue(text, dot + 1, end);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function isClockTime(text: string, start: number, end: number): boolean {
  const colon = text.indexOf(':', start);
  if (colon > 0 && colon < end) {
    return (
      colon - start <= 2 &&
      end - colon - 1 === 2 &&
      digitsValue(text, start, colon) <= 24 &&
      digitsValue(text, colon + 1, end) <= 59
    );
  }
  // "14.30 Uhr"
  const dot = text.indexOf('.', start);
  if (dot < 0 || dot >= end || dot - start > 2 || end - dot - 1 !== 2) return false;
  return (
    text.startsWith(' Uhr', end) &&
    digitsValue(text, start, dot) <= 24 &&
    digitsValue(text, dot + 1, end) <= 59
  );
}

const SYMBOL_CATEGORY = /^\p{S}$/u;
function isSymbolCategory(unit: number): boolean {
  return unit >= 0x80 && SYMBOL_CATEGORY.test(String.fromCharCode(unit));
}

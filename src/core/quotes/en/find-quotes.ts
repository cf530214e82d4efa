/**
 * The English quote finder. In order:
 * 1. quotations in marks (double and British single marks) become direct speech with the
 *    cue and speaker after them ("…," said X; "…," X said; "…," she added) or before them
 *    (X said: "…"; X told the Gazette: "…"); a quotation with no attribution of its own
 *    continues the previous speaker, and a short one (a scare quote or a title) is left to
 *    step 2;
 * 2. sentence by sentence, "according to X" and cue verbs outside quotations yield
 *    indirect speech: "X said (that) …", "X told reporters that …", "X urged Y to …",
 *    "X accused Y of …", and the clause before a final "…, X said";
 * 3. indirect speech holding a quotation becomes mixed;
 * 4. speakers written as a pronoun, surname, role or generic body are resolved to the
 *    person or body named before (`resolve.ts`).
 * Like the German finder it works on its own word scan; tags and entities sharpen it.
 */
import type { EntityMentionRecord, Span } from '../../contract/types.js';
import type {
  FoundQuote,
  QuoteCue,
  QuoteInput,
  QuoteOptions,
  QuoteSpeaker,
} from '../quote-scan.js';
import type { QuotedSpan } from '../quote-marks.js';
import { englishQuoteLexicon, type CueVerb, type EnglishQuoteLexicon } from './lexicon.js';
import { collectMentions, type Mention } from './mentions.js';
import { resolveSpeaker } from './resolve.js';
import { findEnglishQuotedSpans, scanWords, splitSentences, type Word } from './scan.js';
import { canSpeak, phraseText, subjectAfter, subjectBefore, type Phrase } from './speaker.js';

/** Quotations shorter than this, with no cue, are scare quotes, titles or names. */
const MIN_QUOTATION_WORDS = 4;
/** How many sentences back a quotation with no cue looks for a speaker to continue. */
const INHERIT_SENTENCES = 2;

/** Forms of "be" before a participle: "was told", "were asked" are passives, not cues. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that show a finite clause follows a cue with no "that": auxiliaries, modals, common irregular pasts. */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'did',
  'does',
  'do',
  "won't",
  'won’t',
  "isn't",
  'isn’t',
  "wasn't",
  'wasn’t',
  "wouldn't",
  'wouldn’t',
  "hadn't",
  'hadn’t',
  "couldn't",
  'couldn’t',
  "didn't",
  'didn’t',
  'took',
  'made',
  'gave',
  'went',
  'came',
  'saw',
  'knew',
  'thought',
  'felt',
  'left',
  'lost',
  'got',
  'kept',
  'met',
  'paid',
  'put',
  'ran',
  'sent',
  'spent',
  'stood',
  'won',
  'became',
  'began',
  'brought',
  'bought',
  'built',
  'caught',
  'chose',
  'fell',
  'found',
  'grew',
  'held',
  'led',
  'meant',
  'rose',
  'sold',
  'shot',
  'struck',
  'understood',
  'broke',
  'drove',
  'flew',
  'hit',
  'cut',
  'let',
  'fought',
  'needs',
  'wants',
  'remains',
  'seems',
  'plans',
  'heard',
  'told',
  'spoke',
  'wrote',
  'fled',
  'hid',
  'sat',
  'slept',
  'stole',
  'taught',
  'threw',
  'wore',
  'woke',
  'rang',
  'rode',
  'sank',
  'swam',
  'sought',
  'dealt',
  'shut',
  'spread',
  'quit',
  'beat',
  'bit',
  'blew',
  'drew',
]);
/** Words that may open a reported clause with no "that". */
const CLAUSE_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'some',
  'all',
  'no',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'about',
  'more',
  'most',
  'every',
  'each',
  'many',
  'several',
  'both',
  'only',
  'nobody',
  'none',
  'nothing',
  'one',
  'two',
  'three',
]);
/** Cue verbs that name their addressee before any clause ("told reporters …"). */
const ADDRESSEE_FIRST = new Set(['tell', 'inform', 'assure', 'remind']);
/** Cue verbs whose content is only a request or an accusation, never a bare clause. */
const REQUEST_ONLY = new Set(['urge', 'ask', 'order', 'call', 'appeal', 'accuse', 'blame']);
/** Words that open no reported clause: prepositions and adverbs of the report itself ("said on Tuesday"). */
const NOT_OPENERS = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'to',
  'of',
  'after',
  'before',
  'during',
  'over',
  'under',
  'into',
  'also',
  'later',
  'earlier',
  'yesterday',
  'today',
  'again',
  'then',
  'afterwards',
  'not',
  'nothing',
  'goodbye',
  'hello',
  'so',
  'too',
  'very',
  'as',
  'and',
  'but',
  'or',
]);
const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'where',
  'who',
  'which',
]);

export function findEnglishQuotes(
  input: QuoteInput,
  options: QuoteOptions = {},
  lexicon: EnglishQuoteLexicon = englishQuoteLexicon(),
): FoundQuote[] {
  return new EnglishQuoteFinder(input, lexicon, options.mode ?? 'attributed').run();
}

interface Candidate extends FoundQuote {
  /** Word index of the cue verb, to keep one cue from serving twice. */
  cueIndex: number;
  /** The speaker phrase as found, before resolution. */
  phrase: Phrase | null;
  /** A short quotation with no cue: speech only inside indirect speech (mixed), else a scare quote. */
  short?: boolean;
}

/** The contract's quote record of a candidate: its working fields dropped. */
function toRecord(c: Candidate): FoundQuote {
  const q: FoundQuote = {
    start: c.start,
    end: c.end,
    kind: c.kind,
    cue: c.cue,
    speaker: c.speaker,
    content: c.content,
  };
  if (c.quoted) q.quoted = c.quoted;
  if (c.report) q.report = c.report;
  return q;
}

class EnglishQuoteFinder {
  private readonly text: string;
  private readonly words: Word[];
  private readonly sentences: Span[];
  /** Word index range [from, to) of each sentence. */
  private readonly ranges: Array<[number, number]>;
  private readonly sentenceOfWord: number[];
  private readonly quoted: QuotedSpan[];
  private readonly quoteStarts: Set<number>;
  private readonly mentions: Mention[];
  private readonly usedCues = new Set<number>();
  /** The speaker phrase of each cue used so far, for participles that continue it ("…, adding that …"). */
  private readonly cuePhrases = new Map<number, Phrase>();
  private readonly entities: readonly EntityMentionRecord[];

  constructor(
    input: QuoteInput,
    private readonly lex: EnglishQuoteLexicon,
    private readonly mode: 'attributed' | 'broad',
  ) {
    this.text = input.text;
    this.entities = input.entities;
    this.words = scanWords(this.text, input.tokens);
    this.sentences = input.sentences.length > 0 ? [...input.sentences] : splitSentences(this.text);
    this.ranges = [];
    this.sentenceOfWord = new Array<number>(this.words.length).fill(-1);
    let k = 0;
    this.sentences.forEach((s, i) => {
      while (k < this.words.length && this.words[k]!.start < s.start) k++;
      const from = k;
      while (k < this.words.length && this.words[k]!.end <= s.end) this.sentenceOfWord[k++] = i;
      this.ranges.push([from, k]);
    });
    this.quoted = findEnglishQuotedSpans(this.text);
    this.quoteStarts = new Set(this.quoted.map((q) => q.start));
    const starts = new Set(this.ranges.map(([f]) => f));
    this.mentions = collectMentions(this.text, this.words, starts, input.entities, lex);
  }

  run(): FoundQuote[] {
    const direct = this.findDirect();
    const indirect = this.findIndirect(direct);
    // A quotation inside indirect speech is part of it: the quote is mixed.
    // Indirect contents by start, for finding the one a quotation lies in by binary search.
    const hosts = [...indirect].sort((a, b) => a.content.start - b.content.start);
    const hostOf = (d: Candidate): Candidate | undefined => {
      let lo = 0;
      let hi = hosts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hosts[mid]!.content.start <= d.content.start) lo = mid + 1;
        else hi = mid;
      }
      // Contents of one sentence may nest; a few candidates back suffice.
      for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
        const q = hosts[k]!;
        if (d.content.end <= q.content.end) return q;
      }
      return undefined;
    };
    const kept = direct.filter((d) => {
      const host = hostOf(d);
      if (!host) return true;
      if (d.cue) return true;
      host.kind = 'mixed';
      (host.quoted ??= []).push({ ...d.content });
      return false;
    });
    const all: Candidate[] = [...kept, ...indirect].sort(
      (a, b) => a.content.start - b.content.start,
    );
    for (const q of all) {
      if (q.phrase) q.speaker = this.speakerOf(q.phrase, all);
    }
    this.inherit(all);
    return all.map(toRecord);
  }

  // ------------------------------------------------------------------ cues

  private cueAt(i: number): CueVerb | null {
    const w = this.words[i];
    if (!w) return null;
    const verb = this.lex.verbs.get(w.lower);
    if (!verb) return null;
    // "the Department of State", "Tweets": a capitalised form is a name or a headline noun, not a cue.
    if (/^\p{Lu}/u.test(w.text)) return null;
    const prev = this.words[i - 1];
    // "declined to say", "the report", "was told": infinitives, nouns and passives are no cues.
    if (
      prev &&
      (prev.lower === 'to' ||
        ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this'].includes(prev.lower))
    )
      return null;
    if (prev && BE.has(prev.lower) && !w.lower.endsWith('ing')) return null;
    if (
      w.upos &&
      (w.upos === 'NOUN' || w.upos === 'ADJ' || w.upos === 'PROPN') &&
      !/(?:ed|said|told|wrote)$/.test(w.lower)
    )
      return null;
    // "called on X to …"; "called it \"absurd\"", "described the plan as \"reckless\"".
    const quoteFollows = this.quoteOpensWithin(i + 1, 4);
    if (
      verb.naming &&
      !quoteFollows &&
      !(verb.requestParticle && this.words[i + 1]?.lower === verb.requestParticle)
    )
      return null;
    if (verb.requestParticle && !verb.naming && this.words[i + 1]?.lower !== verb.requestParticle)
      return null;
    return verb;
  }

  /** Whether the cue at `i` has its particle after it ("called on"). */
  private hasParticle(i: number, verb: CueVerb): boolean {
    return verb.requestParticle !== null && this.words[i + 1]?.lower === verb.requestParticle;
  }

  /** Whether a quotation mark opens within `n` words from word `k` (in the same sentence). */
  private quoteOpensWithin(k: number, n: number): boolean {
    for (let j = k; j < this.words.length && j < k + n; j++) {
      const t = this.words[j]!.text;
      if (/^[.!?;:]$/.test(t)) return false;
      if (/^[“"‘']$/.test(t) && this.quoteStarts.has(this.words[j]!.start)) return true;
    }
    return false;
  }

  private insideQuoted(at: number): QuotedSpan | undefined {
    // The last quotation starting at or before `at` (depth-0 spans do not overlap).
    let lo = 0;
    let hi = this.quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quoted[mid]!.innerStart <= at) lo = mid + 1;
      else hi = mid;
    }
    const q = this.quoted[lo - 1];
    return q && at < q.innerEnd ? q : undefined;
  }

  private wordIndexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private cueRecord(i: number, extra?: number): QuoteCue {
    const w = this.words[i]!;
    const cue: QuoteCue = { start: w.start, end: w.end, text: w.text };
    if (extra !== undefined) {
      const p = this.words[extra]!;
      cue.parts = [{ start: p.start, end: p.end, text: p.text }];
    }
    return cue;
  }

  private sentenceRange(i: number): [number, number] {
    const s = this.sentenceOfWord[i] ?? -1;
    return s >= 0 ? this.ranges[s]! : [0, this.words.length];
  }

  // ------------------------------------------------------------------ direct speech

  private findDirect(): Candidate[] {
    const found: Candidate[] = [];
    for (const q of this.quoted) {
      const inner = this.text.slice(q.innerStart, q.innerEnd).trim();
      if (inner.length === 0) continue;
      const attribution = this.attributionAfter(q, inner) ?? this.attributionBefore(q);
      const base = {
        start: q.start,
        end: q.end,
        kind: 'direct' as const,
        content: { start: q.innerStart, end: q.innerEnd },
      };
      if (attribution) {
        this.usedCues.add(attribution.cue);
        this.cuePhrases.set(attribution.cue, attribution.phrase);
        const span = phraseText(this.text, this.words, attribution.phrase);
        found.push({
          ...base,
          start: Math.min(q.start, this.words[attribution.cue]!.start, span.start),
          end: Math.max(q.end, this.words[attribution.cue]!.end, span.end),
          cue: this.cueRecord(attribution.cue),
          speaker: null,
          cueIndex: attribution.cue,
          phrase: attribution.phrase,
        });
        continue;
      }
      const wordCount = inner.split(/\s+/).length;
      // A scare quote or title ("the ‘Iron Lady’") is no quotation unless speech carries it (step 2).
      if (wordCount < MIN_QUOTATION_WORDS && !/[.!?…]$/.test(inner)) {
        found.push({ ...base, cue: null, speaker: null, cueIndex: -1, phrase: null, short: true });
        continue;
      }
      found.push({ ...base, cue: null, speaker: null, cueIndex: -1, phrase: null });
    }
    return found;
  }

  /** `"…," said X.` / `"…," X said.` / `"…," she told the BBC.`: a cue among the first words after the closing mark. */
  private attributionAfter(q: QuotedSpan, inner: string): { cue: number; phrase: Phrase } | null {
    // A quotation closed by a full stop ends its sentence: what follows is a new one.
    if (/\.$/.test(inner)) return null;
    let a = this.wordIndexAtOrAfter(q.end);
    if (this.words[a]?.text === ',') a++;
    const limit = Math.min(this.words.length, a + 8);
    for (let i = a; i < limit; i++) {
      const w = this.words[i]!;
      if (/^[.!?;:“”"‘’'(]$/.test(w.text)) return null;
      const verb = this.cueAt(i);
      if (!verb) continue;
      const [, to] = this.sentenceRange(i);
      if (i === a) {
        const phrase = subjectAfter(this.words, i, to);
        return phrase ? { cue: i, phrase } : null;
      }
      const phrase = subjectBefore(this.words, i, a);
      if (!phrase || phrase.from !== a) return null;
      if (!canSpeak(this.words, phrase, this.lex, -1, false)) return null;
      return { cue: i, phrase };
    }
    return null;
  }

  /** `X said: "…"` / `X told the Gazette: "…"` / `X said "…"`: the last cue before the opening mark. */
  private attributionBefore(q: QuotedSpan): { cue: number; phrase: Phrase } | null {
    const open = this.wordIndexAtOrAfter(q.start);
    const [from] = this.sentenceRange(open);
    let floor = from;
    // The quotation before this one (spans are sorted and do not overlap at depth 0) bounds its attribution.
    const k = this.quoted.indexOf(q);
    const other = k > 0 ? this.quoted[k - 1]! : null;
    if (other && other.end <= q.start && other.end > (this.words[floor]?.start ?? 0))
      floor = this.wordIndexAtOrAfter(other.end);
    let end = open - 1;
    const colon = this.words[end]?.text === ':';
    if (colon || this.words[end]?.text === ',') end--;
    for (let i = end; i >= floor && end - i <= 7; i--) {
      const verb = this.cueAt(i);
      if (!verb) continue;
      const between = end - i;
      // Only an addressee or an adverbial may stand between the cue and a colon; with no colon, nothing.
      if (!(between === 0 || (colon && between <= 6) || (verb.object && between <= 4))) return null;
      const phrase = subjectBefore(this.words, i, floor);
      if (!phrase || !canSpeak(this.words, phrase, this.lex, from, verb.weak)) return null;
      return { cue: i, phrase };
    }
    return null;
  }

  // ------------------------------------------------------------------ indirect speech

  private findIndirect(direct: readonly Candidate[]): Candidate[] {
    const found: Candidate[] = [];
    // Words inside a direct quotation's content belong to it, not to indirect speech.
    const inDirectWord = new Uint8Array(this.words.length);
    for (const d of direct) {
      if (d.short) continue;
      for (
        let k = this.wordIndexAtOrAfter(d.content.start);
        k < this.words.length && this.words[k]!.start < d.content.end;
        k++
      )
        inDirectWord[k] = 1;
    }
    for (const [from, to] of this.ranges) {
      if (to <= from) continue;
      const sentenceEnd = this.contentEnd(to);
      let lastSubject: Phrase | null = null;
      for (let i = from; i < to; i++) {
        if (inDirectWord[i]) continue;
        const marker = this.markerAt(i, from, to, sentenceEnd);
        if (marker) {
          found.push(marker);
          continue;
        }
        if (this.usedCues.has(i)) continue;
        const verb = this.cueAt(i);
        if (!verb) continue;
        let phrase = subjectBefore(this.words, i, from);
        let inverted = false;
        const before = this.previousNonAux(i);
        // "The airline apologised … and said …": a coordinated cue shares the first verb's subject.
        if (!phrase && before !== null && this.words[before]!.lower === 'and')
          phrase = lastSubject ?? this.clauseSubject(from, before);
        // "…," he said, adding that …: a participle after a comma continues the cue before it.
        if (
          !phrase &&
          before === i - 1 &&
          this.words[before]!.text === ',' &&
          this.words[i]!.lower.endsWith('ing')
        ) {
          const earlier = [...this.cuePhrases.keys()].filter((c) => c >= from && c < i).pop();
          if (earlier !== undefined) phrase = this.cuePhrases.get(earlier)!;
        }
        if (!phrase && before !== null && this.words[before]!.text === ',') {
          phrase = subjectAfter(this.words, i, to);
          inverted = phrase !== null;
        }
        if (!phrase || !canSpeak(this.words, phrase, this.lex, from, verb.weak)) continue;
        lastSubject = phrase;
        const content = this.contentOf(i, verb, phrase, inverted, from, to, sentenceEnd);
        if (!content) continue;
        this.usedCues.add(i);
        this.cuePhrases.set(i, phrase);
        const span = phraseText(this.text, this.words, phrase);
        found.push({
          start: Math.min(content.start, span.start, this.words[i]!.start),
          end: Math.max(content.end, span.end, this.words[i]!.end),
          kind: 'indirect',
          cue: this.cueRecord(i, this.hasParticle(i, verb) ? i + 1 : undefined),
          speaker: null,
          content,
          cueIndex: i,
          phrase,
        });
      }
    }
    // "Ferrante said an eruption could not be ruled out, but he stressed that …": a content ends where the next speaker begins.
    found.sort((a, b) => a.start - b.start);
    for (let k = 0; k + 1 < found.length; k++) {
      const q = found[k]!;
      const next = found[k + 1]!;
      if (next.start > q.content.start && next.start < q.content.end) {
        let cut = this.wordIndexAtOrAfter(next.start) - 1;
        while (cut > 0 && /^(?:,|and|but|while|;)$/i.test(this.words[cut]!.text)) cut--;
        if (this.words[cut] && this.words[cut]!.end > q.content.start)
          q.content = { start: q.content.start, end: this.words[cut]!.end };
        q.end = Math.max(q.content.end, this.words[q.cueIndex]?.end ?? q.end);
      }
    }
    return found;
  }

  /**
   * The first word after an agency dateline that opens a sentence ("LONDON, March 12
   * (Reuters) - About 400 homes …"): a city in capitals, then a dash within a dozen words.
   */
  private afterDateline(from: number, limit: number): number {
    const first = this.words[from];
    if (!first || !/^\p{Lu}{3,}$/u.test(first.text)) return from;
    for (let k = from + 1; k <= limit && k - from <= 12; k++) {
      if (/^[-–—]$/.test(this.words[k]!.text)) return k + 1;
    }
    return from;
  }

  /** The subject of the first finite verb of a sentence, before word `limit`. */
  private clauseSubject(from: number, limit: number): Phrase | null {
    for (let v = from + 1; v < limit; v++) {
      if (!this.isFinite(this.words[v]!, true) && !this.lex.verbs.has(this.words[v]!.lower))
        continue;
      const phrase = subjectBefore(this.words, v, from);
      return phrase && phrase.from === from ? phrase : null;
    }
    return null;
  }

  /** Offset where a sentence's content ends: before its final full stop (a closing quotation mark stays: mixed quotes). */
  private contentEnd(to: number): number {
    let k = to - 1;
    while (k > 0 && /^[.!?;:)]$/.test(this.words[k]!.text)) k--;
    return this.words[k]!.end;
  }

  private previousNonAux(i: number): number | null {
    let k = i - 1;
    while (
      k >= 0 &&
      ['has', 'have', 'had', 'also', 'later', 'then', 'is', 'are', 'was', 'were'].includes(
        this.words[k]!.lower,
      )
    )
      k--;
    return k >= 0 ? k : null;
  }

  /** "According to X, …" and "…, according to X.": the source marker and its clause. */
  private markerAt(i: number, from: number, to: number, sentenceEnd: number): Candidate | null {
    for (const marker of this.lex.markers) {
      if (!marker.every((m, k) => this.words[i + k]?.lower === m)) continue;
      const sourceFrom = i + marker.length;
      let k = sourceFrom;
      while (
        k < to &&
        this.words[k]!.text !== ',' &&
        k - sourceFrom < 14 &&
        !/^[.!?;:]$/.test(this.words[k]!.text)
      )
        k++;
      if (k === sourceFrom) return null;
      const phrase: Phrase = { from: sourceFrom, to: k };
      let content: Span | null = null;
      if (this.words[k]?.text === ',' && this.onlyFramingBefore(i, from)) {
        if (k + 1 < to) content = { start: this.words[k + 1]!.start, end: sentenceEnd };
      } else if (i > from && this.words[i - 1]!.text === ',') {
        content = { start: this.words[from]!.start, end: this.words[i - 2]!.end };
      }
      if (!content || content.end <= content.start) return null;
      const cue: QuoteCue = {
        start: this.words[i]!.start,
        end: this.words[sourceFrom - 1]!.end,
        text: this.text.slice(this.words[i]!.start, this.words[sourceFrom - 1]!.end),
      };
      const span = phraseText(this.text, this.words, phrase);
      return {
        start: Math.min(content.start, cue.start),
        end: Math.max(content.end, span.end),
        kind: 'indirect',
        cue,
        speaker: null,
        content,
        cueIndex: i,
        phrase,
      };
    }
    return null;
  }

  /** Whether only a conjunction or adverb stands between the sentence start and word `i` ("But according to …"). */
  private onlyFramingBefore(i: number, from: number): boolean {
    return i - from <= 1;
  }

  /**
   * The reported content of the cue at `i`: the clause before a final "…, X said"; after
   * it, a "that"-clause (past an addressee or adverbial), the addressee and infinitive of a
   * request, what follows "of" after "accused", a question word's clause, or a clause with no "that".
   */
  private contentOf(
    i: number,
    verb: CueVerb,
    phrase: Phrase,
    inverted: boolean,
    from: number,
    to: number,
    sentenceEnd: number,
  ): Span | null {
    const subjectStart = inverted ? i : phrase.from;
    const after = inverted ? phrase.to : i + 1 + (this.hasParticle(i, verb) ? 1 : 0);
    // "…, police said (on Tuesday)." — the clause before the comma is the content.
    if (
      subjectStart > from &&
      this.words[subjectStart - 1]!.text === ',' &&
      this.tailIsFraming(after, to)
    ) {
      const end = subjectStart - 2;
      const first = this.afterDateline(from, end);
      if (end >= first && !this.insideQuoted(this.words[first]!.start))
        return { start: this.words[first]!.start, end: this.words[end]!.end };
      return null;
    }
    if (inverted || after >= to) return null;
    // "As the minister said last week, the budget is tight": the main clause is the content.
    if (this.words[phrase.from - 1]?.lower === 'as') {
      for (let k = after; k < to; k++)
        if (this.words[k]!.text === ',') return this.span(k + 1, sentenceEnd);
      return null;
    }
    // 'called it "absurd"': the named thing and its quoted name.
    if (
      verb.naming &&
      this.quoteOpensWithin(after, 4) &&
      this.words[after]?.lower !== verb.requestParticle
    )
      return this.span(after, sentenceEnd);
    let finiteSeen = false;
    for (let k = after; k < to && k - after <= 15; k++) {
      const w = this.words[k]!;
      if (/^[.!?;:]$/.test(w.text)) break;
      if (w.lower === 'that' && !finiteSeen && k - after <= 10)
        return this.span(k + 1, sentenceEnd);
      if (QUESTION_WORDS.has(w.lower) && k === after) return this.span(k, sentenceEnd);
      if (verb.accuse && w.lower === 'of' && k - after <= 8) return this.span(k + 1, sentenceEnd);
      if (
        verb.request &&
        w.lower === 'to' &&
        k > after &&
        /^\p{Ll}/u.test(this.words[k + 1]?.text ?? '')
      )
        return this.span(after, sentenceEnd);
      if (k > after && this.cueAt(k) && this.lex.verbs.get(w.lower) !== verb) break;
      if (this.isFinite(w, k > after)) finiteSeen = true;
    }
    if (
      !ADDRESSEE_FIRST.has(verb.lemma) &&
      !verb.accuse &&
      !REQUEST_ONLY.has(verb.lemma) &&
      this.clauseFollows(after, to)
    )
      return this.span(after, sentenceEnd);
    // "told reporters the coins had been …": an addressee of up to four words, then the clause.
    if (verb.object) {
      for (let m = after + 1; m < to && m - after <= 4; m++) {
        const opener = this.words[m]!;
        if (/^[.,!?;:]$/.test(opener.text)) break;
        if (
          !['the', 'a', 'an'].includes(this.words[m - 1]!.lower) &&
          CLAUSE_OPENERS.has(opener.lower) &&
          this.clauseFollows(m, to)
        )
          return this.span(m, sentenceEnd);
      }
    }
    return null;
  }

  /** Whether a clause with a finite verb starts at `k`: "said the cuts were painful". */
  private clauseFollows(k: number, to: number): boolean {
    const first = this.words[k];
    if (!first || NOT_OPENERS.has(first.lower) || this.lex.verbs.has(first.lower)) return false;
    if (!(CLAUSE_OPENERS.has(first.lower) || /^[\p{L}\p{N}£$€]/u.test(first.text))) return false;
    for (let j = k + 1; j < to && j - k <= 12; j++) {
      const w = this.words[j]!;
      if (/^[.!?;:]$/.test(w.text)) return false;
      if (this.isFinite(w, true) || this.isPresentAfterSubject(j)) return true;
      // 'the government "fully supports" the plan': the verb stands inside a quoted phrase.
      if (/^[“"‘]$/.test(w.text) && j - k <= 4) return true;
    }
    return false;
  }

  private isFinite(w: Word, allowEd: boolean): boolean {
    if (w.upos === 'AUX') return true;
    if (FINITE.has(w.lower)) return true;
    return allowEd && /^\p{Ll}+ed$/u.test(w.text) && w.text.length > 4;
  }

  /**
   * A present-tense verb after a determiner and its noun: "the plan costs", "the government
   * supports" (a plural noun there would need a verb after it, which the other checks find).
   */
  private isPresentAfterSubject(k: number): boolean {
    const w = this.words[k]!;
    if (w.upos) return w.upos === 'VERB' && /s$/.test(w.lower);
    const det = this.words[k - 2];
    return (
      /^\p{Ll}{3,}s$/u.test(w.text) &&
      !/(?:ss|us|is|ous)$/.test(w.lower) &&
      det !== undefined &&
      [
        'the',
        'a',
        'an',
        'this',
        'that',
        'its',
        'his',
        'her',
        'their',
        'our',
        'my',
        'every',
        'each',
      ].includes(det.lower) &&
      /^[\p{L}]+$/u.test(this.words[k - 1]!.text) &&
      !/s$/.test(this.words[k - 1]!.lower)
    );
  }

  /** After a final cue only its subject, an addressee or adverbials may follow: "…, the council said on Tuesday." */
  private tailIsFraming(k: number, to: number): boolean {
    let n = 0;
    for (let j = k; j < to; j++) {
      const w = this.words[j]!;
      if (/^[.!?]$/.test(w.text)) break;
      if (w.lower === 'that' || /^[“"‘:]$/.test(w.text) || this.isFinite(w, false)) return false;
      if (++n > 7) return false;
    }
    return true;
  }

  private span(fromWord: number, end: number): Span | null {
    const w = this.words[fromWord];
    if (!w || w.start >= end) return null;
    return { start: w.start, end };
  }

  // ------------------------------------------------------------------ speakers

  private speakerOf(phrase: Phrase, all: readonly Candidate[]): QuoteSpeaker {
    const from = this.ranges[this.sentenceOfWord[phrase.from] ?? -1]?.[0] ?? 0;
    return resolveSpeaker({
      text: this.text,
      words: this.words,
      phrase,
      sentenceStart: from,
      mentions: this.mentions,
      entities: this.entities,
      lex: this.lex,
      previousSpeakers: this.recentSpeakers(all, this.words[phrase.from]!.start),
    });
  }

  /** Speakers of the quotes (at most ten) that end before `offset`, in text order: pronouns look no further. */
  private recentSpeakers(all: readonly Candidate[], offset: number): QuoteSpeaker[] {
    // Quotes are sorted by content start: skip those starting after `offset` by binary search.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    const out: QuoteSpeaker[] = [];
    for (let k = Math.min(lo + 2, all.length) - 1; k >= 0 && out.length < 10 && k >= lo - 40; k--) {
      const q = all[k]!;
      if (q.speaker && q.end <= offset) out.push(q.speaker);
    }
    return out.reverse();
  }

  /** A quotation with no cue continues the speaker of the quote just before it. */
  private inherit(all: Candidate[]): void {
    let last: Candidate | null = null;
    for (const q of all) {
      if (q.speaker) {
        last = q;
        continue;
      }
      if (q.cue || q.short || !last?.speaker) continue;
      const gap = this.sentenceIndexAt(q.start) - this.sentenceIndexAt(last.end - 1);
      if (gap > INHERIT_SENTENCES) continue;
      const s = last.speaker;
      q.speaker = {
        ...s,
        antecedent: s.antecedent ?? { start: s.start, end: s.end, text: s.text },
      };
      last = q;
    }
    // Short quotations outside indirect speech are scare quotes or titles: SpkAtt's broad notion keeps them.
    for (let k = all.length - 1; k >= 0; k--)
      if (all[k]!.short && this.mode === 'attributed') all.splice(k, 1);
  }

  /** Index of the last sentence starting at or before `offset`. */
  private sentenceIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

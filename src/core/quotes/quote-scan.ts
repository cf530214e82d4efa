/**
 * The scanned text every part of the quote finder works on: words with their tags,
 * sentences, quotation marks, and the small helpers over clauses, spans and speakers
 * that all parts share (clause bounds, Konjunktiv, what a speaker phrase tells).
 */

import type {
  EntityMentionRecord,
  QuoteCueRecord,
  QuoteRecord,
  QuoteSpeakerRecord,
  SentenceRecord,
  Span,
  TokenRecord,
} from '../contract/types.js';
import { type CueLexicon } from './cue-lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import {
  entityIn,
  FUNCTION_WORDS,
  nounPhraseAt,
  PERSONAL_PRONOUNS,
  type SpeakerSpan,
} from './speaker.js';
import { firstEndingAtOrAfter, firstStartingAtOrAfter } from '../spans.js';
import { personNameWords, speakerProfile, type SpeakerProfile } from './speaker-check.js';
import { isCapitalized, isPunct, scanWords, sentenceSpans, type Word } from './words.js';
import {
  RESUMING_CONJUNCTIONS,
  AUXILIARIES,
  RELATIVE_PRONOUNS,
  DETERMINER_WORDS,
  KONJUNKTIV_II,
} from './word-lists.js';

/** The contract's quote parts, under the names this module has always used. */
export type QuoteSpeaker = QuoteSpeakerRecord;
export type QuoteCue = QuoteCueRecord;
export type FoundQuote = QuoteRecord;

export interface QuoteInput {
  text: string;
  sentences: readonly SentenceRecord[];
  tokens: readonly TokenRecord[];
  entities: readonly EntityMentionRecord[];
}

export interface CueMatch {
  /** Word index of the cue (the finite verb, marker or noun). */
  index: number;
  /** Word index of the finite auxiliary of a compound tense. */
  auxiliary?: number;
  /** Word indices of further cue words. */
  parts?: number[];
  /** Word index of a separated particle. */
  particle?: number;
  /** Extra words that belong to the cue (`heißt es`, `nach Angaben`). */
  to: number;
  kind: 'verb' | 'marker-before' | 'marker-after' | 'anaphoric' | 'nominal';
  /** Known only from the learned (debates) lexicon: trusted with a dass/ob/w-clause only. */
  learned?: boolean;
}

/** Quotations shorter than this many words, with no cue, are taken as scare quotes, titles or names. */
export const MIN_QUOTATION_WORDS = 4;
/** How many sentences back a quote with no cue looks for a speaker to inherit. */
export const INHERIT_SENTENCES = 3;
export const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—']);
export const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);

export interface QuoteOptions {
  /**
   * `attributed` (default): the quotations a reader is shown — speech, thought or
   * writing acts of someone who can speak. `broad`: every speech event in SpkAtt's
   * sense (plans, reports without content, unattributed claims), for the SpkAtt evaluation.
   */
  mode?: 'attributed' | 'broad';
}

export function looksAdjectival(lower: string): boolean {
  return /(?:e|en|er|es|em)$/.test(lower) && lower.length > 3;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export class QuoteScan {
  protected readonly text: string;
  protected readonly sentences: SentenceRecord[];
  protected readonly words: Word[];
  protected readonly quoted: QuotedSpan[];
  protected readonly topQuotes: QuotedSpan[];
  /** Word index → index into topQuotes of the quotation covering it (marks included), or -1. */
  protected readonly inQuote: number[];
  protected readonly sentenceFirstWord: number[] = [];
  protected readonly sentenceEndWord: number[] = [];
  /** `wordsBefore[i]`: how many of the first i words are not punctuation (counts a span's words in O(log n)). */
  protected readonly wordsBefore: Uint32Array;
  /** Quotes with a cue that still take the previous speaker ("laut Anklage soll …"). */
  protected readonly inheritable = new Set<FoundQuote>();
  /** Words of the person names in the text ("Brenner" of "Thomas Brenner"), made on first use. */
  protected knownNames: ReadonlySet<string> | undefined;
  /** Direct quotes found through the verb of the sentence they sit in; that verb may still introduce indirect speech. */
  protected readonly embedded = new Set<FoundQuote>();

  constructor(
    protected readonly input: QuoteInput,
    protected readonly lexicon: CueLexicon,
    protected readonly mode: 'attributed' | 'broad',
  ) {
    this.text = input.text;
    this.sentences = sentenceSpans({ text: input.text, sentences: [...input.sentences] });
    this.words = scanWords(this.text, this.sentences, input.tokens, input.entities);
    this.wordsBefore = new Uint32Array(this.words.length + 1);
    this.words.forEach((w, i) => {
      this.wordsBefore[i + 1] = this.wordsBefore[i]! + (isPunct(w) ? 0 : 1);
    });
    this.quoted = findQuotedSpans(this.text);
    this.topQuotes = this.quoted.filter((q) => q.depth === 0);
    this.inQuote = this.words.map((w) =>
      this.topQuotes.findIndex((q) => w.start >= q.start && w.end <= q.end),
    );
    this.words.forEach((w, i) => {
      if (this.sentenceFirstWord[w.sentence] === undefined) this.sentenceFirstWord[w.sentence] = i;
      this.sentenceEndWord[w.sentence] = i + 1;
    });
  }

  /** What the speaker phrase over a span tells (null: it names no one who can speak). */
  protected profile(span: Span): SpeakerProfile | null {
    const from = firstStartingAtOrAfter(this.words, span.start);
    let to = from;
    while (to < this.words.length && this.words[to]!.end <= span.end) to++;
    this.knownNames ??= personNameWords(this.input.entities);
    return speakerProfile(this.words, from, to, this.input.entities, this.knownNames);
  }

  /** First word index at or after `from` that ends the clause (comma, colon, sentence end, quotation, "und"+verb). */
  protected clauseEnd(from: number, sentence: number): number {
    const end = this.sentenceEndWord[sentence]!;
    for (let j = from; j < end; j++) {
      const w = this.words[j]!;
      if (CLAUSE_BREAK.has(w.text) || SENTENCE_END.has(w.text) || this.inQuote[j] !== -1) return j;
      if (w.lower === 'und' && j + 1 < end && !isCapitalized(this.words[j + 1]!.text)) return j;
    }
    return end;
  }

  /** Clause start before `index`: after the previous comma/colon/quotation in the sentence, or the sentence start. */
  protected clauseStart(index: number): number {
    const sentence = this.words[index]!.sentence;
    const first = this.sentenceFirstWord[sentence]!;
    for (let j = index - 1; j >= first; j--) {
      const w = this.words[j]!;
      if (w.text === ':' || w.text === ';' || this.inQuote[j] !== -1) return j + 1;
    }
    return first;
  }

  /**
   * End of a reported clause that starts at `from`: the sentence end, or earlier where the
   * main clause resumes after a comma ("dass X abfällt, denn …", "dass …, hatte dieser versucht").
   */
  protected complementEnd(from: number, sentence: number): number {
    const end = this.contentEndWord(from, sentence);
    for (let j = from + 1; j < end - 1; j++) {
      // "riet dazu, Wälder zu meiden: „…“": a quotation after a colon is a quote of its own.
      if (
        this.mode === 'attributed' &&
        this.words[j]!.text === ':' &&
        this.inQuote[j] === -1 &&
        this.inQuote[j + 2] !== undefined &&
        this.inQuote[j + 2] !== -1 &&
        this.wordsIn(this.topQuotes[this.inQuote[j + 2]!]!) >= MIN_QUOTATION_WORDS
      )
        return j;
      if (this.words[j]!.text !== ',' || this.inQuote[j] !== -1) continue;
      const next = this.words[j + 1]!;
      if (RESUMING_CONJUNCTIONS.has(next.lower)) return j;
      if (next.lower === 'und' && this.isFiniteVerb(this.words[j + 2])) return j;
      if (
        next.xpos
          ? /^V[VAM]FIN$/.test(next.xpos) && !this.lexicon.konjunktiv.has(next.lower)
          : false
      )
        return j;
    }
    return end;
  }

  /** Content end for reported clauses: the sentence end without its final punctuation. */
  protected contentEndWord(from: number, sentence: number): number {
    let end = this.sentenceEndWord[sentence]!;
    while (end > from && SENTENCE_END.has(this.words[end - 1]!.text)) end--;
    return end;
  }

  protected span(from: number, to: number): Span {
    return { start: this.words[from]!.start, end: this.words[to - 1]!.end };
  }

  protected wordsIn(q: QuotedSpan): number {
    // Words lie in order without overlap: those inside start at or after innerStart
    // and end by innerEnd, a contiguous run found by two binary searches.
    const from = firstStartingAtOrAfter(this.words, q.innerStart);
    const to = firstEndingAtOrAfter(this.words, q.innerEnd + 1);
    return to > from ? this.wordsBefore[to]! - this.wordsBefore[from]! : 0;
  }

  protected wordIndexAtOrAfter(offset: number): number {
    return firstStartingAtOrAfter(this.words, offset);
  }

  /** The attribution frame runs to the end of its clause, not over the sentence's final punctuation. */
  protected frameEnd(from: number, sentence: number): number {
    const end = this.sentenceEndWord[sentence]!;
    for (let j = from; j < end; j++) {
      const w = this.words[j]!;
      if (SENTENCE_END.has(w.text) || this.inQuote[j] !== -1) return Math.max(j, from);
      if (w.text === ',' || (w.lower === 'und' && !isCapitalized(this.words[j + 1]?.text ?? '')))
        return Math.max(j, from);
    }
    return end;
  }

  /** Whether words [from, to) form a clause (they hold a verb), not just a noun phrase with an apposition. */
  protected isClause(from: number, to: number): boolean {
    const words = this.words.slice(from, to);
    if (words.some((w) => w.upos)) return words.some((w) => w.upos === 'VERB' || w.upos === 'AUX');
    const np = nounPhraseAt(this.words, this.skipFiller(from, to), to, this.input.entities);
    return !(np && np.to >= to);
  }

  protected invertedContentStart(comma: number, s: number): number | null {
    const first = this.sentenceFirstWord[s]!;
    let from = first;
    for (let j = comma - 1; j >= first; j--) {
      // Quoted phrases inside the reported clause belong to it (mixed speech); a colon ends it.
      if (
        (this.inQuote[j] !== -1 &&
          this.wordsIn(this.topQuotes[this.inQuote[j]!]!) >= MIN_QUOTATION_WORDS) ||
        this.words[j]!.text === ':'
      ) {
        from = j + 1;
        break;
      }
    }
    return from < comma ? from : null;
  }

  protected isFiniteVerb(w: Word | undefined): boolean {
    if (!w) return false;
    if (w.xpos) return /^V[VAM]FIN$/.test(w.xpos);
    return this.lexicon.konjunktiv.has(w.lower) || AUXILIARIES.has(w.lower);
  }

  /** Konjunktiv I: a listed form, or (with a lemma from the tagger) a finite verb that is its stem + "e". */
  protected isKonjunktivI(w: Word): boolean {
    if (this.lexicon.konjunktiv.has(w.lower) && !KONJUNKTIV_II.has(w.lower)) return true;
    if (!w.lemma || !w.xpos || !/^V[VAM]FIN$/.test(w.xpos) || !w.lower.endsWith('e')) return false;
    const lemma = w.lemma.toLowerCase();
    const stem = lemma.endsWith('en')
      ? lemma.slice(0, -2)
      : lemma.endsWith('n')
        ? lemma.slice(0, -1)
        : lemma;
    return w.lower === `${stem}e` && !lemma.endsWith('ern') && w.lower !== lemma;
  }

  protected build(
    kind: QuoteRecord['kind'],
    c: CueMatch,
    speaker: SpeakerSpan | null,
    content: Span,
    frame: Span,
  ): FoundQuote {
    const cue = this.cueText(c);
    const speakerRecord = this.speakerRecord(speaker);
    const parts = [
      content,
      frame,
      cue,
      ...(speakerRecord ? [speakerRecord] : []),
      ...(cue.particle ? [cue.particle] : []),
      ...(cue.auxiliary ? [cue.auxiliary] : []),
      ...(cue.parts ?? []),
    ];
    return {
      start: Math.min(...parts.map((p) => p.start)),
      end: Math.max(...parts.map((p) => p.end)),
      kind,
      cue,
      speaker: speakerRecord,
      content,
    };
  }

  protected cueText(c: CueMatch): QuoteCue {
    const first = this.words[c.index]!;
    const last = this.words[c.to - 1]!;
    const cue: QuoteCue = {
      start: first.start,
      end: last.end,
      text: this.text.slice(first.start, last.end),
    };
    if (c.particle !== undefined) {
      const p = this.words[c.particle]!;
      cue.particle = { start: p.start, end: p.end, text: p.text };
    }
    if (c.auxiliary !== undefined) {
      const a = this.words[c.auxiliary]!;
      cue.auxiliary = { start: a.start, end: a.end, text: a.text };
    }
    const parts = [...new Set(c.parts ?? [])]
      .filter((p) => p >= 0 && (p < c.index || p >= c.to))
      .sort((a, b) => a - b);
    if (parts.length > 0)
      cue.parts = parts.map((p) => ({
        start: this.words[p]!.start,
        end: this.words[p]!.end,
        text: this.words[p]!.text,
      }));
    return cue;
  }

  protected speakerRecord(span: SpeakerSpan | null): QuoteSpeaker | null {
    if (!span) return null;
    const text = this.text.slice(span.start, span.end);
    return {
      start: span.start,
      end: span.end,
      text,
      entity: entityIn(span, this.input.entities, this.text),
    };
  }

  protected skipFiller(from: number, limit: number): number {
    let i = from;
    while (i < limit) {
      const w = this.words[i]!;
      if (
        w.text === ',' ||
        (FUNCTION_WORDS.has(w.lower) &&
          !PERSONAL_PRONOUNS.has(w.lower) &&
          !['der', 'die', 'das'].includes(w.lower))
      ) {
        if (
          ['auch', 'aber', 'doch', 'nur', 'selbst', 'sogar', 'zudem', 'und'].includes(w.lower) ||
          w.text === ','
        ) {
          i++;
          continue;
        }
      }
      break;
    }
    return i;
  }

  /** Whether a content span is reported speech by its verb: Konjunktiv I or reportive "soll … haben". */
  protected reportedContent(span: Span): boolean {
    const from = firstStartingAtOrAfter(this.words, span.start);
    const inside: Word[] = [];
    for (let i = from; i < this.words.length && this.words[i]!.end <= span.end; i++)
      inside.push(this.words[i]!);
    if (inside.some((w) => this.isKonjunktivI(w))) return true;
    const soll = inside.some((w) => w.lower === 'soll' || w.lower === 'sollen');
    return soll && inside.some((w) => /^(?:haben|sein|worden)$/.test(w.lower));
  }

  protected hasQuotation(s: number, direct: readonly FoundQuote[]): boolean {
    const span = this.sentences[s]!;
    return (
      this.topQuotes.some(
        (q) => q.start < span.end && span.start < q.end && this.wordsIn(q) >= MIN_QUOTATION_WORDS,
      ) || direct.some((q) => q.start < span.end && span.start < q.end)
    );
  }

  /** A report's subject must be someone who can speak: a person, group or institution, not "Chemikalien". */
  protected canSpeak(speaker: SpeakerSpan): boolean {
    const head = this.words[speaker.to - 1]!;
    if (PERSONAL_PRONOUNS.has(head.lower)) return head.lower === 'er' || head.lower === 'sie';
    return (
      this.words
        .slice(speaker.from, speaker.to)
        .some((w) => isCapitalized(w.text) && !DETERMINER_WORDS.has(w.lower)) ||
      /^[„"»“]$/.test(head.text)
    );
  }

  protected looksLikeReportedClause(from: number, to: number, coreVerb: boolean): boolean {
    if (to - from < 2) return false;
    const first = this.words[from]!;
    if (first.lower === 'um') return false;
    if (
      RELATIVE_PRONOUNS.has(first.lower) &&
      !isCapitalized(this.words[from + 1]?.text ?? '') &&
      !looksAdjectival(this.words[from + 1]?.lower ?? '') &&
      // "das sei gut" is a main clause with a demonstrative subject: the verb comes second.
      !this.isFiniteVerb(this.words[from + 1])
    )
      return false;
    if (
      [
        'und',
        'oder',
        'aber',
        'sondern',
        'weil',
        'da',
        'als',
        'wenn',
        'nachdem',
        'bevor',
        'obwohl',
        'während',
        'sodass',
        'damit',
      ].includes(first.lower)
    )
      return false;
    for (let j = from; j < to; j++) {
      const w = this.words[j]!;
      if (this.lexicon.konjunktiv.has(w.lower) || this.inQuote[j] !== -1) return true;
      if (w.text === 'zu' && j + 1 < to && /en$/.test(this.words[j + 1]!.lower)) return true;
    }
    // "…, am Dienstag das Verfahren einzuleiten": a zu-infinitive closes the clause.
    const last = this.words[to - 1]!.lower;
    if (
      /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|vorbei|fort|los|dar|durch|um|wieder|frei|statt|teil)zu\p{L}+en$/u.test(
        last,
      )
    )
      return true;
    return coreVerb;
  }
}

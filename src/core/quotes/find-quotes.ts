/**
 * The German quote finder. In order:
 * 1. quotation marks are paired (`quote-marks.ts`);
 * 2. each quotation that is no name or title becomes direct speech, with the cue and
 *    speaker of its attribution before (`X sagte: „…“`) or after (`„…“, sagte X`), or of
 *    the report verb it is embedded in (`nannte es „…“`);
 * 3. sentence by sentence, cues outside quotations yield indirect speech (complement
 *    clauses, reported main clauses, the inverted order, markers such as `laut X`,
 *    nominal cues), then reports of speech and reported (Konjunktiv) passages;
 * 4. indirect speech holding a quotation becomes mixed;
 * 5. quotes without a cue inherit the previous speaker, and `er`/`sie` are resolved.
 * It works on its own word scan; tags, lemmas and entities sharpen it when present.
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
import { defaultCueLexicon, LEARNED_MIN_RATE, type CueLexicon } from './cue-lexicon.js';
import { findQuotedSpans, looksLikeName, type QuotedSpan } from './quote-marks.js';
import {
  entityIn,
  FUNCTION_WORDS,
  nounPhraseAt,
  PERSONAL_PRONOUNS,
  type SpeakerSpan,
} from './speaker.js';
import { firstEndingAtOrAfter, firstStartingAtOrAfter, spansWithin } from '../spans.js';
import {
  PAST_LIKE_KONJUNKTIV_II,
  ATTITUDE_VERBS,
  ATTRIBUTED_REPORT_VERBS,
  EVALUATIVE_VERBS,
  markerSourceStart,
  POSSESSIVES,
  reportNounFollows as REPORT_NOUN_AFTER,
} from './attribution.js';
import { personNameWords, speakerProfile, type SpeakerProfile } from './speaker-check.js';
import { resolveSpeakers } from './speaker-resolution.js';
import { isCapitalized, isPunct, scanWords, sentenceSpans, type Word } from './words.js';
import {
  RESUMING_CONJUNCTIONS,
  AUXILIARIES,
  RELATIVE_PRONOUNS,
  CORE_SAYING,
  WEAK_W_WORDS,
  REPORT_MODALS,
  GENERIC_VERBS,
  PASSIVE_AUX,
  DETERMINER_WORDS,
  OBJECT_CASE,
  PRONOMINAL_ADVERBS,
  EMBEDDING_WORDS,
  PRONOUN_SUBJECTS,
  REPORT_VERBS,
  DETERMINER_LIKE,
  COMPLEMENTIZERS,
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

interface CueMatch {
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
const MIN_QUOTATION_WORDS = 4;
/** How many sentences back a quote with no cue looks for a speaker to inherit. */
const INHERIT_SENTENCES = 3;
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '–', '—']);
const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);

export interface QuoteOptions {
  /**
   * `attributed` (default): the quotations a reader is shown — speech, thought or
   * writing acts of someone who can speak. `broad`: every speech event in SpkAtt's
   * sense (plans, reports without content, unattributed claims), for the SpkAtt evaluation.
   */
  mode?: 'attributed' | 'broad';
}

export function findQuotes(
  input: QuoteInput,
  lexicon: CueLexicon = defaultCueLexicon(),
  options: QuoteOptions = {},
): FoundQuote[] {
  return new QuoteFinder(input, lexicon, options.mode ?? 'attributed').run();
}

class QuoteFinder {
  private readonly text: string;
  private readonly sentences: SentenceRecord[];
  private readonly words: Word[];
  private readonly quoted: QuotedSpan[];
  private readonly topQuotes: QuotedSpan[];
  /** Word index → index into topQuotes of the quotation covering it (marks included), or -1. */
  private readonly inQuote: number[];
  private readonly sentenceFirstWord: number[] = [];
  private readonly sentenceEndWord: number[] = [];
  /** `wordsBefore[i]`: how many of the first i words are not punctuation (counts a span's words in O(log n)). */
  private readonly wordsBefore: Uint32Array;
  /** Quotes with a cue that still take the previous speaker ("laut Anklage soll …"). */
  private readonly inheritable = new Set<FoundQuote>();
  /** Words of the person names in the text ("Brenner" of "Thomas Brenner"), made on first use. */
  private knownNames: ReadonlySet<string> | undefined;
  /** Direct quotes found through the verb of the sentence they sit in; that verb may still introduce indirect speech. */
  private readonly embedded = new Set<FoundQuote>();

  constructor(
    private readonly input: QuoteInput,
    private readonly lexicon: CueLexicon,
    private readonly mode: 'attributed' | 'broad',
  ) {
    this.text = input.text;
    this.sentences = sentenceSpans({ text: input.text, sentences: [...input.sentences] });
    this.words = scanWords(this.text, this.sentences, input.tokens);
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

  run(): FoundQuote[] {
    const direct = this.findDirect();
    const indirect = this.findIndirect(direct);
    const all = [
      ...direct.filter(
        (d) => !indirect.some((q) => q.kind === 'mixed' && contains(q.content, d.content)),
      ),
      ...indirect,
    ];
    all.sort((a, b) => a.content.start - b.content.start);
    resolveSpeakers(all, {
      text: this.text,
      words: this.words,
      sentences: this.sentences,
      entities: this.input.entities,
      knownNames: (this.knownNames ??= personNameWords(this.input.entities)),
    });
    this.inheritSpeakers(all);
    return all;
  }

  // ---------- cues ----------

  private isVerbCue(i: number): { particle?: string; learned?: boolean } | null {
    const w = this.words[i]!;
    if (this.inQuote[i] !== -1) return null;
    if (w.upos && w.upos !== 'VERB' && w.upos !== 'AUX') return null;
    const sentenceInitial = this.sentenceFirstWord[w.sentence] === i;
    if (isCapitalized(w.text) && !sentenceInitial && !w.upos) return null;
    // "zeigte sich erleichtert, dass …", "gab sich zuversichtlich, dass …": an attitude with its content.
    if (
      this.mode === 'attributed' &&
      ATTITUDE_VERBS.has(w.lower) &&
      this.words[i + 1]?.lower === 'sich'
    )
      return {};
    const readings = this.lexicon.verbs.get(w.lower);
    if (readings && readings.length > 0) {
      const whole = readings.find((r) => !r.particle);
      if (whole) return {};
      return { particle: readings[0]!.particle! };
    }
    if (w.lemma && this.lexicon.verbs.has(w.lemma.toLowerCase())) return {};
    const rate = this.lexicon.learned.get(w.lower);
    if (rate !== undefined && rate >= LEARNED_MIN_RATE && !isCapitalized(w.text))
      return { learned: true };
    return null;
  }

  /** Matches a verb cue at i, with its separated particle when one is needed. */
  private verbCueAt(i: number): CueMatch | null {
    const reading = this.isVerbCue(i);
    if (!reading) return null;
    const w = this.words[i]!;
    const allParticles = (this.lexicon.verbs.get(w.lower) ?? [])
      .filter((r) => r.particle)
      .map((r) => r.particle!);
    // Look for a particle at the end of the clause ("teilte … mit", "fügte hinzu").
    let reach = i + 15;
    for (let j = i + 1; j < this.sentenceEndWord[w.sentence]! && j < reach; j++) {
      const x = this.words[j]!;
      // A parenthesis inside the clause does not end it: "teilte das Landesamt (LVL) … mit".
      if (x.text === '(') {
        let close = j + 1;
        while (close < j + 10 && this.words[close] && this.words[close]!.text !== ')') close++;
        if (this.words[close]?.text === ')' && close < this.sentenceEndWord[w.sentence]!) {
          reach += close - j;
          j = close;
          continue;
        }
      }
      if (this.inQuote[j] !== -1 || CLAUSE_BREAK.has(x.text) || SENTENCE_END.has(x.text)) break;
      if (allParticles.includes(x.lower)) {
        const next = this.words[j + 1];
        if (
          !next ||
          CLAUSE_BREAK.has(next.text) ||
          SENTENCE_END.has(next.text) ||
          this.inQuote[j + 1] !== -1 ||
          next.lower === 'und'
        ) {
          return this.withParts({
            index: i,
            particle: j,
            to: this.words[i + 1]?.lower === 'sich' ? i + 2 : i + 1,
            kind: 'verb',
          });
        }
      }
    }
    const before = this.words[i - 1];
    if (before && allParticles.includes(before.lower) && before.sentence === w.sentence) {
      return { index: i, particle: i - 1, to: i + 1, kind: 'verb' };
    }
    if (reading.particle) return null;
    if (reading.learned) return { index: i, to: i + 1, kind: 'verb', learned: true };
    return this.withParts(
      this.withAuxiliary({
        index: i,
        to: this.words[i + 1]?.lower === 'sich' ? i + 2 : i + 1,
        kind: 'verb',
      }),
    );
  }

  /** Words that belong to a verb cue: "verwies darauf", "mit den Worten", "es heißt", "Es wird angenommen". */
  private withParts(c: CueMatch): CueMatch {
    const parts: number[] = [...(c.parts ?? [])];
    const after = this.words[c.to];
    if (after && PRONOMINAL_ADVERBS.has(after.lower)) parts.push(c.to);
    const sentence = this.words[c.index]!.sentence;
    const end = this.sentenceEndWord[sentence]!;
    for (let j = c.index + 1; j < end && j < c.index + 10; j++) {
      const x = this.words[j]!;
      if (this.inQuote[j] !== -1 || SENTENCE_END.has(x.text)) break;
      if (
        x.lower === 'mit' &&
        this.words[j + 1]?.lower === 'den' &&
        this.words[j + 2]?.lower === 'worten'
      ) {
        parts.push(j, j + 1, j + 2);
        break;
      }
    }
    const verb = c.auxiliary ?? c.index;
    if (this.words[verb - 1]?.lower === 'es') parts.push(verb - 1);
    return parts.length > 0 ? { ...c, parts } : c;
  }

  /** A participle cue takes the finite auxiliary earlier in its clause: "hat … gefordert". */
  private withAuxiliary(c: CueMatch): CueMatch {
    const w = this.words[c.index]!;
    if (!/(?:t|en)$/.test(w.lower)) return c;
    // Verb-final clause: "…, was er gesagt hatte".
    const next = this.words[c.to];
    if (next && AUXILIARIES.has(next.lower) && next.sentence === w.sentence)
      return { ...c, auxiliary: c.to };
    const first = this.sentenceFirstWord[w.sentence]!;
    for (let j = c.index - 1; j >= first && j > c.index - 14; j--) {
      const x = this.words[j]!;
      if (CLAUSE_BREAK.has(x.text) || this.inQuote[j] !== -1) break;
      if (AUXILIARIES.has(x.lower)) return { ...c, auxiliary: j };
    }
    return c;
  }

  private cueText(c: CueMatch): QuoteCue {
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

  // ---------- speakers ----------

  private speakerRecord(span: SpeakerSpan | null): QuoteSpeaker | null {
    if (!span) return null;
    const text = this.text.slice(span.start, span.end);
    return {
      start: span.start,
      end: span.end,
      text,
      entity: entityIn(span, this.input.entities, this.text),
    };
  }

  private skipFiller(from: number, limit: number): number {
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

  /** Speaker right after the cue: "sagte ein westlicher Diplomat in Kiew", "sagte er". */
  private speakerAfter(c: CueMatch): SpeakerSpan | null {
    const sentence = this.words[c.index]!.sentence;
    // The phrase may run past a comma into an apposition ("sagte X, Sprecher des Y,").
    const limit = this.sentenceEndWord[sentence]!;
    let i = c.to;
    // "sagte am Sonntag der Minister": skip one short adverbial before the subject.
    for (let tries = 0; tries < 3 && i < limit; tries++) {
      const np = nounPhraseAt(this.words, i, limit, this.input.entities);
      // A subject is in the nominative: "den/dem/einen/einem …" after the verb is an object.
      if (np && OBJECT_CASE.has(this.words[i]!.lower)) return null;
      if (np && !['es'].includes(this.words[i]!.lower)) return np;
      const w = this.words[i]!;
      if (
        [
          'am',
          'im',
          'gestern',
          'heute',
          'dazu',
          'zudem',
          'außerdem',
          'bereits',
          'auch',
          'nun',
          'jetzt',
          'später',
          'weiter',
          'ferner',
          'gegenüber',
          'in',
          'bei',
          'vor',
        ].includes(w.lower)
      ) {
        i++;
        // Skip the object of the preposition.
        const obj = nounPhraseAt(this.words, i, limit, this.input.entities, {
          allowApposition: false,
        });
        if (obj && !['am', 'im'].includes(w.lower)) i = obj.to;
        else if (obj) i = obj.to;
        continue;
      }
      break;
    }
    return null;
  }

  /** Subject before the cue in the clause [from, cue): "Der Minister sagte", "Kurt Volker, ein …, sagte". */
  private speakerBefore(from: number, cue: number): SpeakerSpan | null {
    const start = this.skipFiller(from, cue);
    // "…, der in einer Stellungnahme betonte, …" / "Diese bestätigte, …": a pronoun subject.
    const first = this.words[start];
    const next = this.words[start + 1];
    if (
      first &&
      PRONOUN_SUBJECTS.has(first.lower) &&
      next &&
      !isCapitalized(next.text) &&
      (!next.upos || (next.upos !== 'ADJ' && next.upos !== 'NOUN'))
    ) {
      return { start: first.start, end: first.end, from: start, to: start + 1 };
    }
    const np = nounPhraseAt(this.words, start, cue, this.input.entities);
    if (!np) return null;
    // The noun phrase must be followed by the cue or by auxiliaries/adverbs only;
    // a parenthesis between commas ("…, wie der … JD Vance, sagen") is skipped.
    for (let j = np.to; j < cue; j++) {
      const w = this.words[j]!;
      if (w.text === ',' && j === np.to) {
        let k = j + 1;
        while (k < cue && this.words[k]!.text !== ',') k++;
        if (k < cue) {
          j = k;
          continue;
        }
      }
      if (
        w.text === ',' ||
        AUXILIARIES.has(w.lower) ||
        (!isCapitalized(w.text) && !DETERMINER_LIKE.has(w.lower))
      )
        continue;
      return null;
    }
    return np;
  }

  /** Fronted material before the cue means the subject follows it (V2). */
  private subjectFollowsCue(from: number, cue: number): boolean {
    const first = this.words[this.skipFiller(from, cue)];
    if (!first) return true;
    if (PERSONAL_PRONOUNS.has(first.lower) && first.lower !== 'es') return false;
    return FUNCTION_WORDS.has(first.lower) && !['der', 'die', 'das'].includes(first.lower);
  }

  private speakerFor(c: CueMatch, clauseStart: number): SpeakerSpan | null {
    if (c.auxiliary !== undefined && c.auxiliary >= clauseStart) {
      const aux = c.auxiliary;
      if (aux > clauseStart && !this.subjectFollowsCue(clauseStart, aux)) {
        const before = this.speakerBefore(clauseStart, aux);
        if (before) return before;
      }
      return this.speakerAfter({ index: aux, to: aux + 1, kind: 'verb' });
    }
    // "Die Bestrebungen … bezeichnete er als …": a pronoun right after the verb is the subject.
    const next = this.words[c.to];
    if (next && (next.lower === 'er' || next.lower === 'sie') && c.index > clauseStart) {
      return { start: next.start, end: next.end, from: c.to, to: c.to + 1 };
    }
    if (c.index > clauseStart && !this.subjectFollowsCue(clauseStart, c.index)) {
      const before = this.speakerBefore(clauseStart, c.index);
      // "Die Kosten bezifferte die Verwaltung auf …": a fronted object that cannot speak is no subject.
      if (before && (this.mode === 'broad' || this.profile(before))) return before;
      if (before) return this.speakerAfter(c) ?? before;
    }
    return this.speakerAfter(c);
  }

  /**
   * The speaker of a quotation with no cue, from what comes right before it: the subject
   * of a clause that ends in a colon ("Wörle warb für das Projekt: „…“"), or the person
   * who is the subject of the sentence before ("Die Ministerin äußerte sich am Abend. „…“").
   */
  private speakerIntroducing(beforeIdx: number): SpeakerSpan | null {
    const last = this.words[beforeIdx];
    if (!last || this.inQuote[beforeIdx] !== -1) return null;
    const s = last.sentence;
    if (last.text === ':') return this.subjectOf(this.clauseStart(beforeIdx), beforeIdx, false);
    if (!SENTENCE_END.has(last.text)) return null;
    const sentence = this.sentences[s]!;
    // The sentence before must be narration, not another quotation (whose speaker is inherited).
    if (this.topQuotes.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
    return this.subjectOf(this.sentenceFirstWord[s]!, beforeIdx, true);
  }

  /** The subject at the start of words [from, to) when a finite verb follows it. */
  private subjectOf(from: number, to: number, personOnly: boolean): SpeakerSpan | null {
    const start = this.skipFiller(from, to);
    const np = nounPhraseAt(this.words, start, to, this.input.entities);
    // An apposition ends in a comma: "Der Chef des Herstellers, Lars Dahlström, gibt sich …".
    const after = np && this.words[np.to]?.text === ',' ? np.to + 1 : (np?.to ?? 0);
    const verb = np ? this.words[after] : undefined;
    if (!np || !verb || after >= to) return null;
    const finite = verb.upos
      ? verb.upos === 'VERB' || verb.upos === 'AUX'
      : !isCapitalized(verb.text);
    if (!finite || isPunct(verb)) return null;
    const profile = this.profile(np);
    if (!profile) return null;
    if (personOnly && profile.kind !== 'person' && profile.kind !== 'pronoun') return null;
    return np;
  }

  /**
   * The part of a speaker phrase that can speak: the phrase itself, or the source after its
   * report noun ("hieß es in einer Mitteilung des Vereins" → "des Vereins"); null if none.
   */
  private ableSource(span: SpeakerSpan): SpeakerSpan | null {
    if (this.profile(span)) return span;
    const start = markerSourceStart(this.words, span.from, span.end);
    if (start === null || start === span.from) return null;
    const trimmed = { ...span, from: start, start: this.words[start]!.start };
    return this.profile(trimmed) ? trimmed : null;
  }

  /** Whether a content span is reported speech by its verb: Konjunktiv I or reportive "soll … haben". */
  private reportedContent(span: Span): boolean {
    const from = firstStartingAtOrAfter(this.words, span.start);
    const inside: Word[] = [];
    for (let i = from; i < this.words.length && this.words[i]!.end <= span.end; i++)
      inside.push(this.words[i]!);
    if (inside.some((w) => this.isKonjunktivI(w))) return true;
    const soll = inside.some((w) => w.lower === 'soll' || w.lower === 'sollen');
    return soll && inside.some((w) => /^(?:haben|sein|worden)$/.test(w.lower));
  }

  /** What the speaker phrase over a span tells (null: it names no one who can speak). */
  private profile(span: Span): SpeakerProfile | null {
    const from = firstStartingAtOrAfter(this.words, span.start);
    let to = from;
    while (to < this.words.length && this.words[to]!.end <= span.end) to++;
    this.knownNames ??= personNameWords(this.input.entities);
    return speakerProfile(this.words, from, to, this.input.entities, this.knownNames);
  }

  /**
   * In the attributed mode, whether an indirect quote is one a reader should be shown:
   * its speaker can speak ("Luftaufnahmen zeigen, dass …" is no quotation), a verb or
   * noun cue has a source ("Die Frage ist, ob …", "Es stimmt, dass …" have none) unless
   * it is impersonal ("heißt es") or passive. Trims the marker from a source
   * ("Angaben von X" → "X") and leaves "demnach" to the previous speaker.
   */
  private accepts(q: FoundQuote): boolean {
    if (this.mode === 'broad') return true;
    const cue = q.cue;
    if (cue && this.lexicon.anaphoric.has(cue.text.toLowerCase())) {
      q.speaker = null;
      return true;
    }
    // "hieß es aus der Parteizentrale": the phrase after "heißt es" is a source by construction.
    if (q.speaker && cue && /^(?:heißt|hieß)(?: es)?$/i.test(cue.text)) return true;
    if (q.speaker) {
      const from = firstStartingAtOrAfter(this.words, q.speaker.start);
      const possessive = this.words[from]!;
      if (
        POSSESSIVES.has(possessive.lower) &&
        markerSourceStart(this.words, from, q.speaker.end) === from &&
        REPORT_NOUN_AFTER(this.words, from)
      ) {
        // "Nach seinen Angaben …": the possessive stands for the speaker.
        q.speaker = {
          start: possessive.start,
          end: possessive.end,
          text: possessive.text,
          entity: null,
        };
        return true;
      }
      // "hat die Produktion nach eigenen Angaben gestoppt": the subject is its own source.
      if (
        /^eigene[nr]?$/.test(this.words[from]!.lower) &&
        cue &&
        MARKER_CUES.has(cue.text.toLowerCase())
      ) {
        const s = this.words[from]!.sentence;
        const subject = this.subjectOf(this.sentenceFirstWord[s]!, from, false);
        q.speaker = subject ? this.speakerRecord(subject) : null;
        return subject !== null;
      }
      const start = markerSourceStart(this.words, from, q.speaker.end);
      if (start !== null && start !== from) {
        // "nach Angaben der Talbahn": what follows the report noun is its source, if it can speak.
        const w = this.words[start]!;
        q.speaker = { ...q.speaker, start: w.start, text: this.text.slice(w.start, q.speaker.end) };
        q.speaker.entity = entityIn(q.speaker, this.input.entities, this.text);
      }
      if (start !== null && this.profile(q.speaker)) return true;
      // "Laut Anklage soll der Mann …", "Ein Defekt sei nach bisherigen Erkenntnissen
      // ausgeschlossen": a marker with no one behind it still reports speech when the
      // content is in Konjunktiv; its speaker is the one who spoke before.
      if (cue && MARKER_CUES.has(cue.text.toLowerCase()) && this.reportedContent(q.content)) {
        q.speaker = null;
        this.inheritable.add(q);
        return true;
      }
      return false;
    }
    if (!cue) return true;
    const impersonal =
      /^(?:heißt|hieß)(?: es)?$/i.test(cue.text) ||
      (cue.auxiliary !== undefined && PASSIVE_AUX.has(cue.auxiliary.text.toLowerCase()));
    const verb = !isCapitalized(cue.text) || this.lexicon.verbs.has(cue.text.toLowerCase());
    return verb && impersonal;
  }

  // ---------- clause helpers ----------

  /** First word index at or after `from` that ends the clause (comma, colon, sentence end, quotation, "und"+verb). */
  private clauseEnd(from: number, sentence: number): number {
    const end = this.sentenceEndWord[sentence]!;
    for (let j = from; j < end; j++) {
      const w = this.words[j]!;
      if (CLAUSE_BREAK.has(w.text) || SENTENCE_END.has(w.text) || this.inQuote[j] !== -1) return j;
      if (w.lower === 'und' && j + 1 < end && !isCapitalized(this.words[j + 1]!.text)) return j;
    }
    return end;
  }

  /** Clause start before `index`: after the previous comma/colon/quotation in the sentence, or the sentence start. */
  private clauseStart(index: number): number {
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
  private complementEnd(from: number, sentence: number): number {
    const end = this.contentEndWord(from, sentence);
    for (let j = from + 1; j < end - 1; j++) {
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
  private contentEndWord(from: number, sentence: number): number {
    let end = this.sentenceEndWord[sentence]!;
    while (end > from && SENTENCE_END.has(this.words[end - 1]!.text)) end--;
    return end;
  }

  private span(from: number, to: number): Span {
    return { start: this.words[from]!.start, end: this.words[to - 1]!.end };
  }

  // ---------- direct speech ----------

  private wordsIn(q: QuotedSpan): number {
    // Words lie in order without overlap: those inside start at or after innerStart
    // and end by innerEnd, a contiguous run found by two binary searches.
    const from = firstStartingAtOrAfter(this.words, q.innerStart);
    const to = firstEndingAtOrAfter(this.words, q.innerEnd + 1);
    return to > from ? this.wordsBefore[to]! - this.wordsBefore[from]! : 0;
  }

  private wordIndexAtOrAfter(offset: number): number {
    return firstStartingAtOrAfter(this.words, offset);
  }

  private findDirect(): FoundQuote[] {
    const found: FoundQuote[] = [];
    for (const q of this.topQuotes) {
      const afterIdx = this.wordIndexAtOrAfter(q.end);
      const beforeIdx = this.wordIndexAtOrAfter(q.start) - 1;
      let attribution = this.attributionAfter(q, afterIdx) ?? this.attributionBefore(q, beforeIdx);
      const size = this.wordsIn(q);
      const standalone = this.isStandalone(q, beforeIdx, afterIdx);
      // A quoted phrase inside a sentence whose verb reports speech:
      // "Er bezeichnete das Schreiben als „Unsensibilität“", "sprach von einer „Katastrophe“".
      let embedded = false;
      if (!attribution && !standalone && !this.looksLikeTitle(q)) {
        attribution = this.embeddingCue(q, beforeIdx);
        embedded = attribution !== null;
      }
      if (!attribution) {
        if (size < MIN_QUOTATION_WORDS || this.looksLikeTitle(q)) continue;
        if (!standalone && !/[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd))) continue;
      } else if (
        size < MIN_QUOTATION_WORDS &&
        !/[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd))
      ) {
        // A short quoted phrase is a quotation only when attached to its cue by ":" or ", sagte X".
        const attachedBefore = this.words[beforeIdx]?.text === ':';
        const attachedAfter = attribution.cue.index >= afterIdx;
        const embedded = attribution.cue.parts?.includes(-1) === true;
        if ((!attachedBefore && !attachedAfter && !embedded) || this.looksLikeTitle(q)) continue;
        if (attribution.cue.kind !== 'verb') continue;
      }
      // A subject that cannot speak ("heißt es in dem Bericht" aside) leaves the quotation to its context.
      let speakerSpan = attribution?.speaker ? this.ableSource(attribution.speaker) : null;
      if (!attribution && this.mode === 'attributed')
        speakerSpan = this.speakerIntroducing(beforeIdx);
      const quote: FoundQuote = {
        start: q.start,
        end: q.end,
        kind: 'direct',
        cue: attribution ? this.cueText(attribution.cue) : null,
        speaker: this.speakerRecord(speakerSpan),
        content: { start: q.innerStart, end: q.innerEnd },
      };
      if (attribution) {
        quote.start = Math.min(quote.start, attribution.frame.start);
        quote.end = Math.max(quote.end, attribution.frame.end);
      }
      found.push(quote);
      if (embedded) this.embedded.add(quote);
    }
    return found;
  }

  /** The report verb of the sentence a quoted phrase is embedded in, with "als" when it introduces the phrase. */
  private embeddingCue(
    q: QuotedSpan,
    beforeIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    const before = this.words[beforeIdx];
    if (!before || this.inQuote[beforeIdx] !== -1 || isPunct(before)) return null;
    // After other words ("nannte sie „…“", "eine wachsende „…“") only a report verb will do.
    const strict = !EMBEDDING_WORDS.has(before.lower);
    const s = before.sentence;
    const first = this.sentenceFirstWord[s]!;
    for (let j = beforeIdx; j >= first; j--) {
      if (CLAUSE_BREAK.has(this.words[j]!.text) && this.words[j]!.text !== ',') break;
      if (!this.lexicon.verbs.has(this.words[j]!.lower)) continue;
      const c = this.verbCueAt(j);
      if (!c) continue;
      if (strict && !this.isReportVerb(c)) continue;
      const parts = [...(c.parts ?? []), -1];
      const als = this.words.slice(j + 1, beforeIdx + 1).findIndex((w) => w.lower === 'als');
      if (als !== -1) parts.push(j + 1 + als);
      const speaker = this.speakerFor(c, first);
      const end = this.sentenceEndWord[s]!;
      return {
        cue: { ...c, parts },
        speaker,
        frame: { start: this.words[first]!.start, end: this.words[end - 1]!.end },
      };
    }
    return null;
  }

  private isStandalone(q: QuotedSpan, beforeIdx: number, afterIdx: number): boolean {
    const before = this.words[beforeIdx];
    const after = this.words[afterIdx];
    const startsSentence =
      !before ||
      before.sentence !== this.words[beforeIdx + 1]?.sentence ||
      SENTENCE_END.has(before.text) ||
      before.text === ':';
    const endsSentence =
      !after ||
      SENTENCE_END.has(after.text) ||
      after.sentence !== this.words[afterIdx - 1]?.sentence ||
      /[.!?…]\s*$/.test(this.text.slice(q.innerStart, q.innerEnd));
    return startsSentence && endsSentence;
  }

  /** Names and titles: `die „Bild“-Zeitung`, `der Film „Krieg und Frieden“`, `sogenannte „Provokationen“`. */
  private looksLikeTitle(q: QuotedSpan): boolean {
    return looksLikeName(this.text, q);
  }

  /** `„…“, sagte X.` / `„…“, so X.` / `„…“, heißt es in X.` / `„…“, sagte er.` */
  private attributionAfter(
    q: QuotedSpan,
    afterIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    let i = afterIdx;
    const first = this.words[i];
    if (!first) return null;
    const quoteSentence = this.words[this.wordIndexAtOrAfter(q.innerStart)]?.sentence;
    if (first.sentence !== quoteSentence && first.sentence !== (quoteSentence ?? 0) + 1)
      return null;
    if (first.text === ',') i++;
    else if (SENTENCE_END.has(first.text) || isCapitalized(first.text)) return null;
    const w = this.words[i];
    if (!w || this.inQuote[i] !== -1) return null;
    let cue: CueMatch | null = null;
    if (w.lower === 'so' && this.words[i + 1] && !isPunct(this.words[i + 1]!))
      cue = { index: i, to: i + 1, kind: 'marker-before' };
    else cue = this.verbCueAt(i);
    if (!cue) return null;
    if (this.words[cue.index + 1]?.lower === 'es') cue.to = cue.index + 2;
    const speaker = this.impersonalSource(cue) ?? this.speakerAfter(cue);
    const endWord = Math.max(cue.particle ?? 0, speaker?.to ?? cue.to, cue.to);
    const frameEnd = this.frameEnd(endWord, this.words[cue.index]!.sentence);
    return {
      cue,
      speaker,
      frame: { start: this.words[afterIdx]!.start, end: this.words[frameEnd - 1]!.end },
    };
  }

  /** `heißt es in einem Positionspapier …` / `hieß es aus dem Ministerium` */
  private impersonalSource(cue: CueMatch): SpeakerSpan | null {
    const verb = this.words[cue.index]!;
    // "In einem Positionspapier heißt es, …" / "Aus Militärkreisen verlautete, …": the source is the fronted phrase.
    if (/^(?:heißt|hieß|verlautete|verlautet)$/.test(verb.lower)) {
      const first = this.sentenceFirstWord[verb.sentence]!;
      const lead = this.words[this.skipFiller(first, cue.index)];
      if (lead && ['in', 'im', 'aus', 'von', 'vom'].includes(lead.lower)) {
        const from = this.words.indexOf(lead) + 1;
        const np = nounPhraseAt(this.words, from, cue.index, this.input.entities);
        if (np) return np;
      }
    }
    if (this.words[cue.to - 1]?.lower !== 'es' || cue.to - 1 === cue.index) return null;
    const next = this.words[cue.to];
    if (next && ['in', 'im', 'aus', 'von', 'vom', 'bei', 'beim'].includes(next.lower)) {
      const limit = this.clauseEnd(cue.to + 1, next.sentence);
      return nounPhraseAt(this.words, cue.to + 1, limit, this.input.entities);
    }
    return null;
  }

  /** The attribution frame runs to the end of its clause, not over the sentence's final punctuation. */
  private frameEnd(from: number, sentence: number): number {
    const end = this.sentenceEndWord[sentence]!;
    for (let j = from; j < end; j++) {
      const w = this.words[j]!;
      if (SENTENCE_END.has(w.text) || this.inQuote[j] !== -1) return Math.max(j, from);
      if (w.text === ',' || (w.lower === 'und' && !isCapitalized(this.words[j + 1]?.text ?? '')))
        return Math.max(j, from);
    }
    return end;
  }

  /** `X sagte: „…“` / `Er sagte am Sonntag: "…"` / `Zitat von Schröder: „…“` */
  private attributionBefore(
    q: QuotedSpan,
    beforeIdx: number,
  ): { cue: CueMatch; speaker: SpeakerSpan | null; frame: Span } | null {
    const last = this.words[beforeIdx];
    if (!last || this.inQuote[beforeIdx] !== -1) return null;
    if (SENTENCE_END.has(last.text)) return null;
    const sentence = last.sentence;
    const clauseFrom = this.clauseStart(beforeIdx + 1 <= beforeIdx ? beforeIdx : beforeIdx);
    const from = Math.max(clauseFrom, this.sentenceFirstWord[sentence]!);
    for (let j = beforeIdx; j >= from; j--) {
      const c = this.verbCueAt(j);
      if (!c) continue;
      if (c.particle !== undefined && c.particle > beforeIdx) continue;
      // "fügte hinzu, dass die Entscheidung „…“" or "sagte, der Sohn habe sich „…“":
      // indirect speech with a quoted part, not an introduction of direct speech.
      let commas = 0;
      for (let k = j + 1; k <= beforeIdx; k++) {
        const x = this.words[k]!.lower;
        if (COMPLEMENTIZERS.has(x) || this.lexicon.wWords.has(x) || this.lexicon.konjunktiv.has(x))
          return null;
        if (x === ',' && k < beforeIdx) commas++;
      }
      if (commas > 0 && last.text !== ':') return null;
      if (last.text !== ':' && last.text !== ',' && beforeIdx - j > 4) return null;
      const speaker = this.speakerFor(c, from);
      return { cue: c, speaker, frame: { start: this.words[from]!.start, end: last.end } };
    }
    return null;
  }

  // ---------- indirect speech ----------

  private findIndirect(direct: FoundQuote[]): FoundQuote[] {
    const found: FoundQuote[] = [];
    const usedCues = new Set(
      direct.filter((d) => d.cue && !this.embedded.has(d)).map((d) => d.cue!.start),
    );
    for (let s = 0; s < this.sentences.length; s++) {
      const first = this.sentenceFirstWord[s];
      const end = this.sentenceEndWord[s];
      if (first === undefined || end === undefined) continue;
      const before = found.length;
      let fallback: FoundQuote | null = null;
      for (let i = first; i < end; i++) {
        if (this.inQuote[i] !== -1) continue;
        const quote = this.indirectAt(i, s, usedCues);
        if (quote && this.accepts(quote)) {
          // A marker with no speaker yields to a cue with one later in the sentence.
          if (this.inheritable.has(quote)) {
            fallback ??= quote;
            continue;
          }
          found.push(quote);
          // Skip to the end of what this quote covers.
          while (i + 1 < end && this.words[i + 1]!.end <= quote.end) i++;
        }
      }
      if (found.length === before && fallback) found.push(fallback);
      if (found.length === before && !this.hasQuotation(s, direct)) {
        const report = this.speechReport(s, usedCues);
        if (report) {
          found.push(report);
          continue;
        }
      }
      if (found.length === before) {
        const reported = this.reportedSentence(s, direct, found);
        const previous = found[found.length - 1];
        // Consecutive sentences of reported speech form one passage.
        if (
          reported &&
          previous &&
          !previous.cue &&
          this.sentences[s - 1] &&
          previous.end >= this.sentences[s - 1]!.end - 1
        ) {
          previous.end = reported.end;
          previous.content = { start: previous.content.start, end: reported.content.end };
        } else if (reported) found.push(reported);
      }
    }
    // A quotation inside indirect content makes it mixed.
    for (const q of found) {
      const inside = this.topQuotes.filter(
        (t) =>
          t.start >= q.content.start && t.end <= q.content.end + 1 && !looksLikeName(this.text, t),
      );
      if (inside.length > 0) {
        q.kind = 'mixed';
        q.quoted = inside.map((t) => ({ start: t.innerStart, end: t.innerEnd }));
      }
    }
    return found.filter(
      (q) => !direct.some((d) => d.kind === 'direct' && contains(d.content, q.content)),
    );
  }

  private indirectAt(i: number, s: number, usedCues: Set<number>): FoundQuote | null {
    const w = this.words[i]!;
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    // Markers before the source: "laut X", "nach Angaben von X", "wie X sagte".
    const marker = this.markerBefore(i);
    if (marker) return marker;
    if (w.lower === 'zufolge') return this.markerAfter(i, s);
    // Postposed "nach": "ihrer Meinung nach", "Dem Vernehmen nach".
    if (
      w.lower === 'nach' &&
      REPORT_NOUNS.test(this.words[i - 1]?.text ?? '') &&
      !isPunct(this.words[i + 1] ?? w)
    ) {
      return this.markerAfter(i, s);
    }
    if (this.lexicon.anaphoric.has(w.lower) && w.lower !== 'danach') {
      const contentFrom = this.clauseStart(i);
      const c: CueMatch = { index: i, to: i + 1, kind: 'anaphoric' };
      const contentEnd = this.contentEndWord(i, s);
      const parts = [this.span(contentFrom, contentEnd)];
      return this.build(
        'indirect',
        c,
        { start: w.start, end: w.end, from: i, to: i + 1 },
        parts[0]!,
        parts[0]!,
      );
    }
    const c = this.verbCueAt(i);
    if (!c) return this.nominalAt(i, s);
    if (usedCues.has(w.start)) return null;
    if (this.words[c.index + 1]?.lower === 'es' && ['heißt', 'hieß'].includes(w.lower))
      c.to = c.index + 2;
    const afterCue = Math.max(c.to, (c.particle ?? -1) + 1);
    // Complement after the cue: ", dass …", ", ob …", ", w- …", or a reported V2 clause ", die Entscheidung komme spät".
    // A subject after the cue may hold commas of its own ("entschied sich X, der Leiter …, dazu, …").
    const subjectAfter = this.speakerAfter(c);
    const searchFrom = subjectAfter && subjectAfter.from === afterCue ? subjectAfter.to : afterCue;
    let j = searchFrom;
    while (
      j < end &&
      j < searchFrom + 16 &&
      this.words[j]!.text !== ',' &&
      this.words[j]!.text !== ':' &&
      !SENTENCE_END.has(this.words[j]!.text) &&
      this.inQuote[j] === -1
    )
      j++;
    const comma = this.words[j];
    if (comma && (comma.text === ',' || comma.text === ':') && j + 1 < end) {
      let k = j + 1;
      // "…, dazu, ein Kamel zu schlachten": a pronominal adverb before the comma belongs to the cue.
      if (PRONOMINAL_ADVERBS.has(this.words[k]!.lower) && this.words[k + 1]?.text === ',') k += 2;
      const next = this.words[k]!;
      const contentEnd = this.complementEnd(k, s);
      if (contentEnd > k) {
        // "was"/"wie"/"wo" after a comma usually start a relative or comparative clause;
        // they report speech only after verbs of saying and asking.
        const isComplement =
          COMPLEMENTIZERS.has(next.lower) ||
          (this.lexicon.wWords.has(next.lower) &&
            (!WEAK_W_WORDS.has(next.lower) || this.isCoreSayingVerb(c)));
        const isReportedClause =
          !isComplement &&
          !c.learned &&
          this.looksLikeReportedClause(k, contentEnd, this.isCoreSayingVerb(c));
        if (isComplement || isReportedClause) {
          // "Seine Partei stehe bereit, sagte Rehm, wolle aber …": reported speech on both
          // sides of the attribution is one quotation for a reader.
          const before = this.words[i - 1];
          if (
            this.mode === 'attributed' &&
            isReportedClause &&
            before?.text === ',' &&
            i - 1 > first &&
            !c.learned
          ) {
            const from = this.invertedContentStart(i - 1, s);
            const speaker = this.impersonalSource(c) ?? this.speakerAfter(c);
            if (speaker && from !== null && i - 1 - from >= 3 && this.isClause(from, i - 1)) {
              return this.build('indirect', c, speaker, this.span(from, contentEnd), {
                start: before.start,
                end: comma.end,
              });
            }
          }
          const clauseFrom = this.frameStart(i);
          const speaker = this.impersonalSource(c) ?? this.speakerFor(c, clauseFrom);
          const content = this.span(k, contentEnd);
          const frame = { start: this.words[clauseFrom]!.start, end: comma.end };
          return this.build('indirect', c, speaker, content, frame);
        }
      }
    }
    // Inverted: "…, sagte X." — the content is the clause before the comma.
    const prev = this.words[i - 1];
    if (prev && prev.text === ',' && i - 1 > first && !c.learned) {
      const contentFrom = this.invertedContentStart(i - 1, s);
      if (contentFrom !== null && i - 1 - contentFrom >= 3 && this.isClause(contentFrom, i - 1)) {
        const speaker = this.impersonalSource(c) ?? this.speakerAfter(c);
        const endWord = Math.max(c.particle ?? 0, speaker?.to ?? c.to, c.to);
        const frameEnd = this.frameEnd(endWord, s);
        const content = this.span(contentFrom, i - 1);
        return this.build('indirect', c, speaker, content, {
          start: prev.start,
          end: this.words[frameEnd - 1]!.end,
        });
      }
    }
    return null;
  }

  /** Whether words [from, to) form a clause (they hold a verb), not just a noun phrase with an apposition. */
  private isClause(from: number, to: number): boolean {
    const words = this.words.slice(from, to);
    if (words.some((w) => w.upos)) return words.some((w) => w.upos === 'VERB' || w.upos === 'AUX');
    const np = nounPhraseAt(this.words, this.skipFiller(from, to), to, this.input.entities);
    return !(np && np.to >= to);
  }

  /** Start of the attribution clause that holds word i (a "wie" or the sentence start). */
  private frameStart(i: number): number {
    const s = this.words[i]!.sentence;
    const first = this.sentenceFirstWord[s]!;
    for (let j = i - 1; j >= first; j--) {
      const w = this.words[j]!;
      if (w.text === ')') {
        while (j > first && this.words[j]!.text !== '(') j--;
        continue;
      }
      if (w.text === ':' || w.text === ';' || this.inQuote[j] !== -1) return j + 1;
      if (w.text === ',') {
        // Commas of an apposition ("Kurt Volker, ein …, sagte") or of a parenthesis right
        // after the subject ("Viele der Top-Beamten Trumps, wie …, sagen") stay inside the clause.
        const np = nounPhraseAt(this.words, this.skipFiller(first, i), i, this.input.entities);
        if (np && (np.to >= j || this.words[np.to]?.text === ',')) continue;
        return j + 1;
      }
    }
    return first;
  }

  private invertedContentStart(comma: number, s: number): number | null {
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

  /** A reported main clause: a finite verb in Konjunktiv, or any V2 clause that is no relative clause. */
  private isReportVerb(c: CueMatch): boolean {
    const readings = this.lexicon.verbs.get(this.words[c.index]!.lower) ?? [];
    return readings.some((r) => REPORT_VERBS.has(r.lemma) || CORE_SAYING.has(r.lemma));
  }

  /** A verb whose bare report is a report of speech (more of them in the attributed mode). */
  private isReportLemma(lemma: string): boolean {
    return (
      REPORT_VERBS.has(lemma) || (this.mode === 'attributed' && ATTRIBUTED_REPORT_VERBS.has(lemma))
    );
  }

  private isCoreSayingVerb(c: CueMatch): boolean {
    const readings = this.lexicon.verbs.get(this.words[c.index]!.lower) ?? [];
    return readings.some((r) => CORE_SAYING.has(r.lemma));
  }

  private looksLikeReportedClause(from: number, to: number, coreVerb: boolean): boolean {
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

  /** "laut X …", "nach Angaben von X …", "wie X sagte, …", ", so X" at word i. */
  private markerBefore(i: number): FoundQuote | null {
    const w = this.words[i]!;
    const s = w.sentence;
    const end = this.sentenceEndWord[s]!;
    if (w.lower === 'wie') {
      // "Wie die Polizei mitteilte, …" / "…, wie der Sprecher sagte." / "…, wie X, Direktor des Y, betont."
      const first = this.sentenceFirstWord[s]!;
      const inverted = this.words[i - 1]?.text === ',' && i - 1 > first;
      let limit = this.clauseEnd(i + 1, s);
      if (inverted) limit = this.contentEndWord(i + 1, s);
      // "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, …": the clause runs over an apposition.
      if (i === first) {
        const np = nounPhraseAt(
          this.words,
          i + 1,
          this.contentEndWord(i + 1, s),
          this.input.entities,
        );
        if (np && np.to > limit) limit = this.clauseEnd(np.to, s);
      }
      for (let j = i + 1; j < limit; j++) {
        const c = this.verbCueAt(j);
        if (!c) continue;
        const speaker = nounPhraseAt(this.words, i + 1, j, this.input.entities);
        if (inverted) {
          // "…, wie X betont." — the cue closes the sentence and X fills the gap up to it.
          const after = this.words[Math.max(c.to, (c.particle ?? -1) + 1)];
          // Adverbs may sit between speaker and cue: "wie EADS gestern mitteilte".
          // With tags, any verbless gap will do ("wie die Forschenden am Donnerstag im Fachjournal „…“ berichteten").
          const gap = this.words.slice(speaker?.to ?? j, j);
          const gapFilled =
            speaker !== null &&
            (gap.every(
              (x) =>
                x.text === ',' ||
                (!isCapitalized(x.text) && !isPunct(x) && !DETERMINER_WORDS.has(x.lower)),
            ) ||
              (this.mode === 'attributed' &&
                gap.every((x) => x.upos !== undefined && x.upos !== 'VERB' && x.upos !== 'AUX')));
          if (!gapFilled || (after && !SENTENCE_END.has(after.text))) continue;
          limit = j + 1;
        }
        const cue: CueMatch = { ...c, parts: [...(c.parts ?? []), i] };
        if (i === first && this.words[limit]?.text === ',') {
          const contentEnd = this.contentEndWord(limit + 1, s);
          if (contentEnd <= limit + 1) return null;
          return this.build('indirect', cue, speaker, this.span(limit + 1, contentEnd), {
            start: w.start,
            end: this.words[limit]!.end,
          });
        }
        if (inverted) {
          const from = this.invertedContentStart(i - 1, s);
          if (from === null) return null;
          return this.build('indirect', cue, speaker, this.span(from, i - 1), {
            start: this.words[i - 1]!.start,
            end: this.words[j]!.end,
          });
        }
        return null;
      }
      return null;
    }
    if (w.lower === 'so' && this.words[i - 1]?.text === ',') {
      const parenthesis = this.mode === 'attributed' ? this.soParenthesis(i, s) : null;
      if (parenthesis) return parenthesis;
      const np = nounPhraseAt(
        this.words,
        i + 1,
        this.contentEndWord(i + 1, s),
        this.input.entities,
      );
      if (!np) return null;
      // "…, so X." / "…, so X weiter." / "…, so X gegenüber der Zeitung." — no verb may follow.
      const rest = this.words.slice(np.to, this.contentEndWord(i + 1, s));
      if (
        rest.some((x) => x.upos === 'VERB' || x.upos === 'AUX' || this.lexicon.verbs.has(x.lower))
      )
        return null;
      const from = this.invertedContentStart(i - 1, s);
      // "Die Kosten: jedes Jahr rund 150 Millionen Euro, so das Ministerium." needs no verb
      // for a reader: the closing "so X" attributes whatever precedes it.
      if (
        from === null ||
        i - 1 - from < 3 ||
        (!this.isClause(from, i - 1) && this.mode === 'broad')
      )
        return null;
      return this.build(
        'indirect',
        { index: i, to: i + 1, kind: 'marker-before' },
        np,
        this.span(from, i - 1),
        {
          start: this.words[i - 1]!.start,
          end: this.words[np.to - 1]!.end,
        },
      );
    }
    const marker = this.lexicon.beforeMarkers.find(
      (m) =>
        m[0] !== 'wie' && m[0] !== 'so' && m.every((part, k) => this.words[i + k]?.lower === part),
    );
    if (!marker) {
      // "nach NASA-Angaben", "nach Polizeiangaben"
      if (w.lower === 'nach' || w.lower === 'gemäß') {
        const np = nounPhraseAt(this.words, i + 1, end, this.input.entities, {
          allowApposition: false,
        });
        const heads = np ? this.words.slice(i + 1, np.to).filter((x) => isCapitalized(x.text)) : [];
        if (np && heads.some((x) => REPORT_NOUNS.test(x.text)))
          return this.markerPhrase(i, i + 1, i + 1, end);
      }
      return null;
    }
    const isNach = marker[0] === 'nach';
    // SpkAtt: the cue is the preposition; "Angaben von X" is the source.
    return this.markerPhrase(i, isNach ? i + 1 : i + marker.length, i + marker.length, end);
  }

  private markerPhrase(
    cueIndex: number,
    sourceFrom: number,
    afterMarker: number,
    end: number,
  ): FoundQuote | null {
    const s = this.words[cueIndex]!.sentence;
    let np = nounPhraseAt(this.words, sourceFrom, end, this.input.entities);
    if (np && np.to < afterMarker)
      np = { ...np, end: this.words[afterMarker - 1]!.end, to: afterMarker };
    if (!np) return null;
    const cue: CueMatch = { index: cueIndex, to: cueIndex + 1, kind: 'marker-before' };
    const first = this.sentenceFirstWord[s]!;
    const contentEnd = this.contentEndWord(first, s);
    // Content: the rest of the sentence around the marker phrase.
    const parts: Span[] = [];
    const markerStart = this.frameStartForMarker(cueIndex);
    if (markerStart > first) parts.push(this.span(first, markerStart));
    let after = np.to;
    if (this.words[after]?.text === ',') after++;
    if (after < contentEnd) parts.push(this.span(after, contentEnd));
    if (parts.length === 0) return null;
    const content = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    return this.build('indirect', cue, np, content, {
      start: this.words[cueIndex]!.start,
      end: this.words[np.to - 1]!.end,
    });
  }

  private frameStartForMarker(cueIndex: number): number {
    const prev = this.words[cueIndex - 1];
    return prev && prev.text === ',' ? cueIndex - 1 : cueIndex;
  }

  /**
   * "Mehr als 52 Millionen Euro, so rechnete die Kammer vor, haben … verloren": a
   * parenthetical "so" + cue + speaker inside the reported sentence.
   */
  private soParenthesis(i: number, s: number): FoundQuote | null {
    // Any verb will do before "es": "so rekonstruieren es die Ermittler", "so schildert es X".
    const verb = this.words[i + 1];
    const c: CueMatch | null =
      this.verbCueAt(i + 1) ??
      (verb?.upos === 'VERB' && this.words[i + 2]?.lower === 'es'
        ? { index: i + 1, to: i + 3, kind: 'verb' }
        : null);
    if (!c) return null;
    const speaker = this.speakerAfter(c);
    if (!speaker) return null;
    const close = Math.max(speaker.to, c.to, (c.particle ?? -1) + 1);
    if (this.words[close]?.text !== ',') return null;
    const first = this.sentenceFirstWord[s]!;
    const contentEnd = this.contentEndWord(first, s);
    if (close + 1 >= contentEnd || i - 1 <= first) return null;
    return this.build(
      'indirect',
      { ...c, parts: [...(c.parts ?? []), i] },
      speaker,
      this.span(first, contentEnd),
      { start: this.words[i - 1]!.start, end: this.words[close]!.end },
    );
  }

  /** "X zufolge …" */
  private markerAfter(i: number, s: number): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    let from = i - 1;
    while (from > first && !CLAUSE_BREAK.has(this.words[from - 1]!.text) && i - from < 8) from--;
    let np: SpeakerSpan | null = null;
    for (let k = from; k < i && !np; k++) {
      const cand = nounPhraseAt(this.words, k, i, this.input.entities, { allowApposition: false });
      if (cand && cand.to === i) np = cand;
    }
    if (!np) return null;
    const contentEnd = this.contentEndWord(i + 1, s);
    const parts: Span[] = [];
    if (np.from > first) parts.push(this.span(first, np.from));
    if (i + 1 < contentEnd) parts.push(this.span(i + 1, contentEnd));
    if (parts.length === 0) return null;
    const content = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    return this.build('indirect', { index: i, to: i + 1, kind: 'marker-after' }, np, content, {
      start: np.start,
      end: this.words[i]!.end,
    });
  }

  /** "die Forderung der Opposition, dass …", "seine Warnung, …" */
  private nominalAt(i: number, s: number): FoundQuote | null {
    const w = this.words[i]!;
    if (!this.lexicon.nominal.has(w.lower) || !isCapitalized(w.text)) return null;
    const end = this.sentenceEndWord[s]!;
    let j = i + 1;
    let speaker: SpeakerSpan | null = null;
    if (this.words[j] && ['von', 'vom', 'des', 'der'].includes(this.words[j]!.lower)) {
      const limit = this.clauseEnd(j + 1, s);
      const from = this.words[j]!.lower.startsWith('d') ? j : j + 1;
      speaker = nounPhraseAt(this.words, from, limit, this.input.entities, {
        allowApposition: false,
        nested: true,
      });
      if (speaker) j = speaker.to;
    }
    // The noun may close its clause a few words later: "Beobachter kamen zum Ergebnis, dass …".
    while (
      j < end &&
      j < i + 4 &&
      this.words[j]!.text !== ',' &&
      !SENTENCE_END.has(this.words[j]!.text) &&
      this.inQuote[j] === -1
    )
      j++;
    if (this.words[j]?.text !== ',' || j + 1 >= end) return null;
    const next = this.words[j + 1]!;
    const zuInfinitive =
      this.looksLikeReportedClause(j + 1, this.contentEndWord(j + 1, s), false) &&
      !this.lexicon.konjunktiv.has(next.lower);
    if (!COMPLEMENTIZERS.has(next.lower) && next.lower !== 'ob' && !zuInfinitive) return null;
    if (!speaker) {
      const first = this.sentenceFirstWord[s]!;
      const np = nounPhraseAt(this.words, this.skipFiller(first, i), i, this.input.entities);
      if (np && np.to < i) speaker = np;
    }
    // The clause embedded in a noun phrase ends at its closing comma.
    let contentEnd = this.contentEndWord(j + 1, s);
    for (let k = j + 2; k < contentEnd; k++) {
      if (this.words[k]!.text === ',' && this.inQuote[k] === -1) {
        contentEnd = k;
        break;
      }
    }
    if (contentEnd <= j + 1) return null;
    return this.build(
      'indirect',
      { index: i, to: i + 1, kind: 'nominal' },
      speaker,
      this.span(j + 1, contentEnd),
      {
        start: w.start,
        end: this.words[j]!.end,
      },
    );
  }

  /** A report's subject must be someone who can speak: a person, group or institution, not "Chemikalien". */
  private canSpeak(speaker: SpeakerSpan): boolean {
    const head = this.words[speaker.to - 1]!;
    if (PERSONAL_PRONOUNS.has(head.lower)) return head.lower === 'er' || head.lower === 'sie';
    return (
      this.words
        .slice(speaker.from, speaker.to)
        .some((w) => isCapitalized(w.text) && !DETERMINER_WORDS.has(w.lower)) ||
      /^[„"»“]$/.test(head.text)
    );
  }

  private hasQuotation(s: number, direct: readonly FoundQuote[]): boolean {
    const span = this.sentences[s]!;
    return (
      this.topQuotes.some(
        (q) => q.start < span.end && span.start < q.end && this.wordsIn(q) >= MIN_QUOTATION_WORDS,
      ) || direct.some((q) => q.start < span.end && span.start < q.end)
    );
  }

  /**
   * A report of speech with no reported clause: "Die Polizei sprach von 800 Autos.",
   * "Die Opposition wies die Änderungen zurück.", "Island will den Walfang aufnehmen."
   * The whole sentence is the content; the main-clause verb is the cue.
   */
  private speechReport(s: number, usedCues: ReadonlySet<number>): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    let limit = end;
    // The main clause: past a leading apposition ("Kemal Bedri, Vorsitzender der …, begründete")
    // or a fronted infinitive clause ("Um … zu gefährden, wollte die Polizei …").
    let from = first;
    const lead = nounPhraseAt(this.words, first, end, this.input.entities);
    if (lead && lead.to > first) from = this.words[lead.to]?.text === ',' ? lead.to + 1 : lead.to;
    if (this.words[first]?.lower === 'um') {
      for (let k = first + 1; k < end; k++) {
        if (this.words[k]!.text === ',') {
          from = k + 1;
          break;
        }
      }
    }
    for (let j = from; j < end; j++) {
      if (CLAUSE_BREAK.has(this.words[j]!.text)) {
        limit = j;
        break;
      }
    }
    // "Er fuhr fort:" introduces the quotation that follows; that is direct speech.
    if (this.words[end - 1]?.text === ':') return null;
    if (this.mode === 'attributed') {
      const talk = this.talkOf(first, end);
      if (talk) return talk;
    }
    for (let i = first; i < limit && i < from + 12; i++) {
      const w = this.words[i]!;
      let c: CueMatch | null = null;
      if (REPORT_MODALS.has(w.lower)) c = { index: i, to: i + 1, kind: 'verb' };
      else if (this.lexicon.verbs.has(w.lower)) {
        c = this.verbCueAt(i);
        // Common verbs count only with their speech particle: "sieht … als", "hält … für".
        if (c && GENERIC_VERBS.has(w.lower) && c.particle === undefined) c = null;
        if (c && !(this.lexicon.verbs.get(w.lower) ?? []).some((r) => this.isReportLemma(r.lemma)))
          c = null;
      }
      if (!c || usedCues.has(w.start)) continue;
      if (this.mode === 'attributed') {
        // "gab sich kämpferisch": an attitude with no content is no quotation.
        if (ATTITUDE_VERBS.has(w.lower) && this.words[i + 1]?.lower === 'sich') continue;
        // Plans and intentions ("will … einsparen") and evaluations with a plain object
        // ("lobte die Abwehr") report no content of speech.
        if (REPORT_MODALS.has(w.lower)) continue;
        const lemmas = (this.lexicon.verbs.get(w.lower) ?? []).map((r) => r.lemma);
        if (lemmas.some((l) => EVALUATIVE_VERBS.has(l))) return null;
      }
      // Passive ("Der Kommission wird Verschleppung vorgeworfen"): the speaker is the agent
      // after "von", if named at all.
      if (c.auxiliary !== undefined && PASSIVE_AUX.has(this.words[c.auxiliary]!.lower)) {
        if (!(this.lexicon.verbs.get(w.lower) ?? []).some((r) => this.isReportLemma(r.lemma)))
          return null;
        const von = this.words
          .slice(first, end)
          .findIndex((x) => x.lower === 'von' || x.lower === 'vom');
        const agent =
          von === -1 ? null : nounPhraseAt(this.words, first + von + 1, end, this.input.entities);
        // "Den Geheimdiensten wird Sabotage vorgeworfen": with no one who accuses, no quotation.
        if (this.mode === 'attributed' && (!agent || !this.profile(agent))) return null;
        const q = this.build('indirect', c, agent, this.span(first, end), this.span(first, end));
        q.report = true;
        return q;
      }
      // "sprach mit X" is talk, "sprach von X" is a report of what was said.
      if (
        /^(?:sprach|sprachen|spricht|sprechen)$/.test(w.lower) &&
        !this.words.slice(i + 1, limit).some((x) => x.lower === 'von' || x.lower === 'über')
      )
        continue;
      let speaker = this.speakerFor(c, first);
      if (this.mode === 'attributed' && speaker && !this.profile(speaker)) {
        // "Brenner gratulierte … und schloss eine Anfechtung aus": the subject of the first conjunct.
        const und = this.words.slice(first, i).some((x) => x.lower === 'und');
        speaker = und && lead && this.profile(lead) ? lead : null;
      }
      if (!speaker || speaker.from > limit || !this.canSpeak(speaker)) return null;
      // A report needs a speaker who can speak ("Die Chemikalien sprechen für sich" is none).
      if (!this.profile(speaker)) return null;
      const q = this.build('indirect', c, speaker, this.span(first, end), this.span(first, end));
      q.report = true;
      return q;
    }
    return null;
  }

  /** "Zunächst war von fünf Toten die Rede": what was said, with no one named who said it. */
  private talkOf(first: number, end: number): FoundQuote | null {
    for (let i = first + 1; i < end; i++) {
      if (this.words[i]!.text !== 'Rede' || this.words[i - 1]!.lower !== 'die') continue;
      if (!this.words.slice(first, end).some((x) => x.lower === 'von' || x.lower === 'vom'))
        return null;
      const q = this.build(
        'indirect',
        { index: i, to: i + 1, kind: 'nominal' },
        null,
        this.span(first, end),
        this.span(first, end),
      );
      q.report = true;
      return q;
    }
    return null;
  }

  /**
   * A sentence in Konjunktiv I with no cue of its own, right after a quote:
   * reported speech that goes on ("Er habe …"). It inherits the previous speaker.
   */
  private reportedSentence(
    s: number,
    direct: FoundQuote[],
    found: FoundQuote[],
  ): FoundQuote | null {
    const first = this.sentenceFirstWord[s]!;
    const end = this.sentenceEndWord[s]!;
    const sentence = this.sentences[s]!;
    if (direct.some((q) => q.start < sentence.end && sentence.start < q.end)) return null;
    const previous = [...direct, ...found].filter((q) => q.end <= sentence.start);
    const last = previous.reduce<FoundQuote | null>((a, b) => (!a || b.end > a.end ? b : a), null);
    if (!last) return null;
    const ending = firstEndingAtOrAfter(this.sentences, last.end);
    const lastSentence = ending === this.sentences.length ? -1 : ending;
    if (s - lastSentence > 3) return null;
    let konjunktiv = false;
    for (let i = first; i < end; i++) {
      if (this.inQuote[i] !== -1) continue;
      const w = this.words[i]!;
      const prev = this.words[i - 1]?.lower;
      if (prev === 'ich' || prev === 'wir' || prev === 'du') continue;
      if (this.isKonjunktivI(w)) konjunktiv = true;
      // Konjunktiv II stands in for I where the two look alike ("sie würden", "bliebe"), right after a quote.
      else if (
        s - lastSentence <= 1 &&
        KONJUNKTIV_II.has(w.lower) &&
        (!w.xpos || /FIN$/.test(w.xpos)) &&
        (this.mode === 'broad' || !PAST_LIKE_KONJUNKTIV_II.has(w.lower)) &&
        // In a subordinate clause ("Die Frage ist, ob … hätte") Konjunktiv II is conditional.
        (this.mode === 'broad' ||
          !this.words.slice(first, i).some((x) => x.text === ',' || x.text === ':'))
      )
        konjunktiv = true;
    }
    // Reportive "sollen": "Die Täter sollen Personen erstochen haben."
    if (!konjunktiv) {
      const soll = this.words
        .slice(first, end)
        .findIndex((w) => w.lower === 'soll' || w.lower === 'sollen');
      // The main clause's last verb: "Sie sollen … ausgerüstet sein, die … treffen können."
      let mainEnd = this.contentEndWord(first, s);
      if (this.mode === 'attributed') {
        const comma = this.words
          .slice(first + soll + 1, mainEnd)
          .findIndex((x) => x.text === ',' && this.inQuote[this.words.indexOf(x)] === -1);
        if (comma !== -1) mainEnd = first + soll + 1 + comma;
      }
      const lastVerb = this.words[mainEnd - 1]?.lower ?? '';
      // "soll … werden" announces a plan; only "soll … haben/sein/worden" reports a claim.
      const reportive =
        this.mode === 'broad' ? /^(?:haben|sein|worden|werden)$/ : /^(?:haben|sein|worden)$/;
      if (soll !== -1 && reportive.test(lastVerb)) konjunktiv = true;
    }
    if (!konjunktiv) return null;
    return {
      start: this.words[first]!.start,
      end: this.words[end - 1]!.end,
      kind: 'indirect',
      cue: null,
      speaker: null,
      content: { start: this.words[first]!.start, end: this.words[end - 1]!.end },
    };
  }

  private isFiniteVerb(w: Word | undefined): boolean {
    if (!w) return false;
    if (w.xpos) return /^V[VAM]FIN$/.test(w.xpos);
    return this.lexicon.konjunktiv.has(w.lower) || AUXILIARIES.has(w.lower);
  }

  /** Konjunktiv I: a listed form, or (with a lemma from the tagger) a finite verb that is its stem + "e". */
  private isKonjunktivI(w: Word): boolean {
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

  private build(
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

  // ---------- discourse ----------

  /** A quotation with no cue of its own continues the previous quote's speaker. */
  private inheritSpeakers(quotes: FoundQuote[]): void {
    let lastSpeaker: QuoteSpeaker | null = null;
    let lastEnd = -1;
    for (const q of quotes) {
      if (q.speaker) {
        lastSpeaker = q.speaker;
        lastEnd = q.end;
        continue;
      }
      // Only a quote with no cue (or an anaphoric one: "demnach") continues someone's speech;
      // a cue with no subject found stays open.
      if (
        !lastSpeaker ||
        (q.cue && !this.lexicon.anaphoric.has(q.cue.text.toLowerCase()) && !this.inheritable.has(q))
      )
        continue;
      const gap = spansWithin(this.sentences, { start: lastEnd, end: q.start }).length;
      if (gap > INHERIT_SENTENCES) continue;
      q.speaker = {
        ...lastSpeaker,
        antecedent: lastSpeaker.antecedent ?? {
          start: lastSpeaker.start,
          end: lastSpeaker.end,
          text: lastSpeaker.text,
        },
      };
      lastEnd = q.end;
    }
  }
}

/** Marker cues whose source may be no speaker ("laut Anklage", "nach bisherigen Erkenntnissen"). */
const MARKER_CUES = new Set(['laut', 'lt.', 'nach', 'zufolge', 'gemäß']);

/** Nouns that make "nach X" a source marker: "nach ersten Untersuchungen", "nach Angaben der Polizei". */
const REPORT_NOUNS =
  /(?:angaben|untersuchung(?:en)?|informationen|worten|aussagen?|meinung|ansicht|einschätzung|darstellung|berichte?n?|meldung(?:en)?|studien?|umfragen?|hochrechnung(?:en)?|schätzung(?:en)?|erkenntnisse?n?|ermittlungen|berechnungen|prognosen?|vorstellungen|auskunft|recherchen|zählung(?:en)?|statistiken?|ergebnisse?n?|auffassung|überzeugung|vermutung(?:en)?|spekulationen|quellen|zeugen|experten|beobachter|willen|ermittlungsstand|kenntnisstand|darstellungen|einschätzungen|ansichten|stellungnahmen?|analysen?|endergebnis|medien|planung(?:en)?|nachrichten?|erfahrungen|gesetzesentwurf|entwurf|idee|vernehmen|wunsch|grundgesetz|auswertung(?:en)?|bilanz|quellenlage|mitteilung(?:en)?|erklärung(?:en)?|worte)$/i;

function looksAdjectival(lower: string): boolean {
  return /(?:e|en|er|es|em)$/.test(lower) && lower.length > 3;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

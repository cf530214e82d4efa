import type {
  DateRecord,
  DocumentRecord,
  TokenRecord,
  QuantityRecord,
  QuoteRecord,
  Span,
  StatementRef,
} from '../contract/types.js';
import { nameKey } from '../entities/index.js';
import type { CrossEntities } from './cross-entities.js';
import { findEquipment } from '../entities/index.js';
import { isWeakVerb, polarityTokens, predicationsOf, type Predication } from './polarity.js';
import alignmentWords from './data/alignment.de.json' with { type: 'json' };

const NOT_EVIDENCE: ReadonlySet<string> = new Set(alignmentWords.notEvidence);
/** German nouns of events and actions: "Sanierung", "Explosion", "Festnahme". */
const EVENT_NOUN = /(?:ung|ion|nahme)$/i;
import {
  canonicalTerm,
  compoundTail,
  equipmentKindTerm,
  findHedges,
  isNegator,
  tokenTerm,
} from './terms.js';

/** A sentence of one report with what a comparison needs to know about it. */
export interface Statement {
  ref: StatementRef;
  /** Content term → raw weight (before rarity weighting). */
  terms: Map<string, number>;
  /** Terms of common nouns, which may be closed compounds ("Schutzdamm"). */
  compounds: Set<string>;
  /**
   * Terms of names, times and units (proper nouns, words inside an entity
   * mention, a date or a quantity: "Freitagabend", "Millionen Euro") and words
   * too general to tell one fact from another (data/alignment.de.json): they say
   * who, where, when and in what unit, not what happened, so they alone never
   * make two statements agree.
   */
  names: Set<string>;
  /** Terms present only as carried from the previous sentence into a pronoun sentence. */
  carried: Set<string>;
  /**
   * Terms of full verbs, predicative adjectives and event nouns ("entgleist",
   * "zahlungsunfähig", "Stationierung"): what is said to happen or be.
   */
  predicates: Set<string>;
  /** Cross-report entity ids mentioned. */
  entities: Set<string>;
  quantities: QuantityRecord[];
  /** Dates, datelines excluded: they date the report, not an event. */
  dates: DateRecord[];
  /** Quotations that overlap the sentence. */
  quotes: QuoteRecord[];
  /** Speaker keys of those quotations (cross-report entity id, or a name key). */
  speakers: Set<string>;
  /** Display names of the speakers, in order. */
  speakerNames: string[];
  negated: boolean;
  /** Terms a negation applies to: the content words just after "nicht"/"kein" ("nicht gehalten" → halten). */
  negationScope: Set<string>;
  /** What each clause asserts or denies, antonyms and negation read (see polarity.ts). */
  predications: Predication[];
  /** Matching terms of each predication's clause nouns, times, units and general words left out. */
  clauseTerms: Map<Predication, Set<string>>;
  hedges: string[];
  /** The first noun phrase head: a rough subject for claim summaries. */
  subject: string | null;
}

/** Weight of a previous sentence's nouns carried into a sentence that opens with a pronoun ("Er hat gehalten."). */
const PRONOUN_CARRY_WEIGHT = 0.5;
/** How many tokens after a negator it is taken to govern, up to the next punctuation. */
const NEGATION_SCOPE_TOKENS = 4;
const OPENING_PRONOUNS = new Set([
  'er',
  'sie',
  'es',
  'dieser',
  'diese',
  'dieses',
  'he',
  'she',
  'it',
  'they',
]);

export function buildStatements(
  documents: readonly DocumentRecord[],
  cross: CrossEntities,
): Statement[][] {
  return documents.map((doc, docIndex) => statementsOf(doc, docIndex, cross));
}

function statementsOf(doc: DocumentRecord, docIndex: number, cross: CrossEntities): Statement[] {
  const statements: Statement[] = [];
  // "sagte ein Sprecher der Stadt" says who, not what: attribution words are not
  // content, or every quoted statement would resemble every other.
  const attribution = doc.quotes.flatMap((q) =>
    [q.cue, q.speaker].filter((s): s is NonNullable<typeof s> => s !== null),
  );
  const isAttribution = (start: number) =>
    attribution.some((span) => span.start <= start && start < span.end);
  const mentions = doc.entities;
  let mentionIndex = 0;
  // Tokens come in order, so one pointer walks the (ordered) entity mentions.
  const inMention = (start: number) => {
    while (mentionIndex < mentions.length && mentions[mentionIndex]!.end <= start) mentionIndex++;
    const m = mentions[mentionIndex];
    return m !== undefined && m.start <= start;
  };
  const inDate = pointer(doc.dates);
  const inQuantity = pointer(doc.quantities);
  const dateAt = pointer(doc.dates);
  const quantityAt = pointer(doc.quantities);
  const circumstance = (start: number, term: string) =>
    dateAt(start) || quantityAt(start) || NOT_EVIDENCE.has(term);
  let tokenIndex = 0;
  let previousNouns: string[] = [];
  let previousCompounds = new Set<string>();
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const terms = new Map<string, number>();
    const compounds = new Set<string>();
    const nouns: string[] = [];
    let negations = 0;
    const negationScope = new Set<string>();
    let scopeLeft = 0;
    let subject: string | null = null;
    let firstWord: string | null = null;
    const names = new Set<string>();
    const predicates = new Set<string>();
    const sentenceTokens: TokenRecord[] = [];
    /** The last finite full verb's term, which a separated particle joins ("lehnte … ab" → ablehnen). */
    let finiteVerb: string | null = null;
    while (tokenIndex < doc.tokens.length && doc.tokens[tokenIndex]!.start < sentence.end) {
      const token = doc.tokens[tokenIndex++]!;
      if (token.end <= sentence.start) continue;
      sentenceTokens.push(token);
      const lower = doc.text.slice(token.start, token.end).toLowerCase();
      if (firstWord === null && token.kind === 'word') firstWord = lower;
      if (isNegator(lower, doc.lang)) {
        negations++;
        scopeLeft = NEGATION_SCOPE_TOKENS;
        continue;
      }
      if (token.kind === 'punct' || token.kind === 'quote') scopeLeft = 0;
      const term = tokenTerm(doc, token);
      if (scopeLeft > 0) {
        scopeLeft--;
        if (term) negationScope.add(term.term);
      }
      if (token.xpos === 'PTKVZ' && finiteVerb !== null && terms.has(finiteVerb)) {
        add(terms, finiteVerb, -1);
        if (terms.get(finiteVerb)! <= 0) terms.delete(finiteVerb);
        add(terms, canonicalTerm(lower + finiteVerb), 1);
        predicates.add(canonicalTerm(lower + finiteVerb));
        finiteVerb = null;
        continue;
      }
      if (!term || isAttribution(token.start)) continue;
      if (token.xpos === 'VVFIN') finiteVerb = term.term;
      if (
        (/^(VV|ADJD)/.test(token.xpos ?? '') && !isWeakVerb(term.term)) ||
        (term.commonNoun && EVENT_NOUN.test(token.lemma ?? lower))
      )
        predicates.add(term.term);
      add(terms, term.term, 1);
      if (
        token.upos === 'PROPN' ||
        inMention(token.start) ||
        inDate(token.start) ||
        inQuantity(token.start) ||
        NOT_EVIDENCE.has(term.term)
      )
        names.add(term.term);
      if (term.commonNoun) compounds.add(term.term);
      const tail = compoundTail(term.term);
      if (tail) add(terms, canonicalTerm(tail), 0.5);
      if (term.nominal) {
        nouns.push(term.term);
        subject ??= doc.text.slice(token.start, token.end);
      }
    }
    const carried = new Set<string>();
    if (firstWord !== null && OPENING_PRONOUNS.has(firstWord)) {
      for (const noun of previousNouns) {
        if (!terms.has(noun)) carried.add(noun);
        add(terms, noun, PRONOUN_CARRY_WEIGHT);
        // "Der Schutzdamm … Er hat gehalten." meets "Der Damm hat nicht gehalten".
        if (previousCompounds.has(noun)) compounds.add(noun);
      }
    }
    previousNouns = nouns;
    previousCompounds = new Set(nouns.filter((n) => compounds.has(n)));

    const text = doc.text.slice(sentence.start, sentence.end);
    const predications = predicationsOf(polarityTokens(doc.text, sentenceTokens));
    // The terms of the nouns each predicate is said of, without times and units:
    // "Das Bad wird von Mai an für 18 Monate geschlossen" is said of "Bad".
    const termAt = new Map<number, string>();
    for (const t of sentenceTokens) {
      const term = tokenTerm(doc, t);
      if (term && !circumstance(t.start, term.term)) termAt.set(t.start, term.term);
    }
    const clauseTerms = new Map(
      predications.map((p) => [
        p,
        new Set(p.clauseNouns.flatMap((n) => termAt.get(n.start) ?? [])),
      ]),
    );
    const within = (span: Span) => span.start >= sentence.start && span.end <= sentence.end;
    // A named system also counts as its kind: "ATACMS" meets "die Raketen" of another report.
    for (const match of findEquipment(text)) {
      const head = equipmentKindTerm(match.system.kind);
      if (head) add(terms, head, 0.5);
    }
    const overlaps = (span: Span) => span.start < sentence.end && span.end > sentence.start;
    const entities = new Set<string>();
    for (const mention of doc.entities.filter(within)) {
      const id = cross.idOf(docIndex, mention.entity);
      if (id) entities.add(id);
    }
    const quotes = doc.quotes.filter(overlaps);
    const speakers = new Set<string>();
    const speakerNames: string[] = [];
    for (const quote of quotes) {
      if (!quote.speaker) continue;
      const entityId = quote.speaker.entity
        ? cross.idOf(docIndex, quote.speaker.entity)
        : undefined;
      speakers.add(entityId ?? `name:${nameKey(quote.speaker.text)}`);
      speakerNames.push(cross.speakerName(docIndex, quote.speaker));
    }
    statements.push({
      ref: {
        doc: docIndex,
        sentence: sentenceIndex,
        start: sentence.start,
        end: sentence.end,
        text,
      },
      terms,
      compounds,
      names,
      carried,
      predicates,
      entities,
      quantities: doc.quantities.filter(within),
      dates: doc.dates.filter((d) => within(d) && !isDateline(doc.text, d)),
      quotes,
      speakers,
      speakerNames,
      negated: negations % 2 === 1,
      negationScope,
      predications,
      clauseTerms,
      hedges: findHedges(text),
      subject,
    });
  });
  return statements;
}

/**
 * A test whether a token starting at an offset lies inside one of the spans,
 * for tokens visited in order: one pointer walks the (ordered) spans.
 */
function pointer(spans: readonly Span[]): (start: number) => boolean {
  let i = 0;
  return (start) => {
    while (i < spans.length && spans[i]!.end <= start) i++;
    const span = spans[i];
    return span !== undefined && span.start <= start;
  };
}

function add(terms: Map<string, number>, term: string, weight: number): void {
  terms.set(term, (terms.get(term) ?? 0) + weight);
}

/**
 * A date in parentheses near the start of a line ("Talbrück (14.03.2025) –")
 * is a dateline: when the report was filed, not when something happened.
 */
export function isDateline(text: string, date: Span): boolean {
  if (text[date.start - 1] !== '(' || text[date.end] !== ')') return false;
  const lineStart = text.lastIndexOf('\n', date.start) + 1;
  return date.start - lineStart <= 60;
}

/**
 * The JSON contract (version 2) shared by `analyze`, `compare`, the HTTP API and
 * every downstream tool. `schema/crosscheck.schema.json` describes the same shape;
 * `docs/contract.md` explains it. Change both together, and bump CONTRACT_VERSION
 * for any change that could break a reader.
 *
 * All offsets are JavaScript string indices (UTF-16 code units) into the
 * document's normalised `text`: `text.slice(start, end)` is the annotated string.
 */

export const CONTRACT_VERSION = 2 as const;

/** A half-open character range `[start, end)` into a document's normalised text. */
export interface Span {
  start: number;
  end: number;
}

/** What the tokenizer recognised a token as. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'time'
  | 'abbreviation'
  | 'punct'
  | 'quote'
  | 'symbol'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji';

export interface TokenRecord extends Span {
  kind: TokenKind;
  /** Universal POS tag (filled by the tagger). */
  upos?: string;
  /** STTS tag for German (filled by the tagger). */
  xpos?: string;
  lemma?: string;
}

export type SentenceRecord = Span;

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
/** As in GermEval 2014: a name, a word derived from one ("ukrainischen"), or a compound containing one ("Biden-Administration"). */
export type EntityForm = 'name' | 'derived' | 'part';

export interface EntityMentionRecord extends Span {
  text: string;
  type: EntityType;
  form: EntityForm;
  /** Id of the document-level entity this mention belongs to. */
  entity: string;
  subtype?: string;
  kind?: string;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export type TextSpan = Span & { text: string };

/** The speech verb or marker of a quotation ("sagte", "laut", "fügte … hinzu"). */
export interface QuoteCueRecord extends TextSpan {
  /** A separated verb particle: the "hinzu" of "fügte … hinzu". */
  particle?: TextSpan;
  /** The finite auxiliary of a compound tense: the "hat" of "hat … gefordert". */
  auxiliary?: TextSpan;
  /** Further words of a multi-word cue: "wie … mitteilte", "mit den Worten", "es heißt". */
  parts?: TextSpan[];
}

export interface QuoteSpeakerRecord extends TextSpan {
  /** Id of the document entity the speaker is, when it is a named entity. */
  entity: string | null;
  /** Who a pronoun ("er") or an inherited speaker refers to. */
  antecedent?: TextSpan;
}

export interface QuoteRecord extends Span {
  kind: QuoteKind;
  cue: QuoteCueRecord | null;
  speaker: QuoteSpeakerRecord | null;
  /** The quoted or reported words alone. */
  content: Span;
  /** True for a report of speech with no reported clause ("Er äußerte sich zu den Vorwürfen"). */
  report?: true;
  /** For mixed quotes: the words quoted verbatim inside the content, without their marks. */
  quoted?: Span[];
}

export type Approximation = 'about' | 'more than' | 'at least' | 'up to' | 'less than' | 'almost';

/** A value range: `zwischen 100 und 300 km` → `{min: 100, max: 300}`. */
export interface ValueRange {
  min: number;
  max: number;
}

export interface QuantityRecord extends Span {
  text: string;
  /** `cardinal` for amounts and counts; `ordinal` for ranks (`3.`, `dritten`), whose value is the rank. */
  kind: 'cardinal' | 'ordinal';
  /** The value as written, in `unit`; null for a range or a vague plural (`Hunderte`). */
  value: number | null;
  /** Canonical unit code (`km`, `mi`, `km2`, `kg`, `percent`, `fraction`, `EUR`, `year` …); null for a plain count. */
  unit: string | null;
  /** Value and range in the base unit of the dimension (`m`, `m2`, `kg`, `m3`, `m/s`, `K`, `s`, `percent`, `pp`, a currency code). */
  normalized: { value: number | null; unit: string | null; range: ValueRange | null } | null;
  approx: Approximation | null;
  /** Lower and upper bound, in `unit`: an explicit range or a vague plural (`Hunderte` → 200–999). */
  range: ValueRange | null;
  /** The noun phrase the number is about ("Reichweite", "Soldaten", "Quadratkilometer Territorium"). */
  subject: (Span & { text: string }) | null;
  /**
   * The same value given in another unit ("300 km (186 Meilen)"): `with` is the index
   * of the partner in `quantities`; `agrees` whether the two match allowing for rounding
   * (null for currencies, which have no fixed rate); `ratio` this normalized value divided
   * by the partner's (about 1 when they agree).
   */
  conversion: { with: number; agrees: boolean | null; ratio: number | null } | null;
}

export type DateGranularity = 'year' | 'month' | 'week' | 'day' | 'time';

export interface DateRecord extends Span {
  text: string;
  /** ISO 8601 value (`2024-11-17`, `2024-11`, `2024-W46`, `2024`, `2024-11-17T14:30`), or null when it cannot be resolved. */
  value: string | null;
  granularity: DateGranularity;
  /** False when the text names the date relative to something unknown: no document date, or another event. */
  resolved: boolean;
  /**
   * What the date is relative to: null for an absolute date (`17. November 2024`),
   * `document` for one read against the document date (`am Sonntag`, `vergangene Woche`),
   * `event` for an offset from another event (`zwei Monate bevor …`), never resolved.
   */
  relative: 'document' | 'event' | null;
  /** `since` for a start (`seit August`), `until` for an end (`bis März`), null for a point in time. */
  relation: 'since' | 'until' | null;
  /** For offsets (`vor drei Tagen`, `zwei Monate bevor`): the ISO 8601 duration, negative backwards (`-P2M`). */
  offset?: string;
}

/* ------------------------------------------------------------------ frames */

/** What a figure or date belongs to: "ATACMS", "die SPD", "das Werk in Zwickau", "der Zug". */
export interface FrameBearerRecord extends TextSpan {
  /** Normalised key two reports are matched by: an equipment system, a name key, or a noun lemma (with its place). */
  key: string;
  /** Id of the document entity the bearer is, when it is a named entity. */
  entity: string | null;
  /** True for a name (entity or equipment system), false for a common noun ("der Zug"). */
  named: boolean;
  /** How it was found: genitive, compound, list, prepositional, subject, previous (an earlier mention or frame). */
  how: 'genitive' | 'compound' | 'list' | 'prepositional' | 'subject' | 'previous';
}

/** What is measured ("Reichweite", "Tote") or, for a date, the event it dates ("entgleiste", "Wahl"). */
export interface FrameAttributeRecord {
  /** Normalised key: synonyms and inflections map to one ("Todesopfer", "starben" → `dead`). */
  key: string;
  /** A reader's name for the key ("Tote", "Reichweite"), or the word itself. */
  label: string;
  /** The words it rests on; empty when only the unit says it (a bare percentage). */
  words: TextSpan[];
}

export type FrameQualifierDimension = 'time' | 'version' | 'stage' | 'modality' | 'place';

/** A word that restricts what the figure is true of: "im Vorjahr", "ältere Varianten", "Hochrechnung", "erlaubt", or where a measure was taken. */
export interface FrameQualifierRecord extends TextSpan {
  dimension: FrameQualifierDimension;
  /** `previous`, `2024`, `old`, `preliminary`, `final`, `runoff`, `permitted`, `planned` … */
  key: string;
}

/** Who the figure comes from: "nach Angaben der Polizei", "laut Landratsamt", a quoted speaker. */
export interface FrameSourceRecord extends TextSpan {
  key: string;
}

/** A quantity or an event date of one document read as a claim: who or what, which attribute, under which qualifiers, from whom. */
export interface FrameRecord extends Span {
  kind: 'quantity' | 'date';
  /** Index into the document's `quantities` (kind quantity) or `dates` (kind date). */
  index: number;
  /** The figure or date as written. */
  text: string;
  /** The value in normal form: "about 300 km", "2025-03-13". */
  value: string | null;
  bearer: FrameBearerRecord | null;
  attribute: FrameAttributeRecord;
  qualifiers: FrameQualifierRecord[];
  source: FrameSourceRecord | null;
  /** The words with which the report itself marks the figure as outdated ("zunächst war von … die Rede"). */
  superseded: TextSpan | null;
}

export interface DocumentRecord {
  /** The path given on the command line, `-` for standard input, or a caller-chosen id. */
  id: string;
  /** BCP 47 language tag: `de` or `en`. */
  lang: string;
  /**
   * How `lang` was chosen: `given` (--lang or the request), `detected` from the
   * text, or `default` (too little text to tell: German). Optional addition to version 2.
   */
  langSource?: 'given' | 'detected' | 'default';
  /** The normalised text every offset refers to. */
  text: string;
  sentences: SentenceRecord[];
  tokens: TokenRecord[];
  entities: EntityMentionRecord[];
  quotes: QuoteRecord[];
  quantities: QuantityRecord[];
  dates: DateRecord[];
  /** Every quantity and event date as a claim frame (contract version 2). */
  frames?: FrameRecord[];
  /** For a web page or feed item: what the page says about itself. */
  meta?: DocumentMetaRecord;
  /** For a web page: where each paragraph of `text` stands in the page's decoded HTML. */
  sourceMap?: SourceMapRecord;
}

/** Bibliographic facts of a web page (JSON-LD, OpenGraph, `<meta>`, `<time>`); each only when stated. */
export interface DocumentMetaRecord {
  title?: string;
  /** The outlet (site name), e.g. "Muldentaler Bote". */
  outlet?: string;
  author?: string;
  /** ISO 8601 as the page wrote it, e.g. `2025-03-09T18:40:00+01:00` or `2025-03-09`. */
  published?: string;
  modified?: string;
  /** Canonical URL, else the URL the page was fetched from. */
  url?: string;
  /** BCP 47 tag the page declares. */
  lang?: string;
}

/** Paragraph spans of `text` ({start, end}) and the same wording in the HTML ({htmlStart, htmlEnd}). */
export interface SourceMapRecord {
  /** Encoding the page's bytes were decoded with; HTML offsets count UTF-16 units of the decoded page. */
  encoding: string;
  spans: { start: number; end: number; htmlStart: number; htmlEnd: number }[];
}

/** An input that could not be analysed; the other inputs of the same call still are. */
export interface InputErrorRecord {
  id: string;
  message: string;
}

export interface AnalyzeOutput {
  version: typeof CONTRACT_VERSION;
  documents: DocumentRecord[];
  errors?: InputErrorRecord[];
}

/* ------------------------------------------------------------------ compare */

/** A place in one of the compared documents: `doc` is the index into `documents`. */
export interface DocSpan extends Span {
  doc: number;
}

/** One entity across all compared reports ("Selenskyj" in one, "Zelensky" in another). */
export interface CrossEntityRecord {
  id: string;
  name: string;
  type: EntityType;
  /** Transliteration-insensitive key the reports were matched by. */
  key: string;
  mentions: DocSpan[];
}

/** A statement (sentence) of one report, as findings cite it. */
export interface StatementRef extends DocSpan {
  text: string;
  /** Index of the sentence in its document's `sentences`. */
  sentence: number;
}

export type AlignmentRelation = 'agrees' | 'conflicts' | 'related';

/** Two statements of different reports about the same thing. */
export interface AlignmentRecord {
  a: StatementRef;
  b: StatementRef;
  /** 0…1: how surely the two are about the same thing. */
  score: number;
  relation: AlignmentRelation;
  /** What the match rests on: shared lemmas, entities, values, speakers. */
  signals: {
    lemmas: string[];
    entities: string[];
    values: string[];
    speakers: string[];
    quote: boolean;
  };
}

/** A statement's claim as a comparison sees it. */
export interface ClaimRecord extends DocSpan {
  text: string;
  /** The claim's value, for quantity and date claims. */
  value?: number | string;
  unit?: string | null;
  /** Who the report says made the statement. */
  speaker?: string | null;
}

export interface ClaimSummary {
  subject: string | null;
  attribute: string | null;
  /** The value the statement gives, when it gives one: a quantity ("about 300 km") or a date ("2025-03-13"). */
  value: string | null;
  polarity: 'affirmed' | 'denied';
  /** Words that weaken the claim: "offenbar", "soll", "Berichten zufolge". */
  hedges: string[];
  /** Who the report says made the claim, when it is attributed. */
  attribution: string | null;
}

export interface AgreementRecord {
  /** The same claim, as each report gives it (at least two reports). */
  claims: (ClaimRecord & { claim: ClaimSummary })[];
  score: number;
}

export type ConflictKind = 'quantity' | 'attribution' | 'negation' | 'date';

/**
 * How much a conflict matters to a fact-checker: `high` for counts of dead and
 * injured, misattributed words and large differences; `low` for differences
 * that rounding or a slip could explain.
 */
export type ConflictSeverity = 'high' | 'medium' | 'low';

export interface ConflictRecord {
  kind: ConflictKind;
  severity: ConflictSeverity;
  claims: ClaimRecord[];
  /** One line a reader can act on. */
  explanation: string;
  /** Quantity and date conflicts: the two frames that were matched, in the order of `claims`. */
  frames?: FrameRecord[];
  /** The sources the two sides name, in the order of `claims`, when they name different ones. */
  sources?: (string | null)[];
}

export interface UniqueRecord extends StatementRef {
  claim: ClaimSummary;
}

export type WarningKind = 'equipment-type' | 'doubled-word' | 'conversion';

export interface WarningRecord extends DocSpan {
  kind: WarningKind;
  text: string;
  message: string;
}

export interface CompareOutput {
  version: typeof CONTRACT_VERSION;
  documents: DocumentRecord[];
  entities: CrossEntityRecord[];
  alignments: AlignmentRecord[];
  agreements: AgreementRecord[];
  conflicts: ConflictRecord[];
  unique: UniqueRecord[];
  warnings: WarningRecord[];
  errors?: InputErrorRecord[];
}

/* ------------------------------------------------------- translation check */

/**
 * One step of the sentence alignment of a translation with its original:
 * indices into each document's `sentences`. One side may be empty (a dropped
 * or added sentence) or hold two (a sentence split or joined in translation).
 */
export interface TranslationBeadRecord {
  original: number[];
  translation: number[];
  /** How alike the two sides are across the languages, 0…1. */
  score: number;
}

export type TranslationFindingKind =
  'dropped' | 'added' | 'number' | 'unit' | 'name' | 'speaker' | 'negation' | 'type';

/** A span of the original (`doc` 0) or the translation (`doc` 1), with its text. */
export interface TranslationSpanRecord extends DocSpan {
  text: string;
}

export interface TranslationFindingRecord {
  kind: TranslationFindingKind;
  /** Index into `alignment` of the step the finding belongs to. */
  bead: number;
  /** What the original says (null for an added sentence or figure). */
  original: TranslationSpanRecord | null;
  /** What the translation says instead (null for a dropped sentence or figure). */
  translation: TranslationSpanRecord | null;
  explanation: string;
}

/** Output of `crosscheck compare --translation ORIGINAL TRANSLATION` (an addition to contract version 2). */
export interface TranslationCheckOutput {
  version: typeof CONTRACT_VERSION;
  kind: 'translation-check';
  /** The original, then the translation. */
  documents: [DocumentRecord, DocumentRecord];
  /** The languages the check read the two texts in. */
  languages: [string, string];
  /** Whether a German–English dictionary was available (without one, only numbers, names and cognates link the texts). */
  dictionary: boolean;
  alignment: TranslationBeadRecord[];
  findings: TranslationFindingRecord[];
}

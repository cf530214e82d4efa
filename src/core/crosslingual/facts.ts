import type { DocumentRecord, TokenRecord } from '../contract/types.js';
import { ENGLISH_ENTITIES, findEquipment, GERMAN_ENTITIES } from '../entities/index.js';
import { groupSides } from '../compare/polarity-across.js';
import kindData from './data/kinds.json' with { type: 'json' };
import { figuresIn, type CrossFigure } from './numbers.js';
import { wordsOf, type CrossLang } from './words.js';

/** A content word of a sentence: its form and lemma (lower case) and where it stands. */
export interface CrossWord {
  /** As written. */
  text: string;
  form: string;
  lemma: string;
  start: number;
  end: number;
  /** Written with a capital where the language does not demand one: a name, or part of one. */
  name: boolean;
  /** Inside a named-entity mention of the pipeline (not only tagged as a proper noun). */
  entity: boolean;
}

/** What the translation check compares of one sentence (or of two or three sentences read as one). */
export interface SentenceFacts {
  /** Indices of the document's sentences covered. */
  sentences: number[];
  start: number;
  end: number;
  words: CrossWord[];
  figures: CrossFigure[];
  /** Number of negating words ("not", "kein"). */
  negations: number;
  /**
   * Groups of the polarity lexicons (compare/data/polarity.*.json) a word takes
   * a side on, before negation: "denied" -1 and "bestätigte" +1 on `bestätigen`.
   */
  sides: Map<string, 1 | -1>;
  /** Kinds of vehicle or weapon named (data/kinds.json), with the word that names each. */
  kinds: Map<string, CrossWord | null>;
  /** Offsets of speech verbs ("said", "sagte"): a name near one is a speaker. */
  speech: number[];
  /** Spans of quotation speakers the pipeline found. */
  speakerSpans: { start: number; end: number }[];
}

const ENTITY_LANGUAGES = { de: GERMAN_ENTITIES, en: ENGLISH_ENTITIES } as const;

type KindTable = Record<string, { en: string[]; de: string[] }>;
const KINDS = kindData.kinds as KindTable;
const KIND_OF_WORD: Readonly<Record<CrossLang, ReadonlyMap<string, string>>> = {
  en: new Map(Object.entries(KINDS).flatMap(([kind, w]) => w.en.map((x) => [x, kind] as const))),
  de: new Map(Object.entries(KINDS).flatMap(([kind, w]) => w.de.map((x) => [x, kind] as const))),
};
const EQUIPMENT_KINDS = new Map(
  Object.entries(kindData.equipmentKinds).filter(([k]) => k !== '//') as [string, string][],
);
/** A German compound names a kind when it ends in a kind word of at least this length ("F16-Panzern", "Kampfjets"). */
const MIN_KIND_TAIL = 3;
const WORDISH = new Set(['word', 'abbreviation']);

/** The facts of each sentence of a document, read by the rules of `lang`. */
export function sentenceFacts(doc: DocumentRecord, lang: CrossLang): SentenceFacts[] {
  const words = wordsOf(lang);
  const facts: SentenceFacts[] = [];
  let t = 0;
  doc.sentences.forEach((sentence, index) => {
    const tokens: TokenRecord[] = [];
    while (t < doc.tokens.length && doc.tokens[t]!.start < sentence.end) {
      if (doc.tokens[t]!.end > sentence.start) tokens.push(doc.tokens[t]!);
      t++;
    }
    const entitySpans = doc.entities.filter(
      (e) => e.start < sentence.end && e.end > sentence.start,
    );
    const dateSpans = doc.dates.filter((d) => d.start < sentence.end && d.end > sentence.start);
    const text = doc.text.slice(sentence.start, sentence.end);
    const equipment = findEquipment(text);
    // A weapon system's name ("F-16") is compared by the kind it is, not as a name.
    const inEquipment = (at: number) =>
      equipment.some((m) => m.start + sentence.start <= at && at < m.end + sentence.start);
    const content: CrossWord[] = [];
    let negations = 0;
    const speech: number[] = [];
    const kinds = new Map<string, CrossWord | null>();
    tokens.forEach((token, i) => {
      const form = doc.text.slice(token.start, token.end);
      const lower = form.toLowerCase();
      if (words.negators.has(lower) || (lang === 'en' && /n[’']t$/.test(lower))) negations++;
      if (words.speechVerbs.has(lower)) speech.push(token.start);
      if (!WORDISH.has(token.kind) || !/\p{L}/u.test(form) || words.stopwords.has(lower)) return;
      if (words.negators.has(lower)) return;
      const inEntity = entitySpans.some((e) => e.start <= token.start && token.end <= e.end);
      const inDate = dateSpans.some((d) => d.start <= token.start && token.end <= d.end);
      // English writes every name with a capital (and German every noun): a
      // lower-case word is no name, whatever a tagger says; nor is a weekday or month.
      const capitalised = /^\p{Lu}/u.test(form);
      const name =
        capitalised &&
        !inDate &&
        !words.calendar.has(lower) &&
        !inEquipment(token.start) &&
        // A title or role ("Mayor", "Richterin") says what someone is, not who.
        !ENTITY_LANGUAGES[lang].isTitleOrRole(form) &&
        (inEntity || token.upos === 'PROPN' || (lang === 'en' && i > 0));
      const lemma = (token.lemma ?? lower).toLowerCase();
      const word: CrossWord = {
        text: form,
        form: lower,
        lemma,
        start: token.start,
        end: token.end,
        name,
        entity: inEntity,
      };
      content.push(word);
      const kind = kindOf(lower, lang);
      if (kind && !kinds.has(kind)) kinds.set(kind, word);
    });
    for (const match of equipment) {
      const kind = EQUIPMENT_KINDS.get(match.system.kind);
      // The system's own kind, unless the text calls it something else ("F16-Panzern").
      if (kind && !kinds.has(kind) && !kindOf(match.text.toLowerCase(), lang))
        kinds.set(kind, null);
    }
    facts.push({
      sentences: [index],
      start: sentence.start,
      end: sentence.end,
      words: content,
      figures: figuresIn(text, lang, sentence.start),
      negations,
      sides: groupSides(
        lang,
        tokens.map((token) => {
          const form = doc.text.slice(token.start, token.end).toLowerCase();
          const lemma = (token.lemma ?? form).toLowerCase();
          return { form, lemma, start: token.start, end: token.end };
        }),
      ),
      kinds,
      speech,
      speakerSpans: doc.quotes
        .filter(
          (q) => q.speaker && q.speaker.start >= sentence.start && q.speaker.end <= sentence.end,
        )
        .map((q) => ({ start: q.speaker!.start, end: q.speaker!.end })),
    });
  });
  return facts;
}

/** The kind a word names, itself or as the last part of a compound ("kampfpanzer", "f16-panzern"). */
export function kindOf(word: string, lang: CrossLang): string | undefined {
  const table = KIND_OF_WORD[lang];
  const direct = table.get(word);
  if (direct) return direct;
  const dash = word.lastIndexOf('-');
  if (dash > 0) return kindOf(word.slice(dash + 1), lang);
  if (lang !== 'de') return undefined;
  for (let cut = 1; cut <= word.length - MIN_KIND_TAIL; cut++) {
    const tail = table.get(word.slice(cut));
    if (tail && word.length - cut >= 4) return tail;
  }
  return undefined;
}

/** Several sentences read as one (a sentence the translation split in two). */
export function mergeFacts(parts: readonly SentenceFacts[]): SentenceFacts {
  if (parts.length === 1) return parts[0]!;
  const kinds = new Map<string, CrossWord | null>();
  for (const p of parts) for (const [k, w] of p.kinds) if (!kinds.has(k)) kinds.set(k, w);
  return {
    sentences: parts.flatMap((p) => p.sentences),
    start: parts[0]!.start,
    end: parts.at(-1)!.end,
    words: parts.flatMap((p) => p.words),
    figures: parts.flatMap((p) => p.figures),
    negations: parts.reduce((n, p) => n + p.negations, 0),
    sides: new Map(parts.flatMap((p) => [...p.sides]).reverse()),
    kinds,
    speech: parts.flatMap((p) => p.speech),
    speakerSpans: parts.flatMap((p) => p.speakerSpans),
  };
}

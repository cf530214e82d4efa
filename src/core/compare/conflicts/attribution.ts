import type {
  ConflictRecord,
  ConflictSeverity,
  DocumentRecord,
  QuoteRecord,
} from '../../contract/types.js';
import { isRoleWord, nameKey, stripTitles } from '../../entities/index.js';
import type { ComparisonContext } from '../context.js';
import { stem, tokenTerm } from '../terms.js';
import { jaccard } from '../vectors.js';
import { sameSourceAcross } from './frame-pairs.js';

/**
 * Two renderings of one quotation must share this share of their content words.
 * Different translations of one statement keep most of its nouns and verbs.
 */
const SAME_QUOTE = 0.5;
/** Or one must lie almost wholly inside the other: a report that quotes only part of a sentence. */
const QUOTE_CONTAINED = 0.8;
const MIN_QUOTE_WORDS = 3;
const MIN_CONTAINED_WORDS = 4;
const MIN_SHARED_CONTENT = 2;

/** Who said it, as far as the report lets us know. */
type Speaker =
  /** A named person or body: a cross-report entity or a name. */
  | { named: true; key: string; person: boolean }
  /** A role or pronoun the report does not resolve ("ein Sprecher", "er"): could be anyone named elsewhere. */
  | { named: false; key: string };

export interface AttributedQuote {
  doc: number;
  quote: QuoteRecord;
  /** Every word (lemma) of the quotation: the wording. */
  words: Set<string>;
  /** Its content words: what it is about. */
  content: Set<string>;
  speaker: Speaker;
  speakerName: string;
}

const PRONOUNS = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich', 'he', 'she', 'they']);
/** Indefinite speakers, German and English: "ein Sprecher", "a company spokesman", "several witnesses". */
const INDEFINITE =
  /^(ein|eine|einer|einem|einen|mehrere|einige|andere|a|an|another|some|several)\b/i;
/**
 * English articles, capitalised only by the start of a sentence: "The
 * landlord's lawyer" is a role, not a name "The". (German articles stay, as
 * German capitalises the noun after them and the pair names a body.)
 */
const ENGLISH_ARTICLE = /^(?:the|a|an)$/i;

/** Quotations with a known speaker, each with the content words a match is judged by. */
export function attributedQuotes(ctx: ComparisonContext): AttributedQuote[] {
  return ctx.documents.flatMap((doc, docIndex) =>
    doc.quotes.flatMap((quote): AttributedQuote[] => {
      if (!quote.speaker) return [];
      return [
        {
          doc: docIndex,
          quote,
          ...wordsOf(doc, quote),
          speaker: speakerOf(ctx, doc, docIndex, quote),
          speakerName: ctx.cross.speakerName(docIndex, quote.speaker),
        },
      ];
    }),
  );
}

/**
 * The speaker's identity: the cross-report entity the quotation finder resolved
 * ("sagte sie" → the named person), else the antecedent it found, else the
 * words as written when they are a name; a role phrase or pronoun with nothing
 * resolved stays unnamed.
 */
function speakerOf(
  ctx: ComparisonContext,
  doc: DocumentRecord,
  docIndex: number,
  quote: QuoteRecord,
): Speaker {
  const speaker = quote.speaker!;
  // A person named in the speaker's words is the speaker, not the party or body in
  // the role before the name: "SPD-Generalsekretär Jens Albers" is Jens Albers.
  const within = speaker.antecedent ?? speaker;
  const named = doc.entities.find(
    (e) => e.type === 'PER' && e.start >= within.start && e.end <= within.end,
  );
  const entity = named?.entity ?? speaker.entity;
  const crossId = entity ? ctx.cross.idOf(docIndex, entity) : undefined;
  if (crossId) {
    const found = ctx.cross.entities.find((e) => e.id === crossId);
    const name = found?.name ?? '';
    if (!isRoleWord(name)) return { named: true, key: crossId, person: found?.type === 'PER' };
  }
  const written = speaker.antecedent?.text ?? speaker.text;
  // The name is the capitalised words after the titles, before any qualifier:
  // "Oberbürgermeisterin Anke Sievers (Grüne)", "Lukas Brenner vom Fahrradclub ADFC".
  const afterTitles = stripTitles(written.replace(/\([^)]*\)/g, ' ')).split(/\s+/);
  const nameWords: string[] = [];
  // English writes roles in lower case and capitalises names only: the words
  // before the first capitalised one are a role ("harbour master Jonas Weber"),
  // and an article is capitalised only by the start of a sentence.
  if (doc.lang.startsWith('en'))
    while (
      afterTitles.length > 0 &&
      (!/^\p{Lu}/u.test(afterTitles[0]!) || ENGLISH_ARTICLE.test(afterTitles[0]!))
    )
      afterTitles.shift();
  for (const w of afterTitles) {
    if (!/^\p{Lu}/u.test(w) || isRoleWord(w)) break;
    nameWords.push(w.replace(/[,;:]+$/, ''));
  }
  const bare = nameWords.join(' ');
  const isName =
    bare !== '' && !INDEFINITE.test(written.trim()) && !PRONOUNS.has(bare.toLowerCase());
  const span = within;
  const mentionType = doc.entities.find((e) => e.start < span.end && e.end > span.start)?.type;
  // A person has a proper name; "der Landkreis", "die Polizei" are bodies named by a common noun.
  const properName = doc.tokens.some(
    (t) =>
      t.start >= span.start &&
      t.end <= span.end &&
      t.upos === 'PROPN' &&
      nameWords.includes(doc.text.slice(t.start, t.end)),
  );
  const person = mentionType === undefined ? properName : mentionType === 'PER';
  return isName
    ? { named: true, key: `name:${nameKey(bare)}`, person }
    : { named: false, key: `role:${written.toLowerCase()}` };
}

/**
 * The same quotation (or a close rendering of it) attributed to different
 * speakers in different reports. Both speakers must be named — after the
 * quotation finder's resolution of pronouns and role phrases — since "ein
 * Sprecher" in one report may well be the person another report names.
 */
export function findAttributionConflicts(ctx: ComparisonContext): ConflictRecord[] {
  const quotes = attributedQuotes(ctx);
  const conflicts: ConflictRecord[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const [a, b] = [quotes[i]!, quotes[j]!];
      if (a.doc === b.doc || !a.speaker.named || !b.speaker.named || sameSpeaker(a, b)) continue;
      // A person and a body ("Landrätin Frauke Jansen" / "der Landkreis"): she may speak for it.
      if (a.speaker.person !== b.speaker.person) continue;
      if (!sameQuotation(...comparable(ctx, a, b))) continue;
      // One speaker named in two languages ("the rail operator" / "der Bahnbetreiber").
      // Two people are one only by their names (the cross-report entities, whose
      // name keys join transliterations): a shared first name is no evidence.
      const bothPeople = a.speaker.person && b.speaker.person;
      if (!bothPeople && sameSourceAcross(ctx, a.doc, a.speakerName, b.doc, b.speakerName))
        continue;
      conflicts.push({
        kind: 'attribution',
        severity: severityOf(a.speaker, b.speaker),
        // Each claim is the quoted words themselves, where the two reports agree.
        claims: [a, b].map((q) => ({
          doc: q.doc,
          start: q.quote.content.start,
          end: q.quote.content.end,
          text: ctx.documents[q.doc]!.text.slice(q.quote.content.start, q.quote.content.end),
          speaker: q.speakerName,
        })),
        explanation:
          `The same words are attributed to ${a.speakerName} in ${ctx.nameOf(a.doc)} ` +
          `and to ${b.speakerName} in ${ctx.nameOf(b.doc)}.`,
      });
    }
  }
  return conflicts;
}

/**
 * One quotation in two renderings: most words shared, or one quoting part of
 * the other, and at least two content words in common ("Das ist ein guter Tag"
 * and "Das ist ein schwerer Tag" share their wording, not their content).
 */
/**
 * The two quotations as sameQuotation compares them: as they are within one
 * language; across languages by their content words in one vocabulary (see
 * ComparisonContext.mapTerms), as function words do not translate word for word.
 */
function comparable(
  ctx: ComparisonContext,
  a: AttributedQuote,
  b: AttributedQuote,
): [Pick<AttributedQuote, 'words' | 'content'>, Pick<AttributedQuote, 'words' | 'content'>] {
  if (!ctx.mapTerms || ctx.documents[a.doc]!.lang === ctx.documents[b.doc]!.lang) return [a, b];
  const [ca, cb] = [ctx.mapTerms(a.doc, a.content), ctx.mapTerms(b.doc, b.content)];
  return [
    { words: ca, content: ca },
    { words: cb, content: cb },
  ];
}

export function sameQuotation(
  a: Pick<AttributedQuote, 'words' | 'content'>,
  b: Pick<AttributedQuote, 'words' | 'content'>,
): boolean {
  if (a.words.size < MIN_QUOTE_WORDS || b.words.size < MIN_QUOTE_WORDS) return false;
  const content = jaccard(a.content, b.content).shared.length;
  if (content < Math.min(MIN_SHARED_CONTENT, a.content.size, b.content.size) || content === 0)
    return false;
  const { score, shared } = jaccard(a.words, b.words);
  if (score >= SAME_QUOTE) return true;
  const smaller = Math.min(a.words.size, b.words.size);
  return smaller >= MIN_CONTAINED_WORDS && shared.length / smaller >= QUOTE_CONTAINED;
}

/**
 * Words put in the wrong person's mouth mislead most; two bodies (a ministry and
 * a company) given one statement is a lesser matter.
 */
function severityOf(a: Speaker, b: Speaker): ConflictSeverity {
  const person = (s: Speaker) => s.named && s.person;
  return person(a) && person(b) ? 'high' : 'medium';
}

/**
 * Speakers known as entities are compared by their cross-report entity. A
 * speaker the NER stage did not resolve is compared by name without titles,
 * where a surname alone matches the full name ("Weber" and "Bürgermeister Karl
 * Weber") but a suffixed name does not ("Trump" and "Donald Trump Jr").
 */
function sameSpeaker(a: AttributedQuote, b: AttributedQuote): boolean {
  if (a.speaker.key === b.speaker.key) return true;
  const words = (q: AttributedQuote) =>
    nameKey(stripTitles(q.quote.speaker!.antecedent?.text ?? q.quote.speaker!.text)).split(' ');
  const [wa, wb] = [words(a), words(b)];
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return shorter.length === 1 && longer.at(-1) === shorter[0];
}

/** The quotation's words (lemmas, lower case) and its content words as matching terms (synonyms joined). */
function wordsOf(
  doc: DocumentRecord,
  quote: QuoteRecord,
): { words: Set<string>; content: Set<string> } {
  const words = new Set<string>();
  const content = new Set<string>();
  for (const token of doc.tokens) {
    if (token.end <= quote.content.start) continue;
    if (token.start >= quote.content.end) break;
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const form = doc.text.slice(token.start, token.end);
    words.add(token.lemma ? token.lemma.toLowerCase() : stem(form.toLowerCase()));
    const term = tokenTerm(doc, token);
    if (term) content.add(term.term);
    else if (token.kind === 'number') content.add(form);
  }
  return { words, content };
}

import type { DocumentRecord, TokenRecord } from '../contract/types.js';
import { HEDGE_PHRASES, HEDGES, NEGATORS, STOPWORDS } from './claim-words.js';
import synonymData from './data/synonyms.de.json' with { type: 'json' };
import { wordsOf } from '../crosslingual/words.js';

/** Each word of a synonym group → the group's first word, which stands for all. */
const SYNONYM_OF = new Map<string, string>(
  synonymData.groups.flatMap((group) =>
    group.map((word) => [foldSharpS(word), foldSharpS(group[0]!)] as const),
  ),
);

/** Terms are compared with ß written as ss (Swiss and pre-1996 spellings, and lemmatizer variants). */
function foldSharpS(word: string): string {
  return word.replaceAll('ß', 'ss');
}

/** Parts of speech that carry no content of their own for matching statements. */
const FUNCTION_UPOS = new Set([
  'DET',
  'ADP',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'NUM',
  'X',
  'INTJ',
]);
const CONTENT_KINDS = new Set(['word', 'abbreviation', 'hashtag']);
const NOUN_UPOS = new Set(['NOUN', 'PROPN']);

export interface TokenTerm {
  term: string;
  /** True for nouns and names: these carry over to a following pronoun sentence. */
  nominal: boolean;
  /** True for common nouns: only these are split as compounds ("Schutzdamm" → "damm", not "Russland" → "land"). */
  commonNoun: boolean;
}

/**
 * The matching term of a content token: its lemma when the tagger gave one, else
 * a crude stem of its lower-cased form; null for function words, numbers and
 * punctuation (numbers are compared as values, not as strings).
 */
export function tokenTerm(doc: DocumentRecord, token: TokenRecord): TokenTerm | null {
  if (!CONTENT_KINDS.has(token.kind)) return null;
  if (token.upos && FUNCTION_UPOS.has(token.upos)) return null;
  const form = doc.text.slice(token.start, token.end);
  const lower = form.toLowerCase();
  if (STOPWORDS.has(lower) || isNegator(lower, doc.lang) || lower.length < 2) return null;
  // English reports: English function words too (src/core/crosslingual/data/words.json).
  if (doc.lang.startsWith('en') && wordsOf('en').stopwords.has(lower)) return null;
  // "Rußland" and "Russland": the lemmatizer knows both spellings; matching must not.
  // The German stemmer would cut English words wrongly ("missiles" → "missil"): an untagged English word stays as written.
  let base = foldSharpS(
    token.lemma ? token.lemma.toLowerCase() : doc.lang.startsWith('en') ? lower : stem(lower),
  );
  // "Wählerinnen und Wähler", "Ministerin" / "Minister": one word for matching.
  if (token.upos === 'NOUN' && base.endsWith('erin') && base.length > 6) base = base.slice(0, -2);
  const nominal = token.upos ? NOUN_UPOS.has(token.upos) : /^\p{Lu}/u.test(form);
  return { term: SYNONYM_OF.get(base) ?? base, nominal, commonNoun: token.upos === 'NOUN' };
}

const KIND_WORDS = new Map(Object.entries(synonymData.equipmentKindWords.words));

/** The matching term for a kind of weapon system ("fighter jet" → the group of "flugzeug"). */
export function equipmentKindTerm(kind: string): string | undefined {
  const word = KIND_WORDS.get(kind);
  return word === undefined ? undefined : canonicalTerm(word);
}

/** The synonym group a word (lemma, lower case) belongs to, or the word itself. */
export function canonicalTerm(lemma: string): string {
  const folded = foldSharpS(lemma);
  return SYNONYM_OF.get(folded) ?? folded;
}

/** The last part of a hyphenated compound ("us-atacms-rakete" → "rakete"), or null. */
export function compoundTail(term: string): string | null {
  const dash = term.lastIndexOf('-');
  return dash > 0 && dash < term.length - 3 ? term.slice(dash + 1) : null;
}

const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];

/** A stem for when no lemma is available: strips one common German inflection ending. */
export function stem(lower: string): string {
  for (const ending of ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 4)
      return lower.slice(0, -ending.length);
  }
  return lower;
}

/** A word that denies its clause: German "nicht", "kein"; in an English report also "not", "no", "n't". */
export function isNegator(lowerForm: string, lang = 'de'): boolean {
  if (NEGATORS.has(lowerForm)) return true;
  return (
    lang.startsWith('en') && (wordsOf('en').negators.has(lowerForm) || /n[’']t$/.test(lowerForm))
  );
}

/** Hedging words and phrases in a sentence, in order of appearance. */
export function findHedges(sentenceText: string): string[] {
  const lower = sentenceText.toLowerCase();
  const found: string[] = [];
  for (const phrase of HEDGE_PHRASES) if (lower.includes(phrase)) found.push(phrase);
  for (const word of lower.split(/[^\p{L}]+/u)) {
    if (HEDGES.has(word) && !found.some((f) => f.includes(word))) found.push(word);
  }
  return found;
}

/**
 * Word lists and small judgements of the attributed mode (data/attribution.de.json):
 * which reports of speech a reader is shown, and where the source of a marker phrase
 * starts ("nach Angaben von Landeswahlleiterin Sabine Hoffmann" → the Landeswahlleiterin).
 */
import data from './data/attribution.de.json' with { type: 'json' };
import { isCapitalized, isPunct, type Word } from './words.js';

/** Verbs (lemmas) that, with a plain object and no reported clause, evaluate rather than report. */
export const EVALUATIVE_VERBS: ReadonlySet<string> = new Set(data.evaluativeVerbs);
/** Forms of "sich zeigen" / "sich geben" that with an adjective report an attitude: "zeigte sich erleichtert, dass". */
export const ATTITUDE_VERBS: ReadonlySet<string> = new Set(data.attitudeVerbs);
/** Konjunktiv II forms that look like the past indicative ("blieben", "sollte"). */
export const PAST_LIKE_KONJUNKTIV_II: ReadonlySet<string> = new Set(data.pastLikeKonjunktivII);
/** Verbs that report an estimate with "auf": "schätzt den Schaden auf 30 Millionen Euro". */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(data.estimateVerbs);
/** Opinion verbs that are cues only where they close an inverted wie-clause ("…, wie X findet."). */
export const WIE_OPINION_VERBS: ReadonlySet<string> = new Set(data.wieOpinionVerbs);
/** Report verbs (lemmas) of the attributed mode only: "bestätigte die Entsendung". */
export const ATTRIBUTED_REPORT_VERBS: ReadonlySet<string> = new Set(data.reportVerbs);
const REPORT_NOUNS: ReadonlySet<string> = new Set(data.reportNouns.map((w) => w.toLowerCase()));
const GENITIVE_ARTICLES = new Set(['des', 'der', 'eines', 'einer']);
/** Possessives before a report noun name its source: "nach seinen Angaben", "ihrer Einschätzung nach". */
export const POSSESSIVES: ReadonlySet<string> = new Set(data.possessives);

/**
 * Where the source starts in a speaker phrase over words [from, …) ending at offset
 * `end`: after a leading report noun and its "von" or "aus" ("Angaben von X" → X; "Angaben der
 * Polizei" → "der Polizei"), at `from` when the phrase has no report noun, and null when
 * it is a report noun with no source at all ("nach bisherigen Erkenntnissen").
 */
export function markerSourceStart(
  words: readonly Word[],
  from: number,
  end: number,
): number | null {
  let i = from;
  while (
    i < words.length &&
    words[i]!.end <= end &&
    !isCapitalized(words[i]!.text) &&
    !isPunct(words[i]!)
  )
    i++;
  // "seinen Angaben": the possessive is the source (resolved like a pronoun).
  if (i > from && POSSESSIVES.has(words[from]!.lower) && REPORT_NOUNS.has(words[i]?.lower ?? ''))
    return from;
  const noun = words[i];
  if (!noun || noun.end > end || !REPORT_NOUNS.has(noun.lower)) return from;
  const next = words[i + 1];
  if (!next || next.start >= end) return null;
  if (next.lower === 'von' || next.lower === 'vom' || next.lower === 'aus')
    return words[i + 2] && words[i + 2]!.end <= end ? i + 2 : null;
  if (GENITIVE_ARTICLES.has(next.lower)) return i + 1;
  return from;
}

/** Whether the word after a possessive at `from` (past adjectives) is a report noun: "seinen ersten Angaben". */
export function reportNounFollows(words: readonly Word[], from: number): boolean {
  let i = from + 1;
  while (i < words.length && !isCapitalized(words[i]!.text) && !isPunct(words[i]!)) i++;
  return REPORT_NOUNS.has(words[i]?.lower ?? '');
}

const STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  [...data.statementNouns, ...data.reportNouns].map((w) => w.toLowerCase()),
);

/**
 * Where the source of a statement noun starts in words [from, to): "Die Bilanz des
 * Ministers" → "des Ministers", "Sein Fazit" → "Sein", "Das Fazit von Trainerin X" → X;
 * null when the phrase is no statement noun with a source.
 */
export function statementSourceStart(
  words: readonly Word[],
  from: number,
  to: number,
): number | null {
  let i = from;
  while (i < to && !isCapitalized(words[i]!.text) && !isPunct(words[i]!)) i++;
  // The first word may be capitalised at the sentence start: "Sein Fazit", "Die Bilanz".
  if (i === from && i < to && !STATEMENT_NOUNS.has(words[i]!.lower)) i++;
  while (i < to && !isCapitalized(words[i]!.text) && !isPunct(words[i]!)) i++;
  const noun = words[i];
  if (!noun || i >= to || !STATEMENT_NOUNS.has(noun.lower)) return null;
  if (i > from && POSSESSIVES.has(words[from]!.lower)) return from;
  const next = words[i + 1];
  if (!next || i + 2 >= to + 1) return null;
  if (next.lower === 'von' || next.lower === 'vom') return i + 2 < to ? i + 2 : null;
  if (GENITIVE_ARTICLES.has(next.lower)) return i + 1;
  return null;
}

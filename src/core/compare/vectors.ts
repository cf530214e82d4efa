import type { Statement } from './statements.js';

/** A statement's terms weighted by rarity (tf·idf), with its Euclidean norm. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
  /** Sum of the weights: the statement's total information. */
  mass: number;
}

/** Share of a compound's weight given to a shorter known word it ends with ("Schutzdamm" → "damm"). */
const COMPOUND_HEAD_WEIGHT = 0.5;
const MIN_HEAD_LENGTH = 4;
/** Shared weight at which the evidence of shared words reaches 63 % (1 − 1/e). */
const EVIDENCE_SCALE = 8;
/** Share of the length-normalised measures in a term similarity; the rest is shared evidence. */
const NORMALISED_SHARE = 0.6;

/**
 * Weights every statement's terms by how rare they are across all reports, so
 * that "ATACMS" or "Pegel" decide a match and "sagen" does not. Closed German
 * compounds also count as their head when that head occurs elsewhere:
 * "Schutzdamm" in one report meets "Damm" in another.
 */
export function buildTermVectors(statements: readonly Statement[]): TermVector[] {
  const vocabulary = new Set<string>();
  for (const s of statements) for (const term of s.terms.keys()) vocabulary.add(term);

  const expanded = statements.map((s) => {
    const terms = new Map(s.terms);
    for (const [term, weight] of s.terms) {
      if (!s.compounds.has(term)) continue;
      const head = knownHead(term, vocabulary);
      if (head) terms.set(head, (terms.get(head) ?? 0) + weight * COMPOUND_HEAD_WEIGHT);
      // "die Entgleisung" states what "entgleiste" states.
      const verb = eventVerb(term, vocabulary);
      if (verb && !terms.has(verb)) terms.set(verb, weight);
    }
    return terms;
  });

  const documentFrequency = new Map<string, number>();
  for (const terms of expanded) {
    for (const term of terms.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const n = statements.length;
  return expanded.map((terms) => {
    const weights = new Map<string, number>();
    for (const [term, tf] of terms)
      weights.set(term, tf * Math.log(1 + n / (documentFrequency.get(term) ?? 1)));
    return vectorOf(weights);
  });
}

export function vectorOf(weights: Map<string, number>): TermVector {
  let squares = 0;
  let mass = 0;
  for (const w of weights.values()) {
    squares += w * w;
    mass += w;
  }
  return { weights, norm: Math.sqrt(squares), mass };
}

/**
 * The verb an event noun is derived from, when another statement of the story
 * uses it: German forms nouns of action with -ung from the verb's stem
 * ("Entgleisung" ← entgleisen, "Sanierung" ← sanieren, "Änderung" ← ändern).
 * Only a verb the story itself uses is returned, so no stem is guessed blindly.
 */
export function eventVerb(noun: string, vocabulary: ReadonlySet<string>): string | null {
  if (!noun.endsWith('ung') || noun.length < 7) return null;
  const stem = noun.slice(0, -3);
  for (const verb of /(?:er|el)$/.test(stem) ? [stem + 'n', stem + 'en'] : [stem + 'en']) {
    if (vocabulary.has(verb)) return verb;
  }
  return null;
}

function knownHead(term: string, vocabulary: ReadonlySet<string>): string | null {
  if (term.includes('-') || term.length < MIN_HEAD_LENGTH + 3) return null;
  for (let cut = 3; cut <= term.length - MIN_HEAD_LENGTH; cut++) {
    const suffix = term.slice(cut);
    if (vocabulary.has(suffix)) return suffix;
  }
  return null;
}

/** How alike two statements' words are, 0…1 (see combineTermEvidence), with the words they share. */
export function termSimilarity(a: TermVector, b: TermVector): { score: number; shared: string[] } {
  if (a.norm === 0 || b.norm === 0) return { score: 0, shared: [] };
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let common = 0;
  const shared: string[] = [];
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) {
      dot += w * other;
      common += Math.min(w, other);
      shared.push(term);
    }
  }
  return { score: combineTermEvidence(a, b, dot, common, shared.length), shared };
}

/**
 * The term similarity from the sums over shared terms: the mean of cosine and
 * containment (one statement says all the other says), blended with the
 * absolute weight of the shared words — rare words shared count in themselves,
 * however long the sentences around them ("nordkoreanische Truppen in Kursk").
 */
export function combineTermEvidence(
  a: TermVector,
  b: TermVector,
  dot: number,
  common: number,
  sharedCount: number,
): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const cosine = dot / (a.norm * b.norm);
  const containment = common / Math.min(a.mass, b.mass);
  const evidence = 1 - Math.exp(-common / EVIDENCE_SCALE);
  // One shared word makes a short sentence look contained in any long one; it
  // takes two to say the same thing.
  const normalised = ((cosine + containment) / 2) * (sharedCount >= 2 ? 1 : 0.5);
  return NORMALISED_SHARE * normalised + (1 - NORMALISED_SHARE) * evidence;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): { score: number; shared: T[] } {
  if (a.size === 0 || b.size === 0) return { score: 0, shared: [] };
  const shared = [...a].filter((x) => b.has(x));
  return { score: shared.length / (a.size + b.size - shared.length), shared };
}

/** A word in this share of a report's statements is one of the story's topic words in that report. */
const TOPIC_SHARE = 0.2;
/** And it must be that frequent in at least this many of the reports (or all, when fewer). */
const TOPIC_REPORTS = 2;

/**
 * The story's topic words: those found in a good part of the sentences of
 * several reports ("Ukraine" and "Krieg" in a war story, "Zug" in a derailment).
 * They say what the whole story is about, not what one sentence states, so two
 * sentences sharing only topic words have not yet said the same thing.
 */
export function topicTerms(byDoc: readonly (readonly Statement[])[]): Set<string> {
  const reportsWith = new Map<string, number>();
  for (const statements of byDoc) {
    const count = new Map<string, number>();
    for (const s of statements)
      for (const t of s.terms.keys()) count.set(t, (count.get(t) ?? 0) + 1);
    const needed = Math.max(2, TOPIC_SHARE * statements.length);
    for (const [term, n] of count)
      if (n >= needed) reportsWith.set(term, (reportsWith.get(term) ?? 0) + 1);
  }
  const reportsNeeded = Math.min(TOPIC_REPORTS, byDoc.length);
  return new Set([...reportsWith].filter(([, n]) => n >= reportsNeeded).map(([t]) => t));
}

/**
 * Sparse weighted vectors of a report and of a story's centroid, and their
 * cosine. Weights are computed at query time from the current document
 * frequencies, so a centroid keeps raw sums and never goes stale.
 */
import type { ReportFeatures } from './types.js';

/** The three signals; each has its own key space and its own similarity. */
export type Signal = 'e' | 't' | 'f';

/** Raw (not yet idf-weighted) values of one report: entity type weight, damped term count, frame weight. */
export type RawVector = Map<string, number>;

/** The weight of a person's surname key beside the full name's. */
const SURNAME_SHARE = 0.5;

/** A frame on a common noun ("der Zug – Verletzte") recurs in every accident; one on a name less so. */
const COMMON_FRAME_WEIGHT = 0.4;

export function rawVectors(
  features: ReportFeatures,
  typeWeights: Record<string, number>,
): Record<Signal, RawVector> {
  const e: RawVector = new Map();
  for (const entity of features.entities) {
    const colon = entity.indexOf(':');
    const type = entity.slice(0, colon);
    const name = entity.slice(colon + 1);
    const weight = typeWeights[type] ?? 1;
    // The name alone is the key: the tagger may call one place LOC in one report
    // and MISC or ORG in another; the type only weighs.
    e.set(name, Math.max(weight, e.get(name) ?? 0));
    // A person is often named in full in one report and by surname only in
    // another ("Carola Henning" … "Ministerin Henning"): the surname is a second,
    // weaker key.
    const space = name.lastIndexOf(' ');
    if (type === 'PER') {
      const surname = `~${space < 0 ? name : name.slice(space + 1)}`;
      e.set(surname, Math.max(weight * SURNAME_SHARE, e.get(surname) ?? 0));
    }
  }
  const t: RawVector = new Map();
  // Sub-linear: a word said five times is not five times the evidence.
  for (const [term, count] of Object.entries(features.terms))
    if (count > 0) t.set(term, 1 + Math.log(count));
  const f: RawVector = new Map();
  for (const key of features.frames) f.set(key, key.startsWith('!') ? 1 : COMMON_FRAME_WEIGHT);
  return { e, t, f };
}

/**
 * The report's entity keys that name its cast — people and organisations, with a
 * person's surname key. They stay with a story while it runs for days (the
 * defendant and the court, the minister and the rail company); a place or an
 * event name (LOC, MISC) is shared by whatever else happens there, like the
 * topic words.
 */
export function castKeys(features: ReportFeatures): Set<string> {
  const cast = new Set<string>();
  for (const entity of features.entities) {
    const colon = entity.indexOf(':');
    const type = entity.slice(0, colon);
    if (type !== 'PER' && type !== 'ORG') continue;
    const name = entity.slice(colon + 1);
    cast.add(name);
    if (type === 'PER') {
      const space = name.lastIndexOf(' ');
      cast.add(`~${space < 0 ? name : name.slice(space + 1)}`);
    }
  }
  return cast;
}

/**
 * The cosine of `cosine` and the part of it that comes from the keys in `part`
 * (a cosine is a sum over the shared keys, so the part is exact: 0 ≤ part ≤ total).
 */
export function cosineWithPart(
  report: RawVector,
  reportNorm: number,
  centroid: ReadonlyMap<string, number>,
  centroidNorm: number,
  idf: (key: string) => number,
  part: ReadonlySet<string>,
): { total: number; part: number } {
  if (reportNorm === 0 || centroidNorm === 0) return { total: 0, part: 0 };
  let dot = 0;
  let partDot = 0;
  for (const [key, value] of report) {
    const c = centroid.get(key);
    if (c !== undefined) {
      const w = idf(key);
      const term = value * c * w * w;
      dot += term;
      if (part.has(key)) partDot += term;
    }
  }
  const norm = reportNorm * centroidNorm;
  return { total: dot / norm, part: partDot / norm };
}

/**
 * Cosine of a report vector and a centroid under the weight `idf(key)`;
 * `centroidNorm` is the centroid's weighted length (computed by the caller once).
 */
export function cosine(
  report: RawVector,
  reportNorm: number,
  centroid: ReadonlyMap<string, number>,
  centroidNorm: number,
  idf: (key: string) => number,
): number {
  if (reportNorm === 0 || centroidNorm === 0) return 0;
  let dot = 0;
  for (const [key, value] of report) {
    const c = centroid.get(key);
    if (c !== undefined) {
      const w = idf(key);
      dot += value * c * w * w;
    }
  }
  return dot / (reportNorm * centroidNorm);
}

export function weightedNorm(
  vector: ReadonlyMap<string, number>,
  idf: (key: string) => number,
): number {
  let sum = 0;
  for (const [key, value] of vector) {
    const w = value * idf(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

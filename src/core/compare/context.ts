import type { DocumentRecord } from '../contract/types.js';
import type { CrossEntities } from './cross-entities.js';
import type { Statement } from './statements.js';
import { documentName } from '../render/excerpt.js';
import { intervalOf, overlaps, sameDimension } from './intervals.js';
import { termSimilarity, jaccard, type TermVector } from './vectors.js';

/** Everything the finders share: the reports, their statements, and how alike two statements are. */
export interface ComparisonContext {
  documents: readonly DocumentRecord[];
  cross: CrossEntities;
  /** Statements of every report, in report then sentence order. */
  statements: readonly Statement[];
  /** Statements of one report. */
  byDoc: readonly (readonly Statement[])[];
  vectorOf(statement: Statement): TermVector;
  /** Short name of a report for explanations: its file name. */
  nameOf(doc: number): string;
  similarity(a: Statement, b: Statement): Similarity;
}

export interface Similarity {
  score: number;
  lemmas: string[];
  entities: string[];
  /** Values both statements give (same measure, compatible figures), as text of the first. */
  values: string[];
}

/** Weights of the signals that say two statements are about the same thing. */
const TERM_WEIGHT = 0.7;
const ENTITY_WEIGHT = 0.2;
const VALUE_WEIGHT = 0.1;

export function createContext(
  documents: readonly DocumentRecord[],
  cross: CrossEntities,
  byDoc: readonly (readonly Statement[])[],
  vectors: readonly TermVector[],
): ComparisonContext {
  const statements = byDoc.flat();
  const vectorIndex = new Map(statements.map((s, i) => [s, vectors[i]!]));
  const indexOf = new Map(statements.map((s, i) => [s, i]));
  const vectorOf = (s: Statement) => vectorIndex.get(s)!;
  // Every finder asks about the same pairs; each is computed once.
  const cache = new Map<number, Similarity>();
  return {
    documents,
    cross,
    statements,
    byDoc,
    vectorOf,
    nameOf: (doc) => documentName(documents[doc]!),
    similarity(a, b) {
      const [i, j] = [indexOf.get(a)!, indexOf.get(b)!];
      const key = i < j ? i * statements.length + j : j * statements.length + i;
      let result = cache.get(key);
      if (!result) {
        const terms = termSimilarity(vectorOf(a), vectorOf(b));
        const entities = jaccard(a.entities, b.entities);
        const values = sharedValues(a, b);
        result = {
          score:
            TERM_WEIGHT * terms.score +
            ENTITY_WEIGHT * entities.score +
            (values.length > 0 ? VALUE_WEIGHT : 0),
          lemmas: terms.shared,
          entities: entities.shared,
          values,
        };
        cache.set(key, result);
      }
      return result;
    },
  };
}

function sharedValues(a: Statement, b: Statement): string[] {
  const shared: string[] = [];
  for (const qa of a.quantities) {
    const ia = intervalOf(qa);
    if (!ia) continue;
    for (const qb of b.quantities) {
      const ib = intervalOf(qb);
      if (ib && sameDimension(qa, qb) && overlaps(ia, ib)) shared.push(qa.text);
    }
  }
  for (const da of a.dates) {
    if (da.value && b.dates.some((db) => db.value === da.value)) shared.push(da.text);
  }
  return shared;
}

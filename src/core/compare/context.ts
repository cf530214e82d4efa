import type { DocumentRecord } from '../contract/types.js';
import type { CrossEntities } from './cross-entities.js';
import type { Statement } from './statements.js';
import { documentName } from '../render/excerpt.js';
import { intervalOf, overlaps, sameDimension } from './intervals.js';
import { buildScoreMatrix } from './score-matrix.js';
import { termSimilarity, jaccard, topicTerms, type TermVector } from './vectors.js';

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
  /** How alike two statements of different reports are, 0…1: fast, for scanning all pairs. */
  score(a: Statement, b: Statement): number;
  /** The same score with what it rests on (shared lemmas, entities, values): for findings. */
  similarity(a: Statement, b: Statement): Similarity;
  /** The story's topic words (see topicTerms). */
  topic: ReadonlySet<string>;
  /**
   * What two statements share beyond who and where and the story's topic: their
   * shared words that are neither names nor topic words, and their shared values.
   * Two sentences about one fact share what happened, or a figure.
   */
  evidence(a: Statement, b: Statement): { terms: string[]; values: string[]; figures: number };
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
  const matrix = buildScoreMatrix(statements, vectors);
  const topic = topicTerms(byDoc);
  const score = (a: Statement, b: Statement, values: number) => {
    const [i, j] = [indexOf.get(a)!, indexOf.get(b)!];
    return (
      TERM_WEIGHT * matrix.terms(i, j) +
      ENTITY_WEIGHT * matrix.entities(i, j) +
      (values > 0 ? VALUE_WEIGHT : 0)
    );
  };
  return {
    documents,
    cross,
    statements,
    byDoc,
    vectorOf,
    nameOf: (doc) => documentName(documents[doc]!),
    score(a, b) {
      const hasValues =
        (a.quantities.length > 0 && b.quantities.length > 0) ||
        (a.dates.length > 0 && b.dates.length > 0);
      return score(a, b, hasValues ? sharedValues(a, b).length : 0);
    },
    similarity(a, b) {
      const values = sharedValues(a, b);
      return {
        score: score(a, b, values.length),
        lemmas: termSimilarity(vectorOf(a), vectorOf(b)).shared,
        entities: jaccard(a.entities, b.entities).shared,
        values,
      };
    },
    topic,
    evidence(a, b) {
      const terms = termSimilarity(vectorOf(a), vectorOf(b)).shared.filter(
        (t) => !topic.has(t) && !a.names.has(t) && !b.names.has(t),
      );
      const hasValues =
        (a.quantities.length > 0 && b.quantities.length > 0) ||
        (a.dates.length > 0 && b.dates.length > 0);
      return {
        terms,
        values: hasValues ? sharedValues(a, b) : [],
        figures: hasValues ? sharedFigures(a, b) : 0,
      };
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

/** Below this, a plain count ("zwei Menschen", "drei Stellen") is too common to identify a fact by. */
const DISTINCTIVE_COUNT = 20;

/**
 * Shared figures distinctive enough to identify a fact: a measure with a unit
 * ("7,40 Meter", "15 Millionen Euro") or a count of at least DISTINCTIVE_COUNT
 * ("1.200 Bewohner"), given compatibly by both statements.
 */
function sharedFigures(a: Statement, b: Statement): number {
  let n = 0;
  for (const qa of a.quantities) {
    const ia = intervalOf(qa);
    if (!ia || (qa.unit === null && (qa.value ?? 0) < DISTINCTIVE_COUNT)) continue;
    if (qa.unit === 'year') continue;
    for (const qb of b.quantities) {
      const ib = intervalOf(qb);
      if (ib && sameDimension(qa, qb) && overlaps(ia, ib)) {
        n++;
        break;
      }
    }
  }
  return n;
}

import type { ConflictRecord, QuantityRecord } from '../../contract/types.js';
import type { ComparisonContext } from '../context.js';
import { intervalOf, overlaps, sameDimension } from '../intervals.js';
import type { Statement } from '../statements.js';
import { stem } from '../terms.js';
import { termSimilarity, vectorOf, type TermVector } from '../vectors.js';
import { claimOfQuantity, formatValue } from '../claims.js';

/** How alike the surroundings of two measurements must be for them to measure the same thing. */
const MEASURE_RELATEDNESS = 0.3;
/** Plain counts ("300 Helfer") are compared only when they plainly count the same thing. */
const COUNT_RELATEDNESS = 0.5;
/** Extra relatedness when each report gives only one value of this dimension. */
const ONLY_VALUE_BONUS = 0.15;
/** Weight of the two sentences before a quantity in its context: the subject is often named there. */
const PRECEDING_WEIGHT = 0.5;

interface Measurement {
  q: QuantityRecord;
  statement: Statement;
  context: TermVector;
  subjectKey: string | null;
  /** Only value of its dimension in its report. */
  only: boolean;
}

/**
 * Different values for the same measure in different reports, after unit
 * normalisation and with room for approximations: 300 km against 100 km is a
 * conflict; 300 km against 190 miles (306 km) is not.
 */
export function findQuantityConflicts(ctx: ComparisonContext): ConflictRecord[] {
  const byDoc = ctx.byDoc.map((statements) => measurementsOf(ctx, statements));
  const conflicts: ConflictRecord[] = [];
  for (let i = 0; i < byDoc.length; i++) {
    for (let j = i + 1; j < byDoc.length; j++) {
      for (const a of byDoc[i]!) {
        for (const b of byDoc[j]!) {
          const conflict = compare(ctx, a, b);
          if (conflict) conflicts.push(conflict);
        }
      }
    }
  }
  return conflicts;
}

function compare(ctx: ComparisonContext, a: Measurement, b: Measurement): ConflictRecord | null {
  if (!sameDimension(a.q, b.q)) return null;
  const [ia, ib] = [intervalOf(a.q), intervalOf(b.q)];
  if (!ia || !ib || overlaps(ia, ib)) return null;
  const subjectsMatch = a.subjectKey !== null && a.subjectKey === b.subjectKey;
  let relatedness = Math.max(subjectsMatch ? 1 : 0, termSimilarity(a.context, b.context).score);
  if (a.only && b.only) relatedness += ONLY_VALUE_BONUS;
  const isCount = a.q.normalized?.unit == null;
  if (relatedness < (isCount ? COUNT_RELATEDNESS : MEASURE_RELATEDNESS)) return null;
  const subject = a.q.subject?.text ?? b.q.subject?.text;
  return {
    kind: 'quantity',
    severity: 'medium',
    claims: [claimOfQuantity(ctx, a.statement, a.q), claimOfQuantity(ctx, b.statement, b.q)],
    explanation:
      `${subject ? `${subject}: ` : ''}${ctx.nameOf(a.statement.ref.doc)} gives ${formatValue(a.q)}, ` +
      `${ctx.nameOf(b.statement.ref.doc)} gives ${formatValue(b.q)}, which do not agree even allowing for rounding.`,
  };
}

function measurementsOf(ctx: ComparisonContext, statements: readonly Statement[]): Measurement[] {
  const doc = statements[0] ? ctx.documents[statements[0].ref.doc] : undefined;
  if (!doc) return [];
  const all = doc.quantities;
  const measurements: Measurement[] = [];
  statements.forEach((statement, k) => {
    for (const q of statement.quantities) {
      if (isSecondOfConversion(all, q) || intervalOf(q) === null) continue;
      const context = mergeVectors([
        [ctx.vectorOf(statement), 1],
        ...statements
          .slice(Math.max(0, k - 2), k)
          .map((s) => [ctx.vectorOf(s), PRECEDING_WEIGHT] as const),
      ]);
      measurements.push({ q, statement, context, subjectKey: subjectKey(q), only: false });
    }
  });
  for (const m of measurements) {
    m.only = measurements.filter((o) => sameDimension(o.q, m.q)).length === 1;
  }
  return measurements;
}

/** "300 km (186 Meilen)": the second of a pair restates the first and is not compared again. */
function isSecondOfConversion(all: readonly QuantityRecord[], q: QuantityRecord): boolean {
  return q.conversion !== null && q.conversion.with < all.indexOf(q);
}

function subjectKey(q: QuantityRecord): string | null {
  const words = q.subject?.text.split(/\s+/) ?? [];
  const head = words.find((w) => /^\p{Lu}/u.test(w)) ?? words[0];
  return head ? stem(head.toLowerCase()) : null;
}

function mergeVectors(parts: readonly (readonly [TermVector, number])[]): TermVector {
  const weights = new Map<string, number>();
  for (const [vector, factor] of parts) {
    for (const [term, w] of vector.weights)
      weights.set(term, (weights.get(term) ?? 0) + w * factor);
  }
  return vectorOf(weights);
}

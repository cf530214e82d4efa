import type { AlignmentRecord, ConflictRecord } from '../contract/types.js';
import type { ComparisonContext } from './context.js';
import { jaccard } from './vectors.js';
import type { Statement } from './statements.js';

/** Below this, two statements are not reported as aligned at all. */
export const ALIGN_MIN = 0.2;
/** From this on, an aligned pair without a conflict counts as an agreement. */
export const AGREE_MIN = 0.3;

/**
 * Matches each statement of each report with its closest counterpart in every
 * other report (and the other way round), keeping pairs that are alike enough.
 * A statement may align with several: one report's sentence often covers two
 * of another's.
 */
export function alignStatements(
  ctx: ComparisonContext,
  conflicts: readonly ConflictRecord[],
): AlignmentRecord[] {
  const alignments: AlignmentRecord[] = [];
  for (let i = 0; i < ctx.byDoc.length; i++) {
    for (let j = i + 1; j < ctx.byDoc.length; j++) {
      const pairs = new Set<string>();
      const keep = (a: Statement, b: Statement) => {
        const key = `${a.ref.sentence}:${b.ref.sentence}`;
        if (pairs.has(key)) return;
        pairs.add(key);
        alignments.push(toRecord(ctx, a, b, conflicts));
      };
      for (const a of ctx.byDoc[i]!) {
        const b = best(ctx, a, ctx.byDoc[j]!);
        if (b) keep(a, b);
      }
      for (const b of ctx.byDoc[j]!) {
        const a = best(ctx, b, ctx.byDoc[i]!);
        if (a) keep(a, b);
      }
    }
  }
  return alignments.sort((x, y) => x.a.doc - y.a.doc || x.b.doc - y.b.doc || x.a.start - y.a.start);
}

function best(
  ctx: ComparisonContext,
  statement: Statement,
  candidates: readonly Statement[],
): Statement | null {
  let found: Statement | null = null;
  let bestScore = ALIGN_MIN;
  for (const candidate of candidates) {
    const score = ctx.score(statement, candidate);
    if (score >= bestScore) [found, bestScore] = [candidate, score];
  }
  return found;
}

function toRecord(
  ctx: ComparisonContext,
  a: Statement,
  b: Statement,
  conflicts: readonly ConflictRecord[],
): AlignmentRecord {
  const similarity = ctx.similarity(a, b);
  const sharedSpeakers = [...a.speakers].filter((s) => b.speakers.has(s));
  const inConflict = conflicts.some(
    (c) => c.claims.some((claim) => inside(claim, a)) && c.claims.some((claim) => inside(claim, b)),
  );
  return {
    a: a.ref,
    b: b.ref,
    score: round(similarity.score),
    relation: inConflict ? 'conflicts' : similarity.score >= AGREE_MIN ? 'agrees' : 'related',
    signals: {
      lemmas: similarity.lemmas,
      entities: similarity.entities.map((id) => ctx.cross.nameOf(id) ?? id),
      values: similarity.values,
      speakers: sharedSpeakers.map((key) => ctx.cross.nameOf(key) ?? key.replace(/^name:/, '')),
      quote: sharesQuote(ctx, a, b),
    },
  };
}

function inside(claim: { doc: number; start: number; end: number }, s: Statement): boolean {
  return claim.doc === s.ref.doc && claim.start < s.ref.end && claim.end > s.ref.start;
}

/** Both statements quote, and their quoted words mostly match: one quotation in two wordings. */
function sharesQuote(ctx: ComparisonContext, a: Statement, b: Statement): boolean {
  if (a.quotes.length === 0 || b.quotes.length === 0) return false;
  const words = (s: Statement) =>
    new Set(
      s.quotes
        .flatMap((q) =>
          ctx.documents[s.ref.doc]!.text.slice(q.content.start, q.content.end)
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u),
        )
        .filter((w) => w.length > 2),
    );
  return jaccard(words(a), words(b)).score >= 0.4;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

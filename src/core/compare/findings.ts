import type {
  AgreementRecord,
  AlignmentRecord,
  ConflictRecord,
  UniqueRecord,
} from '../contract/types.js';
import { summarizeClaim } from './claims.js';
import type { ComparisonContext } from './context.js';
import { ALIGN_MIN } from './align.js';

/** A statement needs this many content words to be reported as unique: "Er sagte:" says nothing alone. */
const MIN_TERMS_FOR_UNIQUE = 3;

/**
 * Agreements: statements linked by agreeing alignments, grouped across reports
 * (if A agrees with B and B with C, all three make one claim). Groups are built
 * from the strongest links down, and two groups are never joined when any of
 * their statements contradict each other: a chain of loose links must not put
 * "the dam held" and "the dam did not hold" into one agreement.
 */
export function collectAgreements(
  ctx: ComparisonContext,
  alignments: readonly AlignmentRecord[],
  conflicts: readonly ConflictRecord[],
): AgreementRecord[] {
  const key = (doc: number, sentence: number) => `${doc}:${sentence}`;
  const statementOf = new Map(ctx.statements.map((s) => [key(s.ref.doc, s.ref.sentence), s]));
  const conflicting = conflictPairs(ctx, conflicts);

  const groupOf = new Map<string, Set<string>>();
  const scores = new Map<Set<string>, number[]>();
  const agreeing = alignments
    .filter((a) => a.relation === 'agrees')
    .sort((x, y) => y.score - x.score);
  for (const alignment of agreeing) {
    const [a, b] = [
      key(alignment.a.doc, alignment.a.sentence),
      key(alignment.b.doc, alignment.b.sentence),
    ];
    const ga = groupOf.get(a) ?? new Set([a]);
    const gb = groupOf.get(b) ?? new Set([b]);
    if (ga === gb) continue;
    if ([...ga].some((x) => [...gb].some((y) => conflicting.has(`${x}|${y}`)))) continue;
    const merged = new Set([...ga, ...gb]);
    for (const member of merged) groupOf.set(member, merged);
    scores.set(merged, [...(scores.get(ga) ?? []), ...(scores.get(gb) ?? []), alignment.score]);
    scores.delete(ga);
    scores.delete(gb);
  }

  const agreements: AgreementRecord[] = [];
  for (const [group, groupScores] of scores) {
    const members = [...group]
      .map((k) => statementOf.get(k)!)
      .sort((x, y) => x.ref.doc - y.ref.doc || x.ref.start - y.ref.start);
    if (new Set(members.map((m) => m.ref.doc)).size < 2) continue;
    agreements.push({
      claims: members.map((m) => {
        const { doc, start, end, text } = m.ref;
        return {
          doc,
          start,
          end,
          text,
          speaker: m.speakerNames[0] ?? null,
          claim: summarizeClaim(ctx, m),
        };
      }),
      score:
        Math.round((groupScores.reduce((s, x) => s + x, 0) / groupScores.length) * 1000) / 1000,
    });
  }
  return agreements.sort((x, y) => y.claims.length - x.claims.length || y.score - x.score);
}

/** Keys "doc:sentence|doc:sentence" (both orders) of statements that a conflict sets against each other. */
function conflictPairs(ctx: ComparisonContext, conflicts: readonly ConflictRecord[]): Set<string> {
  const pairs = new Set<string>();
  for (const conflict of conflicts) {
    const keys = conflict.claims.flatMap((claim) =>
      (ctx.byDoc[claim.doc] ?? [])
        .filter((s) => claim.start < s.ref.end && claim.end > s.ref.start)
        .map((s) => `${s.ref.doc}:${s.ref.sentence}`),
    );
    for (const x of keys) for (const y of keys) if (x !== y) pairs.add(`${x}|${y}`);
  }
  return pairs;
}

/** Statements that no other report makes: nothing in any other report aligns with them. */
export function collectUnique(ctx: ComparisonContext): UniqueRecord[] {
  if (ctx.byDoc.length < 2) return [];
  return ctx.statements
    .filter((s) => s.terms.size >= MIN_TERMS_FOR_UNIQUE)
    .filter((s) =>
      ctx.byDoc.every(
        (others, doc) => doc === s.ref.doc || others.every((o) => ctx.score(s, o) < ALIGN_MIN),
      ),
    )
    .map((s) => ({ ...s.ref, claim: summarizeClaim(ctx, s) }));
}

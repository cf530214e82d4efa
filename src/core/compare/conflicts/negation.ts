import type { ConflictRecord } from '../../contract/types.js';
import { claimOfStatement } from '../claims.js';
import type { ComparisonContext } from '../context.js';
import type { Statement } from '../statements.js';

/** Two statements must be this alike before one denying the other counts. */
const SAME_STATEMENT = 0.25;
/** Shared content words besides the negation, so that a shared name alone is not enough. */
const MIN_SHARED_TERMS = 2;

/** One report affirms what another denies: "Der Damm hat gehalten" / "Der Damm hat nicht gehalten". */
export function findNegationConflicts(ctx: ComparisonContext): ConflictRecord[] {
  const conflicts: ConflictRecord[] = [];
  forEachCrossPair(ctx, (a, b) => {
    if (a.negated === b.negated || ctx.score(a, b) < SAME_STATEMENT) return;
    const similarity = ctx.similarity(a, b);
    if (similarity.lemmas.length < MIN_SHARED_TERMS) return;
    const [affirms, denies] = a.negated ? [b, a] : [a, b];
    // What is denied must be what the other report affirms: "nicht gehalten"
    // against "hat gehalten", not against "ist 3 Kilometer lang".
    if (![...denies.negationScope].some((term) => affirms.terms.has(term))) return;
    conflicts.push({
      kind: 'negation',
      severity: 'medium', // an affirmed vs denied proposition; A may refine this
      claims: [claimOfStatement(affirms), claimOfStatement(denies)],
      explanation:
        `${ctx.nameOf(affirms.ref.doc)} affirms what ${ctx.nameOf(denies.ref.doc)} denies ` +
        `(shared: ${similarity.lemmas.slice(0, 5).join(', ')}).`,
    });
  });
  return conflicts;
}

export function forEachCrossPair(
  ctx: ComparisonContext,
  visit: (a: Statement, b: Statement) => void,
): void {
  for (let i = 0; i < ctx.byDoc.length; i++) {
    for (let j = i + 1; j < ctx.byDoc.length; j++) {
      for (const a of ctx.byDoc[i]!) for (const b of ctx.byDoc[j]!) visit(a, b);
    }
  }
}

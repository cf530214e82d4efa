import type { ConflictRecord, DateRecord } from '../../contract/types.js';
import { claimOfDate } from '../claims.js';
import type { ComparisonContext } from '../context.js';
import { forEachCrossPair } from './negation.js';

/** Two statements must be this alike to tell of the same event. */
const SAME_EVENT = 0.2;

/** Different dates for the same event: "am Donnerstag" (13 March) against "am 11. März". */
export function findDateConflicts(ctx: ComparisonContext): ConflictRecord[] {
  const conflicts: ConflictRecord[] = [];
  forEachCrossPair(ctx, (a, b) => {
    if (a.dates.length === 0 || b.dates.length === 0 || ctx.score(a, b) < SAME_EVENT) return;
    const similarity = ctx.similarity(a, b);
    for (const da of a.dates) {
      for (const db of b.dates) {
        if (!contradicts(da, db)) continue;
        conflicts.push({
          kind: 'date',
          severity: 'medium',
          claims: [claimOfDate(a, da), claimOfDate(b, db)],
          explanation:
            `${ctx.nameOf(a.ref.doc)} dates it ${describe(da)}, ` +
            `${ctx.nameOf(b.ref.doc)} ${describe(db)} (shared: ${similarity.lemmas.slice(0, 5).join(', ')}).`,
        });
      }
    }
  });
  return conflicts;
}

/**
 * Both dates resolved to the same precision, and different: 2025-03-13 against
 * 2025-03-11. Dates of different precision (March against 13 March, a week
 * against a day) are not compared: one may simply be vaguer than the other.
 */
function contradicts(a: DateRecord, b: DateRecord): boolean {
  if (!a.resolved || !b.resolved || !a.value || !b.value) return false;
  // "seit August" starts a period and "am 3. Mai" is a point in it: only dates of
  // one kind (two starts, two ends, two points) can contradict each other.
  if (a.relation !== b.relation) return false;
  if (a.granularity !== b.granularity || a.granularity === 'time') return false;
  return a.value !== b.value;
}

function describe(d: DateRecord): string {
  return `"${d.text}" (${d.value})`;
}

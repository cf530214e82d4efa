import type { ConflictRecord, ConflictSeverity } from '../contract/types.js';
import { frameLabel } from '../frames/index.js';

const RANK: Readonly<Record<ConflictSeverity, number>> = { high: 0, medium: 1, low: 2 };

/** Conflicts as a reader should meet them: high severity first, otherwise in the order found. */
export function conflictsBySeverity(conflicts: readonly ConflictRecord[]): ConflictRecord[] {
  return conflicts
    .map((conflict, i) => ({ conflict, i }))
    .sort((a, b) => RANK[a.conflict.severity] - RANK[b.conflict.severity] || a.i - b.i)
    .map(({ conflict }) => conflict);
}

/** The frame when the explanation does not already open with it (the views print both). */
export function framePrefix(conflict: ConflictRecord): string | null {
  const frame = conflictFrame(conflict);
  return frame && !conflict.explanation.startsWith(frame) ? frame : null;
}

/** "ATACMS – Reichweite": the claim frame both values were matched in, from the side that names a bearer. */
export function conflictFrame(conflict: ConflictRecord): string | null {
  const frames = conflict.frames ?? [];
  const frame = frames.find((f) => f.bearer !== null) ?? frames[0];
  return frame ? frameLabel(frame) : null;
}

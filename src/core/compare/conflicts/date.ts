import type { ConflictRecord, DateRecord, FrameRecord } from '../../contract/types.js';
import { frameLabel } from '../../frames/index.js';
import { claimOfDate } from '../claims.js';
import type { ComparisonContext } from '../context.js';
import type { Statement } from '../statements.js';
import {
  bearerRelation,
  differentSources,
  qualifiersCompatible,
  sourcesSentence,
} from './frame-pairs.js';
import { statementIndex } from './quantity.js';

interface Dated {
  doc: number;
  frame: FrameRecord;
  date: DateRecord;
  statement: Statement;
}

/**
 * One event dated differently by two reports: the same event (the event word of
 * the date's clause: "entgleiste" / "Entgleisung"), no different bearers, and
 * resolved dates of one precision that differ — "am Donnerstag" in a report of
 * 14 March (13 March) against "am 11. März". Different events never conflict, and
 * an event one report dates in agreement with the other is not listed.
 */
export function findDateConflicts(
  ctx: ComparisonContext,
  frames: readonly (readonly FrameRecord[])[],
): ConflictRecord[] {
  const byDoc = frames.map((list, doc) => datedOf(ctx, doc, list));
  const conflicts: ConflictRecord[] = [];
  for (let i = 0; i < byDoc.length; i++) {
    for (let j = i + 1; j < byDoc.length; j++) {
      const groups = new Map<string, { agree: boolean; first: [Dated, Dated] | null }>();
      for (const a of byDoc[i]!) {
        for (const b of byDoc[j]!) {
          if (!comparable(a.date, b.date)) continue;
          if (a.frame.attribute.key !== b.frame.attribute.key) continue;
          if (!qualifiersCompatible(a.frame.qualifiers, b.frame.qualifiers)) continue;
          // An event of two different things ("die Strecke" / "die Bundesstraße") is two events.
          const relation = bearerRelation(ctx, a, b, true);
          if (relation === 'different' || (relation === 'unknown' && twoThings(a.frame, b.frame))) {
            continue;
          }
          const group = `${a.frame.attribute.key}|${relation === 'same' ? a.frame.bearer!.key : '?'}`;
          const entry = groups.get(group) ?? { agree: false, first: null };
          if (dayValue(a.date) === dayValue(b.date)) entry.agree = true;
          else entry.first ??= [a, b];
          groups.set(group, entry);
        }
      }
      for (const { agree, first } of groups.values()) {
        if (!agree && first) conflicts.push(conflictOf(ctx, first[0], first[1]));
      }
    }
  }
  return conflicts;
}

/**
 * Both resolved, of one kind (two points, two starts, two ends: "seit August" starts
 * a period that "am 3. Mai" lies in) and one precision: March against 13 March, or a
 * week against a day, may only be vaguer, not different.
 */
function comparable(a: DateRecord, b: DateRecord): boolean {
  if (!a.resolved || !b.resolved || !a.value || !b.value) return false;
  if (relationOf(a) !== relationOf(b)) return false;
  return precision(a) === precision(b);
}

/**
 * "ab dem 16. Oktober wieder fahren": a start still to come is the day something
 * happens, like "am Mittwoch"; "seit August" starts a period that has run since.
 */
function relationOf(d: DateRecord): DateRecord['relation'] {
  return d.relation === 'since' && /^ab\b/i.test(d.text) ? null : d.relation;
}

/** A clock time counts as its day: "am Dienstag um 4.12 Uhr" against "am 2. März". */
function precision(d: DateRecord): DateRecord['granularity'] {
  return d.granularity === 'time' ? 'day' : d.granularity;
}

function dayValue(d: DateRecord): string {
  return d.granularity === 'time' ? d.value!.slice(0, 10) : d.value!;
}

/** Two different common nouns ("die Strecke" / "die Bundesstraße"): the tagger may miss a name, not a noun. */
function twoThings(a: FrameRecord, b: FrameRecord): boolean {
  return a.bearer !== null && b.bearer !== null && !a.bearer.named && !b.bearer.named;
}

function conflictOf(ctx: ComparisonContext, a: Dated, b: Dated): ConflictRecord {
  const sources = differentSources(a.frame, b.frame);
  return {
    kind: 'date',
    severity: 'medium',
    claims: [claimOfDate(a.statement, a.date), claimOfDate(b.statement, b.date)],
    explanation:
      `${frameLabel(a.frame.bearer ? a.frame : b.frame)}: ${ctx.nameOf(a.doc)} dates it ` +
      `${describe(a.date)}, ${ctx.nameOf(b.doc)} ${describe(b.date)}.${sourcesSentence(sources)}`,
    frames: [a.frame, b.frame],
    ...(sources ? { sources } : {}),
  };
}

function datedOf(ctx: ComparisonContext, doc: number, frames: readonly FrameRecord[]): Dated[] {
  const statements = ctx.byDoc[doc] ?? [];
  const dates = ctx.documents[doc]!.dates;
  return frames.flatMap((frame): Dated[] => {
    const date = dates[frame.index];
    const k = statementIndex(statements, frame.start);
    if (frame.kind !== 'date' || !date || k < 0) return [];
    if (frame.attribute.key === 'event:unknown') return [];
    return [{ doc, frame, date, statement: statements[k]! }];
  });
}

function describe(d: DateRecord): string {
  return `"${d.text}" (${d.value})`;
}

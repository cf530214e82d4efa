import type { ConflictRecord, DateRecord, FrameRecord } from '../../contract/types.js';
import { ANNOUNCING_EVENTS, frameLabel } from '../../frames/index.js';
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
          if (a.frame.attribute.key === 'event:unknown') continue;
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
      const lead = leadConflict(ctx, byDoc[i]!, byDoc[j]!);
      if (lead && !conflicts.some((c) => sameClaims(c, lead))) conflicts.push(lead);
    }
  }
  return conflicts;
}

/** Statements 0…LEAD_END are the headline and the lead, which date the story's main event. */
const LEAD_END = 3;

/**
 * The back-off when event words differ ("beschlossen" / "verkündete das Ergebnis",
 * "setzte auf" / "war es still"): news reports date their main event in the lead, so
 * the first date of two reports' leads is one event when it is a day (not a plan, not
 * a period) and the only date of its sentence, the two event words are not two
 * different known events, and neither report names the other's day anywhere.
 */
function leadConflict(
  ctx: ComparisonContext,
  left: readonly Dated[],
  right: readonly Dated[],
): ConflictRecord | null {
  const [a, b] = [leadDate(ctx, left), leadDate(ctx, right)];
  if (!a || !b || !comparable(a.date, b.date) || dayValue(a.date) === dayValue(b.date)) return null;
  if (!qualifiersCompatible(a.frame.qualifiers, b.frame.qualifiers)) return null;
  if (twoEvents(a.frame.attribute.key, b.frame.attribute.key)) return null;
  if (bearerRelation(ctx, a, b, true) === 'different') return null;
  if (daysApart(a.date, b.date) > MAX_LEAD_GAP) return null;
  const days = (list: readonly Dated[]) =>
    new Set(list.map((d) => d.date.value && dayValue(d.date)));
  if (days(left).has(dayValue(b.date)) || days(right).has(dayValue(a.date))) return null;
  return conflictOf(ctx, a, b);
}

/**
 * Two known events ("Anschlag" / "Wahl") are two events; an unknown one, a verb the
 * lexicon lacks, or an announcement ("verkündete das Ergebnis") may be the other.
 */
function twoEvents(a: string, b: string): boolean {
  const known = (k: string) =>
    k.startsWith('event:') && k !== 'event:unknown' && !ANNOUNCING_EVENTS.has(k);
  return a !== b && known(a) && known(b);
}

/**
 * Two leads that date the main event differently are off by a day or two (a weekday
 * read against the wrong report date, a night before or after midnight); dates a
 * week apart are two different events the leads open with (the crime, the verdict).
 */
const MAX_LEAD_GAP = 3;

function daysApart(a: DateRecord, b: DateRecord): number {
  const day = (d: DateRecord) => Date.parse(`${dayValue(d)}T00:00:00Z`);
  return Math.abs(day(a) - day(b)) / 86_400_000;
}

/** The first date of a report's headline and lead, when it can date the main event. */
function leadDate(ctx: ComparisonContext, list: readonly Dated[]): Dated | null {
  const first = list.find((d) => d.date.resolved);
  if (!first || ctx.byDoc[first.doc]!.indexOf(first.statement) > LEAD_END) return null;
  if (precision(first.date) !== 'day' || relationOf(first.date) !== null) return null;
  if (first.frame.qualifiers.some((q) => q.dimension === 'modality')) return null;
  if (list.some((d) => d !== first && d.statement === first.statement)) return null;
  return first;
}

function sameClaims(x: ConflictRecord, y: ConflictRecord): boolean {
  const key = (c: ConflictRecord) => c.claims.map((k) => `${k.doc}:${k.start}`).join('|');
  return key(x) === key(y);
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
  const sources = differentSources(a.frame, b.frame, { ctx, docA: a.doc, docB: b.doc });
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
    return [{ doc, frame, date, statement: statements[k]! }];
  });
}

function describe(d: DateRecord): string {
  return `"${d.text}" (${d.value})`;
}

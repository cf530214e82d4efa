import type {
  ConflictRecord,
  ConflictSeverity,
  FrameRecord,
  QuantityRecord,
} from '../../contract/types.js';
import { ATTRIBUTES, dimensionOf, frameLabel, partnerOf } from '../../frames/index.js';
import { claimOfQuantity, formatValue } from '../claims.js';
import type { ComparisonContext } from '../context.js';
import { intervalOf, isVaguePlural, overlaps, type Interval } from '../intervals.js';
import type { Statement } from '../statements.js';
import { termSimilarity, vectorOf, type TermVector } from '../vectors.js';
import {
  bearerRelation,
  differentSources,
  qualifiersCompatible,
  SEVERITY_ORDER,
  sourcesSentence,
} from './frame-pairs.js';

/** Without a known common bearer, surroundings must be this alike for two measures to be about one thing. */
const MEASURE_RELATEDNESS = 0.3;
/** … and for plain counts, which are many in any report (a vote tally, two counts, identifies its decision as a measure does). */
const COUNT_RELATEDNESS = 0.5;
/** Weight of the two sentences before a quantity in its context: the thing measured is often named there. */
const PRECEDING_WEIGHT = 0.5;
/** Statements after a named figure that a list of named figures may continue in. */
const LIST_REACH = 1;
/** Dimensions where a party's or group's bare figure is its share. */
const SHARES = new Set(['percent', 'pp']);
/** Relative differences from which a conflict ranks high, and below which low. */
const LARGE_DIFFERENCE = 0.5;
const SMALL_DIFFERENCE = 0.1;

interface Measurement {
  doc: number;
  frame: FrameRecord;
  q: QuantityRecord;
  interval: Interval;
  dim: string;
  statement: Statement;
  context: TermVector;
  /** The only live figure of its attribute and dimension in its report. */
  only: boolean;
  /** The second count of a vote tally ("15 zu **9** Stimmen") and its interval. */
  partner: Interval | null;
  partnerQ: QuantityRecord | null;
  /** Per attribute key: how many different named bearers the report's plain figures have. */
  named: Map<string, number>;
}

interface Candidate {
  a: Measurement;
  b: Measurement;
  /** The pair's bearer, for grouping: one conflict per frame and pair of reports. */
  group: string;
}

/**
 * Different values for one claim frame in two reports: the same bearer (or, when a
 * report leaves the bearer out, plainly the same context), the same attribute,
 * compatible qualifiers, and values that do not overlap after units and
 * approximations. A figure a report marks as outdated never conflicts; when some
 * figure of one report agrees with the other's for the same frame, the frame agrees.
 */
export function findQuantityConflicts(
  ctx: ComparisonContext,
  frames: readonly (readonly FrameRecord[])[],
): ConflictRecord[] {
  const byDoc = frames.map((list, doc) => measurementsOf(ctx, doc, list));
  const conflicts: ConflictRecord[] = [];
  for (let i = 0; i < byDoc.length; i++) {
    for (let j = i + 1; j < byDoc.length; j++) {
      const groups = new Map<string, { agree: boolean; conflicts: Candidate[] }>();
      for (const a of byDoc[i]!) {
        for (const b of byDoc[j]!) {
          const group = matchGroup(ctx, a, b);
          if (group === null) continue;
          const entry = groups.get(group) ?? { agree: false, conflicts: [] };
          if (overlaps(a.interval, b.interval) && partnersAgree(a, b)) entry.agree = true;
          else entry.conflicts.push({ a, b, group });
          groups.set(group, entry);
        }
      }
      for (const { agree, conflicts: found } of groups.values()) {
        if (agree || found.length === 0) continue;
        for (const c of distinctValues(found))
          conflicts.push(conflictOf(ctx, c, severityOf(c.a, c.b)));
      }
    }
  }
  return conflicts;
}

/** The group key two measurements share when their frames match, else null. */
function matchGroup(ctx: ComparisonContext, a: Measurement, b: Measurement): string | null {
  if (a.dim !== b.dim || a.frame.superseded || b.frame.superseded) return null;
  if (!qualifiersCompatible(a.frame.qualifiers, b.frame.qualifiers)) return null;
  if (a.frame.attribute.key.startsWith('part:') !== b.frame.attribute.key.startsWith('part:')) {
    return null;
  }
  const [ka, kb] = [a.frame.attribute.key, b.frame.attribute.key];
  const genericA = ka.startsWith('dim:');
  const genericB = kb.startsWith('dim:');
  if (!genericA && !genericB && ka !== kb) return null;
  const relation = bearerRelation(ctx, a, b, a.dim === 'count');
  if (relation === 'different') return null;
  const attribute = genericA ? kb : ka;
  if (relation === 'same') {
    // A bare share ("SPD 31 %") is compared with a named one ("31 Prozent der Stimmen")
    // only for a named bearer; a bare length or sum may measure anything of it.
    if ((genericA || genericB) && (!a.frame.bearer!.named || !SHARES.has(a.dim))) {
      // … unless each is the one figure of its measure said of that bearer in its sentence,
      // and the two sentences are about the same thing ("Deutschland sagte 6 Milliarden
      // Euro zu" / "Die Bundesrepublik steuert 4,5 Milliarden Euro bei").
      if (!loneOfBearer(a) || !loneOfBearer(b)) return null;
      if (termSimilarity(a.context, b.context).score < MEASURE_RELATEDNESS) return null;
    }
    return `${attribute}|${a.frame.bearer!.key}`;
  }
  if (genericA || genericB) return null;
  // A part ("neun von ihnen", "drei der Schwerverletzten") is compared only for one named bearer.
  if (attribute.startsWith('part:')) return null;
  // A list of named bearers for the attribute ("SPD 31 %, CDU 27,8 %") leaves an
  // unnamed figure of another report ambiguous: it is compared with none of them.
  if (namedBearers(a, attribute) > 1 || namedBearers(b, attribute) > 1) return null;
  // Two reports naming different things ("die Halskette" / "die Beute") need alike contexts.
  const twoNouns = a.frame.bearer !== null && b.frame.bearer !== null;
  const related =
    (a.only && b.only && !twoNouns) ||
    termSimilarity(a.context, b.context).score >=
      (a.dim === 'count' && !a.partner ? COUNT_RELATEDNESS : MEASURE_RELATEDNESS);
  return related ? `${attribute}|?` : null;
}

/**
 * The pairs of a frame worth listing: each pair of statements once; a report that
 * gives the same figure in its headline and its body disagrees twice, and
 * fact-checkers mark both places. Pairs with a third, different value are listed
 * only by their highest severity.
 */
function distinctValues(found: readonly Candidate[]): Candidate[] {
  const ranked = found
    .map((c) => ({ c, severity: severityOf(c.a, c.b) }))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
  const first = ranked[0]!.c;
  const same = (x: Measurement, y: Measurement) => overlaps(x.interval, y.interval);
  return ranked.map(({ c }) => c).filter((c) => same(c.a, first.a) && same(c.b, first.b));
}

/**
 * Whether two figures of one report are for the same time, version and stage. Within
 * one report "im Jahr davor" is relative to the year the report names ("2025 rund
 * 214.000, nach 251.900 im Jahr davor"), so a year and the time before it differ,
 * although across reports "2024" and "im Vorjahr" may be one time.
 */
function sameTimeInOneReport(
  a: readonly FrameRecord['qualifiers'][number][],
  b: readonly FrameRecord['qualifiers'][number][],
): boolean {
  const time = (qs: typeof a) => qs.find((q) => q.dimension === 'time')?.key ?? null;
  const [ta, tb] = [time(a), time(b)];
  const dated = (t: string | null) => t !== null && /^(?:past:)?\d{4}$/.test(t);
  if ((dated(ta) && tb === 'previous') || (dated(tb) && ta === 'previous')) return false;
  return qualifiersCompatible(a, b);
}

/** The only figure of its dimension in its sentence. */
function loneOfBearer(m: Measurement): boolean {
  return m.statement.quantities.filter((q) => dimensionOf(q) === m.dim).length === 1;
}

/** A vote tally agrees only when both its counts do: "27 zu 19" against "27 zu 21" disagrees. */
function partnersAgree(a: Measurement, b: Measurement): boolean {
  if (!a.partner || !b.partner) return true;
  return overlaps(a.partner, b.partner);
}

/** How many different named bearers the report gives plain figures of this attribute for. */
function namedBearers(m: Measurement, attribute: string): number {
  return m.named.get(attribute) ?? 0;
}

function severityOf(a: Measurement, b: Measurement): ConflictSeverity {
  const info = ATTRIBUTES.get(a.frame.attribute.key) ?? ATTRIBUTES.get(b.frame.attribute.key);
  if (info?.severity === 'high') return 'high';
  const relative = Math.max(
    relativeDifference(a.interval, b.interval),
    a.partner && b.partner ? relativeDifference(a.partner, b.partner) : 0,
  );
  const bySize: ConflictSeverity =
    relative >= LARGE_DIFFERENCE ? 'high' : relative >= SMALL_DIFFERENCE ? 'medium' : 'low';
  if (info?.severity === 'low' && bySize !== 'low') return bySize === 'high' ? 'medium' : 'low';
  return bySize;
}

function relativeDifference(a: Interval, b: Interval): number {
  const [ma, mb] = [middle(a), middle(b)];
  return Math.abs(ma - mb) / Math.max(Math.abs(ma), Math.abs(mb), Number.MIN_VALUE);
}

/** A representative value of an interval; an open upper end ("mehr als 300") counts from below. */
function middle(i: Interval): number {
  return Number.isFinite(i.high) ? (i.low + i.high) / 2 : i.low;
}

function conflictOf(
  ctx: ComparisonContext,
  { a, b }: Candidate,
  severity: ConflictSeverity,
): ConflictRecord {
  const sources = differentSources(a.frame, b.frame, { ctx, docA: a.doc, docB: b.doc });
  const side = (m: Measurement) =>
    `${ctx.nameOf(m.doc)} gives ${formatValue(m.q)}${m.partnerQ ? ` to ${formatValue(m.partnerQ)}` : ''}` +
    (m.frame.source && sources ? ` (${m.frame.source.text})` : '');
  return {
    kind: 'quantity',
    severity,
    claims: [claimOfQuantity(ctx, a.statement, a.q), claimOfQuantity(ctx, b.statement, b.q)],
    explanation:
      `${frameLabel(a.frame.bearer ? a.frame : b.frame)}: ${side(a)}, ${side(b)}, ` +
      `which do not agree even allowing for rounding.${sourcesSentence(sources)}`,
    frames: [a.frame, b.frame],
    ...(sources ? { sources } : {}),
  };
}

function measurementsOf(
  ctx: ComparisonContext,
  doc: number,
  frames: readonly FrameRecord[],
): Measurement[] {
  const statements = ctx.byDoc[doc] ?? [];
  const quantities = ctx.documents[doc]!.quantities;
  const measurements: Measurement[] = [];
  for (const frame of frames) {
    if (frame.kind !== 'quantity') continue;
    const q = quantities[frame.index];
    const interval = q ? intervalOf(q) : null;
    const dim = q ? dimensionOf(q) : null;
    const k = statementIndex(statements, frame.start);
    if (!q || !interval || !dim || k < 0 || isVaguePlural(q)) continue;
    const context = mergeVectors([
      [ctx.vectorOf(statements[k]!), 1],
      ...statements
        .slice(Math.max(0, k - 2), k)
        .map((s) => [ctx.vectorOf(s), PRECEDING_WEIGHT] as const),
    ]);
    const partnerIndex = partnerOf(ctx.documents[doc]!, frame.index);
    const partnerQ = partnerIndex === null ? undefined : quantities[partnerIndex];
    measurements.push({
      partner: partnerQ ? intervalOf(partnerQ) : null,
      partnerQ: partnerQ ?? null,
      named: new Map(),
      doc,
      frame,
      q,
      interval,
      dim,
      statement: statements[k]!,
      context,
      only: false,
    });
  }
  // Figures of another time, version, stage or modality ("im Vorjahr") do not count.
  const plain = (o: Measurement) => qualifiersCompatible(o.frame.qualifiers, []);
  // A list names its bearers side by side ("SPD 31 %, CDU 27,8 %", or one sentence
  // each): count the named bearers of an attribute within two adjacent statements,
  // so that names far apart (the company in the lead, a witness at the end) make no list.
  const named = new Map<string, { at: number; key: string }[]>();
  for (const m of measurements) {
    if (!plain(m) || m.frame.superseded || !m.frame.bearer?.named) continue;
    const list = named.get(m.frame.attribute.key) ?? [];
    list.push({ at: statements.indexOf(m.statement), key: m.frame.bearer.key });
    named.set(m.frame.attribute.key, list);
  }
  const namedCounts = new Map(
    [...named].map(([attribute, list]) => [
      attribute,
      Math.max(
        ...list.map(
          ({ at }) =>
            new Set(list.filter((o) => o.at >= at && o.at <= at + LIST_REACH).map((o) => o.key))
              .size,
        ),
      ),
    ]),
  );
  for (const m of measurements) {
    m.named = namedCounts;
    // The only figure of its attribute for its time, version and stage: a report that
    // repeats one figure (headline and body) still gives only one, and last year's
    // figure does not make this year's one of two.
    m.only = measurements.every(
      (o) =>
        o.frame.superseded ||
        !sameTimeInOneReport(o.frame.qualifiers, m.frame.qualifiers) ||
        o.dim !== m.dim ||
        o.frame.attribute.key !== m.frame.attribute.key ||
        overlaps(o.interval, m.interval),
    );
  }
  return measurements;
}

/** Index of the statement (sentence) that contains `offset`, or -1. */
export function statementIndex(statements: readonly Statement[], offset: number): number {
  let [lo, hi] = [0, statements.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const ref = statements[mid]!.ref;
    if (offset < ref.start) hi = mid - 1;
    else if (offset >= ref.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function mergeVectors(parts: readonly (readonly [TermVector, number])[]): TermVector {
  const weights = new Map<string, number>();
  for (const [vector, factor] of parts) {
    for (const [term, w] of vector.weights)
      weights.set(term, (weights.get(term) ?? 0) + w * factor);
  }
  return vectorOf(weights);
}

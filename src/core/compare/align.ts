import type { AlignmentRecord, ConflictRecord } from '../contract/types.js';
import type { ComparisonContext } from './context.js';
import { jaccard } from './vectors.js';
import type { Statement } from './statements.js';

/** Below this, two statements are not reported as aligned at all. */
export const ALIGN_MIN = 0.2;
/** From this on, an aligned pair without a conflict may count as an agreement. */
export const AGREE_MIN = 0.3;
/**
 * An agreeing pair must be (nearly) each side's best match in the other report:
 * a sentence that matches another report's sentence only second-best is at most
 * related to it. The slack lets a headline and a lead that state one fact both
 * agree with the one sentence of another report that states it too.
 */
const NEAR_BEST = 0.7;
/** Shared content words that make two statements one fact without a shared predicate. */
const MUCH_EVIDENCE = 3;
/**
 * Two statements that are each other's best match in the other report, clearly
 * ahead of the runner-up on both sides, need less likeness: one report tells
 * the fact in other words, and nothing else in it comes close.
 */
const MUTUAL_MIN = 0.15;
const MUTUAL_MARGIN = 0.05;
const MUTUAL_EVIDENCE = 2;

/**
 * Two statements of different reports state the same proposition: alike enough,
 * and sharing more than names and the story's topic words — two such content
 * words, or one and a value. A distinctive figure with a shared content word
 * ("1.200 Bewohner … in Sicherheit gebracht" / "1.200 Menschen mussten ihre
 * Wohnungen verlassen") identifies the fact even when the wording differs.
 */
export function statesSame(
  ctx: ComparisonContext,
  a: Statement,
  b: Statement,
  min = AGREE_MIN,
): boolean {
  const score = ctx.score(a, b);
  const { weight, predicates, values, figures, disagree, frames } = ctx.evidence(a, b);
  if (disagree) return false;
  // The same value for the same claim frame is one fact, whatever the wording.
  if (frames >= 1) return true;
  if (score < ALIGN_MIN || differentSpeakers(a, b) || differentTimes(ctx, a, b)) return false;
  if (weight >= 1 && figures >= 1) return true;
  if (score < min) return false;
  // What happened must be shared too, not only what it happened to: a verb or
  // predicate ("zahlungsunfähig"), a value, or much shared content.
  return (
    (weight >= 1 && values.length >= 1) ||
    (weight >= 2 && predicates >= 1) ||
    weight >= MUCH_EVIDENCE
  );
}

/**
 * One statement tells of an earlier time than the other: a figure of "im
 * Vorjahr", "2021" or "damals" (the time qualifier of its claim frames, see
 * src/core/frames/) where the other gives none. Background on an earlier
 * occasion shares the words of the current one ("Im Vorjahr hatten 9.800
 * Zuschauer das Endspiel verfolgt" / "Im Endspiel … gewann das Team") without
 * stating it.
 */
export function differentTimes(ctx: ComparisonContext, a: Statement, b: Statement): boolean {
  return pastOf(ctx, a) !== pastOf(ctx, b);
}

function pastOf(ctx: ComparisonContext, s: Statement): boolean {
  return (ctx.documents[s.ref.doc]!.frames ?? []).some(
    (f) =>
      f.start >= s.ref.start &&
      f.end <= s.ref.end &&
      f.qualifiers.some(
        (q) => q.dimension === 'time' && (q.key === 'previous' || q.key.startsWith('past:')),
      ),
  );
}

/**
 * Both statements quote someone and no speaker is the same: two people's words
 * are two statements, however alike ("Wir werden jeden Meter unseres Landes
 * verteidigen", sagte Präsident Holub / Sie sagte, ihr Land werde die
 * Verteidigung verstärken). The same words given to two speakers are an
 * attribution conflict, not an agreement.
 */
export function differentSpeakers(a: Statement, b: Statement): boolean {
  return (
    a.speakers.size > 0 && b.speakers.size > 0 && ![...a.speakers].some((s) => b.speakers.has(s))
  );
}

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
      const bestScore = new Map<Statement, number>();
      const runnerUp = new Map<Statement, number>();
      const bestOf = new Map<Statement, Statement>();
      const found: [Statement, Statement][] = [];
      const keep = (a: Statement, b: Statement) => {
        const key = `${a.ref.sentence}:${b.ref.sentence}`;
        if (pairs.has(key)) return;
        pairs.add(key);
        found.push([a, b]);
      };
      for (const a of ctx.byDoc[i]!) {
        const b = best(ctx, a, ctx.byDoc[j]!, bestScore, runnerUp);
        if (b) bestOf.set(a, b);
        if (b && bestScore.get(a)! >= ALIGN_MIN) keep(a, b);
      }
      for (const b of ctx.byDoc[j]!) {
        const a = best(ctx, b, ctx.byDoc[i]!, bestScore, runnerUp);
        if (a) bestOf.set(b, a);
        if (a && bestScore.get(b)! >= ALIGN_MIN) keep(a, b);
      }
      const mutual = (a: Statement, b: Statement) => {
        if (bestOf.get(a) !== b || bestOf.get(b) !== a) return false;
        const score = ctx.score(a, b);
        if (score < MUTUAL_MIN) return false;
        if (score - (runnerUp.get(a) ?? 0) < MUTUAL_MARGIN) return false;
        if (score - (runnerUp.get(b) ?? 0) < MUTUAL_MARGIN) return false;
        // One denies what the other states ("bei keinem Teilnehmenden" / "bei drei
        // Teilnehmenden"): alike words, opposite facts.
        if (a.negated !== b.negated || differentSpeakers(a, b) || differentTimes(ctx, a, b))
          return false;
        const { weight, disagree } = ctx.evidence(a, b);
        return !disagree && weight >= MUTUAL_EVIDENCE;
      };
      for (const [a, b] of bestOf) {
        if (a.ref.doc === i && mutual(a, b)) keep(a, b);
      }
      // A claim frame both give with the same value ties two statements however
      // unlike their words; a sentence with several figures may meet several.
      const byFrame = new Set<string>();
      for (const a of ctx.byDoc[i]!) {
        if (a.quantities.length === 0 && a.dates.length === 0) continue;
        for (const b of ctx.byDoc[j]!) {
          if (b.quantities.length === 0 && b.dates.length === 0) continue;
          const { frames, disagree } = ctx.evidence(a, b);
          if (frames === 0 || disagree) continue;
          byFrame.add(`${a.ref.sentence}:${b.ref.sentence}`);
          keep(a, b);
        }
      }
      for (const [a, b] of found) {
        const score = ctx.score(a, b);
        const nearBest =
          byFrame.has(`${a.ref.sentence}:${b.ref.sentence}`) ||
          (score >= NEAR_BEST * (bestScore.get(a) ?? 0) &&
            score >= NEAR_BEST * (bestScore.get(b) ?? 0));
        const agrees = (nearBest && statesSame(ctx, a, b)) || mutual(a, b);
        alignments.push(toRecord(ctx, a, b, conflicts, agrees));
      }
    }
  }
  return alignments.sort((x, y) => x.a.doc - y.a.doc || x.b.doc - y.b.doc || x.a.start - y.a.start);
}

/** The statement's best match among the candidates (null when it shares nothing), noting its score and the runner-up's. */
function best(
  ctx: ComparisonContext,
  statement: Statement,
  candidates: readonly Statement[],
  bestScore: Map<Statement, number>,
  runnerUp: Map<Statement, number>,
): Statement | null {
  let found: Statement | null = null;
  let top = 0;
  let second = 0;
  for (const candidate of candidates) {
    const score = ctx.score(statement, candidate);
    if (score > top) [found, top, second] = [candidate, score, top];
    else if (score > second) second = score;
  }
  bestScore.set(statement, top);
  runnerUp.set(statement, second);
  return found;
}

function toRecord(
  ctx: ComparisonContext,
  a: Statement,
  b: Statement,
  conflicts: readonly ConflictRecord[],
  agrees: boolean,
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
    relation: inConflict ? 'conflicts' : agrees ? 'agrees' : 'related',
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

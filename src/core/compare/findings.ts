import type {
  AgreementRecord,
  AlignmentRecord,
  ConflictRecord,
  UniqueRecord,
} from '../contract/types.js';
import { summarizeClaim } from './claims.js';
import type { ComparisonContext } from './context.js';
import { ALIGN_MIN, statesSame } from './align.js';
import type { Statement } from './statements.js';
import { termSimilarity } from './vectors.js';

/** A statement needs this many content words to be reported as unique: "Er sagte:" says nothing alone. */
const MIN_TERMS_FOR_UNIQUE = 3;
/** Two sentences of one report join one agreement only when they say nearly the same (a headline and its lead). */
const SAME_REPORT_REPEAT = 0.4;

/**
 * Agreements: statements of different reports that state one proposition. A
 * group grows from the strongest agreeing pair down, and a statement joins a
 * group only when it states the same as every member from the other reports (a
 * clique, not a chain: A like B and B like C does not make A like C), never when
 * it conflicts with one, and from each report only one sentence unless the
 * report repeats itself (a headline and its lead).
 */
export function collectAgreements(
  ctx: ComparisonContext,
  alignments: readonly AlignmentRecord[],
  conflicts: readonly ConflictRecord[],
): AgreementRecord[] {
  const key = (doc: number, sentence: number) => `${doc}:${sentence}`;
  const statementOf = new Map(ctx.statements.map((s) => [key(s.ref.doc, s.ref.sentence), s]));
  const conflicting = conflictPairs(ctx, conflicts);
  // Pairs the alignment found to state the same (see align.ts), in both orders.
  const agreed = new Set(
    alignments
      .filter((a) => a.relation === 'agrees')
      .flatMap((a) => [
        `${key(a.a.doc, a.a.sentence)}|${key(a.b.doc, a.b.sentence)}`,
        `${key(a.b.doc, a.b.sentence)}|${key(a.a.doc, a.a.sentence)}`,
      ]),
  );
  const conflict = (x: Statement, y: Statement) =>
    conflicting.has(`${key(x.ref.doc, x.ref.sentence)}|${key(y.ref.doc, y.ref.sentence)}`);
  // A near-clique: every pair across the two groups shares content (or, within
  // one report, repeats itself), and most cross-report pairs state the same.
  const joinable = (ga: readonly Statement[], gb: readonly Statement[]) => {
    let cross = 0;
    let same = 0;
    for (const x of ga) {
      for (const y of gb) {
        if (conflict(x, y)) return false;
        if (x.ref.doc === y.ref.doc) {
          if (!repeats(ctx, x, y)) return false;
          continue;
        }
        const { terms, figures, disagree } = ctx.evidence(x, y);
        if (disagree || (terms.length === 0 && figures === 0)) return false;
        cross++;
        if (
          agreed.has(`${key(x.ref.doc, x.ref.sentence)}|${key(y.ref.doc, y.ref.sentence)}`) ||
          statesSame(ctx, x, y, ALIGN_MIN)
        )
          same++;
      }
    }
    return same * 2 >= cross;
  };

  // Groups may overlap: a sentence that states two facts ("Der Zug entgleiste,
  // drei Menschen starben") agrees with one sentence of another report on the
  // first and with another on the second, and belongs to both agreements. A pair
  // joins an existing group when it fits it, else it starts one of its own.
  const groups: Statement[][] = [];
  const scores = new Map<Statement[], number[]>();
  const groupsOf = (s: Statement) => groups.filter((g) => g.includes(s));
  const agreeing = alignments
    .filter((a) => a.relation === 'agrees')
    .sort((x, y) => y.score - x.score);
  for (const alignment of agreeing) {
    const a = statementOf.get(key(alignment.a.doc, alignment.a.sentence))!;
    const b = statementOf.get(key(alignment.b.doc, alignment.b.sentence))!;
    const [withA, withB] = [groupsOf(a), groupsOf(b)];
    if (withA.some((g) => g.includes(b))) continue;
    const options: [Statement[], Statement[]][] = [];
    for (const ga of [...withA, [a]]) for (const gb of [...withB, [b]]) options.push([ga, gb]);
    // The largest merge first: a fact several reports state is one agreement.
    options.sort((x, y) => y[0].length + y[1].length - (x[0].length + x[1].length));
    const fit = options.find(([ga, gb]) => joinable(ga, gb));
    if (!fit) continue;
    const [ga, gb] = fit;
    const merged = [...ga, ...gb];
    for (const g of [ga, gb]) {
      const at = groups.indexOf(g);
      if (at >= 0) groups.splice(at, 1);
    }
    groups.push(merged);
    scores.set(merged, [...(scores.get(ga) ?? []), ...(scores.get(gb) ?? []), alignment.score]);
    scores.delete(ga);
    scores.delete(gb);
  }

  const agreements: AgreementRecord[] = [];
  for (const [group, groupScores] of scores) {
    const members = [...group].sort((x, y) => x.ref.doc - y.ref.doc || x.ref.start - y.ref.start);
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

/** Two sentences of one report that say nearly the same: the same rare words, or the same values. */
function repeats(ctx: ComparisonContext, a: Statement, b: Statement): boolean {
  return termSimilarity(ctx.vectorOf(a), ctx.vectorOf(b)).score >= SAME_REPORT_REPEAT;
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

/**
 * Statements that no other report makes. A statement is unique only when nothing
 * in any other report even relates to it (no alignment score of ALIGN_MIN, no
 * two shared content words, no shared value or date, no shared word the story
 * uses about once per report, no content word shared with a figure of the same
 * measure), it is
 * in no conflict, and it has content of its own: three content words and
 * something asserted (a verb or adjective, a value or a date) — "Er sagte:" and a
 * headline fragment are not statements.
 */
export function collectUnique(
  ctx: ComparisonContext,
  conflicts: readonly ConflictRecord[] = [],
): UniqueRecord[] {
  if (ctx.byDoc.length < 2) return [];
  const inConflict = new Set(
    [...conflictPairs(ctx, conflicts)].map((pair) => pair.slice(0, pair.indexOf('|'))),
  );
  const hasValues = (s: Statement) => s.quantities.length > 0 || s.dates.length > 0;
  const related = (s: Statement, o: Statement) => {
    const score = ctx.score(s, o);
    if (score >= ALIGN_MIN) return true;
    // Nothing shared at all (the score counts shared words and entities), and no values to compare.
    if (score === 0 && !(hasValues(s) && hasValues(o))) return false;
    // Unique is a strong claim ("no other report says this"): any shared value or
    // date, or a content word with a figure of the same measure, counts as relating.
    const { terms, weight, values, figures, disagree } = ctx.evidence(s, o);
    // A word the story uses about once per report ("Kaimauer") names one thing.
    const rare = terms.some(
      (t) => !s.carried.has(t) && !o.carried.has(t) && ctx.frequency(t) <= ctx.byDoc.length,
    );
    return weight >= 2 || values.length >= 1 || rare || (weight >= 1 && (figures >= 1 || disagree));
  };
  return ctx.statements
    .filter((s) => s.terms.size >= MIN_TERMS_FOR_UNIQUE && assertsSomething(s))
    .filter((s) => !inConflict.has(`${s.ref.doc}:${s.ref.sentence}`))
    .filter((s) =>
      ctx.byDoc.every((others, doc) => doc === s.ref.doc || others.every((o) => !related(s, o))),
    )
    .map((s) => ({ ...s.ref, claim: summarizeClaim(ctx, s) }));
}

function assertsSomething(s: Statement): boolean {
  return s.predications.length > 0 || s.quantities.length > 0 || s.dates.length > 0;
}

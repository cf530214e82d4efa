import type { AgreementRecord, AlignmentRecord, UniqueRecord } from '../contract/types.js';
import { summarizeClaim } from './claims.js';
import type { ComparisonContext } from './context.js';
import type { Statement } from './statements.js';
import { ALIGN_MIN } from './align.js';

/** A statement needs this many content words to be reported as unique: "Er sagte:" says nothing alone. */
const MIN_TERMS_FOR_UNIQUE = 3;

/**
 * Agreements: statements linked by agreeing alignments, grouped across reports
 * (if A agrees with B and B with C, all three make one claim).
 */
export function collectAgreements(ctx: ComparisonContext, alignments: readonly AlignmentRecord[]): AgreementRecord[] {
  const key = (doc: number, sentence: number) => `${doc}:${sentence}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const scores = new Map<string, number[]>();
  for (const alignment of alignments) {
    if (alignment.relation !== 'agrees') continue;
    const [a, b] = [key(alignment.a.doc, alignment.a.sentence), key(alignment.b.doc, alignment.b.sentence)];
    parent.set(find(a), find(b));
    (scores.get(a) ?? scores.set(a, []).get(a)!).push(alignment.score);
  }
  const groups = new Map<string, Statement[]>();
  for (const statement of ctx.statements) {
    const k = key(statement.ref.doc, statement.ref.sentence);
    if (!parent.has(k) && ![...parent.values()].includes(k)) continue;
    const root = find(k);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(statement);
  }
  const agreements: AgreementRecord[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.ref.doc)).size < 2) continue;
    const memberScores = members.flatMap((m) => scores.get(key(m.ref.doc, m.ref.sentence)) ?? []);
    agreements.push({
      claims: members.map((m) => {
        const { doc, start, end, text } = m.ref;
        return { doc, start, end, text, speaker: m.speakerNames[0] ?? null, claim: summarizeClaim(ctx, m) };
      }),
      score: Math.round((memberScores.reduce((s, x) => s + x, 0) / Math.max(1, memberScores.length)) * 1000) / 1000,
    });
  }
  return agreements.sort((x, y) => y.claims.length - x.claims.length || y.score - x.score);
}

/** Statements that no other report makes: nothing in any other report aligns with them. */
export function collectUnique(ctx: ComparisonContext): UniqueRecord[] {
  if (ctx.byDoc.length < 2) return [];
  return ctx.statements
    .filter((s) => s.terms.size >= MIN_TERMS_FOR_UNIQUE)
    .filter((s) =>
      ctx.byDoc.every(
        (others, doc) => doc === s.ref.doc || others.every((o) => ctx.similarity(s, o).score < ALIGN_MIN),
      ),
    )
    .map((s) => ({ ...s.ref, claim: summarizeClaim(ctx, s) }));
}

import type { ConflictRecord, ConflictSeverity } from '../../contract/types.js';
import { claimOfStatement } from '../claims.js';
import type { ComparisonContext } from '../context.js';
import { lexiconEntries, verbStem, type Predication } from '../polarity.js';
import type { Statement } from '../statements.js';
import { canonicalTerm } from '../terms.js';

/** Two statements must be this alike before one denying the other counts. */
const SAME_STATEMENT = 0.2;
/**
 * Shared words besides the predicate itself: what the proposition is about
 * ("Damm", "Nordufer"). One shared word is not enough: "Die Polizei bestätigte
 * die Festnahme" and "Die Polizei dementierte einen Bericht über Schüsse" share
 * the police, not a proposition.
 */
const MIN_SHARED_ARGUMENTS = 2;

/**
 * One report affirms what another denies. Both statements state the same
 * predicate — the same verb or adjective, or two sides of one antonym pair
 * ("gehalten" / "brach", "ausgeschlossen" / "nicht ausschließen", "wird
 * geschlossen" / "bleibt erhalten", see data/polarity.de.json) — with opposite
 * polarity after negation in its own clause, as a fact (not as a question, a
 * condition or a possibility), and they share what it is said about.
 */
export function findNegationConflicts(ctx: ComparisonContext): ConflictRecord[] {
  // predicate key → statements asserting it (+1) and denying it (−1).
  const byKey = new Map<string, { affirm: Statement[]; deny: Statement[] }>();
  const predicationOf = new Map<Statement, Map<string, Predication>>();
  for (const s of ctx.statements) {
    const polarities = new Map<string, Set<number>>();
    for (const p of s.predications) {
      if (p.speculative) continue;
      polarities.set(p.key, (polarities.get(p.key) ?? new Set()).add(p.polarity));
    }
    const own = new Map<string, Predication>();
    for (const [key, signs] of polarities) {
      // A statement that says both ("hielt zunächst, brach dann") takes no side.
      if (signs.size !== 1) continue;
      const sign = [...signs][0]!;
      own.set(
        key,
        s.predications.find((p) => p.key === key && p.polarity === sign)!,
      );
      const entry = byKey.get(key) ?? { affirm: [], deny: [] };
      (sign === 1 ? entry.affirm : entry.deny).push(s);
      byKey.set(key, entry);
    }
    predicationOf.set(s, own);
  }

  const conflicts: ConflictRecord[] = [];
  const seen = new Set<string>();
  for (const [key, { affirm, deny }] of byKey) {
    for (const a of affirm) {
      for (const d of deny) {
        if (a.ref.doc === d.ref.doc) continue;
        const pairKey = `${a.ref.doc}:${a.ref.sentence}|${d.ref.doc}:${d.ref.sentence}`;
        if (seen.has(pairKey)) continue;
        const [pa, pd] = [predicationOf.get(a)!.get(key)!, predicationOf.get(d)!.get(key)!];
        const similarity = ctx.similarity(a, d);
        const shared = similarity.lemmas.filter((t) => !partOfPredicate(t, key));
        // Who or what it is said of counts too: "sagte sein Verteidiger Rolf Sauer" /
        // "Verteidiger Rolf Sauer wollte … nicht ausschließen".
        const sameSentence =
          similarity.score >= SAME_STATEMENT &&
          shared.length + similarity.entities.length >= MIN_SHARED_ARGUMENTS &&
          !shared.every((t) => ctx.topic.has(t));
        if (!sameSentence && !sameClause(a.clauseTerms.get(pa)!, d.clauseTerms.get(pd)!)) continue;
        seen.add(pairKey);
        const word = (s: Statement, p: Predication) =>
          ctx.documents[s.ref.doc]!.text.slice(p.start, p.end);
        conflicts.push({
          kind: 'negation',
          severity: severityOf(a, d),
          claims: [claimOfStatement(a), claimOfStatement(d)],
          explanation: key.startsWith('x:')
            ? `${ctx.nameOf(a.ref.doc)} reports "${word(a, pa)}" as a fact; ` +
              `${ctx.nameOf(d.ref.doc)} says there is none ("${word(d, pd)}").`
            : `${ctx.nameOf(a.ref.doc)} affirms ("${word(a, pa)}") what ` +
              `${ctx.nameOf(d.ref.doc)} denies ("${word(d, pd)}"${word(a, pa) === word(d, pd) ? ', negated' : ''}) ` +
              `about ${shared.slice(0, 4).join(', ')}.`,
        });
      }
    }
  }
  return conflicts;
}

/**
 * The two predicates are said of the same things: the nouns of one's own clause
 * (times and units left out) are all in the other's ("Das Bad wird von Mai an
 * geschlossen" / "Während der Arbeiten bleibt das Bad geöffnet"), however
 * different the rest of the two sentences. "Das Werk in Zwickau" and "das Werk
 * in Emden" are not the same thing.
 */
function sameClause(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  // A compound names the same thing as its head: "Kreisstraße" / "Straße".
  const meets = (x: string, y: string) =>
    x === y || (Math.min(x.length, y.length) >= 4 && (x.endsWith(y) || y.endsWith(x)));
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return small.size >= 1 && [...small].every((x) => [...large].some((y) => meets(x, y)));
}

/** Whether a shared term is the predicate itself (or its antonym), not what it is said about. */
function partOfPredicate(term: string, key: string): boolean {
  if (key.startsWith('g:')) return lexiconEntries(term).some((e) => e.group === key.slice(2));
  const stem = key.slice(2);
  return verbStem(term) === stem || verbStem(canonicalTerm(term)) === stem;
}

/**
 * Two flat statements of fact that contradict each other mislead a reader most;
 * when either side is hedged ("offenbar", "soll"), the reports may only differ
 * in how sure they are.
 */
function severityOf(a: Statement, d: Statement): ConflictSeverity {
  return a.hedges.length === 0 && d.hedges.length === 0 ? 'high' : 'medium';
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

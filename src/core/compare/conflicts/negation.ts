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
        if (
          !sameSentence &&
          !sameClause(a.clauseTerms.get(pa)!, d.clauseTerms.get(pd)!) &&
          !(
            onlyPair(ctx, key, affirm, deny) &&
            isState(ctx, a, pa) &&
            isState(ctx, d, pd) &&
            !namesApart(a, a.clauseTerms.get(pa)!, d, d.clauseTerms.get(pd)!)
          )
        )
          continue;
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
 * The story says the predicate twice, once affirmed in one report and once
 * denied in another ("Die Sammlung sei gegen Diebstahl versichert" / "dass die
 * gestohlenen Stücke nicht versichert waren"): a predicate rare enough to be
 * said of one thing only, so the two statements speak of the same thing even
 * when they name it differently.
 */
function onlyPair(
  ctx: ComparisonContext,
  key: string,
  affirm: readonly Statement[],
  deny: readonly Statement[],
): boolean {
  if (key.startsWith('x:') || affirm.length !== 1 || deny.length !== 1) return false;
  // Not even as a possibility or a question anywhere else in the story.
  const saying = ctx.statements.filter((s) => s.predications.some((p) => p.key === key));
  return saying.length === 2;
}

/**
 * Each clause names a place or name the other does not ("Das Werk in Zwickau" /
 * "Das Werk in Emden"): two things, whatever else they share.
 */
function namesApart(
  a: Statement,
  ca: ReadonlySet<string>,
  b: Statement,
  cb: ReadonlySet<string>,
): boolean {
  const own = (s: Statement, mine: ReadonlySet<string>, theirs: ReadonlySet<string>) =>
    [...mine].some((t) => s.names.has(t) && !theirs.has(t));
  return own(a, ca, cb) && own(b, cb, ca);
}

/**
 * A state said of a thing: a participle or adjective with "sein" ("ist
 * versichert", "war gesperrt", "nicht gesperrt gewesen"), not an action with
 * its object ("erreichte 27,8 Prozent", "hat … nicht erreicht"), which may be
 * done to many things.
 */
function isState(ctx: ComparisonContext, s: Statement, p: Predication): boolean {
  const doc = ctx.documents[s.ref.doc]!;
  const tokens = doc.tokens.filter((t) => t.start >= s.ref.start && t.end <= s.ref.end);
  const word = tokens.find((t) => t.start === p.start);
  if (!word || !/^(VVPP|ADJD)$/.test(word.xpos ?? '')) return false;
  return !tokens.some((t) => t.lemma === 'haben' && /^VA/.test(t.xpos ?? ''));
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

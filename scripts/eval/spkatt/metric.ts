import { maxWeightAssignment } from './assignment.js';

/**
 * Our implementation of the SpkAtt-2023 scoring scheme, written from the shared
 * task's description (proceedings §5.2 and §5.4):
 *
 * - A speech event ("group") is a set of role spans, each a set of token ids
 *   (possibly discontinuous). One role is the anchor: the MESSAGE in Task 2 (news),
 *   the CUE in Task 1 (debates).
 * - Within a document, system and gold groups are paired one-to-one by linear sum
 *   assignment on the token-overlap F1 of their anchors; an equal `form`/`stwr` only
 *   breaks ties. Pairs whose anchors share no token stay unpaired.
 * - In a pair, every role is scored token by token: shared tokens are true
 *   positives, system-only tokens false positives, gold-only tokens false
 *   negatives. An unpaired system group counts all its tokens as false positives,
 *   an unpaired gold group all its tokens as false negatives.
 * - "Roles" are all non-anchor roles together, "joint" is anchor + roles.
 *
 * Both averages are reported: micro (pooled token counts, as Task 1 reported) and
 * macro (precision and recall averaged over every group × role where defined, which
 * is how the Task 2 leaderboard figures, e.g. the baseline's 39.06, were computed).
 */

export interface SpkAttGroup {
  /** Role name → sorted token ids (document-wide). Must contain the anchor role. */
  roles: Record<string, number[]>;
  form?: string | null;
  stwr?: string | null;
  isNested?: boolean;
}

export interface MetricOptions {
  anchor: string;
  /** Scored roles besides the anchor. */
  roles: readonly string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface SpkAttScores {
  micro: { anchor: PRF; roles: PRF; joint: PRF; perRole: Record<string, PRF> };
  macro: { anchor: PRF; roles: PRF; joint: PRF };
  counts: Record<string, Counts>;
  groups: { gold: number; system: number; paired: number };
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function prfFromCounts(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: f1(precision, recall) };
}

function compareTokens(gold: readonly number[], system: readonly number[]): Counts {
  const goldSet = new Set(gold);
  const systemSet = new Set(system);
  let tp = 0;
  for (const t of systemSet) if (goldSet.has(t)) tp++;
  return { tp, fp: systemSet.size - tp, fn: goldSet.size - tp };
}

function overlapF1(gold: readonly number[], system: readonly number[]): number {
  const { tp, fp, fn } = compareTokens(gold, system);
  return tp === 0 ? 0 : f1(tp / (tp + fp), tp / (tp + fn));
}

/** Pairs system with gold groups of one document; returns [systemIndex, goldIndex] pairs. */
export function pairGroups(
  system: readonly SpkAttGroup[],
  gold: readonly SpkAttGroup[],
  anchor: string,
): Array<[number, number]> {
  const scores = system.map((s) =>
    gold.map((g) => {
      const overlap = overlapF1(g.roles[anchor] ?? [], s.roles[anchor] ?? []);
      if (overlap === 0) return 0;
      return overlap + (s.form === g.form ? 0.01 : 0) + (s.stwr === g.stwr ? 0.001 : 0);
    }),
  );
  return maxWeightAssignment(scores).filter(([s, g]) => (scores[s]?.[g] ?? 0) > 0);
}

/** Accumulates scores over many documents. */
export class SpkAttScorer {
  private readonly counts: Record<string, Counts> = {};
  /** Per group × role precision / recall values, for the macro average. */
  private readonly macroP: Record<string, number[]> = {};
  private readonly macroR: Record<string, number[]> = {};
  private goldGroups = 0;
  private systemGroups = 0;
  private paired = 0;

  constructor(private readonly options: MetricOptions) {
    for (const role of this.allRoles) {
      this.counts[role] = { tp: 0, fp: 0, fn: 0 };
      this.macroP[role] = [];
      this.macroR[role] = [];
    }
  }

  private get allRoles(): string[] {
    return [this.options.anchor, ...this.options.roles];
  }

  addDocument(system: readonly SpkAttGroup[], gold: readonly SpkAttGroup[]): void {
    this.goldGroups += gold.length;
    this.systemGroups += system.length;
    const pairs = pairGroups(system, gold, this.options.anchor);
    this.paired += pairs.length;
    const pairedSystem = new Set(pairs.map(([s]) => s));
    const pairedGold = new Set(pairs.map(([, g]) => g));
    for (const [s, g] of pairs) this.scoreGroup(system[s]!, gold[g]!);
    system.forEach((s, i) => {
      if (!pairedSystem.has(i)) this.scoreGroup(s, null);
    });
    gold.forEach((g, i) => {
      if (!pairedGold.has(i)) this.scoreGroup(null, g);
    });
  }

  private scoreGroup(system: SpkAttGroup | null, gold: SpkAttGroup | null): void {
    for (const role of this.allRoles) {
      const c = compareTokens(gold?.roles[role] ?? [], system?.roles[role] ?? []);
      const total = this.counts[role]!;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      if (c.tp + c.fp > 0) this.macroP[role]!.push(c.tp / (c.tp + c.fp));
      if (c.tp + c.fn > 0) this.macroR[role]!.push(c.tp / (c.tp + c.fn));
    }
  }

  scores(): SpkAttScores {
    const sum = (roles: readonly string[]): Counts =>
      roles.reduce(
        (acc, r) => {
          const c = this.counts[r]!;
          return { tp: acc.tp + c.tp, fp: acc.fp + c.fp, fn: acc.fn + c.fn };
        },
        { tp: 0, fp: 0, fn: 0 },
      );
    const macro = (roles: readonly string[]): PRF => {
      const ps = roles.flatMap((r) => this.macroP[r]!);
      const rs = roles.flatMap((r) => this.macroR[r]!);
      const precision = ps.length === 0 ? 0 : ps.reduce((a, b) => a + b, 0) / ps.length;
      const recall = rs.length === 0 ? 0 : rs.reduce((a, b) => a + b, 0) / rs.length;
      return { precision, recall, f1: f1(precision, recall) };
    };
    const anchor = [this.options.anchor];
    const roles = this.options.roles;
    const perRole: Record<string, PRF> = {};
    for (const role of this.allRoles) perRole[role] = prfFromCounts(this.counts[role]!);
    return {
      micro: {
        anchor: prfFromCounts(sum(anchor)),
        roles: prfFromCounts(sum(roles)),
        joint: prfFromCounts(sum(this.allRoles)),
        perRole,
      },
      macro: { anchor: macro(anchor), roles: macro(roles), joint: macro(this.allRoles) },
      counts: structuredClone(this.counts),
      groups: { gold: this.goldGroups, system: this.systemGroups, paired: this.paired },
    };
  }
}

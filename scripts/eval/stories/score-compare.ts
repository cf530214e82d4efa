/**
 * Scores one `compare` output against one story's gold (format: eval/stories/README.md).
 * Pure: it gets the story and the output, and returns counts plus every miss and
 * false alarm as readable lines, so that the CLI (scripts/eval/compare.ts) only
 * sums and prints.
 */
import type { CompareOutput, ConflictRecord, DocSpan } from '../../../src/core/contract/types.js';
import { normalizeText } from '../../../src/core/text/normalize.js';
import type { Anchor, Story } from './gold.js';

/** A hit count against a total, for precision (of what was listed) or recall (of the gold). */
export interface Ratio {
  hit: number;
  of: number;
}

export interface CompareScores {
  conflicts: {
    precision: Ratio;
    recall: Ratio;
    traps: number;
    /** Recall and precision of each conflict kind (quantity, attribution, negation, date). */
    byKind: Record<string, { precision: Ratio; recall: Ratio }>;
  };
  agreements: { precision: Ratio; recall: Ratio };
  unique: { precision: Ratio };
  entities: { merge: Ratio; apart: Ratio };
}

export interface StoryScore {
  id: string;
  split: 'dev' | 'test';
  scores: CompareScores;
  /** Readable lines: missed conflicts, false alarms, wrong agreements, … */
  details: string[];
}

/** A gold anchor located in the analysed (normalised) text of its report. */
interface Located extends DocSpan {
  text: string;
}

interface GoldSentence extends Located {
  facts: Set<string>;
}

const overlap = (a: DocSpan, b: DocSpan) => a.doc === b.doc && a.start < b.end && b.start < a.end;

export function scoreStory(story: Story, output: CompareOutput): StoryScore {
  const { gold } = story;
  const docIndex = new Map(gold.reports.map((name, i) => [name, i]));
  const locate = (anchor: Anchor): Located | null => {
    const doc = docIndex.get(anchor.report);
    if (doc === undefined) return null;
    const text = output.documents[doc]?.text ?? '';
    const needle = normalizeText(anchor.text);
    const start = text.indexOf(needle);
    return start < 0 ? null : { doc, start, end: start + needle.length, text: anchor.text };
  };
  const details: string[] = [];
  const label = (span: DocSpan) =>
    `[${gold.reports[span.doc]}] "${oneLine(output.documents[span.doc]!.text.slice(span.start, span.end), 110)}"`;

  // Gold sentences with their facts; a predicted sentence takes the facts of every gold sentence it overlaps.
  const goldSentences: GoldSentence[] = [];
  for (const [report, list] of Object.entries(gold.sentences)) {
    for (const s of list) {
      const at = locate({ report, text: s.text });
      if (at) goldSentences.push({ ...at, facts: new Set(s.facts) });
    }
  }
  const factsOf = (span: DocSpan): Set<string> | null => {
    const hits = goldSentences.filter((g) => overlap(g, span));
    return hits.length === 0 ? null : new Set(hits.flatMap((g) => [...g.facts]));
  };

  // Gold conflicts, located; pairs of gold sentences a conflict sets against each other.
  const goldConflicts = gold.conflicts.map((c) => ({
    kind: c.kind,
    a: locate(c.a)!,
    b: locate(c.b)!,
    note: c.note ?? '',
  }));
  const traps = gold.traps.map((t) => ({ a: locate(t.a)!, b: locate(t.b)!, note: t.note ?? '' }));
  const opposed = (x: DocSpan, y: DocSpan) =>
    goldConflicts.some(
      (c) =>
        (sentenceOverlap(goldSentences, c.a, x) && sentenceOverlap(goldSentences, c.b, y)) ||
        (sentenceOverlap(goldSentences, c.a, y) && sentenceOverlap(goldSentences, c.b, x)),
    );

  // ---- conflicts: one-to-one matching, same kind, both anchors covered (either order)
  const matchedGold = new Set<number>();
  const matchedListed = new Set<number>();
  let conflictHits = 0;
  let trapHits = 0;
  for (const [index, listed] of output.conflicts.entries()) {
    const pairs = claimPairs(listed);
    const k = goldConflicts.findIndex(
      (c, i) =>
        !matchedGold.has(i) &&
        c.kind === listed.kind &&
        pairs.some(([x, y]) => covers(x, y, c.a, c.b)),
    );
    if (k >= 0) {
      matchedGold.add(k);
      matchedListed.add(index);
      conflictHits++;
      continue;
    }
    const trap = traps.find((t) => pairs.some(([x, y]) => covers(x, y, t.a, t.b)));
    if (trap) trapHits++;
    const sameSidesOtherKind = goldConflicts.find((c) =>
      pairs.some(([x, y]) => covers(x, y, c.a, c.b)),
    );
    details.push(
      `FALSE CONFLICT (${listed.kind}${trap ? `, trap: ${trap.note}` : ''}${
        sameSidesOtherKind ? `, gold has these sides as ${sameSidesOtherKind.kind}` : ''
      }): ${listed.explanation}\n      ${pairs[0] ? `${label(pairs[0][0])}\n      ${label(pairs[0][1])}` : ''}`,
    );
  }
  goldConflicts.forEach((c, i) => {
    if (!matchedGold.has(i))
      details.push(
        `MISSED CONFLICT (${c.kind}): ${c.note}\n      ${label(c.a)}\n      ${label(c.b)}`,
      );
  });

  // ---- agreements: every cross-report pair inside a listed agreement
  let agreementHits = 0;
  let agreementScored = 0;
  const coveredPairs: [DocSpan, DocSpan][] = [];
  for (const agreement of output.agreements) {
    const claims = agreement.claims;
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const [x, y] = [claims[i]!, claims[j]!];
        if (x.doc === y.doc) continue;
        coveredPairs.push([x, y]);
        const [fx, fy] = [factsOf(x), factsOf(y)];
        if (!fx || !fy) continue; // a sentence the gold does not annotate (e.g. a headline) is not scored
        agreementScored++;
        const shared = [...fx].some((f) => fy.has(f));
        if (shared && !opposed(x, y)) agreementHits++;
        else
          details.push(
            `WRONG AGREEMENT${shared ? ' (a gold conflict sets them apart)' : ''}:\n      ${label(x)}\n      ${label(y)}`,
          );
      }
    }
  }
  let goldPairs = 0;
  let goldPairsFound = 0;
  for (let i = 0; i < goldSentences.length; i++) {
    for (let j = i + 1; j < goldSentences.length; j++) {
      const [x, y] = [goldSentences[i]!, goldSentences[j]!];
      if (x.doc === y.doc || ![...x.facts].some((f) => y.facts.has(f)) || opposed(x, y)) continue;
      goldPairs++;
      const found = coveredPairs.some(
        ([p, q]) => (overlap(p, x) && overlap(q, y)) || (overlap(p, y) && overlap(q, x)),
      );
      if (found) goldPairsFound++;
      else details.push(`MISSED AGREEMENT:\n      ${label(x)}\n      ${label(y)}`);
    }
  }

  // ---- unique statements
  let uniqueHits = 0;
  let uniqueScored = 0;
  for (const u of output.unique) {
    const facts = factsOf(u);
    if (!facts) continue;
    uniqueScored++;
    const elsewhere = [...facts].filter((f) =>
      goldSentences.some((g) => g.doc !== u.doc && g.facts.has(f)),
    );
    if (elsewhere.length === 0) uniqueHits++;
    else
      details.push(
        `WRONG UNIQUE (other reports state ${elsewhere.map((f) => `${f}: ${gold.facts[f]}`).join('; ')}): ${label(u)}`,
      );
  }

  // ---- entities across reports
  // An anchor may touch two entities ("CDU-Kandidaten Thomas Brenner"): it means the one
  // whose mention covers most of it, the person here rather than the party.
  const entityOf = (at: Located): string | null => {
    let best: { id: string; covered: number } | null = null;
    for (const entity of output.entities) {
      for (const m of entity.mentions) {
        if (!overlap(m, at)) continue;
        const covered = Math.min(m.end, at.end) - Math.max(m.start, at.start);
        if (!best || covered > best.covered) best = { id: entity.id, covered };
      }
    }
    return best?.id ?? null;
  };
  let mergeHits = 0;
  for (const group of gold.entities.merge) {
    const located = group.map(locate).filter((x): x is Located => x !== null);
    const ids = located.map(entityOf);
    if (ids[0] !== null && ids.every((id) => id === ids[0])) mergeHits++;
    else
      details.push(
        `MISSED MERGE: ${located.map((m, i) => `${label(m)} → ${ids[i] ?? 'no entity'}`).join(', ')}`,
      );
  }
  let apartHits = 0;
  for (const group of gold.entities.apart) {
    const located = group.map(locate).filter((x): x is Located => x !== null);
    const ids = located.map(entityOf).filter((id): id is string => id !== null);
    if (new Set(ids).size === ids.length) apartHits++;
    else details.push(`WRONG MERGE (must stay apart): ${located.map(label).join(', ')}`);
  }

  return {
    id: gold.id,
    split: gold.split,
    scores: {
      conflicts: {
        precision: { hit: conflictHits, of: output.conflicts.length },
        recall: { hit: matchedGold.size, of: goldConflicts.length },
        traps: trapHits,
        byKind: conflictsByKind(output.conflicts, goldConflicts, matchedGold, matchedListed),
      },
      agreements: {
        precision: { hit: agreementHits, of: agreementScored },
        recall: { hit: goldPairsFound, of: goldPairs },
      },
      unique: { precision: { hit: uniqueHits, of: uniqueScored } },
      entities: {
        merge: { hit: mergeHits, of: gold.entities.merge.length },
        apart: { hit: apartHits, of: gold.entities.apart.length },
      },
    },
    details,
  };
}

function conflictsByKind(
  listed: readonly ConflictRecord[],
  gold: readonly { kind: string }[],
  matchedGold: ReadonlySet<number>,
  matchedListed: ReadonlySet<number>,
): Record<string, { precision: Ratio; recall: Ratio }> {
  const byKind: Record<string, { precision: Ratio; recall: Ratio }> = {};
  const of = (kind: string) =>
    (byKind[kind] ??= { precision: { hit: 0, of: 0 }, recall: { hit: 0, of: 0 } });
  listed.forEach((c, i) => {
    of(c.kind).precision.of++;
    if (matchedListed.has(i)) of(c.kind).precision.hit++;
  });
  gold.forEach((c, i) => {
    of(c.kind).recall.of++;
    if (matchedGold.has(i)) of(c.kind).recall.hit++;
  });
  return byKind;
}

/** Every pair of claims from different reports in a conflict (usually just the one pair). */
function claimPairs(conflict: ConflictRecord): [DocSpan, DocSpan][] {
  const pairs: [DocSpan, DocSpan][] = [];
  const claims = conflict.claims;
  for (let i = 0; i < claims.length; i++)
    for (let j = i + 1; j < claims.length; j++)
      if (claims[i]!.doc !== claims[j]!.doc) pairs.push([claims[i]!, claims[j]!]);
  return pairs;
}

function covers(x: DocSpan, y: DocSpan, a: DocSpan, b: DocSpan): boolean {
  return (overlap(x, a) && overlap(y, b)) || (overlap(x, b) && overlap(y, a));
}

/** Whether `span` lies in the gold sentence that holds `anchor` (or overlaps the anchor itself). */
function sentenceOverlap(sentences: readonly GoldSentence[], anchor: DocSpan, span: DocSpan) {
  if (overlap(anchor, span)) return true;
  return sentences.some((s) => overlap(s, anchor) && overlap(s, span));
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function addScores(total: CompareScores, s: CompareScores): void {
  const add = (t: Ratio, x: Ratio) => {
    t.hit += x.hit;
    t.of += x.of;
  };
  add(total.conflicts.precision, s.conflicts.precision);
  add(total.conflicts.recall, s.conflicts.recall);
  total.conflicts.traps += s.conflicts.traps;
  for (const [kind, k] of Object.entries(s.conflicts.byKind)) {
    const t = (total.conflicts.byKind[kind] ??= {
      precision: { hit: 0, of: 0 },
      recall: { hit: 0, of: 0 },
    });
    add(t.precision, k.precision);
    add(t.recall, k.recall);
  }
  add(total.agreements.precision, s.agreements.precision);
  add(total.agreements.recall, s.agreements.recall);
  add(total.unique.precision, s.unique.precision);
  add(total.entities.merge, s.entities.merge);
  add(total.entities.apart, s.entities.apart);
}

export function emptyScores(): CompareScores {
  const r = () => ({ hit: 0, of: 0 });
  return {
    conflicts: { precision: r(), recall: r(), traps: 0, byKind: {} },
    agreements: { precision: r(), recall: r() },
    unique: { precision: r() },
    entities: { merge: r(), apart: r() },
  };
}

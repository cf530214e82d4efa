import type {
  TranslationCheckOutput,
  TranslationFindingKind,
  TranslationFindingRecord,
} from '../../../src/core/contract/types.js';

/** One pair's gold (eval/translation/NAME/gold.json); sentences are counted by paragraph (one sentence each). */
export interface TranslationGold {
  split: 'dev' | 'test';
  direction: string;
  original: string;
  translation: string;
  alignment: { original: number[]; translation: number[] }[];
  errors: { kind: TranslationFindingKind; original: string | null; translation: string | null }[];
  note?: string;
}

export interface PairScore {
  beads: number;
  beadsRight: number;
  planted: number;
  found: number;
  falseReports: number;
  missed: TranslationGold['errors'];
  falses: TranslationFindingRecord[];
}

/** Start offsets of the paragraphs (blank-line separated) of a text: the gold's sentence numbers. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) starts.push(m.index);
  return starts;
}

/** The paragraph a character offset lies in. */
function paragraphAt(starts: readonly number[], offset: number): number {
  let p = 0;
  while (p + 1 < starts.length && starts[p + 1]! <= offset) p++;
  return p;
}

/**
 * Scores one pair: a gold alignment step counts as right when the check has a
 * step with exactly its paragraphs on both sides (dropped and added sentences
 * included); a planted error counts as found when a finding of its kind
 * overlaps its words on every side both give; a finding that matches no
 * planted error is a false report.
 */
export function scorePair(gold: TranslationGold, output: TranslationCheckOutput): PairScore {
  const [original, translation] = output.documents;
  const startsA = paragraphStarts(original.text);
  const startsB = paragraphStarts(translation.text);
  const key = (a: number[], b: number[]) => `${[...a].sort().join(',')}|${[...b].sort().join(',')}`;
  const predicted = new Set(
    output.alignment.map((bead) =>
      key(
        [...new Set(bead.original.map((s) => paragraphAt(startsA, original.sentences[s]!.start)))],
        [
          ...new Set(
            bead.translation.map((s) => paragraphAt(startsB, translation.sentences[s]!.start)),
          ),
        ],
      ),
    ),
  );
  const beadsRight = gold.alignment.filter((g) =>
    predicted.has(key(g.original, g.translation)),
  ).length;

  const spanOf = (text: string, snippet: string | null) => {
    if (snippet === null) return null;
    const at = text.indexOf(snippet);
    if (at < 0) throw new Error(`gold snippet not in the analysed text: "${snippet}"`);
    return { start: at, end: at + snippet.length };
  };
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const matched = new Set<TranslationFindingRecord>();
  const missed: TranslationGold['errors'] = [];
  let found = 0;
  for (const error of gold.errors) {
    const [ga, gb] = [
      spanOf(original.text, error.original),
      spanOf(translation.text, error.translation),
    ];
    const hits = output.findings.filter((f) => {
      if (f.kind !== error.kind) return false;
      let sides = 0;
      if (ga && f.original) {
        if (!overlaps(ga, f.original)) return false;
        sides++;
      }
      if (gb && f.translation) {
        if (!overlaps(gb, f.translation)) return false;
        sides++;
      }
      return sides > 0;
    });
    if (hits.length > 0) found++;
    else missed.push(error);
    for (const h of hits) matched.add(h);
  }
  const falses = output.findings.filter((f) => !matched.has(f));
  return {
    beads: gold.alignment.length,
    beadsRight,
    planted: gold.errors.length,
    found,
    falseReports: falses.length,
    missed,
    falses,
  };
}

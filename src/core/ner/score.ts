/**
 * Strict span-level precision, recall and F1 (CoNLL style): a predicted span
 * counts only when its boundaries and label both match a gold span. Used by the
 * evaluation and training scripts; `mapLabel` lets a caller score coarser
 * classes (e.g. the 4 types: `LOCderiv` → `LOC`) or drop classes (return null).
 */
import { bioToSpans } from './labels.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface SpanScores {
  micro: PRF;
  byLabel: Record<string, PRF>;
}

function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

export function scoreSpans(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  mapLabel: (label: string) => string | null = (l) => l,
): SpanScores {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const bump = (label: string, key: 'gold' | 'predicted' | 'correct') => {
    const c = counts.get(label) ?? { gold: 0, predicted: 0, correct: 0 };
    c[key]++;
    counts.set(label, c);
  };
  for (let s = 0; s < gold.length; s++) {
    const spansOf = (tags: readonly string[]) =>
      bioToSpans(tags)
        .map((sp) => ({ ...sp, label: mapLabel(sp.label) }))
        .filter((sp): sp is { start: number; end: number; label: string } => sp.label !== null);
    const g = spansOf(gold[s]!);
    const p = spansOf(predicted[s] ?? []);
    const goldKeys = new Set(g.map((sp) => `${sp.start}:${sp.end}:${sp.label}`));
    for (const sp of g) bump(sp.label, 'gold');
    for (const sp of p) {
      bump(sp.label, 'predicted');
      if (goldKeys.has(`${sp.start}:${sp.end}:${sp.label}`)) bump(sp.label, 'correct');
    }
  }
  const byLabel: Record<string, PRF> = {};
  let tg = 0;
  let tp = 0;
  let tc = 0;
  for (const [label, c] of [...counts].sort()) {
    byLabel[label] = prf(c.correct, c.predicted, c.gold);
    tg += c.gold;
    tp += c.predicted;
    tc += c.correct;
  }
  return { micro: prf(tc, tp, tg), byLabel };
}

/** GermEval class → one of the 4 types (`LOCderiv` → `LOC`). */
export function toOuterType(label: string): string {
  return label.slice(0, 3);
}

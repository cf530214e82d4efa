import type { TextSpan } from '../contract/types.js';
import { CORRECTION_WORDS, SUPERSEDED_CUES } from './lexicon.js';
import type { Located } from './located.js';

/**
 * A cue in the figure's clause that the report calls it outdated: "Zunächst war von
 * zwei Toten die Rede", "ursprünglich hieß es". It counts only when the report gives
 * another figure for the same frame (the caller checks), so a "zunächst" that orders
 * events ("zunächst rund um Kursk") marks nothing.
 */
export function supersededCue(loc: Located): TextSpan | null {
  const words = loc.sentence.words;
  const [from, to] = loc.clause;
  for (let i = from; i < to; i++) {
    const hit = SUPERSEDED_CUES.matchAt(words, i);
    if (hit) {
      return loc.view.textOf({ start: words[i]!.start, end: words[i + hit.length - 1]!.end });
    }
  }
  return null;
}

/**
 * "korrigierte die Zahl von zwölf auf 14", "stieg von 28 auf 31 Prozent": the figure
 * after "von" gives way to the one after "auf" in the same clause.
 */
export function correctedFrom(
  loc: Located,
  values: readonly (readonly [number, number])[],
): TextSpan | null {
  const words = loc.sentence.words;
  if (words[loc.first - 1]?.lower !== 'von') return null;
  const [from, to] = loc.clause;
  const later = values.some(([a]) => a > loc.last && a < to && words[a - 1]?.lower === 'auf');
  if (!later) return null;
  for (let i = from; i < to; i++) {
    if (CORRECTION_WORDS.matchAt(words, i)) {
      return loc.view.textOf({ start: words[loc.first - 1]!.start, end: words[loc.last]!.end });
    }
  }
  return null;
}

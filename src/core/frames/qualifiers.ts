import type { FrameQualifierRecord } from '../contract/types.js';
import { QUALIFIER_WORDS } from './lexicon.js';
import type { Located } from './located.js';

/** A four-digit year of the last century or this one, as a figure's time ("2024 waren es …"). */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Words of the clause that restrict what the figure is true of: time ("im Vorjahr",
 * "2024"), version ("ältere Varianten"), stage ("Hochrechnung", "Stichwahl") and
 * modality ("erlaubt", "geplant"). When the clause holds several values, a word
 * qualifies only the value nearest to it: in "fuhr mit 120 km/h statt der erlaubten
 * 100 km/h", "erlaubten" restricts the 100, not the 120.
 */
export function findQualifiers(
  loc: Located,
  values: readonly (readonly [number, number])[],
): FrameQualifierRecord[] {
  const words = loc.sentence.words;
  const [from, to] = loc.clause;
  const found: FrameQualifierRecord[] = [];
  const seen = new Set<string>();
  for (let i = from; i < to; i++) {
    if (i >= loc.first && i <= loc.last) continue;
    if (!nearestIsThis(loc, values, i)) continue;
    const w = words[i]!;
    let hit: { dimension: FrameQualifierRecord['dimension']; key: string; length: number } | null =
      null;
    const phrase = QUALIFIER_WORDS.matchAt(words, i);
    if (phrase) hit = { ...phrase.key, length: phrase.length };
    else if (
      w.pos === 'CARD' &&
      YEAR.test(w.surface) &&
      !values.some(([a, b]) => a <= i && i <= b)
    ) {
      hit = { dimension: 'time', key: w.surface, length: 1 };
    }
    if (!hit || seen.has(hit.dimension)) continue;
    seen.add(hit.dimension);
    const end = words[i + hit.length - 1]!.end;
    found.push({
      ...loc.view.textOf({ start: w.start, end }),
      dimension: hit.dimension,
      key: hit.key,
    });
    i += hit.length - 1;
  }
  return found;
}

/** Whether word `i` is at least as near to this value as to any other value of the clause. */
function nearestIsThis(
  loc: Located,
  values: readonly (readonly [number, number])[],
  i: number,
): boolean {
  const distance = (a: number, b: number) => (i < a ? a - i : i > b ? i - b : 0);
  const own = distance(loc.first, loc.last);
  return values.every(
    ([a, b]) =>
      (a === loc.first && b === loc.last) ||
      b < loc.clause[0] ||
      a >= loc.clause[1] ||
      distance(a, b) >= own,
  );
}

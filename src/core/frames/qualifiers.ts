import type { FrameQualifierRecord } from '../contract/types.js';
import { AGO_UNITS, BEFORE_NOUNS, QUALIFIER_WORDS } from './lexicon.js';
import type { Located } from './located.js';
import type { Word } from './view.js';

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
  // A time or stage that opens the sentence before its first figure sets them all:
  // "Damals kam er auf 39,8 Prozent, Sauter auf 33,1 Prozent".
  const firstValue = Math.min(...values.map(([a]) => a), loc.first);
  const opening = firstValue > 0 ? scan(loc, values, 0, firstValue, ['time', 'stage'], false) : [];
  const own = scan(loc, values, loc.clause[0], loc.clause[1], null, true);
  return [...own, ...opening.filter((o) => !own.some((q) => q.dimension === o.dimension))];
}

function scan(
  loc: Located,
  values: readonly (readonly [number, number])[],
  from: number,
  to: number,
  dimensions: readonly FrameQualifierRecord['dimension'][] | null,
  nearest: boolean,
): FrameQualifierRecord[] {
  const words = loc.sentence.words;
  const found: FrameQualifierRecord[] = [];
  const seen = new Set<string>();
  for (let i = from; i < to; i++) {
    if (i >= loc.first && i <= loc.last) continue;
    if (nearest && !nearestIsThis(loc, values, i)) continue;
    const w = words[i]!;
    let hit: { dimension: FrameQualifierRecord['dimension']; key: string; length: number } | null =
      null;
    const phrase = QUALIFIER_WORDS.matchAt(words, i);
    const past = w.lower === 'vor' ? pastAt(words, i) : 0;
    if (phrase) hit = { ...phrase.key, length: phrase.length };
    else if (past > 0) hit = { dimension: 'time', key: 'previous', length: past };
    else if (
      w.pos === 'CARD' &&
      YEAR.test(w.surface) &&
      !values.some(([a, b]) => a <= i && i <= b)
    ) {
      hit = { dimension: 'time', key: w.surface, length: 1 };
    }
    if (!hit || seen.has(hit.dimension)) continue;
    if (dimensions && !dimensions.includes(hit.dimension)) continue;
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

/**
 * "vor zwei Jahren", "vor einem Monat", "vor der Pandemie", "vor der Corona-Krise":
 * the number of words of a phrase that sets a figure in the past, or 0.
 */
function pastAt(words: readonly Word[], i: number): number {
  const next = words[i + 1];
  const unit = words[i + 2];
  if (!next || !unit) return 0;
  const counted = next.pos === 'CARD' || next.pos === 'ART' || next.pos === 'PIAT';
  if (counted && AGO_UNITS.has(unit.lemma)) return 3;
  if (next.pos === 'ART' && unit.pos === 'NN') {
    const noun = unit.lemma.replace(/^.*-/, '');
    if (BEFORE_NOUNS.some((era) => noun === era || noun.endsWith(era))) return 3;
  }
  return 0;
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

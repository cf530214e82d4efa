import type { FrameBearerRecord, FrameQualifierRecord } from '../contract/types.js';
import type { Located } from './located.js';
import type { Names } from './names.js';

/** Dimensions of counts, shares and sums: a place in their sentence locates the event, not the measure. */
const NOT_MEASURES = new Set(['count', 'percent', 'pp', 'currency']);

/**
 * Where a physical measure was taken: a place as its bearer, or the named place
 * nearest to it in its clause ("eine Böe von 171 km/h auf der Insel Norderwarf", "am Leuchtturm von
 * Hallersiel … 165 km/h"). Two readings at two places are two measures.
 */
export function findPlace(
  loc: Located,
  names: Names,
  dim: string,
  bearer: FrameBearerRecord | null,
): FrameQualifierRecord | null {
  if (NOT_MEASURES.has(dim)) return null;
  // A thing's own measure ("die Reichweite des ATACMS") is the same wherever it is told.
  if (bearer?.named) {
    const n = names.at(bearer.start, bearer.end);
    if (!n || n.type !== 'LOC') return null;
    return { start: n.start, end: n.end, text: n.text, dimension: 'place', key: n.key };
  }
  const words = loc.sentence.words.slice(loc.clause[0], loc.clause[1]);
  let best: { distance: number; start: number; end: number; text: string; key: string } | null =
    null;
  for (const w of words) {
    const n = names.at(w.start, w.end);
    if (!n || n.type !== 'LOC' || n.derived) continue;
    const distance = Math.abs(w.i - loc.first);
    if (!best || distance < best.distance) best = { distance, ...n };
  }
  return best
    ? { start: best.start, end: best.end, text: best.text, dimension: 'place', key: best.key }
    : null;
}

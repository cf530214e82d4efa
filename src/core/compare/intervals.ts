import type { QuantityRecord } from '../contract/types.js';

/** The values a quantity leaves open, in base units: "rund 300 km" is 270 000–330 000 m. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Slack for a value stated without a qualifier. Reports round, and conversions
 * between units round twice (300 km ≈ 186 mi ≈ 299.3 km), so an exact-looking
 * figure is read as ±3 %.
 */
const EXACT_SLACK = 0.03;
const ABOUT_SLACK = 0.1;

export function intervalOf(q: QuantityRecord): Interval | null {
  if (!q.normalized) return null;
  // A range ("zwischen 100 und 300 km") or a vague plural ("Hunderte") comes as a
  // range in base units, with no single value.
  const range = q.normalized.range;
  if (range) {
    const [a, b] = [Math.abs(range.min), Math.abs(range.max)];
    return { low: Math.min(a, b) * (1 - EXACT_SLACK), high: Math.max(a, b) * (1 + EXACT_SLACK) };
  }
  if (typeof q.normalized.value !== 'number') return null;
  const v = Math.abs(q.normalized.value);
  switch (q.approx) {
    case 'about':
      return { low: v * (1 - ABOUT_SLACK), high: v * (1 + ABOUT_SLACK) };
    case 'almost':
      return { low: v * 0.85, high: v * (1 + EXACT_SLACK) };
    case 'more than':
    case 'at least':
      return { low: v * (1 - EXACT_SLACK), high: Number.POSITIVE_INFINITY };
    // "bis zu 300 km" gives the maximum: the figure itself is the claim, so a
    // report of 100 km for the same maximum contradicts it.
    case 'up to':
      return { low: v * (1 - ABOUT_SLACK), high: v * (1 + EXACT_SLACK) };
    case 'less than':
      return { low: v * 0.7, high: v * (1 + EXACT_SLACK) };
    default:
      return { low: v * (1 - EXACT_SLACK), high: v * (1 + EXACT_SLACK) };
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Both quantities measure the same kind of thing: same base unit, or both plain
 * counts. Ordinals ("der dritte Angriff") rank rather than measure and are never compared.
 */
export function sameDimension(a: QuantityRecord, b: QuantityRecord): boolean {
  if (!a.normalized || !b.normalized || a.kind === 'ordinal' || b.kind === 'ordinal') return false;
  return a.normalized.unit === b.normalized.unit;
}

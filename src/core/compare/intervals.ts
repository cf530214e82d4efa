import type { QuantityRecord } from '../contract/types.js';

/** The values a quantity leaves open, in base units: "rund 300 km" is 285 000–315 000 m. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * How far a written figure may lie from the true value. A figure is rounded at its
 * last written digit: "27,8" to a tenth, "12.000" to a thousand, "61" to one. An
 * exact-looking figure is read as ±half that digit, at least ±1 % and at most ±3 %
 * (conversions between units round twice: 300 km ≈ 186 mi ≈ 299.3 km). "rund",
 * "etwa", "gut" widen the rounding to at most ±5 %: "rund 12.000" is 11.500–12.500,
 * "etwa 10.000" 9.500–10.500, so the two disagree, while "rund 61 %" is 60.4–61.6 %
 * and disagrees with 63,8 %.
 */
const MIN_SLACK = 0.01;
const EXACT_SLACK = 0.03;
const ABOUT_SLACK = 0.05;
/** "knapp 39 %", "fast 2.800": a little below the figure. */
const ALMOST_BELOW = 0.08;
/** "weniger als 300": well below, but not any amount. */
const LESS_THAN_BELOW = 0.3;

/** Relative half-width of the last written digit: 27.8 → 0.05 / 27.8, 12000 → 500 / 12000. */
export function roundingOf(written: number): number {
  const v = Math.abs(written);
  if (v === 0 || !Number.isFinite(v)) return 0;
  let place: number;
  if (Number.isInteger(v)) {
    place = 1;
    while (place * 10 <= v && (v / (place * 10)) % 1 === 0) place *= 10;
  } else {
    const decimals = String(v).split('.')[1]?.length ?? 0;
    place = 10 ** -decimals;
  }
  return place / 2 / v;
}

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
  const rounding = roundingOf(q.value ?? q.normalized.value);
  const exact = Math.min(EXACT_SLACK, Math.max(MIN_SLACK, rounding));
  switch (q.approx) {
    case 'about': {
      const about = Math.min(ABOUT_SLACK, Math.max(MIN_SLACK, rounding));
      return { low: v * (1 - about), high: v * (1 + about) };
    }
    case 'almost':
      return { low: v * (1 - ALMOST_BELOW), high: v * (1 + MIN_SLACK) };
    case 'more than':
    case 'at least':
      return { low: v * (1 - exact), high: Number.POSITIVE_INFINITY };
    // "bis zu 300 km" gives the maximum: the figure itself is the claim, so a
    // report of 100 km for the same maximum contradicts it.
    case 'up to':
      return { low: v * (1 - ABOUT_SLACK), high: v * (1 + exact) };
    case 'less than':
      return { low: v * (1 - LESS_THAN_BELOW), high: v * (1 + MIN_SLACK) };
    default:
      return { low: v * (1 - exact), high: v * (1 + exact) };
  }
}

/**
 * "Tausende Soldaten", "Hunderte Ziele": a vague plural, a range written without a
 * figure. It says an order of magnitude, which reports rounding differently do not contradict.
 */
export function isVaguePlural(q: QuantityRecord): boolean {
  return q.value === null && q.range !== null && !/\d/.test(q.text);
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

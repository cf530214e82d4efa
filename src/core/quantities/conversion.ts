import type { QuantityRecord } from '../contract/types.js';
import { CONVERSION_JOINERS } from './context-words.js';
import type { Quantity } from './extract.js';
import { skipSpaces } from './text-scan.js';

/**
 * A value given twice in two units — "300 km (186 Meilen)", "100 km oder 62 Meilen" —
 * is linked both ways, with whether the two agree.
 *
 * Agreement allows for rounding: the values agree when they differ by at most 2 %
 * (5 % when either is approximate), or by at most half a step of the last decimal
 * written in either of them (`0,6 Meilen` may stand for 0.55–0.65 miles).
 * Temperatures are compared by the step rule plus 1 K only, since a relative
 * difference of kelvins means nothing. Currencies have no fixed rate: `agrees` is null.
 */
export function linkConversions(
  text: string,
  qs: readonly Quantity[],
  records: QuantityRecord[],
): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!a.unit || !b.unit || a.unit.dim !== b.unit.dim || a.unit.code === b.unit.code) continue;
    if (!joinedAsConversion(text, a.end, b)) continue;
    const va = baseValue(a);
    const vb = baseValue(b);
    if (va === null || vb === null) continue;
    const agrees = a.unit.currency ? null : agree(a, b, va, vb);
    const ratio = vb === 0 ? null : va / vb;
    records[i]!.conversion = { with: i + 1, agrees, ratio };
    records[i + 1]!.conversion = { with: i, agrees, ratio: va === 0 ? null : vb / va };
  }
}

function joinedAsConversion(text: string, aEnd: number, b: Quantity): boolean {
  // ", also 3.000 Meter": a comma may precede the joining word.
  const between = text
    .slice(aEnd, b.start)
    .trim()
    .replace(/^,\s*(?=\p{L})/u, '');
  if (between === '(' || between === '[') {
    const close = text[skipSpaces(text, b.end)];
    return close === ')' || close === ']';
  }
  // Amounts in two currencies joined by "oder"/"bzw." are usually two amounts, not one converted.
  return !b.unit!.currency && CONVERSION_JOINERS.has(between.toLowerCase());
}

function baseValue(q: Quantity): number | null {
  const u = q.unit!;
  const v = q.value ?? (q.range ? (q.range[0] + q.range[1]) / 2 : null);
  return v === null ? null : v * u.factor + u.offset;
}

function agree(a: Quantity, b: Quantity, va: number, vb: number): boolean {
  const step = (q: Quantity): number => 10 ** -q.decimals * q.unit!.factor;
  const halfStep = Math.max(step(a), step(b)) / 2;
  const diff = Math.abs(va - vb);
  if (a.unit!.dim === 'temperature') return diff <= halfStep + 1;
  const tolerance = a.approx || b.approx ? 0.05 : 0.02;
  return diff <= halfStep * (1 + 1e-9) || diff <= tolerance * Math.max(Math.abs(va), Math.abs(vb));
}

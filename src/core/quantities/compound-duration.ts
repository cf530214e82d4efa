import type { Quantity } from './extract.js';

/**
 * "sechs Jahre und neun Monate", "zwei Stunden und 20 Minuten", "3 Jahre, 4 Monate":
 * a duration written in two units, the larger first, is one amount (6.75 years).
 * Read as two figures it would be compared as "sechs Jahre" against another
 * report's "sechseinhalb Jahre" and the months would stand alone.
 */
const JOINER = /^\s*(?:und|,)\s*$/;

export function joinCompoundDurations(text: string, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (b && joinable(text, a, b)) {
      out.push({
        ...a,
        end: b.end,
        value: a.value! + (b.value! * b.unit!.factor) / a.unit!.factor,
        // The smaller unit's precision, in the larger unit: "neun Monate" is exact to a month.
        decimals: Math.max(a.decimals, Math.ceil(Math.log10(a.unit!.factor / b.unit!.factor))),
        unitSpan: b.unitSpan,
        bare: false,
      });
      i++;
    } else out.push(a);
  }
  return out;
}

function joinable(text: string, a: Quantity, b: Quantity): boolean {
  if (a.unit?.dim !== 'duration' || b.unit?.dim !== 'duration') return false;
  if (a.value === null || b.value === null || a.range || b.range || b.approx) return false;
  if (a.ordinal || b.ordinal || a.unit.factor <= b.unit.factor) return false;
  // The smaller unit must be less than one of the larger: "2 Jahre und 30 Monate" is no such phrase.
  if (b.value * b.unit.factor >= a.unit.factor) return false;
  return JOINER.test(text.slice(a.end, b.start));
}

/**
 * Reading digit strings written in German or English conventions.
 *
 * The rule for `.` and `,` (documented in docs/quantities.md):
 * 1. Both marks present: the last one is the decimal mark (`1.000,5`, `1,000.5`).
 * 2. One mark repeated (`3.000.000`, `1,000,000`): thousands separators.
 * 3. One mark once, followed by exactly three digits, and an integer part of
 *    1–3 digits other than `0` (`1.500`, `1,500`): ambiguous; the language's group mark
 *    decides (`groupMark` of its QuantityLanguage: German groups with `.` and writes
 *    decimals with `,`, English the reverse) — except
 *    that three zeros (`1,000`, `1.000`) are always thousands, since no one writes
 *    three zero decimals (translated German news often keeps `1,000`).
 * 4. Otherwise (`2.5`, `1,5`, `0,125`, `1000.5`): the mark is a decimal mark,
 *    whatever the language, since no grouping can produce that shape.
 * Spaces used for grouping (plain, no-break and narrow no-break space, `'`, `’`) are removed
 * when they separate groups of three digits.
 */
/** The mark a language groups thousands with; the other of the two is its decimal mark. */
export type GroupMark = '.' | ',';

const GROUP_SPACE = /(?<=\d)[\u00A0\u202F'’ ](?=\d{3}(?!\d))/g;

export function parseNumeral(raw: string, groupMark: GroupMark): number | null {
  let s = raw.replace(GROUP_SPACE, '');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−') || s.startsWith('–')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s) || /[.,]{2}/.test(s)) return null;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac] = splitOnce(s, s.lastIndexOf(decimal));
    if (intPart.includes(decimal) || !isGrouped(intPart, group)) return null;
    normalized = intPart.split(group).join('') + '.' + frac;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = s.split(mark);
    if (parts.length > 2) {
      if (!isGrouped(s, mark)) return null;
      normalized = parts.join('');
    } else {
      const [intPart, frac] = [parts[0]!, parts[1]!];
      const groupShaped = frac.length === 3 && intPart.length <= 3 && intPart !== '0';
      // Nobody writes three zero decimals: `1,000` is a thousand in German text too.
      const isGroup = groupShaped && (mark === groupMark || frac === '000');
      normalized = isGroup ? intPart + frac : intPart + '.' + frac;
    }
  } else normalized = s;
  const value = Number(normalized);
  return Number.isFinite(value) ? sign * value : null;
}

function splitOnce(s: string, at: number): [string, string] {
  return [s.slice(0, at), s.slice(at + 1)];
}

/** `1.000.000` with `.`: a leading group of 1–3 digits then groups of exactly three. */
function isGrouped(s: string, mark: string): boolean {
  const parts = s.split(mark);
  if (parts.length === 1) return true;
  const [head, ...rest] = parts;
  return head!.length >= 1 && head!.length <= 3 && rest.every((p) => p.length === 3);
}

/** Number of decimals written, and for integers the trailing zeros (`300` → -2): the rounding step is 10^-this. */
export function writtenPrecision(raw: string, groupMark: GroupMark): number {
  const value = parseNumeral(raw, groupMark);
  if (value === null) return 0;
  const digits = raw.replace(/[^\d.,]/g, '');
  const decimalMark = decimalMarkOf(digits, groupMark);
  if (decimalMark !== null) {
    const frac = digits.slice(digits.lastIndexOf(decimalMark) + 1);
    return frac.length;
  }
  const integer = digits.replace(/[.,]/g, '');
  const zeros = integer.length - integer.replace(/0+$/, '').length;
  return integer === '0' ? 0 : -Math.min(zeros, integer.length - 1);
}

function decimalMarkOf(digits: string, groupMark: GroupMark): '.' | ',' | null {
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const parts = digits.split(mark);
  if (parts.length > 2) return null;
  const groupShaped = parts[1]!.length === 3 && parts[0]!.length <= 3 && parts[0] !== '0';
  return groupShaped && (mark === groupMark || parts[1] === '000') ? null : mark;
}

/** Calendar arithmetic on plain dates (no time zones: a news date is a calendar day). */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function toUtc(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function fromUtc(ms: number): CalendarDate {
  const x = new Date(ms);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 29 Feb in a leap year). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDate): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: `2024-W47`. */
export function isoWeek(d: CalendarDate): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toUtc(thursday) - jan1) / (7 * 86_400_000)) + 1;
  return `${thursday.year}-W${String(week).padStart(2, '0')}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Parses `2024-11-18` (or `18.11.2024`) into a calendar date, or null. */
export function parseIsoDay(s: string): CalendarDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s.trim());
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? { year: y, month: mo, day: d } : null;
  }
  return null;
}

/**
 * The year a day or month without one most likely means, seen from the document
 * date: the nearest occurrence, counting a future one at three times its distance
 * (news reports mostly look back). `direction` forces past (`seit`) or future.
 */
export function nearestYear(
  ref: CalendarDate,
  month: number,
  day: number,
  direction: 'past' | 'future' | 'nearest' = 'nearest',
): number {
  let best = ref.year;
  let bestCost = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate());
    const diff = (toUtc({ year, month, day: d }) - toUtc(ref)) / 86_400_000;
    if (direction === 'past' && diff > 0) continue;
    if (direction === 'future' && diff < 0) continue;
    const cost = diff > 0 ? 3 * diff : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = year;
    }
  }
  return best;
}

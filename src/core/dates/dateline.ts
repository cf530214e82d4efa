import calendarData from './data/calendar.json' with { type: 'json' };
import { formatDay, isValidDate } from './calendar.js';

const MONTHS = calendarData.months as Record<string, number>;
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/\./g, '\\.'))
  .join('|');
const DATE = `(\\d{1,2})\\.\\s?(?:(\\d{1,2})\\.|(${MONTH_ALT})\\s)\\s?(\\d{4})`;
/** `Berlin (18.11.2024)`, `KIEW (dpa, 18. November 2024)`, `Berlin, 18.11.2024 –`, or a line holding only a date. */
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.\\-/ ]{1,40}?\\s*\\((?:[^)\\n]{0,30},\\s*)?${DATE}\\)|[\\p{Lu}][\\p{L}.\\-/ ]{1,40}?,\\s*(?:den\\s+)?${DATE}\\s*[-–—:]|\\s*${DATE}\\s*$)`,
  'imu',
);

/**
 * The document date from a dateline near the top of the text (first five lines),
 * as `YYYY-MM-DD`, or null when there is none.
 */
export function detectDocumentDate(text: string): string | null {
  const head = text.split('\n', 5).join('\n');
  const m = DATELINE.exec(head);
  if (!m) return null;
  // Three alternatives, each with day, numeric month, month name, year.
  for (let i = 1; i + 3 < m.length; i += 4) {
    if (m[i] === undefined) continue;
    const day = Number(m[i]);
    const month = m[i + 1] !== undefined ? Number(m[i + 1]) : MONTHS[m[i + 2]!.toLowerCase()]!;
    const year = Number(m[i + 3]);
    return isValidDate(year, month, day) ? formatDay({ year, month, day }) : null;
  }
  return null;
}

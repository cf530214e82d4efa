/** Days as whole numbers, and how the closeness of two days weighs in a match. */

const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01, UTC) of `YYYY-MM-DD`, or null when it is no valid day. */
export function dayNumber(day: string | null): number | null {
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) return null;
  return Math.round(t / MS_PER_DAY);
}

/**
 * The time factor for a report `distance` days from the nearest day of a story:
 * 1 up to `plateauDays` (a story is reported on the day and the day after), then
 * halving every `halfLifeDays` — news of one event comes in a burst, and a second
 * event of the same kind is usually days or weeks apart. Unknown distance (a
 * report or story without date) gives 1: no evidence either way.
 */
export function timeFactor(distance: number | null, halfLifeDays: number, plateauDays = 0): number {
  if (distance === null || distance <= plateauDays) return 1;
  return Math.pow(0.5, (distance - plateauDays) / halfLifeDays);
}

/** Distance in days from `day` to the nearest of `days` (null when either is unknown). */
export function nearestDistance(
  day: number | null,
  days: ReadonlyMap<number, number>,
): number | null {
  if (day === null || days.size === 0) return null;
  let best = Infinity;
  for (const d of days.keys()) best = Math.min(best, Math.abs(d - day));
  return best;
}

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

/** The one-line error for a bad --date, or null when it is fine or absent. */
export function dateOptionProblem(date: string | undefined): string | null {
  if (date === undefined || isIsoDay(date)) return null;
  return `crosscheck: --date ${date}: expected a calendar date as YYYY-MM-DD, e.g. 2024-11-18`;
}

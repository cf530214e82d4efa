import type { CliIo } from './io.js';

/** True for a real calendar day written YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

/**
 * Checks --date for a command: false (and one line on stderr) when it is given
 * but is not a calendar day, so the command can stop with a usage error.
 */
export function acceptDateOption(date: string | undefined, io: Pick<CliIo, 'error'>): boolean {
  if (date === undefined || isIsoDay(date)) return true;
  io.error(`crosscheck: --date ${date}: expected a calendar date as YYYY-MM-DD, e.g. 2024-11-18`);
  return false;
}

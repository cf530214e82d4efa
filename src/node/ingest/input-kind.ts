import { InvalidArgumentError } from 'commander';
import type { FetchOptions } from './fetch-page.js';

/**
 * Which command-line inputs the ingest module reads, and its options. Kept
 * apart from the readers so that a run over plain text files does not load
 * the HTML parser at all.
 */

export interface IngestOptions extends FetchOptions {
  /** At most this many items of each feed. */
  limit?: number;
  /** Only feed items published on or after this day (YYYY-MM-DD). */
  since?: string;
}

const HTML_FILE = /\.(?:x?html?|xht)$/i;
const FEED_FILE = /\.(?:rss|atom|rdf|xml|feed|jsonfeed)$/i;

export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** True for the inputs the ingest module reads: URLs, HTML files and feed files. */
export function isIngestInput(input: string): boolean {
  return isWebUrl(input) || HTML_FILE.test(input) || FEED_FILE.test(input);
}

/** True when the input may stand for several reports (a feed, or a URL that may be one). */
export function mayExpand(input: string): boolean {
  return isWebUrl(input) || FEED_FILE.test(input);
}

/** commander parser for --limit: a whole number of items, at least 1. */
export function parseLimitOption(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number of feed items, at least 1');
  return Number(value);
}

/** commander parser for --since: a calendar day. */
export function parseSinceOption(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  if (!day || !day.toISOString().startsWith(value))
    throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD, e.g. 2025-03-09');
  return value;
}

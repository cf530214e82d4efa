import { parseFeed } from 'feedsmith';
import { isoDate } from './metadata.js';

/**
 * A feed (RSS, Atom, RDF/RSS 1.0 or JSON Feed) read by feedsmith, reduced to
 * what crosscheck needs of each item: the page to fetch, its title and date.
 * feedsmith keeps each format's raw values (Atom's link list, RSS's RFC 822
 * dates, Dublin Core dates in RDF); this module only picks the one that means
 * "the article page" and "when it was published" in each.
 */
export interface FeedItem {
  url: string;
  title?: string;
  /** ISO 8601 (see `isoDate`). */
  published?: string;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

/** Returns null when the text is not a feed of a known format. */
export function readFeed(text: string, baseUrl?: string): Feed | null {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch {
    return null;
  }
  const feed = parsed.feed as Record<string, unknown>;
  const format = parsed.format as Feed['format'];
  const raw = (format === 'atom' ? feed.entries : feed.items) as
    Record<string, unknown>[] | undefined;
  const items: FeedItem[] = [];
  for (const item of raw ?? []) {
    const url = absolute(itemLink(format, item), baseUrl);
    if (!url) continue;
    const entry: FeedItem = { url };
    const title = textOf(item.title);
    if (title) entry.title = title;
    const published = isoDate(itemDate(format, item));
    if (published) entry.published = published;
    items.push(entry);
  }
  const result: Feed = { format, items };
  const title = textOf(feed.title);
  if (title) result.title = title;
  return result;
}

/** Atom titles are objects ({value}); the others are strings. */
function textOf(value: unknown): string | undefined {
  const text =
    typeof value === 'string' ? value : (value as { value?: unknown } | undefined)?.value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

function itemLink(format: Feed['format'], item: Record<string, unknown>): string | undefined {
  if (format === 'atom') {
    const links = (item.links ?? []) as { href?: string; rel?: string }[];
    // rel="alternate" (or no rel, which means alternate) is the article; "enclosure", "edit" are not.
    return (links.find((l) => !l.rel || l.rel === 'alternate') ?? undefined)?.href;
  }
  if (format === 'json')
    return (item.url as string | undefined) ?? (item.external_url as string | undefined);
  const link = item.link as string | undefined;
  // RSS permits a permalink guid in place of a link. A guid marked isPermaLink
  // is taken as written; an unmarked one (the default is "true", but many feeds
  // put ids there without saying so) only when it is an http(s) URL.
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | string | undefined;
  const value = typeof guid === 'string' ? guid : guid?.value;
  const marked = typeof guid === 'object' && guid.isPermaLink === true;
  const unmarked = typeof guid === 'string' || guid?.isPermaLink === undefined;
  const guidUrl = marked || (unmarked && value && /^https?:/i.test(value)) ? value : undefined;
  return link ?? guidUrl;
}

function itemDate(format: Feed['format'], item: Record<string, unknown>): string | undefined {
  const dc = item.dc as { dates?: string[]; date?: string } | undefined;
  switch (format) {
    case 'atom':
      return (item.published as string | undefined) ?? (item.updated as string | undefined);
    case 'json':
      return (
        (item.date_published as string | undefined) ?? (item.date_modified as string | undefined)
      );
    default:
      return (item.pubDate as string | undefined) ?? dc?.dates?.[0] ?? dc?.date;
  }
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Items to read: those published on or after `since` (YYYY-MM-DD; an item
 * without a date cannot show it is recent and is left out), newest first when
 * dates are known, at most `limit`.
 */
export function selectItems(
  items: FeedItem[],
  options: { since?: string; limit?: number },
): FeedItem[] {
  let chosen = items;
  if (options.since) {
    const since = options.since;
    chosen = chosen.filter(
      (item) => item.published !== undefined && dayOf(item.published) >= since,
    );
  }
  chosen = chosen
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const da = a.item.published ? Date.parse(a.item.published) : NaN;
      const db = b.item.published ? Date.parse(b.item.published) : NaN;
      if (Number.isNaN(da) || Number.isNaN(db))
        return Number(Number.isNaN(da)) - Number(Number.isNaN(db)) || a.index - b.index;
      return db - da || a.index - b.index;
    })
    .map(({ item }) => item);
  return options.limit !== undefined ? chosen.slice(0, options.limit) : chosen;
}

/** The calendar day a date was written for, in the writer's own time zone. */
function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

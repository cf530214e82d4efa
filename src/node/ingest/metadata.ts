import type { DocumentMetaRecord } from '../../core/contract/types.js';
import dateWords from './data/date-words.json' with { type: 'json' };

/**
 * A page's bibliographic facts: title, outlet, author, published and modified
 * time, canonical URL and language. News sites state them in several places of
 * differing trust; each field takes the first of:
 *  1. JSON-LD (schema.org NewsArticle and kin): written for search engines,
 *     so usually the most careful;
 *  2. OpenGraph / `article:*` properties: written for social previews;
 *  3. plain `<meta name>` tags (author, date, Dublin Core, Parse.ly);
 *  4. the first `<time datetime>` for dates, `<link rel=canonical>` for the URL,
 *     `<html lang>` for the language, `<title>` for the title;
 *  5. for the published date only, what a reader sees: a `<time>` element's text,
 *     then a date in the URL path (`/2024/06/02/`, as blogs and many CMS write
 *     it), then the first date written in an element whose class names a date
 *     ("date", "datum", "meta", "byline", …), the way bylines show it.
 */
export type PageMeta = DocumentMetaRecord;

type El = {
  getAttribute(name: string): string | null;
  textContent: string | null;
};
type Doc = {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  documentElement?: El | null;
  title?: string;
};

/** schema.org types whose dates and authors are those of a report. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|WebPage|Report)$/;

export function readPageMeta(document: unknown, pageUrl?: string): PageMeta {
  const doc = document as Doc;
  const ld = jsonLdArticle(doc);
  const metas = metaTable(doc);
  const meta = (keys: string[]) => first(...keys.map((key) => metas.get(key.toLowerCase())));
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const itempropDate =
    itemprop?.getAttribute('content') ??
    itemprop?.getAttribute('datetime') ??
    itemprop?.textContent ??
    undefined;
  const found: PageMeta = {
    title: first(ld.headline, meta(['og:title', 'twitter:title']), doc.title),
    outlet: first(ld.publisher, meta(['og:site_name', 'application-name'])),
    author: first(
      ld.author,
      meta(['author', 'article:author', 'dc.creator', 'parsely-author', 'byl']),
    ),
    published: preferPathDate(
      isoDate(
        first(
          ld.datePublished,
          meta([
            'article:published_time',
            'datePublished',
            'date',
            'dc.date',
            'dc.date.issued',
            'dcterms.created',
            'parsely-pub-date',
            'pubdate',
            'publishdate',
            'og:published_time',
          ]),
          itempropDate,
          time,
        ),
      ) ?? visibleDate(doc, pageUrl),
      pageUrl,
    ),
    modified: isoDate(
      first(
        ld.dateModified,
        meta([
          'article:modified_time',
          'og:updated_time',
          'dateModified',
          'last-modified',
          'dcterms.modified',
        ]),
      ),
    ),
    url:
      absoluteUrl(
        first(
          ld.url,
          doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          meta(['og:url']),
        ),
        pageUrl,
      ) ?? pageUrl,
    lang: language(
      first(
        doc.documentElement?.getAttribute('lang'),
        ld.inLanguage,
        meta(['og:locale', 'content-language', 'language']),
      ),
    ),
  };
  const result: PageMeta = {};
  for (const [key, value] of Object.entries(found) as [keyof PageMeta, string | undefined][]) {
    if (value) result[key] = value;
  }
  return result;
}

function first(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return undefined;
}

/** Every `<meta property|name|itemprop|http-equiv=KEY content>`, the first per key (keys lower-cased). */
function metaTable(doc: Doc): Map<string, string> {
  const byKey = new Map<string, string>();
  const tags = doc.querySelectorAll('meta[content]');
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const key =
      tag.getAttribute('property') ??
      tag.getAttribute('name') ??
      tag.getAttribute('itemprop') ??
      tag.getAttribute('http-equiv');
    const content = tag.getAttribute('content');
    if (key && content?.trim() && !byKey.has(key.toLowerCase()))
      byKey.set(key.toLowerCase(), content);
  }
  return byKey;
}

interface LdFacts {
  headline?: string;
  publisher?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  url?: string;
  inLanguage?: string;
}

/** The first article-like object in the page's JSON-LD blocks (graphs and arrays included). */
function jsonLdArticle(doc: Doc): LdFacts {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const candidates: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (obj['@graph']) collect(obj['@graph']);
      const types = ([] as unknown[]).concat(obj['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) candidates.push(obj);
    }
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines); the other sources still count.
    }
  }
  // A WebPage wrapper comes second to the article it contains.
  candidates.sort(
    (a, b) => Number(String(a['@type']) === 'WebPage') - Number(String(b['@type']) === 'WebPage'),
  );
  const article = candidates[0];
  if (!article) return {};
  return {
    headline: text(article.headline) ?? text(article.name),
    publisher: names(article.publisher),
    author: names(article.author),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    url:
      text(article.url) ??
      text((article.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ??
      text(article.mainEntityOfPage),
    inLanguage: text(article.inLanguage),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A person or organisation, or a list of them, as "A, B". */
function names(value: unknown): string | undefined {
  const list = ([] as unknown[]).concat(value ?? []);
  const out = list
    .map((v) => (typeof v === 'string' ? v : text((v as Record<string, unknown>)?.name)))
    .filter((v): v is string => !!v && v.trim() !== '');
  return out.length > 0 ? [...new Set(out.map((n) => n.trim()))].join(', ') : undefined;
}

/**
 * An ISO 8601 date or date-time as the page wrote it, or undefined when the
 * value is not one that parses. German sites often write `17.11.2024` in `date`
 * metas; that is rewritten as `2024-11-17`.
 */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // "17.11.2024", "So., 17.11.2024 - 23:30", "17. November 2024": a weekday may come first.
  const german = writtenDate(value, true);
  if (german) return german;
  const iso =
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(
      value,
    );
  if (iso && !Number.isNaN(Date.parse(iso[0].replace(' ', 'T')))) return iso[0].replace(' ', 'T');
  // RFC 2822 and other forms Date understands (e.g. from feeds): kept as a UTC instant.
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `de_DE` / `de-DE` → `de-DE`; anything else that is not a language tag is dropped. */
function language(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tag = value.replace('_', '-');
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(tag) ? tag : undefined;
}

const MONTHS = dateWords.months as Record<string, number>;
const NUMERIC_DAY = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/;
const NAMED_DAY = /(?<![\d.])(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]{3,9})\.?\s+((?:19|20)\d{2})(?!\d)/;
const CUE_SCAN_CHARS = 20_000;
const CUED_DATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${(dateWords.publishedCues as string[]).join('|')})\\b[:\\s]{0,3}((?:\\p{L}{2,3}\\.?,?\\s)?\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}{3,9}\\.?)\\s?(?:19|20)\\d{2})`,
  'iu',
);
const DATE_CLASS = new RegExp(`(?:${(dateWords.dateClassWords as string[]).join('|')})`, 'i');

/**
 * A German date written in text ("17.11.2024", "17. November 2024", "17. Nov. 2024")
 * as YYYY-MM-DD. With `atStart`, only when nothing but a weekday and punctuation
 * comes before it, as in a meta value.
 */
export function writtenDate(text: string, atStart = false): string | undefined {
  for (const pattern of [NUMERIC_DAY, NAMED_DAY]) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (atStart && !/^[\p{L}.,\s]{0,14}$/u.test(text.slice(0, match.index))) continue;
    const month = /^\d+$/.test(match[2]!) ? Number(match[2]) : MONTHS[match[2]!.toLowerCase()];
    const day = Number(match[1]);
    if (!month || month > 12 || day < 1 || day > 31) continue;
    return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/** The published day as a reader sees it, when no machine-readable date is given. */
function visibleDate(doc: Doc, pageUrl: string | undefined): string | undefined {
  const times = doc.querySelectorAll('time');
  for (let i = 0; i < times.length; i++) {
    const day = writtenDate(times[i]!.textContent ?? '');
    if (day) return day;
  }
  const inPath = pathDate(pageUrl);
  if (inPath) return inPath;
  const classed = doc.querySelectorAll('[class]');
  for (let i = 0; i < classed.length; i++) {
    const element = classed[i]!;
    if (!DATE_CLASS.test(element.getAttribute('class') ?? '')) continue;
    const text = element.textContent ?? '';
    // A date class on a large container (a whole teaser list) says nothing about this report.
    if (text.length > 200) continue;
    const day = writtenDate(text);
    if (day) return day;
  }
  // Last, a date the text introduces as its own: "Veröffentlicht am 16.08.2019", "Datum: 03.11.2021".
  // Only the top of the page: a date further down belongs to comments, teasers or the footer.
  const body = (doc.querySelector('body')?.textContent ?? '')
    .slice(0, CUE_SCAN_CHARS)
    .replace(/\s+/g, ' ');
  const cued = CUED_DATE.exec(body);
  return cued ? writtenDate(cued[1]!) : undefined;
}

/** A full date in the URL path (`/2017/06/29/`), as blogs and many CMS write it. */
function pathDate(pageUrl: string | undefined): string | undefined {
  const match = pageUrl
    ? /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(pageUrl)
    : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * A URL is fixed when a report is first published and is not changed by later
 * edits, while CMS metadata is often rewritten on every update: when both give
 * a day and they differ, the URL's day is the publication day.
 */
function preferPathDate(
  stated: string | undefined,
  pageUrl: string | undefined,
): string | undefined {
  const inPath = pathDate(pageUrl);
  return inPath && stated?.slice(0, 10) !== inPath ? inPath : stated;
}

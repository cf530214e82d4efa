/**
 * A page's bibliographic facts: title, outlet, author, published and modified
 * time, canonical URL and language. News sites state them in several places of
 * differing trust; each field takes the first of:
 *  1. JSON-LD (schema.org NewsArticle and kin): written for search engines,
 *     so usually the most careful;
 *  2. OpenGraph / `article:*` properties: written for social previews;
 *  3. plain `<meta name>` tags (author, date, Dublin Core, Parse.ly);
 *  4. the first `<time datetime>` for dates, `<link rel=canonical>` for the URL,
 *     `<html lang>` for the language, `<title>` for the title.
 */
export interface PageMeta {
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO 8601 as the page wrote it (its own time zone kept), or YYYY-MM-DD. */
  published?: string;
  modified?: string;
  url?: string;
  lang?: string;
}

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
  const meta = (keys: string[]) => metaContent(doc, keys);
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const found: PageMeta = {
    title: first(ld.headline, meta(['og:title', 'twitter:title']), doc.title),
    outlet: first(ld.publisher, meta(['og:site_name', 'application-name'])),
    author: first(
      ld.author,
      meta(['author', 'article:author', 'dc.creator', 'parsely-author', 'byl']),
    ),
    published: isoDate(
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
        time,
      ),
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

/** `<meta property|name|itemprop=KEY content>` for the first key that has one (keys case-insensitive). */
function metaContent(doc: Doc, keys: string[]): string | undefined {
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
    if (key && content && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), content);
  }
  for (const key of keys) {
    const value = byKey.get(key.toLowerCase());
    if (value?.trim()) return value;
  }
  return undefined;
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
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(value);
  if (german) return `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
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

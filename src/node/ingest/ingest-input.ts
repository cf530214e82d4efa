import { readFile, stat } from 'node:fs/promises';
import { describeLongRun, findLongRun } from '../read/long-run.js';
import { MAX_INPUT_BYTES } from '../read/read-input.js';
import { normalizeText } from '../../core/text/normalize.js';
import { decodeHtml } from './decode-html.js';
import { readFeed, selectItems, type FeedItem } from './feed.js';
import { fetchPage, FetchError } from './fetch-page.js';
import { isWebUrl, type IngestOptions } from './input-kind.js';
import { looksLikeHtml, readHtmlDocument } from './html-document.js';
import type { PageMeta } from './metadata.js';
import type { SourceSpan } from './source-map.js';

/**
 * The one entry point the command line uses for inputs that are not plain text
 * files: `.html` files, http(s) URLs, and feeds (as URLs or files), which
 * expand to one document per item page. Each input gives one or more results;
 * a failure names its input (or the feed item) and never stops the others.
 */

export interface IngestedDocument {
  ok: true;
  /** The URL or path given; for a feed item, the item's URL. */
  id: string;
  /** Normalised main text. */
  text: string;
  meta: PageMeta;
  encoding: string;
  spans: SourceSpan[];
}

export interface IngestFailure {
  ok: false;
  id: string;
  /** One line, without the id. */
  problem: string;
}

export type IngestResult = IngestedDocument | IngestFailure;

export async function ingestInput(
  input: string,
  options: IngestOptions = {},
): Promise<IngestResult[]> {
  if (isWebUrl(input)) return ingestUrl(input, options, true);
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (!info.isFile()) return [failure(input, 'is not a regular file')];
    if (info.size > MAX_INPUT_BYTES)
      return [failure(input, `is over the ${MAX_INPUT_BYTES / 1048576} MiB limit for one report`)];
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [
      failure(
        input,
        code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`,
      ),
    ];
  }
  if (bytes.length === 0) return [failure(input, 'is empty')];
  if (!looksLikeHtml(bytes)) {
    const feed = readFeed(decodeHtml(bytes).html);
    if (feed) return expandFeed(input, feed.items, options);
  }
  return [htmlResult(input, bytes, null, undefined)];
}

async function ingestUrl(
  url: string,
  options: IngestOptions,
  feedsAllowed: boolean,
): Promise<IngestResult[]> {
  let page;
  try {
    page = await fetchPage(url, options);
  } catch (error) {
    if (error instanceof FetchError) return [failure(url, error.message)];
    throw error;
  }
  const type = (page.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (page.bytes.length === 0) return [failure(url, 'the server sent an empty page')];
  const html =
    type === 'text/html' || type === 'application/xhtml+xml' || looksLikeHtml(page.bytes);
  if (!html && (type === '' || /xml|rss|atom|json/.test(type))) {
    const feed = readFeed(decodeHtml(page.bytes, page.contentType).html, page.url);
    if (feed && feedsAllowed) return expandFeed(url, feed.items, options);
    if (feed) return [failure(url, 'is a feed inside a feed; not followed')];
  }
  if (type === 'text/plain') {
    const text = normalizeText(decodeHtml(page.bytes, page.contentType).html).trim();
    return [
      checked({ ok: true, id: url, text, meta: { url: page.url }, encoding: 'utf-8', spans: [] }),
    ];
  }
  if (!html && type !== '') return [failure(url, `is ${type}, not a web page or feed`)];
  return [htmlResult(url, page.bytes, page.contentType, page.url)];
}

async function expandFeed(
  id: string,
  items: FeedItem[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const chosen = selectItems(items, options);
  if (chosen.length === 0) {
    const why =
      items.length === 0
        ? 'has no items with a page'
        : `has no items${options.since ? ` published since ${options.since}` : ''}`;
    return [failure(id, `is a feed but ${why}`)];
  }
  const results: IngestResult[] = [];
  // One after another: a feed names pages of one site, which should not be hit in parallel.
  for (const item of chosen) {
    for (const result of await ingestUrl(item.url, options, false)) {
      if (result.ok) {
        // The page's own statements win; the feed fills what the page leaves out.
        result.meta.published ??= item.published;
        result.meta.title ??= item.title;
      }
      results.push(result);
    }
  }
  return results;
}

function htmlResult(
  id: string,
  bytes: Uint8Array,
  contentType: string | null,
  url: string | undefined,
): IngestResult {
  const page = readHtmlDocument(bytes, { contentType, url });
  return checked({
    ok: true,
    id,
    text: page.text,
    meta: page.meta,
    encoding: page.encoding,
    spans: page.spans,
  });
}

/** The same checks plain text inputs get: some text, and no run of characters that no report has. */
function checked(doc: IngestedDocument): IngestResult {
  if (doc.text.trim() === '') return failure(doc.id, 'has no main text that could be extracted');
  const run = findLongRun(doc.text);
  return run ? failure(doc.id, describeLongRun(run)) : doc;
}

function failure(id: string, problem: string): IngestFailure {
  return { ok: false, id, problem };
}

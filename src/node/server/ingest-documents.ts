import type { InputErrorRecord } from '../../core/contract/types.js';
import { isIsoDay } from '../cli/date-option.js';
import { describeLongRun, findLongRun } from '../read/long-run.js';
import type { FetchOptions } from '../ingest/fetch-page.js';
import type { InputDocument, RequestedDocument } from './request.js';

/**
 * Turns the API's documents into texts to analyse: `text` as it is; `html` (a
 * dropped page) and `url` (a page the server fetches) through the same ingest
 * module as the command line, with its metadata and source map. A page that
 * cannot be read is one error naming the document's id, and the others go on,
 * as a failed URL does on the command line.
 */

export interface ResolvedDocuments {
  documents: InputDocument[];
  errors: InputErrorRecord[];
}

/** The fetch rules of `crosscheck serve`: those of the command line (address policy, time and size limits). */
export type ServerFetchOptions = Pick<
  FetchOptions,
  'allowPrivate' | 'offline' | 'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'resolve'
>;

export async function resolveDocuments(
  requested: readonly RequestedDocument[],
  options: { fetch?: ServerFetchOptions; maxTextChars: number },
): Promise<ResolvedDocuments> {
  // Only requests with a page load the HTML parser (as on the command line).
  const needsIngest = requested.some((doc) => !('text' in doc));
  const ingest = needsIngest ? await loadIngest() : null;
  // Pages of different outlets are fetched side by side; each has its own time limit.
  const results = await Promise.all(requested.map((doc) => resolveOne(doc, ingest, options)));
  const documents: InputDocument[] = [];
  const errors: InputErrorRecord[] = [];
  for (const result of results) {
    if ('message' in result) errors.push(result);
    else documents.push(result);
  }
  return { documents, errors };
}

type Ingest = Awaited<ReturnType<typeof loadIngest>>;

async function loadIngest() {
  const [{ readHtmlDocument }, { ingestInput }] = await Promise.all([
    import('../ingest/html-document.js'),
    import('../ingest/ingest-input.js'),
  ]);
  return { readHtmlDocument, ingestInput };
}

const utf8 = new TextEncoder();

async function resolveOne(
  doc: RequestedDocument,
  ingest: Ingest | null,
  options: { fetch?: ServerFetchOptions; maxTextChars: number },
): Promise<InputDocument | InputErrorRecord> {
  if ('text' in doc) return doc;
  let page: {
    text: string;
    meta: InputDocument['meta'] & object;
    encoding: string;
    spans: NonNullable<InputDocument['sourceMap']>['spans'];
  };
  if ('html' in doc) {
    // The browser has already decoded the file to a string; it travels as UTF-8 JSON.
    page = ingest!.readHtmlDocument(utf8.encode(doc.html), {
      contentType: 'text/html; charset=utf-8',
    });
  } else {
    // feedsAllowed is the ingest module's choice for URLs; a feed here would be several
    // reports under one id, so only single pages are taken.
    const results = await ingest!.ingestInput(doc.url.trim(), {
      ...options.fetch,
      limit: 1,
    });
    const first = results[0]!;
    if (!first.ok) return { id: doc.id, message: first.problem };
    if (first.id !== doc.url.trim())
      return {
        id: doc.id,
        message:
          'is a feed; the web app reads single pages (give the feed to "crosscheck compare" to read its items)',
      };
    page = first;
  }
  const problem = textProblem(page.text, options.maxTextChars);
  if (problem) return { id: doc.id, message: problem };
  const input: InputDocument = { id: doc.id, text: page.text, meta: page.meta };
  // The page's publication day anchors "am Sonntag" unless the report's date was given.
  const day = page.meta.published?.slice(0, 10);
  const date = doc.date ?? (day && isIsoDay(day) ? day : undefined);
  if (date !== undefined) input.date = date;
  if (page.spans.length > 0) input.sourceMap = { encoding: page.encoding, spans: page.spans };
  return input;
}

/** The checks a pasted text gets, on the text extracted from a page. */
function textProblem(text: string, maxTextChars: number): string | null {
  if (text.trim() === '') return 'has no main text that could be extracted';
  if (text.length > maxTextChars)
    return `has ${text.length.toLocaleString('en-US')} characters of main text; at most ${maxTextChars.toLocaleString('en-US')} per report are accepted`;
  const run = findLongRun(text);
  return run ? describeLongRun(run) : null;
}

import { normalizeText } from '../../core/text/normalize.js';
import { isIsoDay } from '../cli/date-option.js';
import { describeLongRun, findLongRun } from '../read/long-run.js';
import type { DocumentMetaRecord, SourceMapRecord } from '../../core/contract/types.js';

/** One report as the analysis receives it: its text, and for a web page what the page says about itself. */
export interface InputDocument {
  /** A name the caller chooses ("kurier.txt", "Report 1"); unique within one request. */
  id: string;
  text: string;
  /** Date of the report (YYYY-MM-DD), for relative dates such as "am Sonntag". */
  date?: string;
  meta?: DocumentMetaRecord;
  sourceMap?: SourceMapRecord;
}

/**
 * One report as the API receives it: exactly one of `text` (the report itself),
 * `html` (a page's HTML, e.g. a dropped .html file) or `url` (a page the server
 * fetches). The last two are read by `resolveDocuments` (ingest-documents.ts).
 */
export type RequestedDocument =
  | { id: string; date?: string; text: string }
  | { id: string; date?: string; html: string }
  | { id: string; date?: string; url: string };

export interface DocumentsRequestLimits {
  /** Fewest documents the endpoint needs: 1 for analyze, 2 for compare. */
  minDocuments: number;
  maxDocuments: number;
  maxIdLength: number;
  /** Longest `text` of one document, in characters (UTF-16 code units). */
  maxTextChars: number;
}

export type ParsedRequest =
  | { ok: true; documents: RequestedDocument[] }
  /** 413 when a document is over the size limit, 400 for everything else. */
  | { ok: false; problem: string; status: 400 | 413 };

export const MAX_DOCUMENTS = 20;
export const MAX_ID_LENGTH = 200;
/**
 * One report's text: a million characters (about 140,000 words, a book). The
 * server analyses one request at a time, and one such text already takes it a
 * few seconds; news reports are a few thousand characters.
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** The longest URL accepted; longer ones are not addresses people paste. */
export const MAX_URL_LENGTH = 2000;

const DOCUMENT_KEYS = new Set(['id', 'text', 'html', 'url', 'date']);
const SOURCE_KEYS = ['text', 'html', 'url'] as const;

/**
 * Checks a parsed JSON request body against `{documents: [{id, text, date?}]}`.
 * Strict on purpose: an unknown key is more likely a typo (`"txt"`, `"dates"`)
 * than something to ignore silently. Each problem names the exact place, e.g.
 * `documents[1].text`, so a caller can fix it without reading the docs.
 */
export function parseDocumentsRequest(
  body: unknown,
  limits: DocumentsRequestLimits,
): ParsedRequest {
  if (!isPlainObject(body)) {
    return fail(
      `the request body must be a JSON object {"documents": [...]}, not ${describe(body)}`,
    );
  }
  const extra = Object.keys(body).filter((key) => key !== 'documents');
  if (extra.length > 0)
    return fail(`unknown field ${quoteList(extra)}: the body has only "documents"`);
  const list = body['documents'];
  if (list === undefined)
    return fail('"documents" is missing: send {"documents": [{"id", "text"}, ...]}');
  if (!Array.isArray(list)) return fail(`"documents" must be an array, not ${describe(list)}`);
  if (list.length < limits.minDocuments) {
    return fail(
      limits.minDocuments === 1
        ? '"documents" is empty: send at least one report'
        : `"documents" has ${list.length} report${list.length === 1 ? '' : 's'}: comparing needs at least ${limits.minDocuments}`,
    );
  }
  if (list.length > limits.maxDocuments) {
    return fail(
      `"documents" has ${list.length} reports; at most ${limits.maxDocuments} are accepted`,
    );
  }

  const documents: RequestedDocument[] = [];
  const seenIds = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    const at = `documents[${index}]`;
    const problem = documentProblem(item, at, limits);
    if (problem) return fail(problem.message, problem.status);
    const doc = item as { id: string; date?: string } & Record<string, unknown>;
    const earlier = seenIds.get(doc.id);
    if (earlier !== undefined) {
      return fail(
        `${at}.id "${doc.id}" is also the id of documents[${earlier}]: ids must be unique`,
      );
    }
    seenIds.set(doc.id, index);
    const source = SOURCE_KEYS.find((key) => doc[key] !== undefined)!;
    const requested = { id: doc.id, [source]: doc[source] } as RequestedDocument;
    if (doc.date !== undefined) requested.date = doc.date;
    documents.push(requested);
  }
  return { ok: true, documents };
}

function documentProblem(
  item: unknown,
  at: string,
  limits: DocumentsRequestLimits,
): { message: string; status: 400 | 413 } | null {
  const message = documentShapeProblem(item, at, limits);
  if (message) return { message, status: 400 };
  const { id, text } = item as { id: string; text?: string };
  // An HTML page is bounded by the body limit only; its extracted text is checked once it is read.
  if (text === undefined) return null;
  if (text.length > limits.maxTextChars) {
    return {
      message: `${at}.text ("${id}") has ${text.length.toLocaleString('en-US')} characters; at most ${limits.maxTextChars.toLocaleString('en-US')} per report are accepted`,
      status: 413,
    };
  }
  // Control characters are dropped before analysis (as the CLI does); what is left must be text.
  if (normalizeText(text).trim() === '')
    return {
      message: `${at}.text ("${id}") contains no text, only control characters`,
      status: 400,
    };
  const run = findLongRun(text);
  if (run) return { message: `${at}.text ("${id}") ${describeLongRun(run)}`, status: 400 };
  return null;
}

function documentShapeProblem(
  item: unknown,
  at: string,
  limits: DocumentsRequestLimits,
): string | null {
  if (!isPlainObject(item)) return `${at} must be an object {"id", "text"}, not ${describe(item)}`;
  const extra = Object.keys(item).filter((key) => !DOCUMENT_KEYS.has(key));
  if (extra.length > 0)
    return `${at} has unknown field ${quoteList(extra)}: allowed are "id", "text", "html", "url" and "date"`;

  const { id, date } = item;
  if (id === undefined) return `${at}.id is missing`;
  if (typeof id !== 'string') return `${at}.id must be a string, not ${describe(id)}`;
  if (id.trim() === '') return `${at}.id is empty`;
  if (id.length > limits.maxIdLength)
    return `${at}.id is longer than ${limits.maxIdLength} characters`;

  const given = SOURCE_KEYS.filter((key) => item[key] !== undefined);
  if (given.length === 0)
    return `${at}.text is missing (or send the page as "html", or its address as "url")`;
  if (given.length > 1)
    return `${at} has ${quoteList([...given])}: send only one of "text", "html" and "url"`;
  const key = given[0]!;
  const value = item[key];
  if (typeof value !== 'string') return `${at}.${key} must be a string, not ${describe(value)}`;
  if (key === 'text' && value.trim() === '') return `${at}.text ("${id}") contains no text`;
  if (key === 'html' && value.trim() === '') return `${at}.html ("${id}") is empty`;
  if (key === 'url') {
    if (value.length > MAX_URL_LENGTH)
      return `${at}.url ("${id}") is longer than ${MAX_URL_LENGTH.toLocaleString('en-US')} characters`;
    if (!/^https?:\/\/[^\s]+$/i.test(value.trim()) || !URL.canParse(value.trim()))
      return `${at}.url ("${id}") is not an http:// or https:// address`;
  }

  if (date !== undefined) {
    if (typeof date !== 'string')
      return `${at}.date must be a string YYYY-MM-DD, not ${describe(date)}`;
    if (!isIsoDay(date))
      return `${at}.date "${date}" is not a calendar date written YYYY-MM-DD, e.g. 2024-11-18`;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a number", "an array", "null": what a caller sent instead, in words. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

function quoteList(keys: string[]): string {
  return keys
    .slice(0, 5)
    .map((key) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key))
    .join(', ');
}

function fail(problem: string, status: 400 | 413 = 400): ParsedRequest {
  return { ok: false, problem, status };
}

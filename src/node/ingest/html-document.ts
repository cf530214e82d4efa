import { parseHTML } from 'linkedom';
import { decodeHtml } from './decode-html.js';
import { extractMainText } from './extract-text.js';
import { findLead, missingFrom, pageDescription } from './lead.js';
import { readPageMeta, type PageMeta } from './metadata.js';
import { mapParagraphs, type SourceSpan } from './source-map.js';

/** Paragraphs of the extracted text are separated by one blank line. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export interface HtmlDocument {
  /** The extracted main text, normalised: the string every offset of the analysis refers to. */
  text: string;
  meta: PageMeta;
  /** Encoding the page was decoded with. */
  encoding: string;
  /** Each paragraph of `text` and where it stands in the decoded HTML. */
  spans: SourceSpan[];
  method: 'readability' | 'body';
}

/** Decodes, parses and extracts one HTML page. `url` is where it came from (for relative links). */
export function readHtmlDocument(
  bytes: Uint8Array,
  options: { contentType?: string | null; url?: string } = {},
): HtmlDocument {
  const { html, encoding } = decodeHtml(bytes, options.contentType);
  const { document } = parseHTML(html);
  // Metadata first: Readability removes the parts of the tree it does not keep.
  const meta = readPageMeta(document, options.url);
  // The lead is looked for before Readability changes the tree, and kept only if the text lacks it.
  const lead = findLead(document, pageDescription(document));
  const extracted = extractMainText(document, () => parseHTML(html).document);
  if (lead && missingFrom(lead, extracted.paragraphs)) extracted.paragraphs.unshift(lead.text);
  if (!meta.title && extracted.title) meta.title = extracted.title;
  return {
    text: extracted.paragraphs.join(PARAGRAPH_SEPARATOR),
    meta,
    encoding,
    spans: mapParagraphs(html, extracted.paragraphs, PARAGRAPH_SEPARATOR),
    method: extracted.method,
  };
}

/** True when bytes look like an HTML page rather than plain text (a doctype or `<html>` near the start). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF|^ï»¿/, '');
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(head);
}

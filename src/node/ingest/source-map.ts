import { Parser } from 'htmlparser2';

/**
 * Where each paragraph of the extracted text stands in the page's HTML, so a
 * viewer can show the original wording and markup around a finding. The text
 * offsets are those of the document's `text`; the HTML offsets are UTF-16 code
 * unit offsets into the page as decoded (see `decodeHtml`). Paragraphs are
 * found in the page's visible text, with entities decoded and white space
 * collapsed on both sides; a paragraph that cannot be found (e.g. text that
 * Readability assembled from several places) simply has no span: the map never
 * guesses.
 */
export interface SourceSpan {
  start: number;
  end: number;
  htmlStart: number;
  htmlEnd: number;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'title']);

interface VisibleText {
  /** Visible text with each white-space run collapsed to one space. */
  text: string;
  /** For each character of `text`, the HTML offset where it starts and where it ends. */
  from: number[];
  to: number[];
}

function visibleText(html: string): VisibleText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let hidden = 0;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        if (INVISIBLE.has(name)) hidden++;
      },
      onclosetag(name) {
        if (INVISIBLE.has(name) && hidden > 0) hidden--;
      },
      ontext(data) {
        if (hidden > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // A piece as long as its source is literal text; otherwise it is a decoded entity.
        const literal = data.length === end - start;
        for (let i = 0; i < data.length; i++) {
          const ch = /\s/.test(data[i]!) && data[i] !== '\u00a0' ? ' ' : data[i]!;
          if (ch === ' ' && chars[chars.length - 1] === ' ') continue;
          chars.push(ch);
          from.push(literal ? start + i : start);
          to.push(literal ? start + i + 1 : end);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { text: chars.join(''), from, to };
}

/** Spans for the paragraphs of `text` (as joined by the caller), each located in `html`. */
export function mapParagraphs(html: string, paragraphs: string[], separator: string): SourceSpan[] {
  const visible = visibleText(html);
  const spans: SourceSpan[] = [];
  let offset = 0;
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const needle = paragraph.replace(/[ \t\n\r\f]+/g, ' ');
    let at = visible.text.indexOf(needle, cursor);
    if (at < 0) at = visible.text.indexOf(needle);
    if (at >= 0 && needle.length > 0) {
      spans.push({
        start: offset,
        end: offset + paragraph.length,
        htmlStart: visible.from[at]!,
        htmlEnd: visible.to[at + needle.length - 1]!,
      });
      cursor = at + needle.length;
    }
    offset += paragraph.length + separator.length;
  }
  return spans;
}

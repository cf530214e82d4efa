import { Readability } from '@mozilla/readability';
import { normalizeText } from '../../core/text/normalize.js';

/**
 * The main text of a page as paragraphs. Mozilla Readability finds the article
 * (it drops navigation, teasers, comments and footers by link density and
 * class names); this module only turns the element it returns into text with
 * one blank line between blocks, so that sentence splitting sees where
 * paragraphs and headings end, as it does in the plain-text reports.
 */

/** Elements that end a line of running text: each starts a new paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Never part of the report's running text, wherever they stand. Figures and
 * their captions are left out too: a caption restates the text or credits a
 * photographer ("Foto: dpa"), and a caption's sentence out of its place would
 * read as a claim of the report.
 */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'FIGURE',
  'FIGCAPTION',
]);

/** Parts of a page that are not the report when Readability finds no article. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);

/** Share of a block's characters inside links above which it is left out. */
const LINK_SHARE = 0.8;

/** Below this many characters Readability's answer is taken as a failure (a cookie wall, a teaser). */
export const MIN_ARTICLE_CHARS = 200;

export interface ExtractedText {
  /** Normalised paragraphs in reading order. */
  paragraphs: string[];
  /** `readability`, or `body` when the article could not be found and the page's body text was used. */
  method: 'readability' | 'body';
  /** The title Readability settled on (from `<title>` and the headings). */
  title?: string;
}

// linkedom's document is DOM-compatible enough for Readability; typed loosely here.
type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
};

/**
 * `reparse` gives a fresh copy of the page: Readability changes the tree it
 * reads, and the body fallback (needed for a few pages only) must see it whole.
 */
export function extractMainText(document: unknown, reparse?: () => unknown): ExtractedText {
  type Article = { content: unknown; title?: string | null } | null;
  let article: Article = null;
  try {
    // The serializer hands back the article element itself instead of its HTML.
    const reader = new Readability(document as Document, { serializer: (el: unknown) => el });
    article = reader.parse() as Article;
  } catch {
    // A page that breaks Readability is read by the body fallback below.
    article = null;
  }
  const fromArticle = article?.content ? paragraphsOf(article.content as Node, false) : [];
  const fresh = charCount(fromArticle) >= MIN_ARTICLE_CHARS ? undefined : reparse?.();
  const bodyCopy = (fresh as { body?: Node } | undefined)?.body;
  if (!bodyCopy) {
    return { paragraphs: fromArticle, method: 'readability', title: article?.title ?? undefined };
  }
  // Too little to be a report: a short page (a brief, an agency flash) is read
  // whole, less the parts that are never the report.
  const fromBody = paragraphsOf(bodyCopy, true);
  return fromBody.length > 0
    ? { paragraphs: fromBody, method: 'body', title: article?.title ?? undefined }
    : { paragraphs: fromArticle, method: 'readability', title: article?.title ?? undefined };
}

function charCount(paragraphs: string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

/** Walks the tree: inline text joins the current paragraph, a block ends it, `<br>` breaks the line. */
export function paragraphsOf(root: Node, skipChrome: boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let linked = 0;
  let inLink = 0;
  const flush = () => {
    const text = normalizeText(current.replace(/[ \t]*\n[ \t]*/g, '\n').trim());
    // A block that is all link text is a teaser or a "read more" list, not the
    // report's own words.
    if (text !== '' && linked < LINK_SHARE * current.trim().length) paragraphs.push(text);
    current = '';
    linked = 0;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      // Source line breaks and indentation are layout, not text; no-break spaces stay.
      const text = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      current += text;
      if (inLink > 0) linked += text.trim().length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || (skipChrome && CHROME.has(name))) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'A') inLink++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (name === 'A') inLink--;
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

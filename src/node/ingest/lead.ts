import { normalizeText } from '../../core/text/normalize.js';

/**
 * The lead (Vorspann) of a report when the extracted text lacks it. German news
 * pages set the lead in the article's header, apart from the body that
 * Readability keeps, and repeat it as the page's description for search
 * engines and social previews. The lead is the report's first claim, so when
 * the description's opening words are missing from the text but stand in the
 * page as a text block of their own, that block is taken as the first
 * paragraph. The page's own wording is used, never the description's, so the
 * text stays what a reader sees.
 */

/** Words of the description that must open the block (descriptions are often cut off with "…"). */
const PREFIX_CHARS = 60;

type El = { textContent: string | null; getAttribute(name: string): string | null };
type Doc = {
  querySelectorAll(selector: string): ArrayLike<El>;
};

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page's description, as stated for search engines and previews. */
export function pageDescription(document: unknown): string | undefined {
  const doc = document as Doc;
  const tags = doc.querySelectorAll('meta[content]');
  for (const key of ['og:description', 'description', 'twitter:description']) {
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      const name = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? '').toLowerCase();
      const content = collapse(tag.getAttribute('content') ?? '');
      if (name === key && content.length >= PREFIX_CHARS) return content;
    }
  }
  return undefined;
}

/**
 * The page block that opens with the description, read before Readability
 * changes the tree; `missingFrom` then says whether the extracted text lacks it.
 */
export interface LeadCandidate {
  /** The block's text in the page's wording. */
  text: string;
  /** The description's opening words that the block starts with. */
  prefix: string;
}

export function findLead(
  document: unknown,
  description: string | undefined,
): LeadCandidate | undefined {
  if (!description) return undefined;
  const prefix = collapse(normalizeText(description))
    .slice(0, PREFIX_CHARS)
    .replace(/[.…\s]+$/, '');
  const blocks = (document as Doc).querySelectorAll('p, h2, span, strong, div');
  let best: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const text = collapse(normalizeText(blocks[i]!.textContent ?? ''));
    // The block must open with the description and not be much longer (not a container of the whole page).
    if (!text.startsWith(prefix) || text.length > description.length * 1.5 + 80) continue;
    if (!best || text.length < best.length) best = text;
  }
  return best ? { text: best, prefix } : undefined;
}

/** True when no paragraph of the extracted text contains the lead's opening words. */
export function missingFrom(lead: LeadCandidate, paragraphs: string[]): boolean {
  return !paragraphs.some((p) => collapse(p).includes(lead.prefix));
}

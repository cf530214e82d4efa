import type { DocumentRecord } from '../core/contract/types.js';
import { documentName } from '../core/render/excerpt.js';

/** Reports given by address, and how compared reports are named. */

/** A whole http(s) address and nothing else (what the server fetches). */
export function isPageUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A report's first name for an address: host and path, short enough for an id. */
export function nameOfUrl(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname}${pathname === '/' ? '' : pathname}`.slice(0, 120);
}

/** How a compared report is named: by its outlet, else its title, as the page stated them; else its name. */
export function reportName(doc: DocumentRecord): string {
  if (doc.meta?.outlet) return documentName(doc);
  const title = doc.meta?.title?.replace(/\s+/g, ' ').trim();
  return title ? `${title} (${documentName(doc)})` : doc.id;
}

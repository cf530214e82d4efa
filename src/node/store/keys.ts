import { createHash } from 'node:crypto';

/**
 * The two keys that make a report unique: its normalised text and its
 * canonical URL. Both are computed before the analysis so that a report
 * already stored is not analysed again.
 */

/**
 * sha256 of the text in a normal form: Unicode NFC, every run of white space
 * one space, no outer space. Two copies of one report that differ only in line
 * breaks or indentation (a page saved twice, a text re-wrapped) are one report.
 */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normal).digest('hex');
}

/** Query parameters that track the reader, not the page: dropped from URLs. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|wt_mc|at_medium|at_campaign)$/i;

/**
 * The address a report is known by: for http(s) URLs the URL without
 * fragment and tracking parameters, with lower-case scheme and host; `null`
 * for anything else (a file path is not an identity: the same path may hold
 * another report tomorrow, so files are matched by their text only).
 */
export function canonicalUrl(source: string): string | null {
  if (!/^https?:\/\//i.test(source)) return null;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()])
    if (TRACKING.test(key)) url.searchParams.delete(key);
  // URL already lower-cases scheme and host and drops default ports.
  return url.toString();
}

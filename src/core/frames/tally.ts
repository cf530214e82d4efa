import type { DocumentRecord, QuantityRecord } from '../contract/types.js';

/** "mit 15 zu 9 Stimmen", "27:19 Stimmen": votes for, then votes against. */
const BETWEEN = /^\s*(?:zu|:)\s*$/;
const VOTES_AFTER = /^\s*(?:Stimmen|Ja-Stimmen|Stimmen bei)\b/;

/**
 * A vote tally: two counts joined by "zu" and followed by "Stimmen". The pair is
 * one claim (the result of the vote), framed on its first count; `partnerOf`
 * gives the second, which gets no frame of its own.
 */
export function partnerOf(doc: DocumentRecord, index: number): number | null {
  const q = doc.quantities[index];
  const next = doc.quantities[index + 1];
  if (!q || !next || !isCount(q) || !isCount(next)) return null;
  if (!BETWEEN.test(doc.text.slice(q.end, next.start))) return null;
  return VOTES_AFTER.test(doc.text.slice(next.end, next.end + 20)) ? index + 1 : null;
}

/** Whether the quantity is the second count of a tally. */
export function isTallySecond(doc: DocumentRecord, index: number): boolean {
  return index > 0 && partnerOf(doc, index - 1) === index;
}

function isCount(q: QuantityRecord): boolean {
  return q.kind === 'cardinal' && q.unit === null && typeof q.value === 'number';
}

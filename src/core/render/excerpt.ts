import type { DocumentRecord, Span } from '../contract/types.js';

/** An excerpt in three parts, so that a renderer can escape each and mark the middle. */
export interface Excerpt {
  before: string;
  inner: string;
  after: string;
}

/**
 * The sentence around a span, on one line, shortened to about `max` characters
 * around the span. When the span is the whole sentence, `before` and `after` are empty.
 */
export function excerptAround(doc: DocumentRecord, span: Span, max = 200): Excerpt {
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end) ?? span;
  const start = Math.min(sentence.start, span.start);
  const end = Math.max(sentence.end, span.end);
  const flat = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');
  let before = flat(doc.text.slice(start, span.start));
  const inner = flat(doc.text.slice(span.start, span.end));
  let after = flat(doc.text.slice(span.end, end));
  const room = Math.max(20, max - inner.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    if (before.length > half) before = `…${before.slice(before.length - half)}`;
    if (after.length > room - Math.min(before.length, half))
      after = `${after.slice(0, room - before.length)}…`;
  }
  return { before, inner, after };
}

/**
 * A report's short name in findings: its file name (the id's last path
 * segment), after the outlet when the page named one, e.g. "Rheinbote
 * (rheinbote.html)". Readers know reports by the outlet, and the file name
 * keeps two reports of one outlet apart.
 */
export function documentName(doc: DocumentRecord): string {
  const parts = doc.id.split(/[\\/]/);
  const file = parts[parts.length - 1] || doc.id;
  return withOutlet(doc, file);
}

/** A report's full name in lists of reports: its whole id (path or URL), after the outlet when there is one. */
export function documentLabel(doc: DocumentRecord): string {
  return withOutlet(doc, doc.id);
}

function withOutlet(doc: DocumentRecord, name: string): string {
  const outlet = doc.meta?.outlet?.replace(/\s+/g, ' ').trim();
  // No outlet, or a name that already is the outlet: the name alone.
  return outlet && outlet !== name ? `${outlet} (${name})` : name;
}

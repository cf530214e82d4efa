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

export function documentName(doc: DocumentRecord): string {
  const parts = doc.id.split(/[\\/]/);
  return parts[parts.length - 1] || doc.id;
}

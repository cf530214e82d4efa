import type { QuoteSpeakerRecord } from '../contract/types.js';

/**
 * How a quotation's speaker is shown to a reader: as written, followed by the person it
 * was resolved to when the written phrase does not name them — "der Minister (Joachim
 * Herrmann)", "sie (Anna Berg)", but "Polizeisprecherin Anna Berg" alone.
 */
export function speakerLabel(speaker: QuoteSpeakerRecord | null | undefined): string | null {
  if (!speaker) return null;
  const name = speaker.antecedent?.text;
  if (!name || speaker.text.includes(name)) return speaker.text;
  return `${speaker.text} (${name})`;
}

/** The name quotations are grouped under: the resolved person, else the speaker as written. */
export function speakerName(speaker: QuoteSpeakerRecord | null | undefined): string | null {
  if (!speaker) return null;
  return speaker.antecedent?.text ?? speaker.text;
}

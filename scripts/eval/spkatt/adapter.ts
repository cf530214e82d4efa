import type { QuoteRecord } from '../../../src/core/contract/types.js';
import type { FoundQuote } from '../../../src/core/quotes/index.js';
import { tokensInSpans, type SpkAttDocument } from './corpus.js';
import type { SpkAttGroup } from './metric.js';

const QUOTE_MARK = /^["„“”‚‘’'»«‹›]$/;
const FINAL_PUNCT = /^[.!?]$/;

function union(...lists: number[][]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Message tokens of direct speech include the quotation marks, as SpkAtt annotates them. */
function withMarks(doc: SpkAttDocument, ids: number[]): number[] {
  if (ids.length === 0) return ids;
  const text = (i: number): string => {
    const t = doc.tokens[i];
    return t ? doc.text.slice(t.start, t.end) : '';
  };
  const out = [...ids];
  const first = ids[0]!;
  const last = ids[ids.length - 1]!;
  if (QUOTE_MARK.test(text(first - 1))) out.unshift(first - 1);
  if (QUOTE_MARK.test(text(last + 1))) out.push(last + 1);
  return out;
}

/**
 * Turns our quotes into SpkAtt speech events: content → Message, speaker → Source,
 * cue (+ particle) → Cue, the rest of the quote's span (its attribution) → Frame.
 * A mixed quote also yields a nested Direct event for each quotation inside it.
 */
export function quotesToGroups(doc: SpkAttDocument, quotes: readonly QuoteRecord[]): SpkAttGroup[] {
  const groups: SpkAttGroup[] = [];
  for (const q of quotes as readonly FoundQuote[]) {
    const cueParts = q.cue
      ? [
          q.cue,
          ...(q.cue.particle ? [q.cue.particle] : []),
          ...(q.cue.auxiliary ? [q.cue.auxiliary] : []),
          ...(q.cue.parts ?? []),
        ]
      : [];
    const cue = tokensInSpans(doc, cueParts);
    const source = q.speaker ? tokensInSpans(doc, [q.speaker]) : [];
    let message = tokensInSpans(doc, [q.content]);
    if (q.kind === 'direct') message = withMarks(doc, message);
    // A marker inside the content ("bestehe nach Angaben der X nicht mehr") is frame, not message.
    const attribution = new Set([...cue, ...source]);
    if (q.kind !== 'direct') message = message.filter((t) => !attribution.has(t));
    const messageSet = new Set(message);
    let frame: number[] = [];
    if (q.cue) {
      // SpkAtt's frame is the rest of the cue's sentence on the cue's side of the message.
      const cueAt = q.cue.start;
      const sentence = doc.sentences.find((x) => x.start <= cueAt && cueAt < x.end) ?? q;
      const region =
        cueAt < q.content.start
          ? { start: Math.min(sentence.start, q.start), end: q.end }
          : { start: q.start, end: Math.max(sentence.end, q.end) };
      frame = tokensInSpans(doc, [region]).filter((t) => !messageSet.has(t));
      const lastId = frame[frame.length - 1];
      if (lastId !== undefined) {
        const t = doc.tokens[lastId]!;
        if (FINAL_PUNCT.test(doc.text.slice(t.start, t.end))) frame.pop();
      }
    }
    // A cue inside its own content is a report of speech ("Die Polizei sprach von …"):
    // SpkAtt's "Reported" form, which has neither cue nor frame.
    const reported = q.report === true;
    if (reported) message = tokensInSpans(doc, [q.content]);
    const form =
      q.kind === 'direct'
        ? 'Direct'
        : reported
          ? 'Reported'
          : q.cue
            ? 'Indirect'
            : 'IndirectFreeIndirect';
    const roles = reported
      ? { Message: message, Cue: [], Source: source, Frame: [], Addr: [] }
      : { Message: message, Cue: cue, Source: source, Frame: frame, Addr: [] };
    groups.push({ roles, form, stwr: 'Speech', isNested: false });
    if (q.kind === 'mixed') {
      for (const s of q.quoted ?? []) {
        const ids = withMarks(doc, tokensInSpans(doc, [s]));
        groups.push({
          roles: { ...roles, Message: union(ids) },
          form: 'Direct',
          stwr: 'Speech',
          isNested: true,
        });
      }
    }
  }
  return groups;
}

import { documentLabel } from './excerpt.js';
import type { DocumentRecord, Span } from '../contract/types.js';
import { speakerLabel } from '../quotes/speaker-label.js';

/**
 * A readable terminal view of analysed documents: each sentence on its own
 * numbered line, followed by what was found in it. Offsets are shown as
 * [start–end] so that a reader can go back to the exact characters.
 */
export function renderDocumentText(
  doc: DocumentRecord,
  details: { encoding?: string } = {},
): string {
  const lines: string[] = [];
  const header = [
    documentLabel(doc),
    doc.lang,
    details.encoding,
    plural(doc.sentences.length, 'sentence'),
    plural(doc.tokens.length, 'token'),
  ].filter(Boolean);
  lines.push(header.join(' · '));
  lines.push('─'.repeat(Math.min(78, Math.max(20, header.join(' · ').length))));

  const width = String(doc.sentences.length).length;
  doc.sentences.forEach((sentence, index) => {
    lines.push(`${String(index + 1).padStart(width)}  ${oneLine(doc.text, sentence)}`);
    const indent = ' '.repeat(width + 2);
    for (const note of findingsInside(doc, sentence)) lines.push(`${indent}${note}`);
  });
  return lines.join('\n');
}

function findingsInside(doc: DocumentRecord, sentence: Span): string[] {
  const inside = (span: Span) => span.start >= sentence.start && span.start < sentence.end;
  const notes: string[] = [];
  for (const e of doc.entities.filter(inside)) {
    const extra = [e.type, e.form !== 'name' ? e.form : '', e.subtype ?? '', e.kind ?? '']
      .filter(Boolean)
      .join(', ');
    notes.push(`entity   ${e.text} (${extra}) → ${e.entity} ${at(e)}`);
  }
  for (const q of doc.quotes.filter(inside)) {
    const speaker = speakerLabel(q.speaker) ?? 'unknown speaker';
    const cue = q.cue ? ` via "${q.cue.text}"` : '';
    notes.push(
      `quote    ${q.kind}, ${speaker}${cue}: ${quoteExcerpt(doc.text, q.content)} ${at(q)}`,
    );
  }
  for (const n of doc.quantities.filter(inside)) {
    const unit = n.unit ? ` ${n.unit}` : '';
    const about = n.subject ? ` (${n.subject.text})` : '';
    const approx = n.approx ? `${n.approx} ` : '';
    notes.push(`number   ${n.text} = ${approx}${n.value ?? '?'}${unit}${about} ${at(n)}`);
  }
  for (const d of doc.dates.filter(inside)) {
    notes.push(`date     ${d.text} = ${d.value ?? 'unresolved'} (${d.granularity}) ${at(d)}`);
  }
  return notes;
}

function quoteExcerpt(text: string, span: Span, max = 80): string {
  const body = oneLine(text, span);
  return `“${body.length > max ? `${body.slice(0, max - 1)}…` : body}”`;
}

function oneLine(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s*[\r\n]+\s*/g, ' ⏎ ');
}

function at(span: Span): string {
  return `[${span.start}–${span.end}]`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

import type { CompareOutput, DocumentRecord } from '../core/contract/types.js';
import type { Mark } from './highlight.js';
import { speakerLabel } from '../core/quotes/speaker-label.js';

/**
 * The highlights of one report that do not change while the user reads:
 * entities (coloured by type, linked to the cross-report entity), quotations
 * with their speaker, numbers and dates.
 */
export function baseMarks(output: CompareOutput, docIndex: number): Mark[] {
  const doc: DocumentRecord | undefined = output.documents[docIndex];
  if (!doc) return [];
  const entityAt = new Map<string, number>();
  output.entities.forEach((entity, index) => {
    for (const m of entity.mentions)
      if (m.doc === docIndex) entityAt.set(`${m.start}:${m.end}`, index);
  });

  const marks: Mark[] = [];
  for (const quote of doc.quotes) {
    marks.push({
      start: quote.start,
      end: quote.end,
      className: 'hl-quote',
      label: speakerLabel(quote.speaker) ?? 'speaker unknown',
    });
  }
  for (const mention of doc.entities) {
    const entity = entityAt.get(`${mention.start}:${mention.end}`);
    marks.push({
      start: mention.start,
      end: mention.end,
      className: `hl-ent hl-ent-${mention.type}`,
      ...(entity === undefined ? {} : { entity }),
    });
  }
  for (const quantity of doc.quantities)
    marks.push({ start: quantity.start, end: quantity.end, className: 'hl-num' });
  for (const date of doc.dates)
    marks.push({ start: date.start, end: date.end, className: 'hl-date' });
  return marks;
}

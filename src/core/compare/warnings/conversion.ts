import type { DocumentRecord, WarningRecord } from '../../contract/types.js';

/** A value given twice in two units inside one report that does not add up: "300 km (100 Meilen)". */
export function findInconsistentConversions(
  doc: DocumentRecord,
  docIndex: number,
): WarningRecord[] {
  const warnings: WarningRecord[] = [];
  doc.quantities.forEach((q, index) => {
    const conversion = q.conversion;
    if (!conversion || conversion.agrees !== false || conversion.with < index) return;
    const partner = doc.quantities[conversion.with];
    if (!partner) return;
    const start = Math.min(q.start, partner.start);
    let end = Math.max(q.end, partner.end);
    // "300 km (100 Meilen)": take in the bracket that closes the restated value.
    if (doc.text[end] === ')' || doc.text[end] === ']') end++;
    warnings.push({
      kind: 'conversion',
      doc: docIndex,
      start,
      end,
      text: doc.text.slice(start, end),
      message: `"${q.text}" and "${partner.text}" are given as the same value but do not convert into each other.`,
    });
  });
  return warnings;
}

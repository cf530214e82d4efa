import type { DocumentRecord, WarningRecord } from '../../contract/types.js';
import { equipmentKindClash, findEquipment } from '../../entities/index.js';

/**
 * A system named with the head noun of another kind of system: "F16-Panzern"
 * (an F-16 is a fighter jet, not a tank). Typical of machine translation and of
 * hurried copy, and exactly what a fact-checker must not pass on.
 */
export function findEquipmentTypeClashes(doc: DocumentRecord, docIndex: number): WarningRecord[] {
  return findEquipment(doc.text)
    .filter((match) => equipmentKindClash(match.text, match.system.kind))
    .map((match) => ({
      kind: 'equipment-type' as const,
      doc: docIndex,
      start: match.start,
      end: match.end,
      text: match.text,
      message: `"${match.text}" calls the ${match.system.name} something it is not: the ${match.system.name} is a ${match.system.kind}.`,
    }));
}

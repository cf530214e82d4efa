import type { DocumentRecord, WarningRecord } from '../../contract/types.js';

/**
 * Words that German legitimately doubles ("die, die" without its comma, "das das
 * Problem"): relative pronouns after articles and the like. A doubled word
 * outside this list ("stellvertretende stellvertretende") is an editing or
 * translation artefact.
 */
const LEGITIMATE_DOUBLES = new Set([
  'die',
  'der',
  'das',
  'den',
  'dem',
  'des',
  'sie',
  'es',
  'had',
  'that',
]);

export function findDoubledWords(doc: DocumentRecord, docIndex: number): WarningRecord[] {
  const warnings: WarningRecord[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    const [previous, token] = [doc.tokens[i - 1]!, doc.tokens[i]!];
    if (previous.kind !== 'word' || token.kind !== 'word') continue;
    // Only words separated by plain spaces: a line break or punctuation between them is deliberate.
    if (!/^[ \t]+$/.test(doc.text.slice(previous.end, token.start))) continue;
    const word = doc.text.slice(token.start, token.end);
    if (doc.text.slice(previous.start, previous.end).toLowerCase() !== word.toLowerCase()) continue;
    if (LEGITIMATE_DOUBLES.has(word.toLowerCase())) continue;
    warnings.push({
      kind: 'doubled-word',
      doc: docIndex,
      start: previous.start,
      end: token.end,
      text: doc.text.slice(previous.start, token.end),
      message: `"${word}" appears twice in a row: an editing or translation slip.`,
    });
  }
  return warnings;
}

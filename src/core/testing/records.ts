/**
 * Contract records with every layer empty, for tests that need a document or a
 * compare output of a given shape and nothing else. Used by tests only.
 */
import { CONTRACT_VERSION, type CompareOutput, type DocumentRecord } from '../contract/types.js';

export function emptyDocument(
  id: string,
  text = '',
  extra: Partial<DocumentRecord> = {},
): DocumentRecord {
  return {
    id,
    lang: 'de',
    text,
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    quantities: [],
    dates: [],
    ...extra,
  };
}

export function emptyCompareOutput(
  documents: DocumentRecord[],
  extra: Partial<CompareOutput> = {},
): CompareOutput {
  return {
    version: CONTRACT_VERSION,
    documents,
    entities: [],
    alignments: [],
    agreements: [],
    conflicts: [],
    unique: [],
    warnings: [],
    ...extra,
  };
}

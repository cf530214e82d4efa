import {
  CONTRACT_VERSION,
  type CompareOutput,
  type DocumentRecord,
  type FrameRecord,
} from '../contract/types.js';
import type { BilingualDictionary } from '../crosslingual/dictionary.js';
import { projectStatements } from '../crosslingual/project.js';
import { buildFrames } from '../frames/index.js';
import { alignStatements } from './align.js';
import { findAttributionConflicts } from './conflicts/attribution.js';
import { findDateConflicts } from './conflicts/date.js';
import { findNegationConflicts } from './conflicts/negation.js';
import { findQuantityConflicts } from './conflicts/quantity.js';
import { createContext, type ComparisonContext } from './context.js';
import { resolveAcrossDocuments } from './cross-entities.js';
import { collectAgreements, collectUnique } from './findings.js';
import { buildStatements } from './statements.js';
import { buildTermVectors } from './vectors.js';
import { findInconsistentConversions } from './warnings/conversion.js';
import { findDoubledWords } from './warnings/doubled-word.js';
import { findEquipmentTypeClashes } from './warnings/equipment.js';

type Frames = readonly (readonly FrameRecord[])[];

/** Finders of contradictions, in the order their findings are listed. Quantity and date conflicts compare claim frames. */
const CONFLICT_FINDERS: ((
  ctx: ComparisonContext,
  frames: Frames,
) => ReturnType<typeof findQuantityConflicts>)[] = [
  findQuantityConflicts,
  (ctx) => findAttributionConflicts(ctx),
  (ctx) => findNegationConflicts(ctx),
  findDateConflicts,
];
/** Checks of single reports for translation artefacts and errors. */
const WARNING_FINDERS = [findEquipmentTypeClashes, findDoubledWords, findInconsistentConversions];

export interface CompareDocumentsOptions {
  /** A German–English dictionary for reports in both languages (without one: names, numbers, cognates). */
  dictionary?: BilingualDictionary | null;
}

/**
 * Compares analysed reports of one story: one entity list across them, aligned
 * statements, and the findings a fact-checker reads — agreements, conflicts,
 * statements only one report makes, and warnings. Every finding carries the
 * document index and exact offsets of what it rests on.
 */
export function compareDocuments(
  input: readonly DocumentRecord[],
  options: CompareDocumentsOptions = {},
): CompareOutput {
  // Frames come with the documents from `analyze`; documents built elsewhere get them here.
  const documents = input.map((doc) => (doc.frames ? doc : { ...doc, frames: buildFrames(doc) }));
  const frames = documents.map((doc) => doc.frames!);
  const cross = resolveAcrossDocuments(documents);
  // Reports in different languages share one vocabulary (src/core/crosslingual/project.ts).
  const { byDoc, mapTerms } = projectStatements(
    documents,
    buildStatements(documents, cross),
    options.dictionary ?? null,
  );
  const ctx = createContext(documents, cross, byDoc, buildTermVectors(byDoc.flat()));
  ctx.mapTerms = mapTerms;

  const conflicts = CONFLICT_FINDERS.flatMap((find) => find(ctx, frames));
  const alignments = alignStatements(ctx, conflicts);
  return {
    version: CONTRACT_VERSION,
    documents,
    entities: cross.entities,
    alignments,
    agreements: collectAgreements(ctx, alignments, conflicts),
    conflicts,
    unique: collectUnique(ctx, conflicts),
    warnings: documents.flatMap((doc, i) => WARNING_FINDERS.flatMap((find) => find(doc, i))),
  };
}

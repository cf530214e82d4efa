/**
 * Claim frames: every quantity and event date of a document read as a claim —
 * bearer ("ATACMS"), attribute ("Reichweite"), qualifiers ("ältere Varianten",
 * "im Vorjahr"), value, source ("laut Polizei") and whether the report marks it
 * as outdated. `compare` compares two values only when their frames match.
 *
 *   buildFrames(doc): FrameRecord[]
 *   framesMatch(a, b, sameBearer): why two frames can or cannot be compared
 *   frameLabel(frame): "ATACMS – Reichweite"
 */
export { buildFrames } from './build.js';
export { frameLabel, qualifiersCompatible } from './match.js';
export { ANNOUNCING_EVENTS, ATTRIBUTES, dimensionOf } from './lexicon.js';
export { partnerOf } from './tally.js';

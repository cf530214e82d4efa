/** The stored form of a learned sentence-boundary model (data/<lang>/boundary-model*.json). */
export interface BoundaryModelData {
  /** What the weights were trained on, and how (for the record). */
  about: string;
  /** Score above which a gap is a boundary in any text. */
  strictThreshold: number;
  /** Score above which a gap is a boundary in text that leaves out final punctuation. */
  looseThreshold: number;
  /** When the loose threshold applies: see unpunctuatedStyle in split-sentences.ts. */
  gate: { threshold: number; window: number; minConfident: number; minShare: number };
  weights: Record<string, number>;
}

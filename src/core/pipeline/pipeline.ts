import { Doc } from '../doc.js';

/**
 * One step of analysis. Components run in a fixed order, each reading the layers
 * that earlier ones filled (tokens → sentences → tags → entities …) and filling
 * its own. They must not change `doc.text`.
 */
export interface PipelineComponent {
  readonly name: string;
  apply(doc: Doc): void;
}

export interface Pipeline {
  readonly components: readonly PipelineComponent[];
  /** Runs every component over a new Doc made from already normalised text. */
  run(id: string, normalizedText: string, lang?: string): Doc;
}

export function createPipeline(components: readonly PipelineComponent[]): Pipeline {
  return {
    components,
    run(id, normalizedText, lang = 'de') {
      const doc = new Doc(id, normalizedText, lang);
      for (const component of components) component.apply(doc);
      return doc;
    },
  };
}

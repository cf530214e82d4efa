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
  /** The language the components are made for (the Doc's `lang` unless run() is given another). */
  readonly lang: string;
  /** Runs every component over a new Doc made from already normalised text. */
  run(id: string, normalizedText: string, lang?: string): Doc;
}

/** A pipeline of `components` for texts in `lang` (German unless given). */
export function createPipeline(components: readonly PipelineComponent[], lang = 'de'): Pipeline {
  const defaultLang = lang;
  return {
    components,
    lang,
    run(id, normalizedText, lang = defaultLang) {
      const doc = new Doc(id, normalizedText, lang);
      for (const component of components) component.apply(doc);
      return doc;
    },
  };
}

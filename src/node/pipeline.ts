import { createPipeline, type Pipeline } from '../core/pipeline/pipeline.js';
import { sentenceSplitterComponent } from '../core/segment/component.js';
import { tokenizerComponent } from '../core/tokenize/component.js';

let german: Pipeline | undefined;

/**
 * The German analysis pipeline with every model loaded from `models/`. Loaded
 * once per process: model files are read and decoded on first use only.
 */
export function loadGermanPipeline(): Pipeline {
  german ??= createPipeline([tokenizerComponent, sentenceSplitterComponent]);
  return german;
}

/**
 * The English NER component: the English model (models/ner-en.bin) with the
 * English word knowledge (`createEnglishNerResources`) and the English entity
 * data (titles, nationality words, aliases: `ENGLISH_ENTITIES`). Same
 * mechanics as German: role words cut, document-level name propagation,
 * equipment, in-document entity resolution.
 */
import { ENGLISH_ENTITIES } from '../entities/language.js';
import type { PipelineComponent } from '../pipeline/pipeline.js';
import { decodeSequenceModel, SequenceModel } from '../tagging/index.js';
import { createTaggerNerComponent } from './component.js';
import { createEnglishNerResources } from './resources-en.js';
import { NerTagger } from './tagger.js';

export function createEnglishNerComponent(model: SequenceModel | Uint8Array): PipelineComponent {
  const sequenceModel = model instanceof SequenceModel ? model : decodeSequenceModel(model);
  if (sequenceModel.meta.language !== 'en') {
    throw new Error(
      `NER model "${String(sequenceModel.meta.name)}" is not an English model (meta.language is ${JSON.stringify(sequenceModel.meta.language)}); use models/ner-en.bin`,
    );
  }
  return createTaggerNerComponent(
    new NerTagger(sequenceModel, createEnglishNerResources()),
    ENGLISH_ENTITIES,
  );
}

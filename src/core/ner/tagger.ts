import { SequenceTagger, type SequenceModel } from '../tagging/index.js';
import {
  createNerFeatures,
  NER_FULL_FEATURES,
  prepareNerItems,
  type NerItem,
  type NerResources,
} from './features.js';
import { createNerResources } from './resources.js';

/** Tags token strings with GermEval BIO labels (`B-PER`, `I-LOCderiv`, `O` …). */
export class NerTagger {
  private readonly tagger: SequenceTagger<NerItem>;

  constructor(
    readonly model: SequenceModel,
    private readonly resources: NerResources = createNerResources(),
  ) {
    const mode = model.meta.decode === 'greedy' ? 'greedy' : 'viterbi';
    const version =
      typeof model.meta.featureVersion === 'number' ? model.meta.featureVersion : NER_FULL_FEATURES;
    const features = createNerFeatures(version);
    this.tagger = new SequenceTagger(model, features, mode, features);
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    return this.tagger.tag(prepareNerItems(tokens, this.resources));
  }
}

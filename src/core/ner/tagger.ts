import { SequenceTagger, type SequenceModel } from '../tagging/index.js';
import { nerFeatures, prepareNerItems, type NerItem, type NerResources } from './features.js';
import { createNerResources } from './resources.js';

/** Tags token strings with GermEval BIO labels (`B-PER`, `I-LOCderiv`, `O` …). */
export class NerTagger {
  private readonly tagger: SequenceTagger<NerItem>;

  constructor(
    readonly model: SequenceModel,
    private readonly resources: NerResources = createNerResources(),
  ) {
    const mode = model.meta.decode === 'greedy' ? 'greedy' : 'viterbi';
    this.tagger = new SequenceTagger(model, nerFeatures, mode);
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    return this.tagger.tag(prepareNerItems(tokens, this.resources));
  }
}

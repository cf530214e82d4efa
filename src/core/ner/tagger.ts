import { SequenceTagger, type SequenceModel } from '../tagging/index.js';
import gazetteerData from './data/gazetteer.de.json' with { type: 'json' };
import { nerFeatures, prepareNerItems, type NerGazetteer, type NerItem } from './features.js';

/** The name gazetteer shipped with the core (german-pos-dict proper-name subtypes). */
export const DEFAULT_GAZETTEER: NerGazetteer = new Map(Object.entries(gazetteerData.classes as Record<string, string>));

/** Tags token strings with GermEval BIO labels (`B-PER`, `I-LOCderiv`, `O` …). */
export class NerTagger {
  private readonly tagger: SequenceTagger<NerItem>;

  constructor(
    readonly model: SequenceModel,
    private readonly gazetteer: NerGazetteer = DEFAULT_GAZETTEER,
  ) {
    const mode = model.meta.decode === 'greedy' ? 'greedy' : 'viterbi';
    this.tagger = new SequenceTagger(model, nerFeatures, mode);
  }

  tag(tokens: readonly string[]): string[] {
    if (tokens.length === 0) return [];
    return this.tagger.tag(prepareNerItems(tokens, this.gazetteer));
  }
}

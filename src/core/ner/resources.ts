/**
 * The word knowledge behind the NER features (`NerResources`): name subtypes
 * and ambiguity classes from the lexicon (german-pos-dict), and the name list
 * learnt from the NER training corpora (`data/names.de.json`). Lookups are
 * cached per form, since running text repeats its words.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { WordClusters } from '../lexicon/word-clusters.js';
import gazetteerData from './data/gazetteer.de.json' with { type: 'json' };
import namesData from './data/names.de.json' with { type: 'json' };
import placesData from './data/places.de.json' with { type: 'json' };
import type { NerGazetteer, NerResources } from './features.js';

/** german-pos-dict proper names with subtypes: the fallback when no lexicon is given. */
export const DEFAULT_GAZETTEER: NerGazetteer = new Map(
  Object.entries(gazetteerData.classes as Record<string, string>),
);

/** The shipped name list: word form → entity types it carries in the training corpora. */
export const DEFAULT_NAME_LIST: NerGazetteer = new Map(
  Object.entries(namesData.classes as Record<string, string>),
);

/** Hand-written world places (countries, regions, capitals): subtype "PLC". */
const PLACES: ReadonlySet<string> = new Set(placesData.places.flatMap((p) => [p, p + 's']));

const CACHE_LIMIT = 100_000;

export interface NerResourceOptions {
  lexicon?: Lexicon | undefined;
  /** Name list; defaults to the shipped one. */
  names?: NerGazetteer | undefined;
  /** Gazetteer used when there is no lexicon; defaults to the shipped one. */
  gazetteer?: NerGazetteer | undefined;
  /** Distributional word clusters (`models/clusters-de.bin`), for models of feature version 6. */
  clusters?: WordClusters | undefined;
}

export function createNerResources(options: NerResourceOptions = {}): NerResources {
  const { lexicon } = options;
  const names = options.names ?? DEFAULT_NAME_LIST;
  const gazetteer = options.gazetteer ?? DEFAULT_GAZETTEER;
  const cache = new Map<string, [nameTypes: string, wordClass: string]>();
  const entry = (form: string): [string, string] => {
    let e = cache.get(form);
    if (e === undefined) {
      if (lexicon) {
        const pattern = lexicon.lookup(form);
        e = pattern ? [pattern.nameTypes.join('|'), pattern.ambiguityClass] : ['', ''];
      } else {
        e = [gazetteer.get(form) ?? '', ''];
      }
      if (PLACES.has(form)) e[0] = e[0] === '' ? 'PLC' : e[0] + '|PLC';
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(form, e);
    }
    return e;
  };
  return {
    nameTypes: (form) => entry(form)[0],
    wordClass: (form) => entry(form)[1],
    nameList: (form) => names.get(form) ?? '',
    cluster: (form, level) => (options.clusters ? options.clusters.clusterAt(form, level) : -1),
  };
}

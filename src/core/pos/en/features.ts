import { combineHashes, hashFeature } from '../../tagging/hash.js';
import { wordShape, type DynamicFeatures, type WordInfo } from '../word-features.js';
import type { EnglishPosData } from './tag-dictionary.js';

/**
 * Feature set of the English tagger. It fills the same WordInfo window as the
 * German one (the word, ±2 neighbours, sentence start), so the shared fast
 * scorer and decoder serve both; what differs is the word's own features: an
 * ambiguity class from the EWT tag dictionary instead of a morphological
 * lexicon, English affixes, and shape classes for unknown words.
 * Bumped whenever templates change: stored in the model and checked on load.
 */
export const EN_FEATURE_VERSION = 'pos-en-3';

const AMB_PREV = hashFeature('en:a&pa');
const AMB_NEXT = hashFeature('en:a&na');
const AMB_PREV_NEXT = hashFeature('en:pa&a&na');
const WORD_PREV = hashFeature('en:pw&w');
const WORD_NEXT = hashFeature('en:w&nw');
const BOS_AMB = hashFeature('<s>');
const EOS_AMB = hashFeature('</s>');

/**
 * A coarse class for words outside the dictionary, so that the ambiguity
 * conjunctions still carry something: capitalisation, digits, hyphens, and the
 * inflectional ending English marks its open classes with.
 */
function unknownClass(form: string, lower: string): string {
  if (/^\d/.test(form)) return '?num';
  if (!/\p{L}/u.test(form)) return '?sym';
  const cap = form[0] !== lower[0] ? (form === form.toUpperCase() ? 'C' : 'X') : 'x';
  const hyphen = form.includes('-') ? '-' : '';
  const ending = /(?:ing|ed|ly|s|er|est|al|ous|ive|ic|able|tion|ment|ness|ity)$/.exec(lower);
  return `?${cap}${hyphen}${ending ? ending[0] : ''}`;
}

/** The tag dictionary in lookup form. */
export interface EnglishDictionary {
  /** Lower-cased form → ambiguity class. */
  tags: ReadonlyMap<string, string>;
  /** Capitalised form as written → ambiguity class. */
  cased: ReadonlyMap<string, string>;
}

export function englishDictionary(data: Pick<EnglishPosData, 'tags' | 'cased'>): EnglishDictionary {
  return { tags: new Map(Object.entries(data.tags)), cased: new Map(Object.entries(data.cased)) };
}

/** Word-type features of an English form, given the ambiguity classes. */
export function computeEnglishWordInfo(form: string, dictionary: EnglishDictionary): WordInfo {
  const { tags, cased } = dictionary;
  const lower = form.toLowerCase();
  const shape = wordShape(form);
  const known = tags.get(lower);
  const ambiguity = known ?? unknownClass(form, lower);
  const local: string[] = ['w=' + form, 'l=' + lower, 'shape=' + shape, 'amb=' + ambiguity];
  for (let k = 1; k <= 4 && k <= lower.length; k++) local.push(`s${k}=` + lower.slice(-k));
  for (let k = 1; k <= 3 && k < lower.length; k++) local.push(`p${k}=` + lower.slice(0, k));
  if (known !== undefined) {
    for (const tag of known.split('|')) local.push('lt=' + tag);
  } else {
    local.push('unk&shape=' + shape);
    local.push('unk&s3=' + lower.slice(-3));
    local.push('unk&cap=' + (form[0] !== lower[0]));
  }
  const hyphen = lower.lastIndexOf('-');
  if (hyphen > 0 && hyphen < lower.length - 1) {
    // The last part of a hyphenated word decides its class ("well-known" ~ "known").
    const head = lower.slice(hyphen + 1);
    local.push('hyph&head=' + (tags.get(head) ?? head.slice(-3)));
  }
  // How this spelling was tagged, where the capital makes a difference.
  if (form !== lower) local.push('camb=' + (cased.get(form) ?? '-'));
  if (/\d/.test(form)) local.push('digit');
  if (lower.length <= 3) local.push('short=' + lower.length);
  const suffix3 = lower.slice(-3);
  const capital = form[0] !== lower[0] ? 'C' : 'l';
  return {
    form,
    local: Uint32Array.from(local, hashFeature),
    asPrev: Uint32Array.from(
      ['p1=' + lower, 'p1a=' + ambiguity, 'p1s=' + suffix3, 'p1c=' + capital],
      hashFeature,
    ),
    asPrev2: Uint32Array.from(['p2=' + lower, 'p2a=' + ambiguity], hashFeature),
    asNext: Uint32Array.from(
      ['n1=' + lower, 'n1a=' + ambiguity, 'n1s=' + suffix3, 'n1c=' + capital],
      hashFeature,
    ),
    asNext2: Uint32Array.from(['n2=' + lower, 'n2a=' + ambiguity], hashFeature),
    ambiguity,
    ambiguityHash: hashFeature(ambiguity),
    capitalised: form[0] !== lower[0],
    lemmas: undefined,
    rows: undefined,
  };
}

/** Index of the lower-cased form's hash in `WordInfo.local` (see computeEnglishWordInfo). */
const LOWER = 1;

/**
 * Conjunctions of the word's ambiguity class with its neighbours' (the
 * tag-context signal), and of the word itself with the words beside it: many of
 * English's hard cases are fixed pairs ("so that", "in order", "up to").
 */
export const englishDynamicFeatures: DynamicFeatures = (items, i, sink) => {
  const w = items[i]!;
  const prev = i > 0 ? items[i - 1]!.ambiguityHash : BOS_AMB;
  const next = i + 1 < items.length ? items[i + 1]!.ambiguityHash : EOS_AMB;
  const word = w.local[LOWER]!;
  const prevWord = i > 0 ? items[i - 1]!.local[LOWER]! : BOS_AMB;
  const nextWord = i + 1 < items.length ? items[i + 1]!.local[LOWER]! : EOS_AMB;
  sink.addHash(combineHashes(combineHashes(WORD_PREV, prevWord), word));
  sink.addHash(combineHashes(combineHashes(WORD_NEXT, word), nextWord));
  sink.addHash(combineHashes(combineHashes(AMB_PREV, w.ambiguityHash), prev));
  sink.addHash(combineHashes(combineHashes(AMB_NEXT, w.ambiguityHash), next));
  sink.addHash(
    combineHashes(combineHashes(combineHashes(AMB_PREV_NEXT, prev), w.ambiguityHash), next),
  );
};

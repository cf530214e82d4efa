/**
 * The English tagger's word knowledge, learned from the annotated training data
 * (UD English EWT train) and stored in the model's metadata:
 *  - an ambiguity-class lexicon: for frequent lower-cased forms, the PTB tags
 *    they take ("record" → "NN|VB|VBP"), a strong feature that lets the
 *    perceptron concentrate on choosing among them;
 *  - lemma exceptions: (form, PTB tag) pairs whose gold lemma the rules of
 *    `lemmatizer.ts` do not give ("me"/PRP → "I", "'s"/VBZ → "be");
 *  - verb lemmas seen in the data, which pick between the rule candidates for
 *    unseen inflections ("hoping" → "hope", not "hop").
 */
export interface EnglishPosData {
  /** Lower-cased form → its tags joined by "|", sorted. */
  tags: Record<string, string>;
  /**
   * Forms with a capital, as written → their tags: "Housing" in a name is NNP where
   * "housing" is NN, and "US" is NNP where "us" is PRP.
   */
  cased: Record<string, string>;
  /** "form\tTAG" → lemma (form as written for NNP/NNPS, else lower-cased). */
  lemmaExceptions: Record<string, string>;
  /** Verb lemmas, sorted. */
  verbLemmas: string[];
}

export interface TaggedWord {
  form: string;
  xpos: string;
}

/**
 * Ambiguity classes from tagged sentences: a form enters with at least `minCount`
 * occurrences, and a tag joins its class when it has at least `minShare` of them
 * (a tag seen once among hundreds is more often an annotation slip than a reading).
 */
export function buildAmbiguityClasses(
  words: Iterable<TaggedWord>,
  minCount = 2,
  minShare = 0.02,
  key: (form: string) => string | null = (form) => form.toLowerCase(),
): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { form, xpos } of words) {
    const lower = key(form);
    if (lower === null) continue;
    let byTag = counts.get(lower);
    if (!byTag) counts.set(lower, (byTag = new Map()));
    byTag.set(xpos, (byTag.get(xpos) ?? 0) + 1);
  }
  const out: Record<string, string> = {};
  for (const form of [...counts.keys()].sort()) {
    const byTag = counts.get(form)!;
    let total = 0;
    for (const n of byTag.values()) total += n;
    if (total < minCount) continue;
    const tags = [...byTag]
      .filter(([, n]) => n >= minShare * total)
      .map(([t]) => t)
      .sort();
    out[form] = tags.join('|');
  }
  return out;
}

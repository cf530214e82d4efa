import closedClassData from './data/closed-class.de.json' with { type: 'json' };

/**
 * Hand-written closed-class words (articles, pronouns, prepositions,
 * conjunctions, particles, auxiliaries, modals) with their STTS tags and
 * lemmas in UD German GSD's conventions (die→der, mich→ich, im→in …). The
 * LanguageTool lexicon is thin and differently lemmatised here. Keys are lower case
 * except the polite "Ihnen".
 */
// A Map, not the JSON object itself: a word such as "valueOf" or "constructor"
// must not find Object.prototype's members.
const table = new Map(
  Object.entries(closedClassData as unknown as Record<string, [string, string][]>),
);

export function closedClassReadings(form: string): readonly [string, string][] | undefined {
  return table.get(form) ?? table.get(form.toLowerCase());
}

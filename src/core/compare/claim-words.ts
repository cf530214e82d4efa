import words from './data/claim-words.de.json' with { type: 'json' };

/** Words that deny what a statement says ("nicht", "kein", "nie"). */
export const NEGATORS: ReadonlySet<string> = new Set(words.negators);
/** Words that weaken a statement ("offenbar", "soll", "zufolge"). */
export const HEDGES: ReadonlySet<string> = new Set(words.hedges);
/** Multi-word hedges, matched on the lower-cased sentence. */
export const HEDGE_PHRASES: readonly string[] = words.hedgePhrases;
/** Function words that say nothing about what a statement is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(words.stopwords);

import contextData from './data/context-words.json' with { type: 'json' };

/** Word lists that decide how a number is read from its neighbours (see data/context-words.json). */
const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export const IDENTIFIER_WORDS = lower(contextData.identifierWords);
export const SUBJECT_LINK_WORDS = lower(contextData.subjectLinkWords);
export const FUNCTION_WORDS = lower(contextData.capitalisedFunctionWords);
export const GENITIVE_ARTICLES = lower(contextData.genitiveArticles);
export const RANGE_OPENERS = new Map(Object.entries(contextData.rangeOpeners));
export const RANGE_CONNECTORS = lower(contextData.rangeConnectors);
export const CONVERSION_JOINERS = lower(contextData.conversionJoiners);
export const TIME_WORDS = lower(contextData.timeWords);
/** Before a capitalised number word, these make it a name ("Dr. Sieben"). */
export const TITLES = lower(contextData.titles);
export const ATTRIBUTE_PREPOSITIONS = lower(contextData.attributePrepositions);
export const NOT_ADJECTIVES = lower(contextData.notAdjectives);
export const TIME_NOUNS = lower(contextData.timeNouns);
export const TIME_PREPOSITIONS = lower(contextData.timePrepositions);
export const NOT_VERBS = lower(contextData.notVerbs);
/** Verbs that take "über" as a preposition ("verfügt über 1.500 Flugzeuge"): then it is no approximation. */
export const PREPOSITIONAL_UBER_VERBS = new RegExp(contextData.prepositionalUberVerbs, 'i');

import lists from './data/word-lists.de.json' with { type: 'json' };

/**
 * The closed word lists the quote finder reasons with, read from
 * `data/word-lists.de.json` (see there for the words).
 */
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Finite auxiliaries and modals that carry a participle or infinitive cue (`hat … gesagt`). */
export const AUXILIARIES = set(lists.auxiliaries);
/** Pronouns that open a relative clause (`…, die …`), which is no reported clause. */
export const RELATIVE_PRONOUNS = set(lists.relativePronouns);
/** Verbs (lemmas) after which a plain main clause is reported speech: `Er sagte, die Entscheidung kommt spät`. */
export const CORE_SAYING = set(lists.coreSayingVerbs);
/** w-words that after a comma usually start a relative or comparative clause. */
export const WEAK_W_WORDS = set(lists.weakWWords);
/** Modal verbs that report an intention (SpkAtt "Reported": `Island will den Walfang aufnehmen`). */
export const REPORT_MODALS = set(lists.reportModals);
/** Verb forms too common in plain narration to mark a report on their own. */
export const GENERIC_VERBS = set(lists.genericVerbs);
export const PASSIVE_AUX = set(lists.passiveAuxiliaries);
export const DETERMINER_WORDS = set(lists.determinerWords);
/** Accusative and dative forms: a phrase starting with them is no subject. */
export const OBJECT_CASE = set(lists.objectCaseWords);
/** `darauf`, `dazu` …: part of the cue right after its verb (`verwies darauf`). */
export const PRONOMINAL_ADVERBS = set(lists.pronominalAdverbs);
/** Words right before a quoted phrase that a report verb governs: `als „…“`, `von einer „…“`. */
export const EMBEDDING_WORDS = set(lists.embeddingWords);
/** Relative and demonstrative pronouns that can be the subject of a cue. */
export const PRONOUN_SUBJECTS = set(lists.pronounSubjects);
/** Verbs (lemmas) whose bare use reports what someone said (the guidelines' "reported speech" verbs and kin). */
export const REPORT_VERBS = set(lists.reportVerbs);
/** Prepositions that may stand between a subject and its cue (`Der Minister am Sonntag sagte`). */
export const DETERMINER_LIKE = set(lists.prepositionsBeforeCue);
export const COMPLEMENTIZERS = set(lists.complementizers);
/** Konjunktiv II forms that stand in for Konjunktiv I in reported speech (`sie würden`, `bliebe`). */
export const KONJUNKTIV_II = set(lists.konjunktivII);
/** Conjunctions after a comma that end a reported clause and resume the narration (`…, denn …`). */
export const RESUMING_CONJUNCTIONS = set(lists.resumingConjunctions);
/** Finite forms of causative "lassen": a speech verb in the infinitive after it is the cue (`ließ über seinen Anwalt erklären`). */
export const CAUSATIVE_LASSEN = set(lists.causativeLassen);

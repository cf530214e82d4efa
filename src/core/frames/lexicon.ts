import type { ConflictSeverity, QuantityRecord } from '../contract/types.js';
import attributeData from './data/attributes.de.json' with { type: 'json' };
import englishAttributeData from './data/attributes.en.json' with { type: 'json' };
import bearerData from './data/bearers.de.json' with { type: 'json' };
import eventData from './data/events.de.json' with { type: 'json' };
import englishEventData from './data/events.en.json' with { type: 'json' };
import qualifierData from './data/qualifiers.de.json' with { type: 'json' };
import sourceData from './data/sources.de.json' with { type: 'json' };
import supersededData from './data/superseded.de.json' with { type: 'json' };
import { PhraseTable } from './phrases.js';

export interface AttributeInfo {
  key: string;
  label: string;
  severity: ConflictSeverity;
  /** Dimensions it is measured in: base units, `count` or `currency`. */
  units: readonly string[];
}

export const ATTRIBUTES: ReadonlyMap<string, AttributeInfo> = new Map(
  Object.entries(attributeData.attributes).map(([key, a]) => [
    key,
    { key, label: a.label, severity: a.severity as ConflictSeverity, units: a.units },
  ]),
);

/**
 * Words naming each attribute, German and English in one table: the keys are
 * language-neutral, so "range" and "Reichweite" make one claim frame and the
 * figures of reports in the two languages are compared as within one. The
 * English list leaves out words that are German words of another meaning.
 */
export const ATTRIBUTE_WORDS = new PhraseTable<string>([
  ...Object.entries(attributeData.attributes).flatMap(([key, a]) =>
    a.words.map((w) => [w, key] as const),
  ),
  ...Object.entries(englishAttributeData.attributes).flatMap(([key, words]) =>
    words.map((w) => [w, key] as const),
  ),
]);

/** Attributes that name who is counted, not what happened to them: a clause's other attribute word wins. */
export const WEAK_ATTRIBUTES: ReadonlySet<string> = new Set(
  Object.entries(attributeData.attributes)
    .filter(([, a]) => (a as { weak?: boolean }).weak === true)
    .map(([key]) => key),
);

/** Words that change what a count counts ("zusätzliche Lehrkräfte", "es fehlen"): modifier key by lemma. */
export const COUNT_MODIFIERS: ReadonlyMap<string, string> = new Map(
  Object.entries(attributeData.modifiers).flatMap(([key, list]) =>
    list.map((w) => [w, key] as const),
  ),
);

/** Nouns that count people or things without saying what is measured ("drei Menschen"). */
export const GENERIC_COUNTED = new Set([...attributeData.generic, ...englishAttributeData.generic]);

export type QualifierDimension = 'time' | 'version' | 'stage' | 'modality';
/** Every dimension compared, with `place`, which is found from names rather than words. */
export const COMPARED_DIMENSIONS = ['time', 'version', 'stage', 'modality', 'place'] as const;
export const QUALIFIER_DIMENSIONS: readonly QualifierDimension[] = [
  'time',
  'version',
  'stage',
  'modality',
];

export const QUALIFIER_WORDS = new PhraseTable<{ dimension: QualifierDimension; key: string }>(
  QUALIFIER_DIMENSIONS.flatMap((dimension) =>
    Object.entries(qualifierData.dimensions[dimension].values).flatMap(([key, words]) =>
      words.map((w) => [w, { dimension, key }] as const),
    ),
  ),
);

/** Stages an unqualified figure is never: the first round, the half-time score. */
export const STAGES_NOT_ABSENT: ReadonlySet<string> = new Set(
  qualifierData.dimensions.stage.notAbsent,
);

/** What a figure without a qualifier of the dimension counts as; `any` matches every value. */
export const QUALIFIER_ABSENT: Readonly<Record<QualifierDimension, string>> = {
  time: qualifierData.dimensions.time.absent,
  version: qualifierData.dimensions.version.absent,
  stage: qualifierData.dimensions.stage.absent,
  modality: qualifierData.dimensions.modality.absent,
};

export type SourceCue = 'before' | 'after' | 'adjective';
export const SOURCE_CUES = new PhraseTable<SourceCue>([
  ...sourceData.before.map((w) => [w, 'before' as SourceCue] as const),
  ...sourceData.after.map((w) => [w, 'after' as SourceCue] as const),
]);
export const SOURCE_ADJECTIVE_NOUNS = new Set(sourceData.adjective);
/** Verbs that make their subject the source of the figures they govern. */
export const SOURCE_VERBS = new Set(sourceData.verbs);

export const SUPERSEDED_CUES = new PhraseTable<true>(
  supersededData.cues.map((w) => [w, true] as const),
);
export const CORRECTION_WORDS = new PhraseTable<true>(
  supersededData.correction.map((w) => [w, true] as const),
);

export type EntityClass = 'ORG' | 'LOC' | 'PER';
/** Nouns that refer back to a named entity of a class: "die Partei" → the SPD. */
export const GENERIC_BEARERS: ReadonlyMap<string, EntityClass> = new Map(
  (Object.entries(bearerData.generic) as [EntityClass, string[]][]).flatMap(([type, words]) =>
    words.map((w) => [w, type] as const),
  ),
);
export const BEARER_PRONOUNS = new Set(bearerData.pronouns);
/** Epithets for parties: "die Sozialdemokraten" is the SPD. */
export const BEARER_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(bearerData.aliases),
);
/** "die 41-Jährige": a noun that refers back to the last person named. */
export const PERSON_SUFFIXES: readonly string[] = bearerData.personSuffixes;
/** Nouns of a figure's phrasing ("die Rede", "die Zahl"), never what it belongs to. */
export const NOT_BEARERS = new Set(bearerData.notBearers);

/** "vor zwei Jahren": units of time that "vor" + a number sets in the past. */
export const AGO_UNITS = new Set(qualifierData.dimensions.time.agoUnits);
/** "vor der Pandemie": nouns (or the last part of compounds) of eras that "vor" sets in the past. */
export const BEFORE_NOUNS: readonly string[] = qualifierData.dimensions.time.before;

/** Event words of German and English in one table, under the same keys (see ATTRIBUTE_WORDS). */
export const EVENT_WORDS = new PhraseTable<string>(
  [eventData.events, englishEventData.events].flatMap((events) =>
    Object.entries(events).flatMap(([key, words]) => words.map((w) => [w, key] as const)),
  ),
);
/** A verb whose event a word of its clause decides: sprechen + schuldig → verdict. */
export const VERB_PARTICLES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(eventData.particles).map(([verb, words]) => [
    verb,
    new Map(Object.entries(words)),
  ]),
);
/** Verbs that carry no event of their own ("ereignete sich", "kam es zu"): the event is a noun. */
export const LIGHT_VERBS = new Set([...eventData.light, ...englishEventData.light]);
/** Event keys of making something known, which in a lead date what they announce. */
export const ANNOUNCING_EVENTS: ReadonlySet<string> = new Set(
  eventData.announcing.events.map((e) => `event:${e}`),
);

/** The dimension of a quantity as attributes list it: a base unit, `count` or `currency`. */
export function dimensionOf(q: QuantityRecord): string | null {
  if (!q.normalized) return null;
  const unit = q.normalized.unit;
  if (unit === null) return 'count';
  return /^[A-Z]{3}$/.test(unit) ? 'currency' : unit;
}

/**
 * Entities across mentions within a document, and the data the comparison stage needs.
 *
 *   resolveEntities(mentions: {text, type, form}[]): { entityOf: string[]; entities: ResolvedEntity[] }
 *   nameKey(name): string – transliteration-insensitive key (Selenskyj ~ Zelensky, Kiew ~ Kyiv)
 *   findEquipment(text): EquipmentMatch[]; lookupEquipment(name); equipmentKindClash(text, kind)
 *   derivedBase('russischen') → 'Russland'; stripTitles('US-Präsident Joe Biden') → 'Joe Biden'
 *   Language data (titles, derived words, aliases) per language: GERMAN_ENTITIES (the default
 *   of every function above), ENGLISH_ENTITIES; resolveEntities(mentions, ENGLISH_ENTITIES).
 */
export {
  resolveEntities,
  stripTitles,
  derivedBase,
  namePartOf,
  withoutGenitive,
  isRoleWord,
} from './resolve.js';
export type { MentionForResolution, ResolvedEntity, Resolution } from './resolve.js';
export { nameKey } from './name-key.js';
export {
  EntityLanguage,
  GERMAN_ENTITIES,
  ENGLISH_ENTITIES,
  type DerivedNameData,
  type TitleData,
  type EntityLanguageOptions,
} from './language.js';
export {
  findEquipment,
  lookupEquipment,
  equipmentKindClash,
  headKinds,
  EQUIPMENT_SYSTEMS,
  type EquipmentSystem,
  type EquipmentMatch,
} from './equipment.js';

import unitsData from './data/units.json' with { type: 'json' };
import currenciesData from './data/currencies.json' with { type: 'json' };
import type { Approximation } from '../contract/types.js';
import { PhraseTable } from './phrase-table.js';
import { quantityLanguageFor, type QuantityLanguage, type RawNumberWords } from './language.js';

/** A unit as the extractor uses it: canonical code, dimension and conversion to the base unit. */
export interface UnitInfo {
  code: string;
  dim: string;
  /** base = value * factor + offset; null for currencies, which have no fixed rate. */
  factor: number;
  offset: number;
  base: string;
  currency: boolean;
}

export interface NumberWordLexicon {
  units: Map<string, number>;
  teens: Map<string, number>;
  tens: Map<string, number>;
  hundred: string;
  thousand: string;
  and: string;
  article: Set<string>;
  inflectedCardinals: Map<string, number>;
  multipliers: PhraseTable<number>;
  vague: PhraseTable<[number, number]>;
  vagueQuantifiers: Map<string, [number, number]>;
  dozen: Map<string, number>;
  halves: Map<string, number>;
  halfSuffix: string;
  fractionNouns: Map<string, number>;
  ordinalIrregular: Map<string, number>;
  ordinalEndings: string[];
  ordinalDeterminers: Set<string>;
  minus: Set<string>;
  /** Written straight after digits, never a unit: `2.5bn`. */
  attachedMultipliers: PhraseTable<number>;
  /** Written straight after digits after a currency sign only (`£300m`); elsewhere a unit (`300m`). */
  currencyMultipliers: PhraseTable<number>;
  /** The word between a count and its whole (`one in five`), empty where the language has none. */
  ratioJoiner: string;
  /** Days are written after the month name ("March 12"): a number there is the dates layer's. */
  dayAfterMonth: boolean;
}

export interface Lexicon {
  /** The language's conventions (group mark, capitalised nouns) and the source of its word lists. */
  language: QuantityLanguage;
  words: NumberWordLexicon;
  /** Units and currencies written after a number. */
  units: PhraseTable<UnitInfo>;
  /** Currency symbols and codes written before a number (`€ 5`, `US$ 5`). */
  prefixUnits: PhraseTable<UnitInfo>;
  approximations: PhraseTable<Approximation>;
  byCode: Map<string, UnitInfo>;
}

type RawWords = RawNumberWords;

function mapOf<T>(record: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(record));
}

function phraseTableOf(record: Record<string, number>): PhraseTable<number> {
  const table = new PhraseTable<number>();
  for (const [w, v] of Object.entries(record)) table.add(w, v);
  return table;
}

function buildWords(raw: RawWords): NumberWordLexicon {
  const multipliers = new PhraseTable<number>();
  for (const [w, v] of Object.entries(raw.multipliers)) multipliers.add(w, v);
  const vague = new PhraseTable<[number, number]>();
  for (const [w, v] of Object.entries(raw.vague as Record<string, number[]>))
    vague.add(w, [v[0]!, v[1]!]);
  return {
    units: mapOf(raw.units),
    teens: mapOf(raw.teens),
    tens: mapOf(raw.tens),
    hundred: raw.hundred,
    thousand: raw.thousand,
    and: raw.and,
    article: new Set(raw.article),
    inflectedCardinals: mapOf(raw.inflectedCardinals as Record<string, number>),
    multipliers,
    vague,
    vagueQuantifiers: new Map(
      Object.entries(raw.vagueQuantifiers as Record<string, number[]>).map(([k, v]) => [
        k,
        [v[0]!, v[1]!],
      ]),
    ),
    dozen: mapOf(raw.dozen as Record<string, number>),
    halves: mapOf(raw.halves as Record<string, number>),
    halfSuffix: raw.halfSuffix,
    fractionNouns: mapOf(raw.fractionNouns as Record<string, number>),
    ordinalIrregular: mapOf(raw.ordinalIrregular as Record<string, number>),
    ordinalEndings: raw.ordinalEndings,
    ordinalDeterminers: new Set(raw.ordinalDeterminers),
    minus: new Set(raw.minus),
    attachedMultipliers: phraseTableOf(raw.attachedMultipliers as Record<string, number>),
    currencyMultipliers: phraseTableOf(raw.currencyMultipliers as Record<string, number>),
    ratioJoiner: raw.ratioJoiner,
    dayAfterMonth: raw.dayAfterMonth,
  };
}

function buildUnits(): {
  units: PhraseTable<UnitInfo>;
  prefix: PhraseTable<UnitInfo>;
  byCode: Map<string, UnitInfo>;
} {
  const units = new PhraseTable<UnitInfo>();
  const prefix = new PhraseTable<UnitInfo>();
  const byCode = new Map<string, UnitInfo>();
  const bases = unitsData.bases as Record<string, string>;
  for (const u of unitsData.units) {
    const info: UnitInfo = {
      code: u.code,
      dim: u.dim,
      factor: u.factor,
      offset: 'offset' in u && typeof u.offset === 'number' ? u.offset : 0,
      base: bases[u.dim] ?? u.code,
      currency: false,
    };
    byCode.set(u.code, info);
    for (const w of u.words) units.add(w, info);
    for (const s of u.symbols) units.add(s, info, true);
    if ('prefixWords' in u && Array.isArray(u.prefixWords))
      for (const w of u.prefixWords) prefix.add(w, info, true);
  }
  for (const c of currenciesData.currencies) {
    const info: UnitInfo = {
      code: c.code,
      dim: 'currency',
      factor: 1,
      offset: 0,
      base: c.code,
      currency: true,
    };
    byCode.set(c.code, info);
    for (const w of c.words) units.add(w, info);
    for (const s of c.symbols) units.add(s, info, true);
    for (const s of c.prefix) prefix.add(s, info, true);
  }
  return { units, prefix, byCode };
}

const sharedUnits = buildUnits();
const cache = new Map<QuantityLanguage, Lexicon>();

/**
 * The word lists of a language (`de`, `en`, `en-GB`), built once and cached; an error naming
 * the code when the stage has no data for it.
 */
export function lexiconFor(lang: string): Lexicon {
  const language = quantityLanguageFor(lang);
  let lexicon = cache.get(language);
  if (!lexicon) {
    const approximations = new PhraseTable<Approximation>();
    for (const [w, a] of Object.entries(language.approximations)) {
      if (!w.startsWith('/')) approximations.add(w, a as Approximation);
    }
    lexicon = {
      language,
      words: buildWords(language.numberWords),
      units: sharedUnits.units,
      prefixUnits: sharedUnits.prefix,
      approximations,
      byCode: sharedUnits.byCode,
    };
    cache.set(language, lexicon);
  }
  return lexicon;
}

export function unitByCode(code: string): UnitInfo | undefined {
  return sharedUnits.byCode.get(code);
}

/**
 * The language data entity resolution works with, compiled once per language:
 * titles and roles stripped from names, derived words mapped to the place they
 * come from, aliases, kinds of place. German and English differ in data and in
 * two patterns of word formation, which the data states:
 *
 * - German forms roles by compounding ("Kremlsprecher", "US-Präsident"), so a
 *   role head may end a word (`roleHeadsAsSuffix`); English writes them as
 *   phrases ("White House spokesman", "Foreign Minister"), so a run of
 *   capitalised words before a role word belongs to the role (`rolePhrases`).
 * - German adjectives are written small and inflected ("russischen"); English
 *   ones are capitalised and uninflected ("Russian"), with plural demonyms
 *   ("Russians"). `adjectiveEndings` lists what is stripped before a lookup,
 *   and `capitalisedAdjectives` requires the capital.
 */
import derivedDe from './data/derived-names.json' with { type: 'json' };
import titlesDe from './data/titles.json' with { type: 'json' };
import derivedEn from './data/en/derived-names.json' with { type: 'json' };
import titlesEn from './data/en/titles.json' with { type: 'json' };
import { nameKey } from './name-key.js';

/** Words derived from names (data/<lang>/derived-names.json). */
export interface DerivedNameData {
  /** Adjective (German: uninflected stem) → place; null marks a known non-place adjective. */
  adjectives: Record<string, string | null>;
  /** Inhabitant nouns, singular and plural → place. */
  demonyms: Record<string, string>;
  /** Other names of one place or body → its canonical name. */
  aliases: Record<string, string>;
  /** Endings stripped from an adjective before the lookup ("en" in "russischen", "s" in "Ukrainians"). */
  adjectiveEndings: string[];
}

/** Titles and roles (data/<lang>/titles.json). */
export interface TitleData {
  titles: string[];
  roleHeads: string[];
  modifiers: string[];
  nameSuffixes: string[];
  placeKinds: Record<string, string[]>;
  /** Articles among the modifiers: they qualify a role but are no adjectives. */
  articles: string[];
  /** Prepositions that introduce where a person is from ("Jonas Pfeiffer von Elbtal"). */
  originWords: string[];
  /**
   * Titles that stand before a person's name only ("Mr.", "Senator"): the
   * capitalised words after one are a name even where the model saw none.
   * Optional: German lists none (its model marks these names itself).
   */
  personTitles?: string[];
}

export interface EntityLanguageOptions {
  /** Role heads also end compounds ("Kremlsprecher"): German. */
  roleHeadsAsSuffix: boolean;
  /** Capitalised words before a role word are part of the role ("Foreign Minister"): English. */
  rolePhrases: boolean;
  /** Adjectives of places are capitalised ("Russian"): English. */
  capitalisedAdjectives: boolean;
  /**
   * Words derived from places are marked from the list, not by the model: the
   * English training data (Universal NER, WNUT 17) leaves "Ukrainian" unmarked,
   * while the contract, like GermEval, records it as a derived form of the place.
   */
  derivedByList: boolean;
}

export class EntityLanguage {
  private readonly adjectives: ReadonlyMap<string, string | null>;
  private readonly demonyms: ReadonlyMap<string, string>;
  private readonly aliases: ReadonlyMap<string, string>;
  private readonly endings: RegExp | null;
  private readonly titles: ReadonlySet<string>;
  private readonly modifiers: ReadonlySet<string>;
  private readonly articles: ReadonlySet<string>;
  private readonly roleHeads: readonly string[];
  private readonly roleHeadSet: ReadonlySet<string>;
  readonly nameSuffixes: ReadonlySet<string>;
  private readonly placeKind: ReadonlyMap<string, string>;
  private readonly origin: RegExp;
  private readonly derivedForms: readonly string[];
  private readonly personTitles: ReadonlySet<string>;

  constructor(
    readonly code: string,
    derived: DerivedNameData,
    titles: TitleData,
    readonly options: EntityLanguageOptions,
  ) {
    this.adjectives = new Map(
      Object.entries(derived.adjectives).map(([k, v]) => [k.toLowerCase(), v]),
    );
    this.demonyms = new Map(Object.entries(derived.demonyms));
    this.derivedForms = [
      ...Object.keys(derived.adjectives).filter((k) => derived.adjectives[k] !== null),
      ...Object.keys(derived.demonyms),
    ];
    this.aliases = new Map(
      Object.entries(derived.aliases).map(([alias, name]) => [nameKey(alias), name]),
    );
    this.endings =
      derived.adjectiveEndings.length > 0
        ? new RegExp(`(?:${derived.adjectiveEndings.join('|')})$`, 'u')
        : null;
    this.titles = new Set(titles.titles.map((t) => t.toLowerCase()));
    this.personTitles = new Set(titles.personTitles ?? []);
    this.modifiers = new Set(titles.modifiers.map((t) => t.toLowerCase()));
    this.articles = new Set(titles.articles.map((t) => t.toLowerCase()));
    this.roleHeads = titles.roleHeads;
    this.roleHeadSet = new Set(titles.roleHeads);
    this.nameSuffixes = new Set(titles.nameSuffixes.map((t) => t.toLowerCase()));
    this.placeKind = new Map(
      Object.entries(titles.placeKinds).flatMap(([kind, words]) => words.map((w) => [w, kind])),
    );
    this.origin = new RegExp(
      `^(\\p{Lu}[\\p{L}-]+ \\p{Lu}[\\p{L}-]+) (?:${titles.originWords.join('|')}) \\p{Lu}[\\p{L}\\d -]*$`,
      'u',
    );
  }

  /** A title or role noun, inflected or (German) in a compound: Präsident, US-Präsident, Kremlsprecher; Minister, ministers. */
  isTitleOrRole(word: string): boolean {
    const w = word.toLowerCase();
    if (this.titles.has(w)) return true;
    const last = w.split('-').at(-1) ?? w;
    if (this.titles.has(last)) return true;
    if (this.options.roleHeadsAsSuffix) {
      // Inflected roles: Präsidenten, Ministers, Sprechers.
      const bare = last.replace(/(?:en|n|s)$/, '');
      return this.roleHeads.some((head) => last.endsWith(head) || bare.endsWith(head));
    }
    return (
      this.roleHeadSet.has(last) || (last.endsWith('s') && this.roleHeadSet.has(last.slice(0, -1)))
    );
  }

  /** A title that stands before persons' names only, as written ("Mr.", "President"). */
  isPersonTitle(word: string): boolean {
    return this.personTitles.has(word);
  }

  /** A title, role, role compound or role modifier. */
  isRoleWord(word: string): boolean {
    return this.modifiers.has(word.toLowerCase()) || this.isTitleOrRole(word);
  }

  /** An adjective that qualifies a role (designierte, former); not an article. */
  isRoleModifier(word: string): boolean {
    const w = word.toLowerCase();
    return this.modifiers.has(w) && !this.articles.has(w);
  }

  /**
   * Removes leading titles, roles and their modifiers: "der designierte
   * US-Präsident Donald Trump", "Foreign Minister Dmytro Kuleba" → the name.
   * At least one word is kept.
   */
  stripTitles(name: string): string {
    const words = name.split(/\s+/).filter((w) => w !== '');
    return words.slice(this.nameStart(words)).join(' ');
  }

  /**
   * Index of the first word of the name in words that may begin with titles
   * and roles; at least the last word is left. With `rolePhrases`, the name
   * starts after the last role word followed by a capitalised word ("White
   * House spokesman John Kirby", "Foreign Minister Dmytro Kuleba").
   */
  nameStart(words: readonly string[]): number {
    let i = 0;
    while (i < words.length - 1 && this.isRoleWord(words[i]!)) i++;
    if (this.options.rolePhrases) {
      for (let k = words.length - 2; k >= i; k--) {
        if (this.isTitleOrRole(words[k]!) && /^\p{Lu}/u.test(words[k + 1]!)) return k + 1;
      }
    }
    return i;
  }

  /** The place a derived word comes from: "russischen" → "Russland", "Ukrainians" → "Ukraine"; null when unknown. */
  derivedBase(word: string): string | null {
    const demonym = this.demonyms.get(word);
    if (demonym !== undefined) return demonym;
    if (this.options.capitalisedAdjectives && !/^\p{Lu}/u.test(word)) return null;
    const lower = word.toLowerCase();
    const stems = this.endings ? [lower, lower.replace(this.endings, '')] : [lower];
    for (const stem of stems) {
      const base = this.adjectives.get(stem);
      if (base !== undefined) return base;
    }
    return null;
  }

  /** Every listed adjective and demonym of a place, as written in the data. */
  derivedWords(): readonly string[] {
    return this.derivedForms;
  }

  /** The canonical name of an alias ("US" → "USA"), or the name itself. */
  canonicalAlias(name: string): string {
    return this.aliases.get(nameKey(name)) ?? name;
  }

  /** One word for the kind of place before a name ("Grenzregion Lemsk" → "Region Lemsk"). */
  withPlaceKind(name: string): string {
    const words = name.split(' ');
    const kind = words.length > 1 ? this.placeKind.get(words[0]!.toLowerCase()) : undefined;
    return kind ? [kind, ...words.slice(1)].join(' ') : name;
  }

  /** "Anna Kolb aus Lindenfeld" → "Anna Kolb": origin after a first name and a surname. */
  withoutOrigin(name: string): string {
    const m = this.origin.exec(name);
    return m ? m[1]! : name;
  }
}

export const GERMAN_ENTITIES = new EntityLanguage('de', derivedDe, titlesDe, {
  roleHeadsAsSuffix: true,
  rolePhrases: false,
  capitalisedAdjectives: false,
  derivedByList: false,
});

export const ENGLISH_ENTITIES = new EntityLanguage('en', derivedEn, titlesEn, {
  roleHeadsAsSuffix: false,
  rolePhrases: true,
  capitalisedAdjectives: true,
  derivedByList: true,
});

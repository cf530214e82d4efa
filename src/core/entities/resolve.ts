/**
 * Entity resolution within one document: groups name mentions into entities
 * with a canonical name, so that "Präsident Joe Biden", "Biden", "Bidens" and
 * "Biden-Administration" point to one entity, "russischen" to Russland, while
 * "Donald Trump Jr" stays apart from "Donald Trump".
 *
 * Steps per mention: strip titles and roles (Präsident, US-Präsident,
 * Kremlsprecher, designierte), take the name out of a compound ("Biden" from
 * "Biden-Administration"), map derived words to their base ("russischen" →
 * Russland) and aliases to one name (US → USA). Then: full names found first
 * become entities; a surname-only mention joins the full name whose last word
 * it is; a genitive ("Bidens", "Russlands") joins the name without its "s".
 * Names are compared by `nameKey`, so transliterations meet (Selenskyj ~ Zelensky).
 */
import type { EntityForm, EntityType } from '../contract/types.js';
import { GERMAN_ENTITIES, type EntityLanguage } from './language.js';
import { nameKey } from './name-key.js';

export interface MentionForResolution {
  text: string;
  type: EntityType;
  form: EntityForm;
}

export interface ResolvedEntity {
  /** Document-level id: `e1`, `e2` … in order of first mention. */
  id: string;
  type: EntityType;
  /** The fullest name seen, without titles or genitive ("Joe Biden", "Russland"). */
  canonical: string;
  /** `nameKey(canonical)`: the key for matching across documents. */
  key: string;
  /** Indices of the mentions (into the input array) that belong to this entity. */
  mentions: number[];
}

export interface Resolution {
  /** Entity id of each input mention. */
  entityOf: string[];
  entities: ResolvedEntity[];
}

// The functions below take the language's data as their last argument; German
// is the default, as for every caller written before English was added.

/**
 * One word for the kind of place before a name: "Grenzregion Lemsk" → "Region
 * Lemsk" (= "Region Lemsk"), "Gebietshauptstadt Lemsk" → "Stadt Lemsk", which is
 * another place. Listed words only: "Neustadt an der Weinstraße" is a name.
 */
export function withPlaceKind(name: string, language: EntityLanguage = GERMAN_ENTITIES): string {
  return language.withPlaceKind(name);
}

/** True for a title, role or role compound ("US-Präsident", "Kremlsprecher", "Außenministerin"). */
export function isRoleWord(word: string, language: EntityLanguage = GERMAN_ENTITIES): boolean {
  return language.isRoleWord(word);
}

/** A title or role noun, inflected or in a compound: Präsident, Vizepräsidenten, US-Präsident, Kremlsprecher. */
export function isTitleOrRole(word: string, language: EntityLanguage = GERMAN_ENTITIES): boolean {
  return language.isTitleOrRole(word);
}

/** An adjective that qualifies a role (designierte, gewählten, ehemalige); not an article. */
export function isRoleModifier(word: string, language: EntityLanguage = GERMAN_ENTITIES): boolean {
  return language.isRoleModifier(word);
}

/** Removes leading titles, roles and their modifiers: "der designierte US-Präsident Donald Trump" → "Donald Trump". */
export function stripTitles(name: string, language: EntityLanguage = GERMAN_ENTITIES): string {
  return language.stripTitles(name);
}

/** The base of a word derived from a name: "russischen" → "Russland", "Ukrainer" → "Ukraine"; null when unknown. */
export function derivedBase(
  word: string,
  language: EntityLanguage = GERMAN_ENTITIES,
): string | null {
  return language.derivedBase(word);
}

/** The name inside a compound: "Biden-Administration" → "Biden", "Nato-Länder" → "Nato", "US-Unterstützung" → "US". */
export function namePartOf(word: string): string {
  const parts = word.split('-').filter((p) => p !== '');
  if (parts.length < 2) return word;
  // Keep leading capitalised parts up to the last part, which is the compound's head noun.
  const kept: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (!/^\p{Lu}|^\d/u.test(part)) break;
    kept.push(part);
  }
  return kept.length > 0 ? kept.join('-') : word;
}

/** Drops a final genitive "s" ("Bidens" → "Biden", "Donald Trumps" → "Donald Trump", "Russlands" → "Russland"). */
export function withoutGenitive(name: string): string | null {
  const m = /^(.*\p{L}{2})(?:s|'s|’s|')$/u.exec(name);
  return m ? m[1]! : null;
}

interface Prepared {
  index: number;
  type: EntityType;
  form: EntityForm;
  /** Name after titles, compound and derivation handling, with alias mapping. */
  name: string;
  /** The same without a genitive ending, when it has one. */
  nameNoGen: string | null;
  words: string[];
  /** Generational suffix (Jr, Sr, II …): a different person than the plain name. */
  suffixed: boolean;
}

function prepare(m: MentionForResolution, index: number, language: EntityLanguage): Prepared {
  let name = m.text.trim().replace(/\s+/g, ' ');
  if (m.type === 'PER' || m.form === 'name') name = language.stripTitles(name);
  if (m.type === 'PER') name = language.withoutOrigin(name);
  if (m.type === 'ORG') name = withoutLegalForm(name);
  if (m.form === 'name') name = language.withPlaceKind(name);
  if (m.form === 'part') name = name.split(' ').map(namePartOf).join(' ');
  if (m.form === 'derived')
    name = language.derivedBase(name) ?? language.derivedBase(namePartOf(name)) ?? name;
  name = language.canonicalAlias(name);
  const gen = withoutGenitive(name);
  const words = name.split(' ');
  const suffixed = words.length > 1 && language.nameSuffixes.has(words.at(-1)!.toLowerCase());
  return {
    index,
    type: m.type,
    form: m.form,
    name,
    nameNoGen: gen === null ? null : language.canonicalAlias(gen),
    words,
    suffixed,
  };
}

interface Group {
  type: EntityType;
  canonical: string;
  key: string;
  /** Key of the last word, for attaching surname-only mentions (none for Jr/Sr names). */
  surnameKey: string | null;
  members: Prepared[];
  first: number;
}

/** Groups mentions into entities; see the module comment for the rules. `language`: its titles, derived words and aliases (German by default). */
export function resolveEntities(
  mentions: readonly MentionForResolution[],
  language: EntityLanguage = GERMAN_ENTITIES,
): Resolution {
  const prepared = mentions.map((m, i) => prepare(m, i, language));
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // Groups by surname key, in creation order: a lookup instead of a scan of all
  // groups per surname-only mention (a long document has thousands of groups).
  const bySurnameKey = new Map<string, Group[]>();

  const newGroup = (p: Prepared, name: string): Group => {
    const words = name.split(' ');
    const group: Group = {
      type: p.type,
      canonical: name,
      key: nameKey(name),
      // Only people have surnames: "Brückner" alone is not "Brückner Logistik".
      surnameKey:
        p.type === 'PER' && words.length > 1 && !p.suffixed ? nameKey(words.at(-1)!) : null,
      members: [],
      first: p.index,
    };
    groups.push(group);
    byKey.set(group.key, group);
    if (group.surnameKey !== null) {
      const same = bySurnameKey.get(group.surnameKey);
      if (same) same.push(group);
      else bySurnameKey.set(group.surnameKey, [group]);
    }
    return group;
  };

  const attach = (group: Group, p: Prepared) => {
    group.members.push(p);
    group.first = Math.min(group.first, p.index);
  };

  // The keys of every word of every mention, built once on first need (not per name).
  let wordKeys: Set<string> | undefined;

  // 1. Multi-word person names, longest first, so "Joe Biden" exists before "Biden" is seen.
  const multiWord = prepared
    .filter((p) => p.type === 'PER' && p.form === 'name' && p.words.length > 1)
    .sort((a, b) => b.words.length - a.words.length || a.index - b.index);
  const placed = new Set<number>();
  for (const p of multiWord) {
    const existing =
      byKey.get(nameKey(p.name)) ?? (p.nameNoGen ? byKey.get(nameKey(p.nameNoGen)) : undefined);
    if (existing) attach(existing, p);
    else attach(newGroup(p, p.nameNoGen && byKeyHasSurname(p.nameNoGen) ? p.nameNoGen : p.name), p);
    placed.add(p.index);
  }

  // A genitive full name ("Donald Trumps") loses its "s" when the plain last word
  // occurs elsewhere ("Trump", "Trump-Regierung"); otherwise it is kept as written.
  function byKeyHasSurname(name: string): boolean {
    const last = nameKey(name.split(' ').at(-1)!);
    wordKeys ??= new Set(prepared.flatMap((q) => q.words.map(nameKey)));
    return wordKeys.has(last);
  }

  // 2. Everything else in document order: exact key, genitive-stripped key, then surname match.
  for (const p of prepared) {
    if (placed.has(p.index)) continue;
    const candidates = [p.name, ...(p.nameNoGen ? [p.nameNoGen] : [])];
    let target: Group | undefined;
    for (const c of candidates) {
      target = byKey.get(nameKey(c));
      if (target) break;
    }
    // Only a person's name (or a name inside a compound: "Biden-Regierung") attaches
    // by surname: the place "Elbtal" is not the
    // surname of "Jonas Pfeiffer von Elbtal".
    if (!target && p.words.length === 1 && (p.type === 'PER' || p.form === 'part')) {
      for (const c of candidates) {
        const key = nameKey(c);
        const bySurname = bySurnameKey.get(key) ?? [];
        if (bySurname.length === 1) {
          target = bySurname[0];
          break;
        }
      }
    }
    if (!target) {
      // A genitive whose base appears later ("Russlands … Russland") is fixed up below.
      target = newGroup(p, p.name);
    }
    attach(target, p);
  }

  mergeGenitiveGroups(groups, byKey, bySurnameKey, language);
  mergeAcronyms(groups, byKey);
  return finish(groups, mentions.length);
}

/**
 * "Jonas Pfeiffer von Elbtal", "Anna Kolb aus Lindenfeld": a full name followed
 * by where the person is from or plays for. Only after a first name and a
 * surname: "Richard von Weizsäcker" is one name.
 */
export function withoutOrigin(name: string, language: EntityLanguage = GERMAN_ENTITIES): string {
  return language.withoutOrigin(name);
}

/**
 * A company's legal form is not part of its name for matching: "Talbahn GmbH"
 * is "die Talbahn". "Brückner Logistik GmbH" keeps "Logistik": a subsidiary is
 * another company.
 */
const LEGAL_FORM =
  /(?:\s*,)?\s+(?:GmbH\s*&\s*Co\.?\s*KG(?:aA)?|gGmbH|GmbH|mbH|AG|SE|KGaA|KG|OHG|e\.\s?V\.|eG|Ltd\.?|Inc\.?|PLC|S\.A\.|N\.V\.|B\.V\.)$/u;

export function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_FORM, '').trim();
  return stripped === '' ? name : stripped;
}

/** An all-capital short name: "DB", "ESA", "EZB". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * An acronym joins the one full name it abbreviates: the full name ends with it
 * ("Europäische Weltraumorganisation ESA" → "ESA") or its capitalised words'
 * initials spell it ("Deutsche Bahn" → "DB"). With two candidates it stays alone.
 */
function mergeAcronyms(groups: Group[], byKey: Map<string, Group>): void {
  let expansions: Map<string, Group[]> | undefined;
  for (const group of groups) {
    if (group.members.length === 0 || !ACRONYM.test(group.canonical)) continue;
    expansions ??= acronymExpansions(groups);
    const candidates = expansions.get(group.canonical) ?? [];
    if (candidates.length !== 1) continue;
    const target = candidates[0]!;
    for (const m of group.members) target.members.push(m);
    target.first = Math.min(target.first, group.first);
    group.members = [];
    byKey.delete(group.key);
  }
}

/**
 * The groups an acronym may abbreviate, by the acronym: their last word and the
 * initials of their capitalised words. Built once per document instead of once
 * per acronym; valid for the whole merge loop, because it empties only
 * one-word groups (never candidates) and adds members only to candidates.
 */
function acronymExpansions(groups: readonly Group[]): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  const add = (acronym: string, g: Group) => {
    const list = out.get(acronym);
    if (list) list.push(g);
    else out.set(acronym, [g]);
  };
  for (const g of groups) {
    if (g.members.length === 0 || g.type === 'PER') continue;
    const words = g.canonical.split(' ');
    if (words.length < 2) continue;
    const last = words.at(-1)!;
    const initials = words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    add(last, g);
    if (initials !== last) add(initials, g);
  }
  return out;
}

/** A group named "Xs" merges into a group named "X" found later in the text. */
function mergeGenitiveGroups(
  groups: Group[],
  byKey: Map<string, Group>,
  bySurnameKey: ReadonlyMap<string, readonly Group[]>,
  language: EntityLanguage,
): void {
  for (const group of [...groups]) {
    const plain = withoutGenitive(group.canonical);
    if (plain === null) continue;
    const target =
      byKey.get(nameKey(language.canonicalAlias(plain))) ??
      surnameTarget(bySurnameKey, plain, group);
    if (!target || target === group) continue;
    for (const m of group.members) target.members.push(m);
    target.first = Math.min(target.first, group.first);
    group.members = [];
    byKey.delete(group.key);
  }
}

function surnameTarget(
  bySurnameKey: ReadonlyMap<string, readonly Group[]>,
  plain: string,
  self: Group,
): Group | undefined {
  if (plain.includes(' ')) return undefined;
  const key = nameKey(plain);
  const same = bySurnameKey.get(key) ?? [];
  const found = same.filter((g) => g !== self && g.members.length > 0);
  return found.length === 1 ? found[0] : undefined;
}

function finish(groups: Group[], mentionCount: number): Resolution {
  const live = groups.filter((g) => g.members.length > 0).sort((a, b) => a.first - b.first);
  const entityOf = new Array<string>(mentionCount).fill('');
  const entities: ResolvedEntity[] = live.map((g, i) => {
    const id = `e${i + 1}`;
    const indices = g.members.map((m) => m.index).sort((a, b) => a - b);
    for (const index of indices) entityOf[index] = id;
    // Type: the most frequent type among plain-name mentions, else among all.
    const names = g.members.filter((m) => m.form === 'name');
    const type = majorityType(names.length > 0 ? names : g.members);
    // Canonical: the longest plain-name spelling without a genitive.
    const spellings = names.map((m) =>
      m.nameNoGen !== null && isKnownPlain(g, m.nameNoGen) ? m.nameNoGen : m.name,
    );
    const canonical = spellings.sort((a, b) => b.length - a.length)[0] ?? g.canonical;
    return { id, type, canonical, key: nameKey(canonical), mentions: indices };
  });
  return { entityOf, entities };
}

function isKnownPlain(group: Group, name: string): boolean {
  const key = nameKey(name);
  return group.key === key || group.members.some((m) => nameKey(m.name) === key);
}

function majorityType(members: Prepared[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: EntityType = members[0]?.type ?? 'MISC';
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

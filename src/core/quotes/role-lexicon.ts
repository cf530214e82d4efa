/**
 * Role nouns and first names: which words name someone who can speak, and with
 * which grammatical gender and number. Data in data/roles.de.json and
 * data/first-names.de.json; this module only expands the inflected forms and finds a
 * role noun as the head of a German compound ("Polizeisprecherin", "CSU-Politiker").
 */
import rolesData from './data/roles.de.json' with { type: 'json' };
import firstNamesData from './data/first-names.de.json' with { type: 'json' };

export type RoleKind = 'person' | 'group' | 'organisation';
export type Gender = 'm' | 'f' | 'n';
export type GrammaticalNumber = 'sg' | 'pl';

export interface RoleInfo {
  kind: RoleKind;
  /** Grammatical gender of this form when it shows one ("Sprecherin" f); null for bodies and ambiguous forms. */
  gender: Gender | null;
  /** Number when the form shows it ("Expertinnen" pl); null when it does not ("Sprecher"). */
  number: GrammaticalNumber | null;
  /** The listed noun the form was found as ("Sprecher" for "Polizeisprechers"). */
  lemma: string;
}

interface RolesData {
  person: string[];
  feminine: Record<string, string>;
  neuter: string[];
  feminineOnly: string[];
  adjectival: string[];
  group: string[];
  organisation: string[];
  notSpeakers: string[];
  noCompound: string[];
  irregularPlurals: Record<string, string[]>;
}

/** A form with what it tells, or `null` for a compound head that names no speaker. */
type Entry = (RoleInfo & { compound: boolean }) | null;

let forms: Map<string, Entry> | undefined;
let longestForm = 0;

function add(form: string, entry: Entry): void {
  const key = form.toLowerCase();
  // The first reading added wins: singular readings are added before plural ones.
  if (!forms!.has(key)) forms!.set(key, entry);
  longestForm = Math.max(longestForm, key.length);
}

function build(): Map<string, Entry> {
  forms = new Map();
  const data = rolesData as unknown as RolesData;
  const noCompound = new Set(data.noCompound);
  // Blocking heads first so that "Flugzeugen" is never read as "…zeugen".
  for (const w of data.notSpeakers) for (const f of nounForms(w)) add(f, null);
  const entry = (lemma: string, info: Omit<RoleInfo, 'lemma'>): Entry => ({
    ...info,
    lemma,
    compound: !noCompound.has(lemma),
  });
  const feminineOnly = new Set(data.feminineOnly);
  const neuter = new Set(data.neuter);
  for (const m of data.person) {
    const gender: Gender = feminineOnly.has(m) ? 'f' : neuter.has(m) ? 'n' : 'm';
    // "Sprecher" is singular or plural; "Präsident" singular; "Präsidenten" either.
    add(m, entry(m, { kind: 'person', gender, number: /(?:er|el|en)$/.test(m) ? null : 'sg' }));
    add(`${m}s`, entry(m, { kind: 'person', gender, number: 'sg' }));
    add(`${m}es`, entry(m, { kind: 'person', gender, number: 'sg' }));
    for (const suffix of ['n', 'en', 'e', 'nen']) {
      if (!m.endsWith('e') || suffix !== 'e')
        add(`${m}${suffix}`, entry(m, { kind: 'person', gender: null, number: null }));
    }
    const fem =
      m in data.feminine ? data.feminine[m]! : m.endsWith('e') ? `${m.slice(0, -1)}in` : `${m}in`;
    if (fem && fem !== m) {
      add(fem, entry(m, { kind: 'person', gender: 'f', number: 'sg' }));
      const plural = fem.endsWith('in') ? `${fem}nen` : `${fem}n`;
      add(plural, entry(m, { kind: 'person', gender: null, number: 'pl' }));
    }
  }
  for (const [m, plurals] of Object.entries(data.irregularPlurals)) {
    for (const p of plurals) add(p, entry(m, { kind: 'person', gender: null, number: 'pl' }));
  }
  // Adjectival nouns: "der Abgeordnete", "ein Abgeordneter", "die Abgeordneten".
  for (const a of data.adjectival) {
    add(`${a}r`, entry(a, { kind: 'person', gender: 'm', number: 'sg' }));
    add(a, entry(a, { kind: 'person', gender: null, number: null }));
    add(`${a}n`, entry(a, { kind: 'person', gender: null, number: null }));
  }
  for (const kind of ['group', 'organisation'] as const) {
    for (const w of data[kind]) {
      for (const f of nounForms(w)) add(f, entry(w, { kind, gender: null, number: null }));
    }
  }
  return forms;
}

/** A noun and the endings of its cases and plurals. */
function nounForms(w: string): string[] {
  return [w, `${w}s`, `${w}es`, `${w}n`, `${w}en`, `${w}e`, `${w}er`, `${w}ern`, `${w}nen`];
}

/**
 * What a word tells about its bearer as a speaker, or null when it is no role noun.
 * A compound counts by its last part: "Polizeisprecherin", "Innenminister",
 * "CSU-Politiker"; "Kurierflugzeugen" does not (its head "Flugzeug" is listed as no speaker).
 */
export function roleOf(word: string): RoleInfo | null {
  const map = forms ?? build();
  // After a hyphen the last part is the head: "CSU-Politiker", "Lkw-Fahrerin".
  const hyphen = word.lastIndexOf('-');
  const tail = hyphen > 0 && hyphen < word.length - 1 ? word.slice(hyphen + 1) : word;
  const lower = tail.toLowerCase();
  const whole = map.get(lower);
  if (whole !== undefined) return whole ? strip(whole) : null;
  // The longest listed form the word ends in; a compound needs a first part of three letters or more.
  for (let from = Math.max(3, lower.length - longestForm); from < lower.length - 2; from++) {
    const part = map.get(lower.slice(from));
    if (part === undefined) continue;
    if (part === null || !part.compound) return null;
    return strip(part);
  }
  return bySuffix(tail);
}

/**
 * Nouns of people not in the list, by a suffix that forms them: "Galerist", "Akustikerin",
 * "Klimatologe", "Friseur". Only suffixes that (nearly) always name a person; plain "-er"
 * does not ("Fenster", "Computer").
 */
const PERSON_SUFFIX = /^\p{Lu}\p{Ll}{2,}(ist|iker|loge|eur)(in|innen|en|n|e|s)?$/u;

function bySuffix(word: string): RoleInfo | null {
  const m = PERSON_SUFFIX.exec(word);
  if (!m) return null;
  const ending = m[2] ?? '';
  const feminine = ending === 'in';
  const gender: Gender | null = feminine ? 'f' : ending === '' || ending === 's' ? 'm' : null;
  const number: GrammaticalNumber | null =
    ending === 'innen' ? 'pl' : ending === 'in' ? 'sg' : null;
  return { kind: 'person', gender, number, lemma: word.slice(0, word.length - ending.length) };
}

function strip(e: NonNullable<Entry>): RoleInfo {
  return { kind: e.kind, gender: e.gender, number: e.number, lemma: e.lemma };
}

let firstNames: Map<string, Gender> | undefined;

/** The usual gender of a first name, or null when it is not a listed first name. */
export function firstNameGender(word: string): Gender | null {
  if (!firstNames) {
    firstNames = new Map();
    for (const n of firstNamesData.female) firstNames.set(n.toLowerCase(), 'f');
    for (const n of firstNamesData.male)
      if (!firstNames.has(n.toLowerCase())) firstNames.set(n.toLowerCase(), 'm');
  }
  return firstNames.get(word.toLowerCase()) ?? null;
}

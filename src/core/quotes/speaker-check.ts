/**
 * Whether a speaker phrase names someone who can speak — a person, a group, an
 * organisation or a role — and what it tells about them (role noun, gender, number,
 * whether a name is given). "Die Antwort", "Luftaufnahmen", "Sprengpaketen in
 * Kurierflugzeugen" or "ersten Auswertungen" name no speaker.
 *
 * The head of the phrase is its first run of capitalised words after determiners and
 * adjectives ("die Europäische Weltraumorganisation ESA", "Polizeisprecherin Anna Berg");
 * attachments after it ("des Ministeriums", "in Kiew") do not make it a speaker.
 */
import type { EntityMentionRecord } from '../contract/types.js';
import { spansOverlapping } from '../spans.js';
import {
  firstNameGender,
  roleOf,
  type Gender,
  type GrammaticalNumber,
  type RoleInfo,
} from './role-lexicon.js';
import { POSSESSIVES } from './attribution.js';
import { isCapitalized, isPunct, type Word } from './words.js';

export interface SpeakerProfile {
  kind: 'person' | 'group' | 'organisation' | 'pronoun' | 'name';
  /** The role noun of the head: "Sprecherin" in "die Sprecherin des Amtes". */
  role: (RoleInfo & { word: string }) | null;
  /** The head holds a name (a PER/ORG mention, a proper noun, or a run of names). */
  named: boolean;
  gender: Gender | null;
  number: GrammaticalNumber | null;
  /** The phrase starts with a definite article or demonstrative ("der Minister", "diese"). */
  definite: boolean;
  /** Word index range of the head run. */
  head: { from: number; to: number };
}

const DEFINITE = new Set(['der', 'die', 'das', 'dieser', 'diese', 'dieses', 'jener', 'jene']);
const INDEFINITE = new Set(['ein', 'eine', 'einer', 'eines', 'einem', 'einen']);
/** Words before the head that neither name nor describe the speaker. */
const LEADING = new Set([
  ...DEFINITE,
  ...INDEFINITE,
  'des',
  'dem',
  'den',
  'sein',
  'seine',
  'seiner',
  'seines',
  'ihr',
  'ihre',
  'ihrer',
  'ihres',
  'unser',
  'unsere',
  'viele',
  'einige',
  'mehrere',
  'zahlreiche',
  'andere',
  'weitere',
  'beide',
  'alle',
  'manche',
  'von',
  'vom',
]);
/** Quantifiers that leave the head to a genitive: "Viele der Anwohner", "einer der Ärzte". */
const QUANTIFIER_HEADS = new Set([
  'viele',
  'einige',
  'einer',
  'eine',
  'eines',
  'mehrere',
  'manche',
  'alle',
  'beide',
  'keiner',
  'keine',
  'jeder',
  'jede',
  'teile',
  'teil',
]);
/** A report noun compounded with its source: "Polizeiangaben", "ESA-Angaben", "Firmenangaben". */
const REPORT_COMPOUND =
  /^(\p{L}{2,}?)-?(?:angaben|informationen|aussagen|auskunft|kreisen|schätzungen|berechnungen|zählungen|mitteilung)$/iu;
/** Pronouns that stand for a speaker named elsewhere. */
const SPEAKER_PRONOUNS = new Set([
  'er',
  'sie',
  'der',
  'die',
  'dieser',
  'diese',
  'jener',
  'jene',
  'welcher',
  'welche',
  'wir',
  'ich',
]);

/**
 * The profile of the speaker phrase over words [from, to), or null when it names no
 * one who can speak.
 */
export function speakerProfile(
  words: readonly Word[],
  from: number,
  to: number,
  entities: readonly EntityMentionRecord[],
  knownNames: ReadonlySet<string> = new Set(),
): SpeakerProfile | null {
  const first = words[from];
  if (!first || to <= from) return null;
  if (to - from === 1 && (SPEAKER_PRONOUNS.has(first.lower) || POSSESSIVES.has(first.lower))) {
    const gender: Gender | null =
      first.lower === 'er' || first.lower === 'der' || first.lower.startsWith('sein') ? 'm' : null;
    return {
      kind: 'pronoun',
      role: null,
      named: false,
      gender,
      number: first.lower === 'wir' ? 'pl' : null,
      definite: true,
      head: { from, to },
    };
  }
  let i = from;
  let article: string | null = null;
  while (
    i < to &&
    (LEADING.has(words[i]!.lower) || !isCapitalized(words[i]!.text)) &&
    !isPunct(words[i]!) &&
    // "die 44-Jährige": a role noun may start with a digit.
    !(/^\d/.test(words[i]!.text) && roleOf(words[i]!.text))
  ) {
    if (
      QUANTIFIER_HEADS.has(words[i]!.lower) &&
      words[i + 1] &&
      /^(?:der|des|von)$/.test(words[i + 1]!.lower)
    ) {
      // "einer der Ärzte": judge the genitive.
      return speakerProfile(words, i + 2, to, entities, knownNames);
    }
    if (article === null && (DEFINITE.has(words[i]!.lower) || INDEFINITE.has(words[i]!.lower)))
      article = words[i]!.lower;
    i++;
  }
  // A name in quotation marks: "die „Automobilwoche“".
  if (i < to && /^[„"»«“‚]$/.test(words[i]!.text)) {
    return {
      kind: 'name',
      role: null,
      named: true,
      gender: null,
      number: null,
      definite: false,
      head: { from: i, to },
    };
  }
  let j = i;
  while (
    j < to &&
    (isCapitalized(words[j]!.text) || (j === i && /^\d/.test(words[j]!.text))) &&
    !isPunct(words[j]!)
  )
    j++;
  if (j === i) return null;
  const head = { from: i, to: j };
  const span = { start: words[i]!.start, end: words[j - 1]!.end };
  const mentions = spansOverlapping(entities, span);
  // A mention that is only a role word ("CDU-Politiker" tagged PER) names no one.
  const person = mentions.some((e) => e.type === 'PER' && !roleOf(e.text.split(/\s+/).pop() ?? ''));
  // "CDU-Politiker" holds the ORG "CDU" as a part: the head is the role, not the party.
  const organisation = mentions.some(
    (e) => e.type === 'ORG' && e.form === 'name' && !roleOf(e.text.split(/\s+/).pop() ?? ''),
  );
  let role: SpeakerProfile['role'] = null;
  let acronym = false;
  for (let k = i; k < j; k++) {
    // "Polizeiangaben", "ESA-Angaben": a source compounded with a report noun is judged by its first part.
    const source = REPORT_COMPOUND.exec(words[k]!.text)?.[1];
    if (source && /^\p{Lu}{2,}$/u.test(source)) acronym = true;
    const info = roleOf(source ?? words[k]!.text);
    if (info) {
      role = { ...info, word: words[k]!.text };
      break;
    }
  }
  const tagged = words.slice(i, j).some((w) => w.upos);
  const proper = words.slice(i, j).some((w) => w.upos === 'PROPN' || w.upos === 'X');
  const onlyPlace = mentions.length > 0 && mentions.every((e) => e.type === 'LOC');
  // Without a tagger, two capitalised words in a row are taken for a name ("Anna Berg"); with
  // neither tagger nor NER there is nothing to tell a name from a noun, so any head will do.
  const nameRun = !tagged && (j - i >= 2 || entities.length === 0);
  const firstName =
    words
      .slice(i, j)
      .map((w) => firstNameGender(w.text))
      .find((g) => g !== null) ?? null;
  // A surname alone ("sagte Brenner", "der Talbahn") is a name when the text names it in full elsewhere.
  const knownName = words.slice(i, j).some((w) => knownNames.has(w.text));
  const named =
    person ||
    organisation ||
    (proper && !onlyPlace) ||
    nameRun ||
    firstName !== null ||
    acronym ||
    knownName;
  if (!role && !named) return null;
  const definite = article !== null && DEFINITE.has(article);
  let gender: Gender | null = role?.gender ?? null;
  if (person || (firstName && !role)) gender = firstName ?? gender;
  let number = role?.number ?? null;
  // "die Arbeitgeber", "die Sprecher": a masculine form after "die" is plural.
  if (role && role.gender === 'm' && (article === 'die' || article === 'diese')) {
    gender = null;
    number = 'pl';
  }
  // Adjectival nouns and plural-looking forms take gender from the article: "die 44-Jährige".
  else if (gender === null && role && article) {
    if (article === 'der' || article === 'ein') gender = 'm';
    else if ((article === 'die' || article === 'eine') && role.number !== 'pl') gender = 'f';
  }
  const kind: SpeakerProfile['kind'] = person
    ? 'person'
    : role
      ? role.kind
      : organisation
        ? 'organisation'
        : 'name';
  return { kind, role: role && { ...role, number }, named, gender, number, definite, head };
}

/**
 * The words of every person and organisation name in the text: "Thomas Brenner" gives
 * "Thomas" and "Brenner", "Talbahn GmbH" gives "Talbahn" and "GmbH".
 */
export function personNameWords(entities: readonly EntityMentionRecord[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const e of entities) {
    if ((e.type !== 'PER' && e.type !== 'ORG') || e.form !== 'name') continue;
    for (const w of e.text.split(/\s+/)) if (/^\p{Lu}\p{Ll}/u.test(w)) names.add(w);
  }
  return names;
}

/**
 * Who an English cue belongs to: the noun phrase before the verb ("Fire chief Colin
 * Adair said"), after it in the inverted order of attributions ("…," said council leader
 * Margaret Oduya), with appositions and relative clauses between commas ("Lawyer Benjamin
 * Stroud, who represented the tenants, said"). Also judges whether a phrase can speak
 * and picks the name inside it.
 */
import type { EnglishQuoteLexicon } from './lexicon.js';
import type { Word } from './scan.js';

/** Words that end a subject when walking left from its verb: conjunctions, complementisers, verbs of being. */
const SUBJECT_STOP = new Set([
  'and',
  'but',
  'or',
  'that',
  'because',
  'while',
  'when',
  'if',
  'as',
  'than',
  'so',
  'yet',
  'although',
  'though',
  'since',
  'after',
  'before',
  'where',
  'whether',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'said',
  'says',
  'told',
  'added',
  'then',
  'also',
  'however',
  'meanwhile',
  'but',
  'whom',
  'whose',
]);
/** Adverbs and auxiliaries between a subject and its cue: "has also said", "later told". */
const BEFORE_CUE = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'did',
  'does',
  'do',
  'also',
  'later',
  'then',
  'previously',
  'repeatedly',
  'again',
  'once',
  'separately',
  'publicly',
  'privately',
  'recently',
  'earlier',
  'subsequently',
  'reportedly',
  'further',
  'is',
  'are',
  'was',
  'were',
  'not',
  'never',
  'long',
  'always',
  'often',
  'already',
  'still',
  'now',
  'first',
]);
/** "has long argued", "publicly said", "also told": auxiliaries and adverbs in -ly. */
function isAdverbBeforeCue(w: Word): boolean {
  return (
    BEFORE_CUE.has(w.lower) ||
    (/^\p{Ll}{4,}ly$/u.test(w.text) &&
      !['family', 'italy', 'rally', 'ally', 'supply'].includes(w.lower))
  );
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'one',
  'another',
  'this',
  'that',
]);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Lower-case words that may stand inside a subject phrase: prepositions joining a head to its body. */
const NP_LINKS = new Set([
  'of',
  'for',
  'at',
  'in',
  'from',
  'with',
  'on',
  'by',
  'to',
  '&',
  "'s",
  '’s',
]);

/** Capitalised, or a name with a lower-case particle and hyphen ("al-Sadr", "bin-Talal"). */
const isCap = (w: Word | undefined): boolean =>
  w !== undefined && (/^\p{Lu}/u.test(w.text) || /^(?:al|el|bin|ibn|abu|ul)-\p{Lu}/u.test(w.text));
const isWord = (w: Word | undefined): boolean => w !== undefined && /^[\p{L}\p{N}]/u.test(w.text);

export interface Phrase {
  /** Word indices, inclusive start and exclusive end. */
  from: number;
  to: number;
}

/**
 * The subject of the cue at word `cue`, in a clause starting at word `floor`: walks left over
 * auxiliaries, then over one or two comma-bounded appositions, then over the noun phrase.
 * Null when the word before is a conjunction ("… and said", coordination) or nothing fits.
 */
export function subjectBefore(words: readonly Word[], cue: number, floor: number): Phrase | null {
  let k = cue - 1;
  while (k >= floor && isAdverbBeforeCue(words[k]!)) k--;
  if (k < floor) return null;
  const end = k + 1;
  // "Lawyer Benjamin Stroud, who represented the tenants, said": skip the commas' inside.
  let appositions = 0;
  while (words[k]?.text === ',' && appositions < 2) {
    let j = k - 1;
    while (j >= floor && words[j]!.text !== ',' && k - j <= 12) j--;
    if (j < floor || words[j]!.text !== ',') break;
    const inner = words.slice(j + 1, k);
    const named = inner.length > 0 && inner.every((w) => isWord(w));
    if (!named) break;
    appositions++;
    k = j - 1;
  }
  const last = k;
  while (k >= floor) {
    const w = words[k]!;
    if (w.text === ',' || (!isWord(w) && !NP_LINKS.has(w.lower))) break;
    if (SUBJECT_STOP.has(w.lower)) break;
    if (last - k >= 9) break;
    k--;
  }
  let from = k + 1;
  // A subject begins with its determiner or name, not with a preposition.
  while (from <= last && NP_LINKS.has(words[from]!.lower)) from++;
  if (from > last) return null;
  // Inside the appositions, the phrase reaches to the last word before the cue.
  return { from, to: appositions > 0 ? end - 1 : last + 1 };
}

/**
 * The speaker after an inverted cue: `said council leader Margaret Oduya`, `said the
 * observatory's director, Dr Miguel Ferrante`, `said Blake, who runs …`. Ends at the
 * sentence end or at a comma before a relative clause or an age.
 */
export function subjectAfter(words: readonly Word[], cue: number, ceiling: number): Phrase | null {
  let k = cue + 1;
  const from = k;
  while (k < ceiling) {
    const w = words[k]!;
    if (w.text === ',') {
      const next = words[k + 1];
      // ", Dr Miguel Ferrante": a name in apposition belongs to the speaker.
      if (isCap(next) && !PRONOUNS.has(next!.lower) && k - from < 8) {
        k++;
        continue;
      }
      break;
    }
    if (!isWord(w) && !NP_LINKS.has(w.lower)) break;
    if (SUBJECT_STOP.has(w.lower) || w.lower === 'who' || w.lower === 'which') break;
    if (k - from >= 10) break;
    k++;
  }
  return k > from ? { from, to: k } : null;
}

/** The written form of a phrase: from its first word's start to its last word's end. */
export function phraseText(
  text: string,
  words: readonly Word[],
  p: Phrase,
): { start: number; end: number; text: string } {
  const start = words[p.from]!.start;
  const end = words[p.to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The person's name inside a phrase: the last run of capitalised words that holds a known
 * first name or follows a role or title ("Fire chief Colin Adair" → "Colin Adair",
 * "Detective Inspector Hannah Roe" → "Hannah Roe"). Titles and roles at the run's start
 * are dropped. Null when the phrase names no person.
 */
export function personIn(
  words: readonly Word[],
  p: Phrase,
  lex: EnglishQuoteLexicon,
  sentenceStart: number,
): Phrase | null {
  let best: Phrase | null = null;
  let k = p.from;
  while (k < p.to) {
    if (!isCap(words[k]) || PRONOUNS.has(words[k]!.lower)) {
      k++;
      continue;
    }
    let e = k;
    while (
      e < p.to &&
      (isCap(words[e]) ||
        ((words[e]!.lower === 'de' || words[e]!.lower === 'van' || words[e]!.lower === 'von') &&
          isCap(words[e + 1])))
    )
      e++;
    // "Fire chief Colin Adair", and in apposition "The island's governor, Lucía Manzano".
    const roleBefore = (j: number): boolean =>
      j >= p.from && (isRole(words[j]!.lower, lex) || lex.titles.has(words[j]!.lower));
    let afterRole = roleBefore(k - 1) || (words[k - 1]?.text === ',' && roleBefore(k - 2));
    // Drop the titles and roles the run starts with, up to the last one: "Transport Minister", "Dr".
    let s = k;
    for (let j = k; j < e - 1; j++) {
      const lower = words[j]!.lower.replace(/\.$/, '');
      if (isRole(lower, lex) || lex.titles.has(lower)) {
        s = j + 1;
        afterRole = true;
      }
    }
    if (
      s === k &&
      s === sentenceStart &&
      e - s > 1 &&
      !lex.firstNames.has(foldName(words[s]!.lower))
    )
      s++;
    const run = words.slice(s, e);
    // "Ms O’Connor’s lawyer": a possessive name is not the speaker, the noun after it is.
    if (/[’']s$/.test(words[e - 1]!.text) && e < p.to) {
      k = e;
      continue;
    }
    const known = lex.firstNames.has(foldName(run[0]!.lower));
    const notBody = !run.some((w) => lex.bodies.has(w.lower) || lex.groups.has(w.lower));
    if (
      notBody &&
      (known || (afterRole && run.length >= 1)) &&
      !(run.length === 1 && s === sentenceStart && !known)
    )
      best = { from: s, to: e };
    k = e;
  }
  return best;
}

/** A first name without its accents, as the name list has it ("Lucía" → "lucia"). */
export function foldName(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

export function isRole(lower: string, lex: EnglishQuoteLexicon): boolean {
  return lex.personRoles.has(lower);
}

/** The head noun of a phrase: its last word before a linking preposition ("spokeswoman for the department" → spokeswoman). */
export function headOf(words: readonly Word[], p: Phrase): Word {
  for (let k = p.from; k < p.to; k++) {
    if (k > p.from && NP_LINKS.has(words[k]!.lower) && !['&', "'s", '’s'].includes(words[k]!.lower))
      return words[k - 1]!;
  }
  return words[p.to - 1]!;
}

/**
 * Whether a phrase can be the speaker of a cue: a pronoun, a name, a role, a group of
 * people or a body — not evidence ("figures", "images") or a dummy subject ("it is").
 * `strict` (for weak cues such as "suggest") also refuses unknown common nouns.
 */
export function canSpeak(
  words: readonly Word[],
  p: Phrase,
  lex: EnglishQuoteLexicon,
  sentenceStart: number,
  strict: boolean,
): boolean {
  const head = headOf(words, p);
  const lower = head.lower.replace(/[’']s$/, '');
  if (lex.notSpeakers.has(lower)) return false;
  if (p.to - p.from === 1 && PRONOUNS.has(lower)) return lower !== 'it' || !strict;
  if (lex.personRoles.has(lower) || lex.groups.has(lower) || lex.bodies.has(lower)) return true;
  if (/(?:ers|ists|ians|ents|ants)$/.test(lower) && lower.length > 5) return true;
  // A capitalised word that is not merely the sentence's first word is a name.
  for (let k = p.from; k < p.to; k++) {
    const w = words[k]!;
    if (
      isCap(w) &&
      (k !== sentenceStart ||
        lex.firstNames.has(foldName(w.lower)) ||
        p.to - p.from === 1 ||
        isCap(words[k + 1]))
    )
      return true;
  }
  if (strict) return false;
  return !DETERMINERS.has(lower);
}

export { DETERMINERS, isCap, isWord };

import { derivedBase, findEquipment, nameKey } from '../entities/index.js';
import { isCognate } from './cognate.js';
import exonymData from './data/exonyms.json' with { type: 'json' };
import type { BilingualDictionary } from './dictionary.js';
import type { CrossWord } from './facts.js';
import type { CrossLang } from './words.js';

/** Each word of an exonym group's names (lower case) → the words of all its names: "nordsee" → north, sea, nordsee. */
const EXONYM_WORDS = new Map<string, Set<string>>();
for (const group of exonymData.groups) {
  const words = new Set(group.flatMap((name) => name.toLowerCase().split(/\s+/)));
  for (const name of group) {
    const key = name.toLowerCase();
    if (!key.includes(' ')) EXONYM_WORDS.set(key, words);
  }
}

/** A German compound is read as its last part when the whole is not listed ("Kampfjets" → Jets): parts this long at least. */
const MIN_HEAD = 4;

/**
 * Decides whether a word of one language and a word of the other can be the
 * same word: equal, one name in two transliterations (Selenskyj / Zelensky),
 * one place under two names (München / Munich), cognates (Präsident /
 * president), or translations by the dictionary. Answers are remembered: the
 * alignment asks for the same pairs many times.
 */
export class WordLinker {
  private readonly translated = new Map<string, ReadonlySet<string>>();
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly dictionary: BilingualDictionary) {}

  /** The two words can stand for each other. */
  linked(a: CrossWord, la: CrossLang, b: CrossWord, lb: CrossLang): boolean {
    const key = `${la}:${a.form}:${a.lemma}\u0000${lb}:${b.form}:${b.lemma}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.decide(a, la, b, lb);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private decide(a: CrossWord, la: CrossLang, b: CrossWord, lb: CrossLang): boolean {
    const formsA = new Set(variants(a, la));
    const formsB = new Set(variants(b, lb));
    for (const f of formsA) if (formsB.has(f)) return true;
    if (nameKey(a.form) === nameKey(b.form)) return true;
    if (sameSystem(a, b)) return true;
    if (isCognate(a.lemma, b.lemma) || isCognate(a.form, b.form)) return true;
    if (la === lb) return false;
    const ta = this.translations(a, la);
    for (const f of formsB) if (ta.has(f)) return true;
    const tb = this.translations(b, lb);
    for (const f of formsA) if (tb.has(f)) return true;
    return false;
  }

  /** Every word of the other language the dictionary and the exonym list give for this one. */
  translations(word: CrossWord, lang: CrossLang): ReadonlySet<string> {
    const key = `${lang}:${word.form}:${word.lemma}`;
    let found = this.translated.get(key);
    if (found) return found;
    const out = new Set<string>();
    const lookup = (w: string) =>
      lang === 'de' ? this.dictionary.english(w) : this.dictionary.german(w);
    for (const v of variants(word, lang)) {
      for (const t of lookup(v)) out.add(t);
      for (const t of EXONYM_WORDS.get(v) ?? []) out.add(t);
    }
    // "russischen" is said of Russland, and so of Russia.
    const base = lang === 'de' ? derivedBase(word.text) : null;
    if (base) {
      const name = base.toLowerCase();
      out.add(name);
      for (const t of lookup(name)) out.add(t);
      for (const t of EXONYM_WORDS.get(name) ?? []) out.add(t);
    }
    if (out.size === 0 && lang === 'de') {
      for (const part of compoundParts(word.lemma, lookup)) {
        out.add(part);
        for (const t of lookup(part)) out.add(t);
      }
    }
    found = out;
    this.translated.set(key, found);
    return found;
  }
}

const GERMAN_ENDINGS = ['ern', 'en', 'er', 'es', 'e', 'n', 's'];
/** The shortest first part of a German compound read on its own ("Regional|regierung"). */
const MIN_MODIFIER = 3;

/**
 * The parts of an unlisted German compound: a listed first part (with or
 * without a linking "s") and a listed last part ("Regionalregierung" →
 * regional, regierung), else the longest listed last part alone
 * ("Löschhubschrauber" → hubschrauber). English says most compounds in two
 * words, and each part then meets one of them.
 */
export function compoundParts(word: string, lookup: (w: string) => readonly string[]): string[] {
  let head: string | null = null;
  for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
    const last = word.slice(cut);
    if (lookup(last).length === 0) continue;
    head ??= last;
    const first = word.slice(0, cut);
    for (const modifier of [first, first.replace(/s$/, '')]) {
      if (modifier.length >= MIN_MODIFIER && lookup(modifier).length > 0) return [modifier, last];
    }
  }
  return head ? [head] : [];
}

/**
 * Forms a word may be listed under: its form and lemma, and — for when the
 * tagger gave no good lemma — the form without a common inflection ending
 * (English -s, -es, -ed, -ing, -'s; German -en, -e, -n, -s …).
 */
export function variants(word: CrossWord, lang: CrossLang): string[] {
  const out = new Set([word.lemma, word.form]);
  const w = word.form.replace(/[’']s$/, '');
  out.add(w);
  if (lang === 'en') {
    if (w.endsWith('ies')) out.add(w.slice(0, -3) + 'y');
    if (w.endsWith('ied')) out.add(w.slice(0, -3) + 'y');
    if (w.endsWith('es')) out.add(w.slice(0, -2));
    if (w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
    if (w.endsWith('ed')) out.add(w.slice(0, -2)).add(w.slice(0, -1));
    if (w.endsWith('ing')) out.add(w.slice(0, -3)).add(w.slice(0, -3) + 'e');
  } else {
    for (const ending of GERMAN_ENDINGS) {
      if (w.endsWith(ending) && w.length - ending.length >= 4) out.add(w.slice(0, -ending.length));
    }
  }
  return [...out].filter((v) => v.length > 1);
}

/** Both words name one weapon system, however spelt ("F-16" / "F16-Panzer"). */
function sameSystem(a: CrossWord, b: CrossWord): boolean {
  const sa = systemsOf(a.text);
  if (sa.size === 0) return false;
  return [...systemsOf(b.text)].some((id) => sa.has(id));
}

const SYSTEMS = new Map<string, ReadonlySet<string>>();
const MEMO_LIMIT = 50_000;

/** The weapon systems a word names, found once per spelling (the alias pattern is long). */
function systemsOf(text: string): ReadonlySet<string> {
  let systems = SYSTEMS.get(text);
  if (!systems) {
    if (SYSTEMS.size >= MEMO_LIMIT) SYSTEMS.clear();
    // Only a word with a digit or a capital can be a system's name.
    systems = /[\p{Lu}\d]/u.test(text)
      ? new Set(findEquipment(text).map((m) => m.system.id))
      : new Set<string>();
    SYSTEMS.set(text, systems);
  }
  return systems;
}

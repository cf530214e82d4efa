import en from './data/polarity.en.json' with { type: 'json' };
import { lexiconEntries } from './polarity.js';

/**
 * Lexical negation in a report whose language is not the pivot of a
 * comparison (English against German): the polarity lexicon of that language
 * names the groups of the German lexicon (data/polarity.de.json) by their ids,
 * so "denied" takes the side of `g:bestätigen` that "dementierte" takes, and
 * "ruled out" the side of `g:möglich` that "ausgeschlossen" takes.
 */

/** One word's side in a group, as data/polarity.<lang>.json lists it. */
export interface SideEntry {
  group: string;
  /** 1: the word states the group's proposition; -1: its opposite. */
  sign: 1 | -1;
  /** The group is about possibility itself: a hedge does not make it speculative. */
  modal: boolean;
  /** The word counts only with this word in the same statement ("rule" with "out"). */
  requires?: string;
}

/** The shape of data/polarity.<lang>.json. */
interface LexiconFile {
  groups: {
    id: string;
    modal?: boolean;
    affirm: (string | { word: string; requires: string })[];
    deny: (string | { word: string; requires: string })[];
  }[];
}

function build(file: LexiconFile): ReadonlyMap<string, readonly SideEntry[]> {
  const lexicon = new Map<string, SideEntry[]>();
  for (const group of file.groups) {
    const sides: [LexiconFile['groups'][number]['affirm'], 1 | -1][] = [
      [group.affirm, 1],
      [group.deny, -1],
    ];
    for (const [words, sign] of sides)
      for (const entry of words) {
        const [word, requires] =
          typeof entry === 'string' ? [entry, undefined] : [entry.word, entry.requires];
        const list = lexicon.get(word) ?? [];
        list.push({
          group: group.id,
          sign,
          modal: group.modal === true,
          ...(requires ? { requires } : {}),
        });
        lexicon.set(word, list);
      }
  }
  return lexicon;
}

const LEXICONS: Readonly<Record<string, ReadonlyMap<string, readonly SideEntry[]>>> = {
  en: build(en),
};

/** The polarity lexicon of a language other than German, or null when there is none. */
export function acrossLexicon(lang: string): ReadonlyMap<string, readonly SideEntry[]> | null {
  return LEXICONS[lang.slice(0, 2).toLowerCase()] ?? null;
}

/** A word of a statement: lemma and form (lower case) with its offsets. */
export interface SideWord {
  lemma: string;
  form: string;
  start: number;
  end: number;
}

/** A side a statement's word takes, where it stands. */
export interface SideTaken extends SideEntry {
  start: number;
  end: number;
}

/**
 * The groups the words of one statement take a side on (before negation),
 * each group once, by its first word; a word with `requires` counts only when
 * the required word is in the statement too.
 */
export function sidesTaken(lang: string, words: readonly SideWord[]): SideTaken[] {
  const lexicon = acrossLexicon(lang);
  if (!lexicon) return [];
  const present = new Set(words.flatMap((w) => [w.lemma, w.form]));
  const taken = new Map<string, SideTaken>();
  for (const w of words) {
    const entries = lexicon.get(w.lemma) ?? lexicon.get(w.form) ?? [];
    for (const entry of entries) {
      if (taken.has(entry.group)) continue;
      if (entry.requires && !present.has(entry.requires)) continue;
      taken.set(entry.group, { ...entry, start: w.start, end: w.end });
    }
  }
  return [...taken.values()];
}

/**
 * The groups the words of a sentence take a side on, in either language: in
 * German by the German lexicon (a lemma or a participle form), otherwise by
 * the language's own lexicon. For the translation check, which compares one
 * sentence with its translation.
 */
export function groupSides(lang: string, words: readonly SideWord[]): Map<string, 1 | -1> {
  if (!lang.startsWith('de')) return new Map(sidesTaken(lang, words).map((s) => [s.group, s.sign]));
  const present = new Set(words.flatMap((w) => [w.lemma, w.form]));
  const sides = new Map<string, 1 | -1>();
  for (const w of words) {
    const entries =
      lexiconEntries(w.lemma).length > 0 ? lexiconEntries(w.lemma) : lexiconEntries(w.form);
    for (const entry of entries)
      if (!sides.has(entry.group) && (!entry.requires || present.has(entry.requires)))
        sides.set(entry.group, entry.sign);
  }
  return sides;
}

/**
 * Word classes from the German full-form lexicon for the sentence-boundary
 * model: is the word after a gap a capitalised function word ("Dann", "Wir",
 * "Aber": known only in lower case, as an adverb, pronoun, conjunction) or a
 * noun, and is the word before it a finite verb, participle or adverb that
 * typically ends a clause. The lexicon is optional: the splitter passes one in
 * when it has it (Node loads `models/lexicon-de.bin`, a browser fetches it).
 *
 * Lookups are only made at the gaps the model is asked about, and cached per
 * lexicon and form, because a binary search in the lexicon costs about a
 * microsecond and the same words recur.
 */
import type { Lexicon } from '../lexicon/lexicon.js';

/** STTS tags merged into coarse groups: the model needs the kind of word, not its fine tag. */
const COARSE: Record<string, string> = {
  VVFIN: 'VFIN',
  VAFIN: 'VFIN',
  VMFIN: 'VFIN',
  VVINF: 'VINF',
  VAINF: 'VINF',
  VMINF: 'VINF',
  VVIZU: 'VINF',
  VVPP: 'VPP',
  VAPP: 'VPP',
  VMPP: 'VPP',
  VVIMP: 'VIMP',
  VAIMP: 'VIMP',
  VMIMP: 'VIMP',
  PPER: 'PRON',
  PRF: 'PRON',
  PPOSS: 'PRON',
  PDS: 'PRON',
  PIS: 'PRON',
  PWS: 'PRON',
  PDAT: 'DET',
  PIAT: 'DET',
  PPOSAT: 'DET',
  PWAT: 'DET',
  KOUS: 'KOUS',
  KOUI: 'KOUS',
  KON: 'KON',
  KOKOM: 'KON',
  PTKVZ: 'PTK',
  PTKNEG: 'PTK',
};

/** The class of an unknown form. */
export const UNKNOWN_CLASS = '-';

/** Coarse ambiguity class of a set of STTS tags, e.g. "ADJD+VFIN+VPP" ('-' for none). */
export function coarseClass(tags: readonly string[], isName: boolean): string {
  const groups = new Set<string>();
  for (const tag of tags) groups.add(COARSE[tag] ?? tag);
  if (isName) groups.add('NAME');
  if (groups.size === 0) return UNKNOWN_CLASS;
  return [...groups].sort().join('+');
}

const MAX_CACHED = 200_000;
const caches = new WeakMap<Lexicon, Map<string, string>>();

/** Coarse class of a form exactly as written (cached). */
export function wordClass(lexicon: Lexicon, form: string): string {
  let cache = caches.get(lexicon);
  if (!cache) {
    cache = new Map();
    caches.set(lexicon, cache);
  }
  let value = cache.get(form);
  if (value === undefined) {
    const pattern = lexicon.lookup(form);
    value = pattern ? coarseClass(pattern.tags, pattern.nameTypes.length > 0) : UNKNOWN_CLASS;
    // A long-running server sees ever new forms: start over rather than grow without bound.
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(form, value);
  }
  return value;
}

/**
 * Class of a word after a gap: its class as written and, for a capitalised
 * word, the class of its lower-cased form ("Dann" → "-/ADV", "Deutsche" →
 * "NN/ADJA", "Stadt" → "NN/-").
 */
export function nextWordClass(lexicon: Lexicon, form: string): string {
  const lower = form.toLowerCase();
  if (lower === form) return wordClass(lexicon, form);
  return wordClass(lexicon, form) + '/' + wordClass(lexicon, lower);
}

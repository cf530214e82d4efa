import irregularAdjectives from '../data/en/irregular-adjectives.json' with { type: 'json' };
import irregularNouns from '../data/en/irregular-nouns.json' with { type: 'json' };
import irregularVerbs from '../data/en/irregular-verbs.json' with { type: 'json' };
import type { EnglishPosData } from './tag-dictionary.js';

/**
 * English lemmas in UD EWT's conventions, from the PTB tag:
 *  1. exceptions learned from the training data (form + tag → lemma);
 *  2. irregular forms (data/en/irregular-*.json: "went" → "go", "feet" → "foot");
 *  3. inflection rules by tag: plural nouns (-ies → -y, sibilant + -es, -s),
 *     verbs (-s/-es/-ies, -ed/-ing with consonant doubling undone and a silent
 *     -e restored), comparatives and superlatives (-er/-est, -ier/-iest);
 *  4. otherwise the form itself — lower-cased except for proper nouns.
 */
const forms = (data: unknown) =>
  new Map(Object.entries((data as { forms: Record<string, string> }).forms));
const IRREGULAR_VERBS = forms(irregularVerbs);
const IRREGULAR_NOUNS = forms(irregularNouns);
const IRREGULAR_ADJECTIVES = forms(irregularAdjectives);

/** Tags whose lemma is the form as written (names, symbols, foreign words, e-mail/URLs). */
const AS_WRITTEN = new Set(['NNP', 'SYM', 'FW', 'ADD', 'LS', 'GW', 'XX', 'NFP']);
const PUNCTUATION = /^[^\p{L}\p{N}]+$/u;
const VOWEL = /[aeiou]/;

/** Consonants that a short stressed vowel doubles before -ed/-ing ("stopped", "planning"). */
const DOUBLING = /([bdgklmnprtvz])\1$/;
/**
 * Stem endings after which English writes a silent -e that -ed/-ing drops:
 * c and soft g ("produc-ed", "chang-ing", "judg-ed"), v and single z
 * ("mov-ed", "organiz-ed"), u ("argu-ed"), consonant + l ("handl-ed"),
 * consonant + -ate/-ute/-ure/-ire/-are/-ine/-ose/-use/-ise ("relat-ed",
 * "measur-ed", "requir-ed", "determin-ed", "clos-ed"), and -se after a vowel
 * pair or a consonant ("increas-ed", "caus-ed", "licens-ed", "revers-ed").
 * "-ite" is left out: "invite" and "visit" both give "-ited"; known lemmas decide.
 */
const SILENT_E =
  /(?:c|[^aeiou]g|v|[^z]z|u|[^aeiouls]l|[^aeiou](?:at|ut|ur|ir|ar|in|os|us|is)|eas|aus|ais|ns|rs|ps)$/;
/** Vowel pairs that end a base without an e even before those endings ("rained", "appeared"). */
const NO_SILENT_E = /(?:ain|oin|ail|eal|oil|ool|eel|ait|eat|oat|out|oot|ear|oar|eer|air)$/;

export interface EnglishLemmatizerOptions {
  exceptions: ReadonlyMap<string, string>;
  verbLemmas: ReadonlySet<string>;
}

export class EnglishLemmatizer {
  private readonly exceptions: ReadonlyMap<string, string>;
  private readonly verbLemmas: ReadonlySet<string>;

  constructor(data: Pick<EnglishPosData, 'lemmaExceptions' | 'verbLemmas'>) {
    this.exceptions = new Map(Object.entries(data.lemmaExceptions));
    this.verbLemmas = new Set(data.verbLemmas);
  }

  /** Lemma of `form` with PTB tag `xpos` (UD EWT conventions). */
  lemmatize(form: string, xpos: string): string {
    const exception = this.exceptions.get(form + '\t' + xpos);
    if (exception !== undefined) return exception;
    if (xpos !== 'NNP' && xpos !== 'NNPS') {
      const lowered = this.exceptions.get(form.toLowerCase() + '\t' + xpos);
      if (lowered !== undefined) return lowered;
    }
    return ruleLemma(form, xpos, this.verbLemmas);
  }
}

/** Lemma by irregular lists and inflection rules alone (no learned exceptions). */
export function ruleLemma(
  form: string,
  xpos: string,
  verbLemmas: ReadonlySet<string> = new Set(),
): string {
  if (AS_WRITTEN.has(xpos) || PUNCTUATION.test(form)) return form;
  if (xpos === 'NNPS') return pluralToSingular(form, form);
  // Numbers stay as written; number words are lemmatised lower-cased ("One" → "one").
  if (xpos === 'CD') return /\p{L}/u.test(form) ? form.toLowerCase() : form;
  const lower = form.toLowerCase();
  switch (xpos) {
    case 'NNS':
      return IRREGULAR_NOUNS.get(lower) ?? pluralToSingular(lower, lower);
    case 'VBZ':
      return IRREGULAR_VERBS.get(lower) ?? thirdPersonToBase(lower, verbLemmas);
    case 'VBD':
    case 'VBN':
      return IRREGULAR_VERBS.get(lower) ?? suffixedToBase(lower, 'ed', verbLemmas);
    case 'VBG':
      return suffixedToBase(lower, 'ing', verbLemmas);
    case 'VBP':
    case 'VB':
      return IRREGULAR_VERBS.has(lower) && /^(?:am|are|is|'m|'re|'s|ca|wo|sha|'ve|'ll)$/.test(lower)
        ? IRREGULAR_VERBS.get(lower)!
        : lower;
    case 'JJR':
    case 'RBR':
      return IRREGULAR_ADJECTIVES.get(lower) ?? comparativeToBase(lower, 'er');
    case 'JJS':
    case 'RBS':
      return IRREGULAR_ADJECTIVES.get(lower) ?? comparativeToBase(lower, 'est');
    default:
      return lower;
  }
}

/** "cities" → "city", "boxes" → "box", "cars" → "car"; "glass", "status", "analysis" stay. */
export function pluralToSingular(form: string, fallback: string): string {
  const lower = form.toLowerCase();
  if (lower.length <= 3 || !lower.endsWith('s')) return fallback;
  if (/[^aeiou]ies$/.test(lower)) return form.slice(0, -3) + (form.endsWith('IES') ? 'Y' : 'y');
  if (/(?:ss|sh|ch|x|zz)es$/.test(lower)) return form.slice(0, -2);
  if (/(?:ss|us|is|'s)$/.test(lower)) return fallback;
  return form.slice(0, -1);
}

/** "carries" → "carry", "watches" → "watch", "goes" → "go", "makes" → "make". */
function thirdPersonToBase(lower: string, verbs: ReadonlySet<string>): string {
  if (lower.length <= 2 || !lower.endsWith('s')) return lower;
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz|[^aeiou]o)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('ses') || lower.endsWith('zes')) {
    // "uses" → "use" but "focuses" → "focus": a known lemma decides, else keep the e.
    const bare = lower.slice(0, -2);
    if (verbs.has(bare) && !verbs.has(lower.slice(0, -1))) return bare;
  }
  return lower.slice(0, -1);
}

/**
 * Removes -ed or -ing and rebuilds the base: a known verb lemma among the
 * candidates wins; otherwise spelling rules — "carried" → "carry", doubled final
 * consonant undone ("stopped" → "stop"), silent e restored ("hoping" → "hope").
 */
export function suffixedToBase(
  lower: string,
  suffix: 'ed' | 'ing',
  verbs: ReadonlySet<string> = new Set(),
): string {
  if (!lower.endsWith(suffix) || lower.length < suffix.length + 2) return lower;
  const stem = lower.slice(0, -suffix.length);
  if (!VOWEL.test(stem) && !stem.includes('y')) return lower; // "shed", "bring"
  const candidates: string[] = [];
  if (suffix === 'ed' && /[^aeiou]i$/.test(stem)) candidates.push(stem.slice(0, -1) + 'y');
  if (DOUBLING.test(stem)) candidates.push(stem.slice(0, -1));
  candidates.push(stem, stem + 'e');
  if (suffix === 'ed' && stem.endsWith('e')) candidates.unshift(stem + 'e'); // "agreed" → "agree"
  for (const c of candidates) if (verbs.has(c)) return c;
  if (suffix === 'ed' && /[^aeiou]i$/.test(stem)) return stem.slice(0, -1) + 'y';
  if (suffix === 'ing' && stem.endsWith('y')) return stem; // "carrying"
  if (stem.endsWith('e')) return suffix === 'ed' ? stem + 'e' : stem; // "agreed", "seeing"
  // Doubled l/s/f/z are part of the base ("called", "passed"); other doubles were added.
  if (DOUBLING.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  if (needsSilentE(stem)) return stem + 'e';
  return stem;
}

/**
 * Whether a stem stripped of -ed/-ing lost a silent e: the endings in SILENT_E,
 * or a one-syllable stem of consonant + single vowel + consonant ("hop-ing" from
 * "hope": "hop" would have doubled its p), except final w, x, y.
 */
function needsSilentE(stem: string): boolean {
  if (SILENT_E.test(stem)) return !NO_SILENT_E.test(stem);
  const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem);
}

/** "bigger" → "big", "happier" → "happy", "larger" → "large", "faster" → "fast". */
function comparativeToBase(lower: string, suffix: 'er' | 'est'): string {
  if (!lower.endsWith(suffix) || lower.length < suffix.length + 3) return lower;
  const stem = lower.slice(0, -suffix.length);
  if (/[^aeiou]i$/.test(stem)) return stem.slice(0, -1) + 'y';
  if (DOUBLING.test(stem) && !/(?:ll|ss|ff)$/.test(stem)) return stem.slice(0, -1);
  // A soft c/g or a one-syllable consonant-vowel-consonant stem lost a silent e
  // ("larger", "nicer", "safer", "wider"); "fast-er", "cheap-er" did not.
  const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 1 && (/[^aeiou][cg]$/.test(stem) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)))
    return stem + 'e';
  return stem;
}

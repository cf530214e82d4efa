/**
 * Reads the Ding dictionary format (the TU Chemnitz list Debian ships as
 * `trans-de-en`): one entry per line, `German side :: English side`. Each side
 * lists senses separated by ` | ` in the same order on both sides (sense i of
 * the German side translates sense i of the English side); within a sense,
 * `;` separates synonyms. Annotations are in braces (`{f}` gender, `{vt}` verb
 * class), brackets (`[mil.]` field), parentheses (explanations) and angle
 * brackets (spelling variants). Lines starting with `#` are comments.
 *
 * Only single-word entries are kept: the comparison works on lemmas, and
 * phrases ("außer Reichweite") would never meet one.
 */

/** Changes whenever the rules below change what is read from a line: cached indexes of older rules are rebuilt. */
export const DING_RULES_VERSION = 2;

/** Parts of an entry that annotate it rather than translate it. */
const ANNOTATION = /\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|(?<=\s)\/[^/]*\//g;
/** Function words of English phrases, which a phrase's words stand without ("state of emergency" → state, emergency). */
const PHRASE_FUNCTION_WORDS = new Set([
  'of',
  'in',
  'on',
  'for',
  'with',
  'and',
  'or',
  'at',
  'by',
  'from',
  'out',
  'up',
]);
/** English phrases of up to this many content words are indexed by their words. */
const MAX_PHRASE_WORDS = 3;
/** Placeholders for objects in verb entries: "etw. ablehnen", "jdn. warnen". */
const GERMAN_PLACEHOLDER = /^(?:etw|jdn|jdm|jds|jd|sich)\.?$/;
const ENGLISH_PLACEHOLDER = /^(?:to|sb\.?|sth\.?|sb's|oneself|a|an|the)$/;
/** A word: letters, possibly with inner hyphens or apostrophes ("F-16" is a name, not a word of the list). */
const WORD = /^\p{L}[\p{L}'’-]*\p{L}$|^\p{L}$/u;

/** One German word with the English words it translates to in one sense of one entry. */
export type DingPair = readonly [german: string, english: readonly string[]];

/**
 * The sense pairs of one Ding line: each German single word with the English
 * single words, and the content words of short English phrases, of the same
 * sense (none for comments, German phrases and malformed lines).
 */
export function parseDingLine(line: string): DingPair[] {
  if (line.startsWith('#')) return [];
  const cut = line.indexOf(' :: ');
  if (cut < 0) return [];
  const germanSenses = line.slice(0, cut).split(' | ');
  const englishSenses = line.slice(cut + 4).split(' | ');
  const senses = Math.min(germanSenses.length, englishSenses.length);
  const pairs: DingPair[] = [];
  for (let i = 0; i < senses; i++) {
    const english = words(englishSenses[i]!, ENGLISH_PLACEHOLDER, true);
    if (english.length === 0) continue;
    for (const german of words(germanSenses[i]!, GERMAN_PLACEHOLDER, false))
      pairs.push([german, english]);
  }
  return pairs;
}

/** The single words among a sense's synonyms, annotations and object placeholders removed, lower case. */
function words(sense: string, placeholder: RegExp, phrases: boolean): string[] {
  const found: string[] = [];
  const add = (word: string) => {
    if (WORD.test(word) && !found.includes(word)) found.push(word);
  };
  for (const synonym of sense.replace(ANNOTATION, ' ').split(';')) {
    const parts = synonym
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '' && !placeholder.test(w.toLowerCase()));
    if (parts.length === 1) add(parts[0]!.toLowerCase());
    // A German word that English says in a short phrase ("Notstand" :: "state of
    // emergency") translates to the phrase's content words, which a sentence
    // comparison can meet one by one.
    else if (phrases) {
      const content = parts
        .map((w) => w.toLowerCase())
        .filter((w) => !PHRASE_FUNCTION_WORDS.has(w));
      if (content.length >= 2 && content.length <= MAX_PHRASE_WORDS) content.forEach(add);
    }
  }
  return found;
}

/** Every single-word sense pair of a whole Ding file. */
export function* parseDing(text: string): Generator<DingPair> {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).trimEnd();
    from = to + 1;
    yield* parseDingLine(line);
  }
}

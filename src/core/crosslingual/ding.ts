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

/** Parts of an entry that annotate it rather than translate it. */
const ANNOTATION = /\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>/g;
/** Placeholders for objects in verb entries: "etw. ablehnen", "jdn. warnen". */
const GERMAN_PLACEHOLDER = /^(?:etw|jdn|jdm|jds|jd|sich)\.?$/;
const ENGLISH_PLACEHOLDER = /^(?:to|sb\.?|sth\.?|sb's|oneself|a|an|the)$/;
/** A word: letters, possibly with inner hyphens or apostrophes ("F-16" is a name, not a word of the list). */
const WORD = /^\p{L}[\p{L}'’-]*\p{L}$|^\p{L}$/u;

/** One German word with the English words it translates to in one sense of one entry. */
export type DingPair = readonly [german: string, english: readonly string[]];

/** The single-word sense pairs of one Ding line (none for comments, phrases, malformed lines). */
export function parseDingLine(line: string): DingPair[] {
  if (line.startsWith('#')) return [];
  const cut = line.indexOf(' :: ');
  if (cut < 0) return [];
  const germanSenses = line.slice(0, cut).split(' | ');
  const englishSenses = line.slice(cut + 4).split(' | ');
  const senses = Math.min(germanSenses.length, englishSenses.length);
  const pairs: DingPair[] = [];
  for (let i = 0; i < senses; i++) {
    const english = words(englishSenses[i]!, ENGLISH_PLACEHOLDER);
    if (english.length === 0) continue;
    for (const german of words(germanSenses[i]!, GERMAN_PLACEHOLDER)) pairs.push([german, english]);
  }
  return pairs;
}

/** The single words among a sense's synonyms, annotations and object placeholders removed, lower case. */
function words(sense: string, placeholder: RegExp): string[] {
  const found: string[] = [];
  for (const synonym of sense.replace(ANNOTATION, ' ').split(';')) {
    const parts = synonym
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '' && !placeholder.test(w.toLowerCase()));
    if (parts.length !== 1) continue;
    const word = parts[0]!.toLowerCase();
    if (WORD.test(word) && !found.includes(word)) found.push(word);
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

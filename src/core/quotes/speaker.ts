import type { EntityMentionRecord } from '../contract/types.js';
import { firstStartingAtOrAfter, spansOverlapping } from '../spans.js';
import type { Word } from './words.js';
import { isCapitalized, isPunct } from './words.js';

/**
 * Finds the noun phrase that names a speaker: a name, a pronoun, or a phrase such
 * as `ein westlicher Diplomat in Kiew`, `Viele der Top-Beamten Trumps`,
 * `Kurt Volker, ein ehemaliger US-Botschafter in der NATO`. Works from word shapes
 * and small closed word lists; uses POS tags and entity spans when they are there.
 */

/** Capitalised only because they open a sentence. */
export const FUNCTION_WORDS = new Set([
  'aber',
  'auch',
  'doch',
  'und',
  'oder',
  'denn',
  'zudem',
  'außerdem',
  'dabei',
  'damit',
  'deshalb',
  'daher',
  'so',
  'dann',
  'nun',
  'jetzt',
  'heute',
  'gestern',
  'bereits',
  'allerdings',
  'jedoch',
  'laut',
  'in',
  'im',
  'am',
  'bei',
  'beim',
  'nach',
  'vor',
  'mit',
  'für',
  'auf',
  'an',
  'gegenüber',
  'wie',
  'als',
  'wenn',
  'während',
  'seit',
  'ob',
  'dass',
  'es',
  'man',
  'dies',
  'er',
  'sie',
  'wir',
  'ich',
  'zuvor',
  'später',
  'zuletzt',
  'demnach',
  'danach',
  'dazu',
  'hierzu',
  'darin',
  'dort',
  'hier',
  'trotz',
  'wegen',
  'zum',
  'zur',
  'vom',
  'von',
  'aus',
  'über',
  'unter',
  'um',
  'bis',
  'ohne',
  'gegen',
  'durch',
  'nur',
  'selbst',
  'sogar',
  'immer',
  'noch',
  'schon',
  'weil',
  'obwohl',
  'darüber',
  'dafür',
  'dagegen',
  'insgesamt',
  'zunächst',
  'gleichzeitig',
  'offenbar',
  'unterdessen',
  'ähnlich',
  'inzwischen',
  'mittlerweile',
  'derweil',
  'ebenfalls',
  'nämlich',
  'schließlich',
  'letztlich',
  'trotzdem',
  'dennoch',
  'daraufhin',
  'anschließend',
  'zuerst',
  'vorher',
  'nachher',
  'kürzlich',
  'jüngst',
  'morgen',
  'übrigens',
  'ebenso',
  'insbesondere',
  'ausdrücklich',
  'möglicherweise',
  'vermutlich',
  'angeblich',
  'offensichtlich',
  'tatsächlich',
  'grundsätzlich',
  'bislang',
  'bisher',
  'seither',
  'seitdem',
  'darauf',
  'hingegen',
  'ursprünglich',
  'gestern',
  'vorgestern',
  'wörtlich',
  'zusätzlich',
  'weiterhin',
  'jedenfalls',
  'sonst',
  'also',
  'doch',
]);
export const PERSONAL_PRONOUNS = new Set(['er', 'sie', 'es', 'ich', 'wir', 'man']);
const DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  'dieser',
  'diese',
  'dieses',
  'diesem',
  'diesen',
  'jener',
  'jene',
  'sein',
  'seine',
  'seiner',
  'seinem',
  'seinen',
  'ihr',
  'ihre',
  'ihrer',
  'ihrem',
  'ihren',
  'unser',
  'unsere',
  'kein',
  'keine',
  'viele',
  'vielen',
  'vieler',
  'einige',
  'einiger',
  'mehrere',
  'mehrerer',
  'manche',
  'alle',
  'beide',
  'beiden',
  'zahlreiche',
  'andere',
  'anderen',
  'weitere',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'dessen',
  'deren',
  'jeder',
  'jede',
  'mancher',
  'aller',
  'seines',
  'ihres',
  'jenes',
  'dieses',
]);
/** Words that may follow a head noun and take a further noun phrase inside the speaker (`Diplomat in Kiew`). */
const SPEAKER_PREPOSITIONS = new Set([
  'in',
  'im',
  'aus',
  'von',
  'vom',
  'bei',
  'beim',
  'der',
  'des',
  'eines',
  'einer',
  'aller',
  'seines',
  'ihres',
]);
const GENITIVE_ARTICLES = new Set(['der', 'des', 'eines', 'einer', 'aller', 'seines', 'ihres']);
/** Objects that make a prepositional phrase an adverbial of time, not part of the speaker. */
const TEMPORAL =
  /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|jahr|jahres|woche|monat|tag|tages|\d+)$/i;
const NOT_NAME_TAGS = new Set([
  'VERB',
  'AUX',
  'ADP',
  'DET',
  'PRON',
  'CCONJ',
  'SCONJ',
  'PART',
  'PUNCT',
  'ADV',
  'NUM',
  'ADJ',
]);
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'de',
  'der',
  'den',
  'al',
  'bin',
  'el',
  'la',
  'le',
  'da',
  'dos',
  'du',
  'zu',
  'ter',
  'ten',
  '-',
]);
const QUANTIFIERS = new Set([
  'viele',
  'einige',
  'andere',
  'manche',
  'alle',
  'beide',
  'mehrere',
  'zahlreiche',
  'wenige',
]);
const GENITIVE = new Set(['des', 'der', 'eines', 'einer']);
const ADJECTIVE_ENDINGS = /(?:e|en|er|es|em|ische[nmrs]?)$/;
const NOT_ADJECTIVES = new Set([
  'habe',
  'hatte',
  'hätte',
  'werde',
  'wurde',
  'würde',
  'sei',
  'seien',
  'wäre',
  'ferner',
  'aber',
  'oder',
  'immer',
  'wieder',
  'sehr',
  'später',
  'bereits',
  'weiter',
  'jedoch',
  'sowie',
  'gegenüber',
  'über',
  'unter',
  'hinter',
  'wieder',
  'vorher',
  'nachher',
  'daher',
  'hierzu',
  'bisher',
  'zuvor',
  'wenige',
  'sowie',
  'sondern',
  'sagte',
  'meinte',
  'erklärte',
  'schrieb',
  'betonte',
  'forderte',
  'fügte',
  'teilte',
  'warnte',
  'gestern',
  'morgen',
  'selbe',
  'ebenso',
  'etwa',
  'dabei',
  'inne',
  'gerne',
  'lange',
  'ohne',
  'ende',
  'hatten',
  'waren',
  'werden',
  'wurden',
  'haben',
  'sind',
  'einen',
]);

export interface SpeakerSpan {
  start: number;
  end: number;
  /** Index of the first and one past the last word. */
  from: number;
  to: number;
}

function looksLikeAdjective(w: Word): boolean {
  if (w.upos) return w.upos === 'ADJ' || w.upos === 'NUM';
  return (
    !isCapitalized(w.text) &&
    ADJECTIVE_ENDINGS.test(w.lower) &&
    !NOT_ADJECTIVES.has(w.lower) &&
    w.lower.length > 3
  );
}

function looksLikeNoun(w: Word, sentenceInitial: boolean): boolean {
  // Lower-case names with digits or hyphens: "n24", "n-tv".
  if (isLowerCaseCodeName(w.text, /^\p{Ll}+(?:-?\p{L}*\d+|-\p{Ll}{1,3})$/u)) return true;
  // Foreign words and capitalised adjectives inside names: "Human Rights Watch-Sprecher".
  if (w.upos) {
    if (w.upos === 'NOUN' || w.upos === 'PROPN') return true;
    // Taggers stumble over foreign names ("Marcelo/INTJ"): a capitalised word that is no
    // function word counts as a name.
    if (!isCapitalized(w.text) || NOT_NAME_TAGS.has(w.upos)) return false;
    return !sentenceInitial || w.upos === 'X' || w.upos === 'INTJ';
  }
  if (isPunct(w)) return false;
  // Lower-case names with digits or hyphens: "n24", "n-tv".
  if (!isCapitalized(w.text))
    return (
      isLowerCaseCodeName(w.text, /^\p{Ll}+(?:-?\p{L}*\d+|-\p{L}+)$/u) &&
      !/^(?:zu|an|ab|auf|aus)-/.test(w.text)
    );
  if (sentenceInitial && (DETERMINERS.has(w.lower) || FUNCTION_WORDS.has(w.lower))) return false;
  return !FUNCTION_WORDS.has(w.lower) || !sentenceInitial;
}

/** Longest lower-case code name worth testing ("n24", "n-tv", "mig-29k"). */
const MAX_CODE_NAME_LENGTH = 40;

/**
 * Tests a code-name pattern only on short words with a digit or hyphen: the patterns
 * backtrack quadratically on long plain words, and a real code name is short.
 */
function isLowerCaseCodeName(text: string, pattern: RegExp): boolean {
  return text.length <= MAX_CODE_NAME_LENGTH && /[\d-]/.test(text) && pattern.test(text);
}

/** Extends `index` over an entity mention that starts there. */
function entityEnd(
  words: readonly Word[],
  index: number,
  entities: readonly EntityMentionRecord[],
): number {
  const w = words[index]!;
  const candidate = entities[firstStartingAtOrAfter(entities, w.start)];
  const mention = candidate?.start === w.start ? candidate : undefined;
  if (!mention) return index + 1;
  // Trust the mention only over name-like words: a tagger's slip must not swallow the verb.
  let j = index + 1;
  while (
    j < words.length &&
    words[j]!.end <= mention.end &&
    (isCapitalized(words[j]!.text) || NAME_PARTICLES.has(words[j]!.text))
  )
    j++;
  return j;
}

/**
 * The noun phrase starting at `from` (not going past `limit`), or null when no
 * noun, name or pronoun starts there.
 */
export function nounPhraseAt(
  words: readonly Word[],
  from: number,
  limit: number,
  entities: readonly EntityMentionRecord[],
  options: { allowApposition?: boolean; nested?: boolean; objectOfPreposition?: boolean } = {},
): SpeakerSpan | null {
  const first = words[from];
  if (!first || from >= limit) return null;
  const sentence = first.sentence;
  const sentenceStart = (i: number): boolean =>
    i === 0 || words[i - 1]!.sentence !== words[i]!.sentence;
  if (PERSONAL_PRONOUNS.has(first.lower) && first.lower !== 'es' && first.lower !== 'man') {
    return { start: first.start, end: first.end, from, to: from + 1 };
  }
  let i = from;
  // Quantifier phrases: "Viele der Top-Beamten Trumps", "einer der Sprecher".
  while (i < limit && DETERMINERS.has(words[i]!.lower)) i++;
  while (i < limit && looksLikeAdjective(words[i]!)) i++;
  let head = -1;
  let quotedHead = false;
  // A name in quotation marks: "die „Automobilwoche“", "Laut „BBC News“".
  if (i < limit && /^[„"»«“‚]$/.test(words[i]!.text)) {
    for (let k = i + 1; k < Math.min(limit, i + 8); k++) {
      if (/^[“"«»”‘]$/.test(words[k]!.text)) {
        if (k > i + 1) {
          head = k;
          i = k + 1;
          quotedHead = true;
        }
        break;
      }
    }
  }
  while (
    !quotedHead &&
    i < limit &&
    words[i]!.sentence === sentence &&
    looksLikeNoun(words[i]!, sentenceStart(i))
  ) {
    const next = entityEnd(words, i, entities);
    head = next - 1;
    i = next;
    // Hyphenated or multi-word names: "Donald Trump Jr", "Nato-Länder".
    if (i < limit && (words[i]!.text === 'Jr' || words[i]!.text === 'jr')) i++;
  }
  if (
    head === -1 &&
    i > from &&
    QUANTIFIERS.has(words[i - 1]!.lower) &&
    !GENITIVE.has(words[i]?.lower ?? '')
  ) {
    // "viele in der Ukraine": the quantifier is the head.
    head = i - 1;
  }
  if (head === -1) {
    // "Viele der Top-Beamten Trumps": quantifier + genitive phrase.
    if (
      i > from &&
      i < limit &&
      GENITIVE.has(words[i]!.lower) &&
      DETERMINERS.has(words[from]!.lower)
    ) {
      const inner = nounPhraseAt(words, i + 1, limit, entities, {
        allowApposition: false,
        nested: true,
      });
      if (inner) return { start: first.start, end: inner.end, from, to: inner.to };
    }
    return null;
  }
  let end = i;
  // Coordination: "Ukrainische und US-Beamte", "Hamas und Fatah".
  if (
    !options.nested &&
    end + 1 < limit &&
    (words[end]!.lower === 'und' || words[end]!.lower === 'oder')
  ) {
    const next = words[end + 1]!;
    if (isCapitalized(next.text) || DETERMINERS.has(next.lower)) {
      const other = nounPhraseAt(words, end + 1, limit, entities, {
        allowApposition: false,
        nested: true,
      });
      if (other) end = other.to;
    }
  }
  // Genitive and prepositional attachments: "Sprecher des Ministeriums", "Diplomat in Kiew".
  let attachments = 0;
  let afterPreposition = false;
  while (end < limit && attachments < 3) {
    const w = words[end]!;
    // Genitive plural without article: "Meinung politischer Beobachter".
    const next = words[end + 1];
    if (
      !options.nested &&
      w.sentence === sentence &&
      !isCapitalized(w.text) &&
      /er$/.test(w.lower) &&
      looksLikeAdjective(w) &&
      next !== undefined &&
      end + 1 < limit &&
      isCapitalized(next.text) &&
      !isPunct(next)
    ) {
      const inner = nounPhraseAt(words, end, limit, entities, {
        allowApposition: false,
        nested: true,
      });
      if (inner) {
        end = inner.to;
        attachments++;
        continue;
      }
    }
    if (w.sentence !== sentence || !SPEAKER_PREPOSITIONS.has(w.lower)) break;
    const prev = words[end - 1]!;
    const genitive = GENITIVE_ARTICLES.has(w.lower);
    // After a name or a prepositional object, "der BBC" is an addressee in the dative, not a genitive.
    if (genitive && (afterPreposition || options.objectOfPreposition || prev.upos === 'PROPN'))
      break;
    // Nested phrases take genitives only.
    if (!genitive && options.nested) break;
    // "von weniger Auseinandersetzungen" (an object of the verb) starts with a bare adjective;
    // "bei 61 Prozent" (a figure) is no place or body the speaker belongs to.
    const objectStart = words[end + 1];
    if (
      !genitive &&
      objectStart &&
      ((!isCapitalized(objectStart.text) && !DETERMINERS.has(objectStart.lower)) ||
        /^\d/.test(objectStart.text))
    )
      break;
    const inner = nounPhraseAt(words, genitive ? end : end + 1, limit, entities, {
      allowApposition: false,
      nested: true,
      objectOfPreposition: !genitive,
    });
    if (!inner || TEMPORAL.test(words[inner.to - 1]!.text)) break;
    end = inner.to;
    attachments++;
    if (!genitive) afterPreposition = true;
  }
  // A parenthesis right after the phrase: "Behörde Ugandas (National Environment …, NEMA)".
  if (end < limit && words[end]!.text === '(') {
    for (let k = end + 1; k < Math.min(limit, end + 15); k++) {
      if (words[k]!.text === ')') {
        end = k + 1;
        break;
      }
    }
  }
  // Genitive name after a plural noun: "Top-Beamten Trumps" is already covered by the noun run.
  if (options.allowApposition !== false && end + 1 < limit && words[end]!.text === ',') {
    const next = words[end + 1]!;
    const startsApposition =
      (DETERMINERS.has(next.lower) &&
        words[end + 2] !== undefined &&
        (isCapitalized(words[end + 2]!.text) || looksLikeAdjective(words[end + 2]!))) ||
      (isCapitalized(next.text) && !DETERMINERS.has(next.lower));
    if (startsApposition) {
      const inner = nounPhraseAt(words, end + 1, limit, entities, {
        allowApposition: false,
        nested: false,
      });
      // An apposition is closed by a comma (or runs into the cue that `limit` marks).
      const closerWord = inner ? words[inner.to] : undefined;
      const closer = closerWord?.text;
      // Closed by a comma or the sentence end, or running into an adverb or verb ("…, General George Casey heute …").
      const closes =
        inner !== null &&
        (inner.to === limit ||
          closer === ',' ||
          closer === '.' ||
          closer === ':' ||
          closer === undefined ||
          (closerWord !== undefined &&
            !DETERMINERS.has(next.lower) &&
            !isCapitalized(closerWord.text) &&
            !isPunct(closerWord) &&
            !DETERMINERS.has(closerWord.lower) &&
            !SPEAKER_PREPOSITIONS.has(closerWord.lower) &&
            closerWord.lower !== 'und'));
      if (inner && closes) end = inner.to;
    }
  }
  return { start: first.start, end: words[end - 1]!.end, from, to: end };
}

/** The entity id of the first PER/ORG (or any) mention inside a span. */
export function entityIn(
  span: { start: number; end: number },
  entities: readonly EntityMentionRecord[],
  text?: string,
): string | null {
  // Overlap rather than containment: a mention may run a word too far ("Barack Obama will").
  // A name inside an attachment is not the speaker: "Viele der Top-Beamten Trumps",
  // "ein Diplomat in Kiew", "Sprecher des Ministeriums" (but an apposition is).
  const inside = spansOverlapping(entities, span).filter(
    (e) =>
      e.start >= span.start &&
      (text === undefined ||
        !inAttachment(text.slice(span.start, e.start), text.slice(e.start, e.end))),
  );
  const best =
    inside.find((e) => e.type === 'PER') ?? inside.find((e) => e.type === 'ORG') ?? inside[0];
  return best?.entity ?? null;
}

/** Whether a mention preceded by `before` (inside the speaker phrase) sits in a genitive or prepositional attachment. */
function inAttachment(before: string, mention: string): boolean {
  const lead = before.split(',').pop() ?? before;
  const words = lead.trim().split(/\s+/).filter(Boolean);
  if (words.slice(1).some((w) => ATTACHMENT_WORDS.has(w.toLowerCase()))) return true;
  // A genitive name right after a plural noun: "Top-Beamten Trumps".
  return (
    words.length > 0 &&
    /s$/.test(mention) &&
    !before.includes(',') &&
    words.some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()))
  );
}

const ATTACHMENT_WORDS = new Set([
  'der',
  'des',
  'von',
  'vom',
  'in',
  'im',
  'aus',
  'bei',
  'beim',
  'eines',
  'einer',
]);

const PERSON_NOUNS =
  /(?:präsident|minister|sprecher|diplomat|botschafter|kanzler|chef|leiter|experte|expertin|abgeordnete|politiker|sekretär|direktor|vorsitzende|senator|general|bürgermeister|polizist|arzt|ärztin|anwalt|anwältin|richter|autor|forscher|wissenschaftler|trainer|spieler|sohn|tochter|vater|mutter|frau|mann|zeuge|zeugin|beamte|kommissar|berater|gouverneur|premier|könig|papst|bischof|professor|sprecherin|ministerin|präsidentin|kandidat|aktivist|analyst|journalist|reporter|manager|gründer|besitzer|augenzeug)\p{L}*$/iu;

/** Whether a speaker phrase names a person (for resolving "er"/"sie"). */
export function looksLikePerson(
  span: { start: number; end: number; text: string },
  entities: readonly EntityMentionRecord[],
): boolean {
  const inside = spansOverlapping(entities, span);
  if (inside.some((e) => e.type === 'PER')) return true;
  if (inside.length > 0 && inside.every((e) => e.type !== 'PER') && entities.length > 0)
    return false;
  const words = span.text.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => PERSON_NOUNS.test(w))) return true;
  return nameRun(words) >= 2;
}

function nameRun(words: readonly string[]): number {
  let best = 0;
  let run = 0;
  for (const w of words) {
    if (
      /^\p{Lu}/u.test(w) &&
      !DETERMINERS.has(w.toLowerCase()) &&
      !FUNCTION_WORDS.has(w.toLowerCase())
    )
      run++;
    else run = 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * Person names in running text when no NER has run: two or more capitalised words
 * in a row that are not sentence-initial function words ("Wolodymyr Zelensky").
 */
export function nameRuns(
  words: readonly Word[],
): Array<{ start: number; end: number; text: string }> {
  const runs: Array<{ start: number; end: number; text: string }> = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const capital =
      isCapitalized(w.text) &&
      !DETERMINERS.has(w.lower) &&
      !FUNCTION_WORDS.has(w.lower) &&
      !isPunct(w);
    if (!capital) {
      i++;
      continue;
    }
    let j = i;
    while (
      j < words.length &&
      words[j]!.sentence === w.sentence &&
      isCapitalized(words[j]!.text) &&
      !isPunct(words[j]!) &&
      !FUNCTION_WORDS.has(words[j]!.lower)
    )
      j++;
    // Keep the name, not a title before it: "Präsident Wolodymyr Zelensky" → "Wolodymyr Zelensky".
    const before = words[i - 1];
    const afterArticle =
      before !== undefined &&
      before.sentence === w.sentence &&
      (DETERMINERS.has(before.lower) ||
        ['ins', 'im', 'am', 'zum', 'zur', 'vom', 'beim'].includes(before.lower));
    let from = i;
    while (from < j - 2 || (from < j - 1 && PERSON_NOUNS.test(words[from]!.text))) from++;
    if (j - from >= 2 && !(afterArticle && from === i)) {
      runs.push({
        start: words[from]!.start,
        end: words[j - 1]!.end,
        text: words
          .slice(from, j)
          .map((x) => x.text)
          .join(' '),
      });
    }
    i = j;
  }
  return runs;
}

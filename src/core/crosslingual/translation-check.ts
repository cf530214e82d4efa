import {
  CONTRACT_VERSION,
  type DocumentRecord,
  type TranslationCheckOutput,
  type TranslationFindingRecord,
  type TranslationSpanRecord,
} from '../contract/types.js';
import { EMPTY_DICTIONARY, type BilingualDictionary } from './dictionary.js';
import { mergeFacts, sentenceFacts, type CrossWord, type SentenceFacts } from './facts.js';
import { WordLinker } from './link.js';
import { sameAmount, sameDigitsOtherUnit, type CrossFigure } from './numbers.js';
import {
  alignSentences,
  MIN_SIMILARITY_WITHOUT_DICTIONARY,
  MIN_TRANSLATION_SIMILARITY,
} from './sentence-align.js';
import { crossSimilarity } from './similarity.js';
import { crossLang, guessLanguage, type CrossLang } from './words.js';

/**
 * Weight of sentence length in the alignment score: a sentence and its
 * translation have similar lengths (Gale and Church), which keeps the
 * alignment on course where few words link (no dictionary, many names).
 */
const LENGTH_WEIGHT = 0.1;

/** 1 for equal lengths, falling to 0 at a ratio of 2:1. */
export function lengthAgreement(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.LN2);
}

/** A changed name this close (in characters) to a speech verb is the speaker's name. */
const SPEAKER_DISTANCE = 30;

/**
 * Checks a translation against its original: aligns them sentence by sentence
 * and lists what the translation drops or adds, and where an aligned sentence
 * changes a figure or its unit, a name, a speaker, a negation or the kind of a
 * vehicle or weapon. Pure: the dictionary comes from the caller (the Node
 * adapter reads Debian's trans-de-en); without one, numbers, names and cognates
 * still align the texts.
 */
export function checkTranslation(
  original: DocumentRecord,
  translation: DocumentRecord,
  dictionary: BilingualDictionary | null = null,
): TranslationCheckOutput {
  const [la, lb] = languagesOf(original, translation);
  const linker = new WordLinker(dictionary ?? EMPTY_DICTIONARY);
  const hasDictionary = dictionary !== null && dictionary.size > 0;
  const factsA = sentenceFacts(original, la);
  const factsB = sentenceFacts(translation, lb);
  const merged = new Map<string, SentenceFacts>();
  const factsOf = (side: 'a' | 'b', indices: number[]) => {
    const key = `${side}${indices.join(',')}`;
    let f = merged.get(key);
    if (!f) {
      const all = side === 'a' ? factsA : factsB;
      merged.set(key, (f = mergeFacts(indices.map((i) => all[i]!))));
    }
    return f;
  };
  const beads = alignSentences(
    factsA.length,
    factsB.length,
    (a, b) => {
      const [fa, fb] = [factsOf('a', a), factsOf('b', b)];
      return (
        crossSimilarity(linker, fa, la, fb, lb) +
        LENGTH_WEIGHT * lengthAgreement(fa.end - fa.start, fb.end - fb.start)
      );
    },
    hasDictionary ? MIN_TRANSLATION_SIMILARITY : MIN_SIMILARITY_WITHOUT_DICTIONARY,
  );
  const findings: TranslationFindingRecord[] = [];
  const span = (doc: 0 | 1, start: number, end: number): TranslationSpanRecord => {
    const text = (doc === 0 ? original : translation).text;
    return { doc, start, end, text: text.slice(start, end) };
  };
  beads.forEach((bead, index) => {
    if (bead.b.length === 0 || bead.a.length === 0) {
      const dropped = bead.b.length === 0;
      const f = dropped ? factsOf('a', bead.a) : factsOf('b', bead.b);
      findings.push({
        kind: dropped ? 'dropped' : 'added',
        bead: index,
        original: dropped ? span(0, f.start, f.end) : null,
        translation: dropped ? null : span(1, f.start, f.end),
        explanation: dropped
          ? 'The translation has no sentence for this one.'
          : 'The original has no sentence this one translates.',
      });
      return;
    }
    const a = factsOf('a', bead.a);
    const b = factsOf('b', bead.b);
    const context = { bead: index, span, a, b, la, lb, linker };
    findings.push(...figureFindings(context), ...nameFindings(context));
    findings.push(...negationFindings(context), ...kindFindings(context));
  });
  return {
    version: CONTRACT_VERSION,
    kind: 'translation-check',
    documents: [original, translation],
    languages: [la, lb],
    dictionary: hasDictionary,
    alignment: beads.map((b) => ({ original: b.a, translation: b.b, score: round(b.score) })),
    findings,
  };
}

/** The languages to read the texts in: as recorded, unless both claim the same, which a translation cannot. */
function languagesOf(
  original: DocumentRecord,
  translation: DocumentRecord,
): [CrossLang, CrossLang] {
  const [la, lb] = [crossLang(original.lang), crossLang(translation.lang)];
  if (la !== lb) return [la, lb];
  return [guessLanguage(original.text), guessLanguage(translation.text)];
}

interface BeadContext {
  bead: number;
  span: (doc: 0 | 1, start: number, end: number) => TranslationSpanRecord;
  a: SentenceFacts;
  b: SentenceFacts;
  la: CrossLang;
  lb: CrossLang;
  linker: WordLinker;
}

/**
 * Figures are paired in three passes: the same amount (after conversion), then
 * the same digits with another unit or scale (a unit mistake), then what is
 * left by order among figures of one base unit (a changed figure). A figure
 * left without partner is one the other side does not give.
 */
function figureFindings(c: BeadContext): TranslationFindingRecord[] {
  const left = [...c.a.figures];
  const right = [...c.b.figures];
  const findings: TranslationFindingRecord[] = [];
  const take = (
    match: (x: CrossFigure, y: CrossFigure) => boolean,
    report: ((x: CrossFigure, y: CrossFigure) => void) | null,
  ) => {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((y) => match(left[i]!, y));
      if (j < 0) continue;
      report?.(left[i]!, right[j]!);
      left.splice(i--, 1);
      right.splice(j, 1);
    }
  };
  take(sameAmount, null);
  take(sameDigitsOtherUnit, (x, y) =>
    findings.push(
      figureFinding(
        c,
        'unit',
        x,
        y,
        `"${x.text}" is rendered as "${y.text}": the same digits in another unit or scale.`,
      ),
    ),
  );
  take(
    (x, y) => x.base === y.base,
    (x, y) =>
      findings.push(figureFinding(c, 'number', x, y, `"${x.text}" is rendered as "${y.text}".`)),
  );
  for (const x of left)
    findings.push(
      figureFinding(c, 'number', x, null, `The translation leaves out the figure "${x.text}".`),
    );
  for (const y of right)
    findings.push(
      figureFinding(c, 'number', null, y, `The translation adds the figure "${y.text}".`),
    );
  return findings;
}

function figureFinding(
  c: BeadContext,
  kind: 'number' | 'unit',
  x: CrossFigure | null,
  y: CrossFigure | null,
  explanation: string,
): TranslationFindingRecord {
  return {
    kind,
    bead: c.bead,
    original: x ? c.span(0, x.start, x.end) : null,
    translation: y ? c.span(1, y.start, y.end) : null,
    explanation,
  };
}

/**
 * A name of the original that the translation does not give in any spelling
 * or translation, where the translation gives a name the original does not: a
 * changed name, or a changed speaker when it stands by a speech verb or is a
 * quotation's speaker. A name left out alone is no finding: translations
 * often say "he" for a name.
 */
function nameFindings(c: BeadContext): TranslationFindingRecord[] {
  const missing = nameGroups(
    c.a.words.filter(
      (w) => isName(c, w, c.la) && !c.b.words.some((o) => c.linker.linked(w, c.la, o, c.lb)),
    ),
  );
  const extra = nameGroups(
    c.b.words.filter(
      (w) => isName(c, w, c.lb) && !c.a.words.some((o) => c.linker.linked(o, c.la, w, c.lb)),
    ),
  );
  const findings: TranslationFindingRecord[] = [];
  for (let k = 0; k < Math.min(missing.length, extra.length); k++) {
    const [x, y] = [missing[k]!, extra[k]!];
    const speaker = isSpeaker(c.a, x) || isSpeaker(c.b, y);
    const [from, to] = [c.span(0, x.start, x.end), c.span(1, y.start, y.end)];
    findings.push({
      kind: speaker ? 'speaker' : 'name',
      bead: c.bead,
      original: from,
      translation: to,
      explanation: speaker
        ? `The words are given to "${to.text}" in the translation, to "${from.text}" in the original.`
        : `"${from.text}" is rendered as "${to.text}".`,
    });
  }
  return findings;
}

/**
 * A word of a name. English capitalises names only, so a capitalised word
 * inside a sentence is one (a surname may be a common word too: "Kohl").
 * German capitalises every noun: there a word counts when it is inside a
 * named-entity mention, or a proper noun the dictionary does not know as a
 * common word (a tagger's proper noun "Löschhubschrauber" is a noun all the same).
 */
function isName(c: BeadContext, w: CrossWord, lang: CrossLang): boolean {
  if (!w.name) return false;
  return lang === 'en' || w.entity || c.linker.translations(w, lang).size === 0;
}

/** Adjacent name words as one name ("Anna Berg"). */
function nameGroups(words: readonly CrossWord[]): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  for (const w of words) {
    const last = groups.at(-1);
    if (last && w.start - last.end <= 1) last.end = w.end;
    else groups.push({ start: w.start, end: w.end });
  }
  return groups;
}

function isSpeaker(f: SentenceFacts, name: { start: number; end: number }): boolean {
  if (f.speakerSpans.some((s) => s.start < name.end && name.start < s.end)) return true;
  return f.speech.some(
    (at) =>
      Math.abs(at - name.start) <= SPEAKER_DISTANCE || Math.abs(at - name.end) <= SPEAKER_DISTANCE,
  );
}

/**
 * One side denies what the other states. Where both sides take a side on one
 * group of the polarity lexicons ("denied" / "bestätigte", "ruled out" / "nicht
 * ausgeschlossen"), the sides after negation decide; otherwise the parity of
 * negating words does.
 */
function negationFindings(c: BeadContext): TranslationFindingRecord[] {
  const parity = (f: SentenceFacts): 1 | -1 => (f.negations % 2 === 1 ? -1 : 1);
  const shared = [...c.a.sides].filter(([group]) => c.b.sides.has(group));
  let negated: 'original' | 'translation';
  if (shared.length > 0) {
    const flipped = shared.find(
      ([group, sign]) => sign * parity(c.a) !== c.b.sides.get(group)! * parity(c.b),
    );
    if (!flipped) return [];
    negated = flipped[1] * parity(c.a) === -1 ? 'original' : 'translation';
  } else {
    if (c.a.negations % 2 === c.b.negations % 2) return [];
    negated = c.a.negations % 2 === 1 ? 'original' : 'translation';
  }
  return [
    {
      kind: 'negation',
      bead: c.bead,
      original: c.span(0, c.a.start, c.a.end),
      translation: c.span(1, c.b.start, c.b.end),
      explanation: `Only the ${negated} denies it: a negation was ${negated === 'original' ? 'lost' : 'added'} in translation.`,
    },
  ];
}

/** The translation names a kind of vehicle or weapon the original does not, in place of one it does ("F16-Panzern" for F-16 jets). */
function kindFindings(c: BeadContext): TranslationFindingRecord[] {
  const onlyA = [...c.a.kinds].filter(([k]) => !c.b.kinds.has(k));
  const onlyB = [...c.b.kinds].filter(([k]) => !c.a.kinds.has(k));
  const findings: TranslationFindingRecord[] = [];
  for (let k = 0; k < Math.min(onlyA.length, onlyB.length); k++) {
    const [[kindA, wordA], [kindB, wordB]] = [onlyA[k]!, onlyB[k]!];
    findings.push({
      kind: 'type',
      bead: c.bead,
      original: wordA ? c.span(0, wordA.start, wordA.end) : c.span(0, c.a.start, c.a.end),
      translation: wordB ? c.span(1, wordB.start, wordB.end) : c.span(1, c.b.start, c.b.end),
      explanation: `The original speaks of ${withArticle(kindA)}, the translation of ${withArticle(kindB)}.`,
    });
  }
  return findings;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

import type { FrameBearerRecord, Span } from '../contract/types.js';
import { keyOfWord } from './attribute.js';
import { nameKey } from '../entities/index.js';
import {
  BEARER_ALIASES,
  BEARER_PRONOUNS,
  GENERIC_BEARERS,
  GENERIC_COUNTED,
  NOT_BEARERS,
  PERSON_SUFFIXES,
} from './lexicon.js';
import type { Located } from './located.js';
import { equipmentKindsOf, type Named, type Names } from './names.js';
import {
  isClauseBreak,
  isNoun,
  isNounModifier,
  isPreposition,
  isSegmentBreak,
  spanAround,
  type Word,
} from './view.js';

export interface BearerInput {
  loc: Located;
  names: Names;
  /** Word index of the attribute word, which is never its own bearer. */
  attributeAt: number | null;
  /** Spans of source phrases ("nach Angaben der Polizei"): their nouns are who says, not what is measured. */
  sources: readonly Span[];
  /** Word indices of every value in the sentence: a list item's name stands before its own value. */
  values: readonly (readonly [number, number])[];
}

/** How many words before a relative clause's comma its antecedent may stand. */
const RELATIVE_REACH = 4;
/** How far back a generic noun ("die Partei", "die Raketen") looks for the name it stands for. */
const REFER_BACK_CHARS = 1500;
/** Prepositions that attach a bearer after its value: "31 Prozent für die SPD". */
const BEARER_PREPOSITIONS = new Set(['für', 'von', 'bei', 'des', 'der']);
/** Prepositions that place a common noun: "das Werk in Zwickau", "der Zug aus München". */
const PLACE_PREPOSITIONS = new Set(['in', 'im', 'bei', 'nahe', 'aus']);

/**
 * What a figure belongs to, from German syntax the tagger gives:
 * 1. the genitive or "von" after the attribute word ("die Reichweite des ATACMS");
 * 2. a name inside the attribute's compound ("ATACMS-Reichweite");
 * 3. a name before the value in its list segment ("SPD 31 %, CDU 27,8 %");
 * 4. a name after it with "für/von" ("31 Prozent für die SPD");
 * 5. the subject of its clause, then of its sentence ("Der Zug fuhr mit 120 km/h").
 * A generic noun ("die Partei", "die Raketen") stands for the last name of its class.
 * A pronoun subject and an elliptic figure ("im Vorjahr waren es 28 Prozent") are
 * left to the caller, which inherits the previous frame's bearer.
 */
export function findBearer(input: BearerInput): FrameBearerRecord | 'pronoun' | null {
  const { loc, attributeAt } = input;
  const words = loc.sentence.words;
  if (attributeAt !== null) {
    const genitive = genitiveAfter(words, attributeAt);
    if (genitive && usable(input, genitive)) return bearerOf(input, genitive, 'genitive');
    const inCompound = input.names.at(words[attributeAt]!.start, words[attributeAt]!.end);
    if (inCompound && !inCompound.derived && words[attributeAt]!.surface.includes('-')) {
      return named(inCompound, 'compound');
    }
  }
  const [from, to] = spanAround(loc.sentence, loc.first, isSegmentBreak);
  for (let i = loc.first - 1; i >= from; i--) {
    if (input.values.some(([a, b]) => a <= i && i <= b)) break;
    const n = nameAtWord(input, words[i]!);
    if (n) return named(n, 'list');
  }
  for (let i = loc.last + 1; i < to - 1; i++) {
    if (!BEARER_PREPOSITIONS.has(words[i]!.lower) || !isPreposition(words[i]!)) continue;
    const np = nounPhraseAt(words, i + 1);
    if (np && usable(input, np)) return bearerOf(input, np, 'prepositional');
  }
  // "… Thomas Brenner hinter sich, der nur 45,7 Prozent erreichte": a relative
  // clause's subject is the name its pronoun follows.
  const relative = words[loc.clause[0]];
  const isRelative =
    relative !== undefined &&
    (relative.pos === 'PRELS' || /^(?:der|die|das|welche[rs]?)$/.test(relative.lower)) &&
    words[loc.clause[0] - 1]?.surface === ',';
  // The nearest name before the comma ("… Thomas Brenner hinter sich, der …").
  for (
    let i = loc.clause[0] - 2;
    isRelative && i >= 0 && i >= loc.clause[0] - 2 - RELATIVE_REACH;
    i--
  ) {
    if (isClauseBreak(words[i]!)) break;
    const antecedent = nameAtWord(input, words[i]!);
    if (antecedent) return named(antecedent, 'subject');
  }
  for (const np of [subjectOf(words, loc.clause[0]), subjectOf(words, 0)]) {
    if (!np) continue;
    const head = words[np.head]!;
    if (head.pos === 'PPER' || head.pos === 'PDS') {
      if (BEARER_PRONOUNS.has(head.lower)) return 'pronoun';
      continue;
    }
    if (usable(input, np)) return bearerOf(input, np, 'subject');
  }
  return null;
}

interface NounPhrase {
  start: number;
  /** Index of the head noun. */
  head: number;
  /** Exclusive end, past a place ("Werk in Zwickau"). */
  end: number;
  /** Word index of the name placing it, if any. */
  place: number | null;
}

/** A noun phrase from word `i`: modifiers, nouns and names, the last noun its head ("die Lockheed Martin ballistischen Raketen"). */
function nounPhraseAt(words: readonly Word[], i: number): NounPhrase | null {
  let k = i;
  let head = -1;
  while (k < words.length && (isNounModifier(words[k]!) || isNoun(words[k]!))) {
    if (isNoun(words[k]!)) head = k;
    else if (head >= 0 && words[k]!.pos !== 'ADJA') break;
    k++;
  }
  if (head < 0) {
    const w = words[i];
    if (w && (w.pos === 'PPER' || w.pos === 'PDS'))
      return { start: i, head: i, end: i + 1, place: null };
    return null;
  }
  let end = head + 1;
  let place: number | null = null;
  const prep = words[end];
  if (prep && PLACE_PREPOSITIONS.has(prep.lower) && words[end + 1]?.pos === 'NE') {
    place = end + 1;
    end += 2;
  }
  return { start: i, head, end, place };
}

/** "Reichweite des ATACMS", "Reichweite der neuen Raketen", "Zahl von Toten". */
function genitiveAfter(words: readonly Word[], at: number): NounPhrase | null {
  const next = words[at + 1];
  if (!next) return null;
  if (next.pos === 'ART' && /^(?:des|der|eines|einer)$/.test(next.lower)) {
    return nounPhraseAt(words, at + 1);
  }
  if (next.lower === 'von' || next.lower === 'vom') return nounPhraseAt(words, at + 2);
  return null;
}

/**
 * The subject of the clause starting at `from`: the first noun phrase outside a
 * prepositional phrase, before or (German verb-second order) right after the finite verb.
 */
function subjectOf(words: readonly Word[], from: number): NounPhrase | null {
  let i = from;
  let verbs = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.pos === '$.' || (w.pos === '$,' && i > from)) return null;
    // "Besonders hart traf es die Insel", "Es kamen 300 Menschen": "es" holds a place, the subject follows.
    if (w.lower === 'es' && w.pos === 'PPER') {
      i++;
      continue;
    }
    if (isPreposition(w)) {
      i = skipPhrase(words, i + 1);
      continue;
    }
    if (w.pos.startsWith('V') && w.pos.endsWith('FIN')) {
      if (++verbs > 1) return null;
      i++;
      continue;
    }
    if (isNoun(w) || isNounModifier(w) || w.pos === 'PPER' || w.pos === 'PDS') {
      if (w.pos === 'ADV' || w.pos === 'CARD') {
        i++;
        continue;
      }
      const np = nounPhraseAt(words, i);
      if (np) return np;
    }
    i++;
  }
  return null;
}

/** Past the noun phrase of a prepositional phrase and its genitive: "nach Angaben der Polizei". */
function skipPhrase(words: readonly Word[], i: number): number {
  const np = nounPhraseAt(words, i);
  if (!np) return i;
  let end = np.end;
  const next = words[end];
  if (next?.pos === 'ART' && /^(?:des|der)$/.test(next.lower)) {
    const genitive = nounPhraseAt(words, end);
    if (genitive) end = genitive.end;
  }
  return end;
}

/** Not the attribute, not what is counted, not a source: "Reichweite", "Menschen", "Polizei". */
function usable(input: BearerInput, np: NounPhrase): boolean {
  const words = input.loc.sentence.words;
  const head = words[np.head]!;
  if (np.head === input.attributeAt) return false;
  if (input.values.some(([a, b]) => np.start <= b + 1 && a <= np.head)) return false;
  if (input.sources.some((s) => s.start <= head.start && head.end <= s.end)) return false;
  if (GENERIC_COUNTED.has(head.lemma) || NOT_BEARERS.has(head.lemma)) return false;
  if (head.pos === 'NN' && keyOfWord(words, np.head) && !input.names.at(head.start, head.end)) {
    return false;
  }
  return true;
}

function nameAtWord(input: BearerInput, w: Word): Named | undefined {
  if (input.sources.some((s) => s.start <= w.start && w.end <= s.end)) return undefined;
  const n = input.names.at(w.start, w.end);
  return n && !n.derived ? n : aliasOf(w);
}

/** "die Sozialdemokraten", "die Grünen": a party's epithet as the party. */
export function aliasOf(w: Word): Named | undefined {
  const name = BEARER_ALIASES.get(w.lower) ?? BEARER_ALIASES.get(w.lemma);
  if (name === undefined || !/^\p{Lu}/u.test(w.surface)) return undefined;
  return {
    start: w.start,
    end: w.end,
    text: w.surface,
    key: `name:${nameKey(name)}`,
    entity: null,
    type: 'ORG',
    kind: null,
    derived: false,
  };
}

function bearerOf(
  input: BearerInput,
  np: NounPhrase,
  how: FrameBearerRecord['how'],
): FrameBearerRecord {
  const { loc, names } = input;
  const words = loc.sentence.words;
  const head = words[np.head]!;
  const n = names.at(head.start, head.end);
  if (n && !n.derived) return named(n, how);
  const alias = aliasOf(head);
  if (alias) return named(alias, how);
  const referred = referBack(input, head);
  if (referred) return named(referred, 'previous');
  // A name or derived place inside the phrase ("das Zwickauer Werk", "das Werk in Zwickau") places it.
  let place: Named | undefined;
  for (let k = np.start; k < np.end; k++) {
    if (k === np.head) continue;
    place = names.at(words[k]!.start, words[k]!.end) ?? place;
  }
  const span = { start: words[np.start]!.start, end: words[np.end - 1]!.end };
  const text = loc.view.doc.text.slice(span.start, span.end);
  const stem = head.lemma.replace(/-/g, '');
  return {
    ...span,
    text,
    key: place ? `noun:${stem}@${place.key}` : `noun:${stem}`,
    entity: null,
    named: false,
    how,
  };
}

/** "die Raketen" → the ATACMS named before; "die Partei" → the SPD named before. */
function referBack(input: BearerInput, head: Word): Named | undefined {
  const floor = head.start - REFER_BACK_CHARS;
  const kinds = equipmentKindsOf(head.surface);
  if (kinds.length > 0) {
    return input.names.lastBefore(
      head.end,
      (n) => n.kind !== null && kinds.includes(n.kind),
      floor,
    );
  }
  const person = PERSON_SUFFIXES.some((suffix) => head.lemma.endsWith(suffix));
  const type = person ? 'PER' : GENERIC_BEARERS.get(head.lemma);
  if (!type || head.pos !== 'NN') return undefined;
  return input.names.lastBefore(head.start, (n) => n.type === type, floor);
}

export function named(n: Named, how: FrameBearerRecord['how']): FrameBearerRecord {
  return {
    start: n.start,
    end: n.end,
    text: n.text,
    key: n.key,
    entity: n.entity,
    named: true,
    how,
  };
}

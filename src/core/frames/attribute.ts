import type { FrameAttributeRecord, QuantityRecord, TextSpan } from '../contract/types.js';
import {
  ATTRIBUTES,
  ATTRIBUTE_WORDS,
  dimensionOf,
  COUNT_MODIFIERS,
  GENERIC_COUNTED,
  WEAK_ATTRIBUTES,
} from './lexicon.js';
import { byDistance, type Located } from './located.js';
import { isClauseBreak, isNoun, type Word } from './view.js';

/** Labels of the unit dimensions, for a figure whose attribute only its unit gives. */
const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  percent: 'Anteil',
  pp: 'Prozentpunkte',
  currency: 'Betrag',
  m: 'Länge',
  'm/s': 'Geschwindigkeit',
  m2: 'Fläche',
  s: 'Dauer',
  count: 'Anzahl',
};

export interface FoundAttribute extends FrameAttributeRecord {
  /** No word names the attribute: only the unit does ("SPD 31 %"). */
  generic: boolean;
  /** Word index of the word it rests on, if any. */
  at: number | null;
}

/**
 * What a figure measures, in this order:
 * 1. the noun it counts, when the lexicon knows it ("25 Verletzte", "3.000 Stellen",
 *    "31 Prozent der Stimmen");
 * 2. the nearest attribute word of its clause that fits its unit ("die Reichweite …
 *    beträgt 300 km", "drei Menschen kamen ums Leben", "fuhr mit 120 km/h");
 * 3. the counted noun itself ("80 Soldatinnen"), or the unit's dimension.
 */
export function findAttribute(
  loc: Located,
  q: QuantityRecord,
  isName: (w: Word) => boolean,
): FoundAttribute {
  const found = plainAttribute(loc, q, isName);
  return found.at !== null ? withCoordinated(loc.sentence.words, found) : found;
}

/**
 * "elf Schmuckstücke und Münzen" counts both kinds together: not the same as
 * "neun Schmuckstücke sowie zwei Goldmünzen".
 */
function withCoordinated(words: readonly Word[], found: FoundAttribute): FoundAttribute {
  const at = found.at!;
  const conjunction = words[at + 1];
  if (!conjunction || !/^(?:und|sowie|oder)$/.test(conjunction.lower)) return found;
  let k = at + 2;
  while (words[k]?.pos === 'ADJA') k++;
  const other = words[k];
  if (!other || other.pos !== 'NN') return found;
  return {
    ...found,
    key: `${found.key}+${other.lemma}`,
    label: `${found.label} + ${other.surface}`,
  };
}

/** The attribute of a part or a whole ("davon 800.000 Euro" → `part:cost`); others unchanged. */
export function asPart(loc: Located, q: QuantityRecord, found: FoundAttribute): FoundAttribute {
  const modifier = modifierOf(loc, dimensionOf(q) ?? 'count');
  if (modifier && !found.generic && !found.key.includes(':' + modifier)) {
    found = { ...found, key: `${modifier}:${found.key}`, label: `${found.label} (${modifier})` };
  }
  const part = partOf(loc, dimensionOf(q) ?? 'count');
  if (!part || found.generic || /^(?:part|total):/.test(found.key)) return found;
  return { ...found, key: `${part}:${found.key}`, label: `${found.label} (${PART_LABELS[part]})` };
}

const PART_LABELS = { part: 'davon', total: 'gesamt' } as const;

/**
 * "1.500 zusätzliche Lehrkräfte", "es fehlen 2.300 Lehrkräfte": a count of additional
 * or missing things is not a count of all of them.
 */
function modifierOf(loc: Located, dim: string): string | null {
  if (dim !== 'count') return null;
  const words = loc.sentence.words;
  for (let i = loc.last + 1; i < Math.min(words.length, loc.last + 3); i++) {
    const hit = COUNT_MODIFIERS.get(words[i]!.lemma);
    if (hit && words[i]!.pos === 'ADJA') return hit;
    if (isNoun(words[i]!)) break;
  }
  for (let i = loc.clause[0]; i < loc.clause[1]; i++) {
    const w = words[i]!;
    if (w.pos.startsWith('VV') && COUNT_MODIFIERS.get(w.lemma) === 'missing') return 'missing';
  }
  return null;
}

/**
 * A count that is part of another ("drei der Schwerverletzten", "davon 12 Kinder",
 * "darunter zwei Kinder") or the whole a part is taken from ("18 der 51 Sitze": 51):
 * neither measures the same as the plain figure.
 */
function partOf(loc: Located, dim: string): 'part' | 'total' | null {
  const words = loc.sentence.words;
  // "davon 800.000 Euro", "darunter zwei Kinder", "allein die Halskette … 900.000 Euro".
  for (let i = loc.clause[0]; i < loc.clause[1]; i++) {
    if (/^(?:davon|darunter|allein)$/.test(words[i]!.lower)) return 'part';
  }
  if (dim !== 'count') return null;
  const before = words[loc.first - 1];
  if (before && /^(?:der|den|von)$/.test(before.lower) && words[loc.first - 2]?.pos === 'CARD') {
    return 'total';
  }
  const after = words[loc.last + 1];
  const next = words[loc.last + 2];
  if (after && /^(?:der|von)$/.test(after.lower) && next && next.pos !== 'CARD') {
    const noun = after.lower === 'von' && next.pos === 'ART' ? words[loc.last + 3] : next;
    if (noun && (isNoun(noun) || noun.pos === 'ADJA')) return 'part';
    // "neun von ihnen", "drei davon".
    if (after.lower === 'von' && (next.pos === 'PPER' || next.pos === 'PDS')) return 'part';
  }
  for (let i = loc.clause[0]; i < loc.first; i++) {
    if (/^(?:davon|darunter)$/.test(words[i]!.lower)) return 'part';
  }
  return null;
}

function plainAttribute(
  loc: Located,
  q: QuantityRecord,
  isName: (w: Word) => boolean,
): FoundAttribute {
  const words = loc.sentence.words;
  const dim = dimensionOf(q) ?? 'count';
  const fits = (key: string) => ATTRIBUTES.get(key)?.units.includes(dim) ?? false;
  let counted = countedNoun(words, loc.last, dim);
  if (counted !== null && isName(words[counted]!)) counted = null;
  let weak: FoundAttribute | null = null;
  if (counted !== null) {
    const key = keyOfWord(words, counted);
    if (key && fits(key.key)) {
      const found = attribute(loc, key.key, counted, key.length);
      if (!WEAK_ATTRIBUTES.has(key.key)) return found;
      weak = found;
    }
  }
  for (const i of byDistance(loc)) {
    // A name is no attribute, but a compound with one may be ("ATACMS-Reichweite").
    if (isName(words[i]!) && words[i]!.pos !== 'NN') continue;
    const key = keyOfWord(words, i);
    if (key && fits(key.key) && !(weak && WEAK_ATTRIBUTES.has(key.key))) {
      return attribute(loc, key.key, i, key.length);
    }
  }
  if (weak) return weak;
  // "Mehr als 52 Millionen Euro, so rechnete die Kammer vor, haben Anleger verloren":
  // a clause without a verb is a fragment of the sentence around it.
  const [from, to] = loc.clause;
  if (!words.slice(from, to).some((w) => w.pos.startsWith('V'))) {
    const sentence: Located = { ...loc, clause: [0, words.length] };
    for (const i of byDistance(sentence)) {
      if (i >= from && i < to) continue;
      const key = keyOfWord(words, i);
      if (key && fits(key.key) && !WEAK_ATTRIBUTES.has(key.key)) {
        return attribute(loc, key.key, i, key.length);
      }
    }
  }
  // "Die Kosten: jedes Jahr rund 150 Millionen Euro": the noun before a colon names the figure after it.
  const colon = words[loc.clause[0] - 1];
  if (colon?.surface === ':') {
    for (let i = loc.clause[0] - 2; i >= 0 && !isClauseBreak(words[i]!); i--) {
      const key = keyOfWord(words, i);
      if (key && fits(key.key)) return attribute(loc, key.key, i, key.length);
    }
  }
  if (counted !== null && !GENERIC_COUNTED.has(words[counted]!.lemma)) {
    const w = words[counted]!;
    return {
      key: `noun:${w.lemma}`,
      label: w.surface,
      words: [text(loc, w)],
      generic: false,
      at: counted,
    };
  }
  return {
    key: `dim:${dim}`,
    label: DIMENSION_LABELS[dim] ?? dim,
    words: [],
    generic: true,
    at: null,
  };
}

/** The attribute key a word (or the phrase it starts) names, by lemma or by the last part of a compound. */
export function keyOfWord(
  words: readonly Word[],
  i: number,
): { key: string; length: number } | null {
  const phrase = ATTRIBUTE_WORDS.matchAt(words, i);
  if (phrase) return phrase;
  const w = words[i]!;
  if (w.pos !== 'NN') return null;
  const tail = ATTRIBUTE_WORDS.tailOf(w);
  return tail ? { key: tail, length: 1 } : null;
}

/**
 * The noun right after the figure that it counts: "25 (schwer) Verletzte", "31 Prozent
 * der Stimmen" (a share counts the noun of its genitive).
 */
function countedNoun(words: readonly Word[], last: number, dim: string): number | null {
  let i = last + 1;
  // "31 Prozent der Stimmen", "drei der Verletzten", "18 der 51 Sitze".
  if (words[i]?.lower === 'der' || words[i]?.lower === 'des') i++;
  if (words[i]?.pos === 'CARD' && dim === 'count') i++;
  while (i < words.length && (words[i]!.pos === 'ADJA' || words[i]!.pos === 'ADJD')) i++;
  const w = words[i];
  return w && isNoun(w) ? i : null;
}

function attribute(loc: Located, key: string, at: number, length: number): FoundAttribute {
  const words = loc.sentence.words;
  const span = { start: words[at]!.start, end: words[at + length - 1]!.end };
  return {
    key,
    label: ATTRIBUTES.get(key)?.label ?? key,
    words: [loc.view.textOf(span)],
    generic: false,
    at,
  };
}

function text(loc: Located, w: Word): TextSpan {
  return loc.view.textOf(w);
}

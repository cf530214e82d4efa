import calendarData from '../dates/data/calendar.json' with { type: 'json' };
import type { Approximation, QuantityRecord, Span, TokenRecord } from '../contract/types.js';
import { PREPOSITIONAL_UBER_VERBS, RANGE_CONNECTORS, RANGE_OPENERS } from './context-words.js';
import { joinCompoundDurations } from './compound-duration.js';
import { linkConversions } from './conversion.js';
import { lexiconFor, type Lexicon, type UnitInfo } from './lexicon.js';
import { parseNumeral } from './number-format.js';
import { readNumberPhrase, type NumberPhrase } from './number-phrase.js';
import { bareNumberIsYear } from '../dates/year-context.js';
import { findSubject, type NounTest } from './subject.js';
import {
  isDigit,
  isLetter,
  isUpper,
  nextWord,
  previousWord,
  skipSpaces,
  wordAt,
} from './text-scan.js';

export interface QuantityOptions {
  /**
   * Language code (`de`, the default, or `en`): its QuantityLanguage (`language.ts`) decides
   * `1.000` vs `1,000` and which number words are known; an unknown code is an error.
   */
  lang?: string;
  /** Tokens with `upos` tags, when a tagger ran: used to find the noun a number is about. */
  tokens?: readonly TokenRecord[];
  /** Sentence spans: a subject is looked for only inside the quantity's sentence. */
  sentences?: readonly Span[];
}

/**
 * One quantity before it becomes a contract record. `decimals` records how
 * precisely the value was written, so conversions can allow for rounding.
 */
export interface Quantity {
  start: number;
  end: number;
  value: number | null;
  range: [number, number] | null;
  unit: UnitInfo | null;
  approx: Approximation | null;
  ordinal: boolean;
  decimals: number;
  /** End of the unit word, where a noun after it may say what is measured. */
  unitSpan: Span | null;
  /** Multiplier word applied (1 when none), so an elided one can be shared ("von 52 auf 58 Milliarden"). */
  multiplier: number;
  /** Written with digits only, no unit and no multiplier. */
  bare: boolean;
}

const MONTHS = new Set(Object.keys(calendarData.months));
const YEAR_CONTEXT = new Set([
  'im',
  'jahr',
  'jahre',
  'jahres',
  'seit',
  'bis',
  'ab',
  'von',
  'vor',
  'nach',
  'anfang',
  'mitte',
  'ende',
  'frühjahr',
  'sommer',
  'herbst',
  'winter',
  'in',
  'since',
  'until',
  'by',
  'of',
  'um',
  'zwischen',
  'and',
  'und',
]);

const triggerCache = new Map<Lexicon, RegExp>();

/** One expression that finds every place a number may start: digits, vulgar fractions, number-word stems. */
function triggerFor(lex: Lexicon): RegExp {
  let re = triggerCache.get(lex);
  if (!re) {
    const w = lex.words;
    const stems = new Set<string>([
      ...w.units.keys(),
      ...w.teens.keys(),
      ...w.tens.keys(),
      w.hundred,
      w.thousand,
      ...w.article,
      ...w.vague.phrases(),
      ...w.vagueQuantifiers.keys(),
      ...w.dozen.keys(),
      ...w.halves.keys(),
      ...w.fractionNouns.keys(),
      ...w.ordinalIrregular.keys(),
      ...w.multipliers.phrases().filter((p) => /^\p{L}+$/u.test(p)),
      ...w.minus,
    ]);
    // Lower-case and capitalised forms, no case-insensitive or Unicode flag and no look-behind:
    // V8 runs this about a third faster; the word-start check is done by the caller.
    const forms = [...stems]
      .filter((s) => s.length > 0)
      .flatMap((s) => [s, s[0]!.toUpperCase() + s.slice(1)]);
    const alternation = [...new Set(forms)]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    re = new RegExp(`[0-9½¼¾⅓⅔]|(?:${alternation})`, 'g');
    triggerCache.set(lex, re);
  }
  return re;
}

/** Finds every quantity in `text`: numbers with their unit, approximation, range, subject and conversions. */
export function extractQuantities(text: string, options: QuantityOptions = {}): QuantityRecord[] {
  const lex = lexiconFor(options.lang ?? 'de');
  let found: Quantity[] = [];
  const trigger = triggerFor(lex);
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    const pos = m.index;
    // A number word must start a word ("ein" in "kein" or "Verein" is none).
    if (!isDigit(text[pos]) && pos > 0 && (isLetter(text[pos - 1]) || isDigit(text[pos - 1]))) {
      trigger.lastIndex = pos + 1;
      continue;
    }
    const q = readQuantity(text, pos, lex);
    let resume: number;
    if (q === null) {
      const w = wordAt(text, pos);
      resume = w ? w.end : pos + 1;
    } else if ('skip' in q) resume = q.skip;
    else {
      found.push(q.quantity);
      resume = q.quantity.end;
    }
    trigger.lastIndex = Math.max(resume, pos + 1);
  }
  shareElidedUnits(text, found);
  found = joinCompoundDurations(text, found);
  const isNoun = nounTest(options.tokens);
  const records = found.map((q, i) =>
    toRecord(text, q, lex, isNoun, options.sentences, i > 0 ? found[i - 1]!.end : 0),
  );
  linkConversions(text, found, records);
  return records;
}

/**
 * "von 52 auf 58 Milliarden Euro", "zwischen 3 und 4 Prozent" outside a range: the first
 * number shares the multiplier and unit written only after the second.
 */
function shareElidedUnits(text: string, qs: Quantity[]): void {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!a.bare || a.value === null || b.value === null || (b.unit === null && b.multiplier === 1))
      continue;
    if (!/^\s+(?:auf|to)\s+$/.test(text.slice(a.end, b.start))) continue;
    const opener = previousWord(text, a.start);
    if (!opener || !/^(?:von|from)$/i.test(opener.text)) continue;
    a.value *= b.multiplier;
    a.unit = b.unit;
    a.bare = false;
  }
}

/** Tags that a capitalised word cannot have as a noun; a verb tag is not trusted (taggers mislabel rare nouns such as "Weizen"). */
const NOT_NOUN_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'ADV']);

function nounTest(tokens: readonly TokenRecord[] | undefined): NounTest {
  // A tagger tags every token or none: looking at the first few is enough (and cheap).
  let tagged = false;
  if (tokens)
    for (let i = 0; i < tokens.length && i < 64 && !tagged; i++)
      tagged = tokens[i]!.upos !== undefined;
  if (!tokens || !tagged) return (_start, word) => isUpper(word[0]);
  return (start, word) => {
    const tag = tokenAt(tokens, start)?.upos;
    return isUpper(word[0]) && (tag === undefined || !NOT_NOUN_TAGS.has(tag));
  };
}

/** The token starting at `start` (tokens sorted by offset), by binary search. */
function tokenAt(tokens: readonly TokenRecord[], start: number): TokenRecord | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.start === start) return t;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

type ReadResult = { quantity: Quantity } | { skip: number } | null;

function readQuantity(text: string, pos: number, lex: Lexicon): ReadResult {
  const first = readNumberPhrase(text, pos, lex);
  if (first === null || 'skip' in first) return first;
  const n = first.phrase;
  let unitMatch = n.ordinal
    ? null
    : (readUnit(text, n.end, lex) ?? readUnitAfterAdjective(text, n.end, lex));
  let prefixUnit: { unit: UnitInfo; start: number } | null = null;
  if (!unitMatch && !n.ordinal) prefixUnit = readPrefixUnit(text, n.start, lex);

  if (n.needsUnit && !unitMatch) return null;
  // "a $40k bonus": a currency sign before digits is that number's, not "a dollar".
  if (n.needsUnit && unitMatch && isDigit(text[skipSpaces(text, unitMatch.end)])) return null;
  if (!unitMatch && !prefixUnit && n.digits && isYear(text, n, lex)) return { skip: n.end };

  // "1,200 Fahrzeuge" in German text (often translated from English): a count of things
  // cannot be 1.2, so a comma before exactly three digits is a thousands separator here
  // (commaGroupBeforeCapitalisedNoun in the language's data says why only German needs it).
  if (
    !unitMatch &&
    !prefixUnit &&
    n.raw &&
    n.multiplier === 1 &&
    lex.language.commaGroupBeforeCapitalisedNoun &&
    /^\d{1,3},\d{3}$/.test(n.raw)
  ) {
    const next = nextWord(text, n.end);
    if (next && next.start === skipSpaces(text, n.end) && isUpper(next.text[0]))
      n.value = parseNumeral(n.raw, ',');
  }
  let start = prefixUnit ? prefixUnit.start : n.start;
  let end = unitMatch ? unitMatch.end : n.end;
  let unit = unitMatch?.unit ?? prefixUnit?.unit ?? null;
  let value = n.value;
  let range = n.range;
  let decimals = n.decimals;

  // Ranges: "zwischen 100 und 300 km", "100–300 km", "von 5 bis 7 Prozent", "100 km bis 300 km".
  if (!n.ordinal && value !== null && !n.fraction) {
    const opener = previousWord(text, start);
    const openerJoin = opener ? RANGE_OPENERS.get(opener.text.toLowerCase()) : undefined;
    const r = readRangeTail(text, end, lex, openerJoin);
    if (r && r.phrase.value !== null && !(n.yearLike && r.phrase.yearLike && !unit)) {
      const second = r.phrase;
      const secondUnit = readUnit(text, second.end, lex);
      const unitsFit = !unit || !secondUnit || secondUnit.unit.code === unit.code;
      if (unitsFit && !(prefixUnit && secondUnit)) {
        // "1 bis 2 Millionen": the multiplier of the second number applies to the first.
        const lo = n.multiplier === 1 ? value * second.multiplier : value;
        const hi = second.value!;
        if (!unit && secondUnit) unit = secondUnit.unit;
        end = secondUnit ? secondUnit.end : second.end;
        if (opener && openerJoin) start = opener.start;
        range = lo <= hi ? [lo, hi] : [hi, lo];
        value = null;
        decimals = Math.max(decimals, second.decimals);
        unitMatch = secondUnit ?? unitMatch;
      }
    }
  }

  // "vor drei Tagen" names a date (the dates layer has it), not an amount.
  if (unit && unit.dim === 'duration' && !approxBefore(text, start, lex)) {
    const prev = previousWord(text, start);
    if (
      prev &&
      prev.text.toLowerCase() === 'vor' &&
      /(?:en|tag|monat|jahr|woche)$/i.test(text.slice(start, end))
    )
      return { skip: end };
  }
  let approx = readApproximation(text, start, lex);
  // "unter 1.500 Befragten" means among; "unter 20 Prozent" means less than.
  if (
    approx &&
    approx.approx === 'less than' &&
    !unit &&
    /^(unter|under)\s/i.test(text.slice(approx.start, start))
  )
    approx = null;
  // "verfügt über 1.500 Flugzeuge", "spricht über 300 Fälle": a preposition of the verb.
  if (approx && /^über\s/i.test(text.slice(approx.start, start))) {
    const verb = previousWord(text, approx.start);
    if (verb && PREPOSITIONAL_UBER_VERBS.test(verb.text)) approx = null;
  }
  if (approx) start = approx.start;
  return {
    quantity: {
      start,
      end,
      value,
      range,
      unit: n.fraction && !unit ? (lex.byCode.get('fraction') ?? null) : unit,
      approx: approx?.approx ?? null,
      ordinal: n.ordinal,
      decimals,
      unitSpan: unitMatch ? { start: unitMatch.start, end: unitMatch.end } : null,
      multiplier: n.multiplier,
      bare: n.digits && !unit && n.multiplier === 1 && range === null && !n.ordinal && !n.fraction,
    },
  };
}

function readUnit(
  text: string,
  pos: number,
  lex: Lexicon,
): { unit: UnitInfo; start: number; end: number } | null {
  const at = skipSpaces(text, pos);
  const m = lex.units.matchAt(text, at);
  if (!m) return null;
  // "5 Euro-Münzen", "3 km-Abschnitte": the unit starts a compound noun, which is what is counted.
  if (text[m.end] === '-' && isLetter(text[m.end + 1])) return null;
  // A one-letter symbol needs a clean end: "5 m hoch" yes, "5 m." yes, but not "5 s-Bahn".
  if (
    m.phrase.length === 1 &&
    /\p{L}/u.test(m.phrase) &&
    (text[m.end] === '-' || isLetter(text[m.end]))
  )
    return null;
  return { unit: m.value, start: at, end: m.end };
}

/** A unit word after one adjective: "6 zusätzliche Tage", "5 weitere Kilometer" (words only, not symbols). */
function readUnitAfterAdjective(
  text: string,
  pos: number,
  lex: Lexicon,
): { unit: UnitInfo; start: number; end: number } | null {
  const adjective = nextWord(text, pos);
  if (!adjective || !/^[\p{Ll}][\p{L}]{2,}(?:e|en|er|es|em)$/u.test(adjective.text)) return null;
  const unit = readUnit(text, adjective.end, lex);
  if (!unit || !/^\p{Lu}\p{Ll}{3,}/u.test(text.slice(unit.start, unit.end))) return null;
  return unit;
}

/** How far before a number a prefix unit may start: its longest word and a space. */
const prefixReach = new Map<Lexicon, number>();

/** `€ 5`, `$5`, `US$ 2,5 Mrd.`, `Mach 5`, `Tempo 110`: a unit written before the number. */
function readPrefixUnit(
  text: string,
  pos: number,
  lex: Lexicon,
): { unit: UnitInfo; start: number } | null {
  let reach = prefixReach.get(lex);
  if (reach === undefined) {
    reach = Math.max(5, ...lex.prefixUnits.phrases().map((p) => p.length + 1));
    prefixReach.set(lex, reach);
  }
  for (let back = 1; back <= reach && back <= pos; back++) {
    const start = pos - back;
    if (start > 0 && (isLetter(text[start - 1]) || isDigit(text[start - 1]))) continue;
    const m = lex.prefixUnits.matchAt(text, start);
    if (
      m &&
      skipSpaces(text, m.end) === pos &&
      (m.end === pos || text[m.end] === ' ' || text[m.end] === '\u00A0')
    ) {
      return { unit: m.value, start };
    }
  }
  return null;
}

function isYear(text: string, n: NumberPhrase, lex: Lexicon): boolean {
  if (!n.yearLike) return false;
  const prev = previousWord(text, n.start, true);
  if (prev) {
    const lower = prev.text.toLowerCase();
    if (YEAR_CONTEXT.has(lower) || MONTHS.has(lower)) return true;
  }
  // "2000 Soldaten" is a count; "2022 hatte Russland …" is a year.
  const next = nextWord(text, n.end);
  if (next && MONTHS.has(next.text.toLowerCase())) return true;
  void lex;
  return bareNumberIsYear(text, n.end);
}

interface RangeTail {
  phrase: NumberPhrase;
}

function readRangeTail(
  text: string,
  pos: number,
  lex: Lexicon,
  openerJoin: string | undefined,
): RangeTail | null {
  let at = skipSpaces(text, pos);
  const ch = text[at];
  const viaDash = ch === '-' || ch === '–' || ch === '—';
  if (viaDash) {
    if (openerJoin && openerJoin !== 'bis' && openerJoin !== 'to') return null;
    at = skipSpaces(text, at + 1);
  } else {
    const w = wordAt(text, at);
    if (!w) return null;
    const lower = w.text.toLowerCase();
    const ok = openerJoin ? lower === openerJoin : RANGE_CONNECTORS.has(lower);
    if (!ok) return null;
    at = skipSpaces(text, w.end);
    // "bis zu 300" after a number is not a range of that number.
    const z = wordAt(text, at);
    if (z && (z.text === 'zu' || z.text === 'zum' || z.text === 'zur')) return null;
  }
  // A negative second bound: "zwischen -5 und -10 Grad".
  if (!viaDash && (text[at] === '-' || text[at] === '−') && isDigit(text[at + 1])) at++;
  if (!isDigit(text[at]) && !isLetter(text[at])) return null;
  const r = readNumberPhrase(text, at, lex, viaDash);
  if (!r || 'skip' in r || r.phrase.ordinal || r.phrase.needsUnit || r.phrase.value === null)
    return null;
  return { phrase: r.phrase };
}

function approxBefore(text: string, start: number, lex: Lexicon): boolean {
  return readApproximation(text, start, lex) !== null;
}

/** An approximation marker right before the quantity: "rund", "mehr als", "bis zu", "ca.". */
function readApproximation(
  text: string,
  start: number,
  lex: Lexicon,
): { approx: Approximation; start: number } | null {
  let best: { approx: Approximation; start: number } | null = null;
  let cursor = start;
  for (let i = 0; i < 3; i++) {
    const w = previousWord(text, cursor, true);
    if (!w) break;
    const m = lex.approximations.matchAt(text, w.start);
    if (m && skipSpaces(text, m.end) === start) best = { approx: m.value, start: w.start };
    cursor = w.start;
  }
  return best;
}

function toRecord(
  text: string,
  q: Quantity,
  lex: Lexicon,
  isNoun: NounTest,
  sentences: readonly Span[] | undefined,
  floor: number,
): QuantityRecord {
  const u = q.unit;
  const toBase = (v: number): number => (u ? v * u.factor + u.offset : v);
  const normalized =
    q.value === null && q.range === null
      ? null
      : {
          value: q.value === null ? null : toBase(q.value),
          unit: u ? u.base : null,
          range: q.range ? { min: toBase(q.range[0]), max: toBase(q.range[1]) } : null,
        };
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: q.ordinal ? 'ordinal' : 'cardinal',
    value: q.value,
    unit: u ? u.code : null,
    normalized,
    approx: q.approx,
    range: q.range ? { min: q.range[0], max: q.range[1] } : null,
    subject: findSubject(text, q, lex, isNoun, sentences, floor),
    conversion: null,
  };
}
export const TRIGGER_FOR_PROFILE = triggerFor;

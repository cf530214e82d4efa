import unitData from './data/units.json' with { type: 'json' };
import type { CrossLang } from './words.js';

/**
 * Figures as the translation check compares them: the value in a base unit,
 * so that "300 km" and "186 miles" meet, and the figure as written, so that
 * "300 miles" for "300 km" shows as a unit mistake rather than a new number.
 * German and English write decimals differently ("2,5" / "2.5", "1.200" /
 * "1,200") and scale differently ("billion" = Milliarde), so each text is read
 * by its own language's rules.
 */
export interface CrossFigure {
  start: number;
  end: number;
  text: string;
  /** The figure as written, scale words applied, units not: "2.5bn" → 2.5e9. */
  written: number;
  /** The value in the base unit: 300 km → 300000 (m); without a unit, the written figure. */
  value: number;
  /** Base unit (m, kg, m/s, percent, EUR …), or null for a plain number. */
  base: string | null;
  /** The unit as written (lower case), or null. */
  unit: string | null;
}

const UNITS = new Map<string, readonly [string, number]>(
  Object.entries(unitData.units).map(([word, [base, factor]]) => [
    word,
    [base as string, factor as number] as const,
  ]),
);
const SCALES: Readonly<Record<CrossLang, ReadonlyMap<string, number>>> = {
  en: new Map(Object.entries(unitData.scales.en)),
  de: new Map(Object.entries(unitData.scales.de)),
};
const NUMBER_WORDS: Readonly<Record<CrossLang, ReadonlyMap<string, number>>> = {
  en: new Map(Object.entries(unitData.numberWords.en)),
  de: new Map(Object.entries(unitData.numberWords.de)),
};
const CURRENCY_SIGNS = new Set(['$', '€', '£']);

/**
 * A figure: an optional currency sign, digits with thousands or decimal
 * separators, or a number word. Digits glued to letters ("F-16", "Covid-19",
 * "A4") are names, not figures.
 */
const FIGURE = /([$€£]\s?)?(?<![\p{L}\p{N}]|\p{L}-)(\d+(?:[.,]\d+)*|\p{L}+)/gu;
/** What may follow a figure: a scale word and/or a unit (one or two words, or a sign). */
const AFTER =
  /^(?:[\s-]|\u00a0)*(km\/h|km²|%|°c|[\p{L}.]+)?(?:\s+([\p{L}.]+))?(?:\s+([\p{L}.]+))?(?:\s+([\p{L}.]+))?/iu;

export function figuresIn(text: string, lang: CrossLang, offset = 0): CrossFigure[] {
  const figures: CrossFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const token = m[2]!;
    const isDigits = /^\d/.test(token);
    const number = isDigits
      ? parseDigits(token, lang)
      : NUMBER_WORDS[lang].get(token.toLowerCase());
    if (number === undefined || Number.isNaN(number)) continue;
    let end = m.index + m[0].length;
    let written = number;
    let unit: string | null = m[1] ? m[1].trim() : null;
    const after = AFTER.exec(text.slice(end, end + 40));
    // A sentence's full stop is no part of a unit ("12 per cent.").
    const words = [after?.[1], after?.[2], after?.[3], after?.[4]]
      .filter((w): w is string => w !== undefined)
      .map((w) => (w.length > 1 ? w.replace(/\.$/, '') : w));
    let used = 0;
    const scale = words[0] === undefined ? undefined : SCALES[lang].get(words[0].toLowerCase());
    if (scale !== undefined) {
      written *= scale;
      used = 1;
    }
    // Longer units first ("miles per hour", "per cent", then "miles").
    let unitWords = 0;
    let unitText: string | null = null;
    for (let n = 3; n >= 1 && unitWords === 0; n--) {
      if (words.length < used + n) continue;
      const candidate = words
        .slice(used, used + n)
        .join(' ')
        .toLowerCase();
      if (UNITS.has(candidate)) [unitWords, unitText] = [n, candidate];
    }
    if (unitText !== null && unit === null) unit = unitText;
    const consumed = used + (unit !== null && !CURRENCY_SIGNS.has(unit) ? unitWords : 0);
    if (consumed > 0) end = endAfterWords(text, end, words.slice(0, consumed));
    if (!isDigits && scale === undefined && unit === null && written < 2) continue;
    const conversion = unit === null ? undefined : UNITS.get(unit);
    figures.push({
      start: offset + m.index,
      end: offset + end,
      text: text.slice(m.index, end),
      written,
      value: conversion ? written * conversion[1] : written,
      base: conversion ? conversion[0] : null,
      unit,
    });
  }
  return figures;
}

/** "1.200,5" (de) or "1,200.5" (en) → 1200.5; a lone separator before three digits groups thousands. */
export function parseDigits(token: string, lang: CrossLang): number {
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const parts = token.split(decimal);
  if (parts.length > 2) return Number.NaN;
  const whole = parts[0]!.split(group);
  if (whole.length > 1 && whole.slice(1).some((g) => g.length !== 3)) {
    // "2.5" in German copy is an English-style decimal; read it as one.
    if (whole.length === 2 && parts.length === 1) return Number(`${whole[0]}.${whole[1]}`);
    return Number.NaN;
  }
  const integer = whole.join('');
  return Number(parts.length === 2 ? `${integer}.${parts[1]}` : integer);
}

function endAfterWords(text: string, from: number, words: readonly string[]): number {
  let end = from;
  for (const word of words) {
    const at = text.indexOf(word, end);
    if (at < 0) break;
    end = at + word.length;
  }
  return end;
}

/** Relative difference two values of one base unit may have and still be one figure: translators round conversions (300 km ≈ 186 miles). */
const CONVERTED_SLACK = 0.03;
const SAME_UNIT_SLACK = 0.001;

/** The two figures state the same amount (after conversion when the units differ). */
export function sameAmount(a: CrossFigure, b: CrossFigure): boolean {
  if (a.base !== null && b.base !== null) {
    if (a.base !== b.base) return false;
    const slack = a.unit === b.unit ? SAME_UNIT_SLACK : CONVERTED_SLACK;
    return close(a.value, b.value, slack);
  }
  // One side leaves the unit out ("300-kilometre" read as a bare number): the written figures decide.
  return close(a.written, b.written, SAME_UNIT_SLACK);
}

/** The same figure written with another (wrong) unit or scale: "300 km" as "300 Meilen", "2.5 billion" as "2,5 Billionen". */
export function sameDigitsOtherUnit(a: CrossFigure, b: CrossFigure): boolean {
  const digits = (f: CrossFigure) =>
    Number(f.text.match(/\d+(?:[.,]\d+)*/)?.[0]?.replace(/[.,]/g, '') ?? Number.NaN);
  const [da, db] = [digits(a), digits(b)];
  return (
    !Number.isNaN(da) && da === db && !sameAmount(a, b) && (a.unit !== null || b.unit !== null)
  );
}

function close(x: number, y: number, slack: number): boolean {
  return Math.abs(x - y) <= slack * Math.max(Math.abs(x), Math.abs(y), 1e-9);
}

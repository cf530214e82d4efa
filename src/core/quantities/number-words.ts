import type { NumberWordLexicon } from './lexicon.js';

/**
 * Number words. German writes cardinals below a million as one word built from
 * parts (`zweihundertdreiundzwanzig` = zwei·hundert·drei·und·zwanzig), so the
 * parser decomposes a word instead of listing every number; English joins tens
 * and units with a hyphen (`twenty-five`).
 */

/** The cardinal a single word names (`zwölf` → 12, `dreitausend` → 3000), or null. `ein` alone is not a cardinal here. */
export function parseCardinalWord(word: string, lex: NumberWordLexicon): number | null {
  const w = word.toLowerCase();
  if (w === 'ein') return null;
  const inflected = lex.inflectedCardinals.get(w);
  if (inflected !== undefined) return inflected;
  if (w.includes('-')) {
    const [tens, unit, ...rest] = w.split('-');
    if (rest.length > 0 || tens === undefined || unit === undefined) return null;
    const t = lex.tens.get(tens);
    const u = lex.units.get(unit);
    return t !== undefined && u !== undefined && u > 0 ? t + u : null;
  }
  return belowMillion(w, lex);
}

function belowMillion(w: string, lex: NumberWordLexicon): number | null {
  const at = w.indexOf(lex.thousand);
  if (at < 0) return belowThousand(w, lex);
  const head = w.slice(0, at);
  const tail = w.slice(at + lex.thousand.length);
  const h = head === '' || head === 'ein' ? 1 : belowThousand(head, lex);
  const t = tail === '' ? 0 : belowThousand(stripAnd(tail, lex), lex);
  return h === null || t === null || h === 0 ? null : h * 1000 + t;
}

function belowThousand(w: string, lex: NumberWordLexicon): number | null {
  const at = w.indexOf(lex.hundred);
  if (at < 0) return belowHundred(w, lex);
  const head = w.slice(0, at);
  const tail = w.slice(at + lex.hundred.length);
  const h = head === '' || head === 'ein' ? 1 : lex.units.get(head);
  const t = tail === '' ? 0 : belowHundred(stripAnd(tail, lex), lex);
  return h === undefined || h === 0 || t === null ? null : h * 100 + t;
}

function stripAnd(w: string, lex: NumberWordLexicon): string {
  return w.startsWith(lex.and) ? w.slice(lex.and.length) : w;
}

function belowHundred(w: string, lex: NumberWordLexicon): number | null {
  const direct = lex.units.get(w) ?? lex.teens.get(w) ?? lex.tens.get(w);
  if (direct !== undefined) return w === 'ein' ? null : direct;
  // German: unit + "und" + tens ("dreiundzwanzig").
  const at = w.indexOf(lex.and);
  if (at <= 0) return null;
  const unit = lex.units.get(w.slice(0, at));
  const tens = lex.tens.get(w.slice(at + lex.and.length));
  return unit !== undefined && unit > 0 && tens !== undefined ? unit + tens : null;
}

/** `anderthalb` → 1.5, `zweieinhalb` → 2.5, `halbe` → 0.5; null otherwise. */
export function parseHalfWord(word: string, lex: NumberWordLexicon): number | null {
  const w = word.toLowerCase();
  const direct = lex.halves.get(w);
  if (direct !== undefined) return direct;
  if (lex.halfSuffix && w.endsWith(lex.halfSuffix) && w.length > lex.halfSuffix.length) {
    const whole = belowMillion(w.slice(0, -lex.halfSuffix.length), lex);
    return whole === null ? null : whole + 0.5;
  }
  return null;
}

/** An ordinal adjective (`dritten` → 3, `zwanzigste` → 20, `ersten` → 1), or null. */
export function parseOrdinalWord(word: string, lex: NumberWordLexicon): number | null {
  const w = word.toLowerCase();
  for (const ending of lex.ordinalEndings) {
    if (ending && !w.endsWith(ending)) continue;
    const stem = ending ? w.slice(0, -ending.length) : w;
    const irregular = lex.ordinalIrregular.get(stem);
    if (irregular !== undefined) return irregular;
    // German: 2–19 take -t (zweit-, elft-), 20 and above -st (zwanzigst-, hundertst-).
    if (stem.endsWith('st')) {
      const n = belowMillion(stem.slice(0, -2), lex);
      if (n !== null && n >= 20) return n;
    }
    if (stem.endsWith('t')) {
      const n = belowMillion(stem.slice(0, -1), lex);
      if (n !== null && n >= 2 && n < 20) return n;
    }
    // English: -th (fourth, twentieth).
    if (stem.endsWith('th')) {
      const base = stem.slice(0, -2);
      const n = belowMillion(base, lex) ?? belowMillion(base.replace(/ie$/, 'y'), lex);
      if (n !== null && n >= 4) return n;
    }
  }
  return null;
}

import calendarData from './data/calendar.json' with { type: 'json' };
import relativeData from './data/relative.json' with { type: 'json' };

/** What an anchor word is: the date patterns worth trying around it depend on it. */
export type AnchorKind = 'digit' | 'month' | 'weekday' | 'deictic' | 'shift' | 'edge' | 'unit';

const ANCHORS = new Map<string, AnchorKind>();
for (const m of Object.keys(calendarData.months)) ANCHORS.set(m.replace(/\.$/, ''), 'month');
for (const w of Object.keys(calendarData.weekdays)) ANCHORS.set(w, 'weekday');
// A phrase ("last night") is anchored at its last word.
for (const w of Object.keys(relativeData.deictic)) ANCHORS.set(w.split(' ').pop()!, 'deictic');
for (const w of Object.keys(relativeData.shift)) ANCHORS.set(w, 'shift');
for (const w of Object.keys(relativeData.units)) ANCHORS.set(w, 'unit');
for (const w of ['anfang', 'mitte', 'ende', 'early', 'late', 'mid']) ANCHORS.set(w, 'edge');
for (const w of ['ago', 'days', 'weeks', 'months', 'years', 'tage', 'wochen', 'monate'])
  ANCHORS.set(w, 'unit');
const WEEKDAY_NAMES = Object.keys(calendarData.weekdays);

/**
 * First three letters of every anchor word, folded to small numbers (a–z, ä, ö, ü, ß): most
 * words ("der", "auch", "wenn") are rejected on these without a slice. Every anchor has at
 * least three letters.
 */
function letterIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c === 0xe4 || c === 0xc4) return 27;
  if (c === 0xf6 || c === 0xd6) return 28;
  if (c === 0xfc || c === 0xdc) return 29;
  if (c === 0xdf) return 30;
  return 0;
}
const prefixKey = (a: number, b: number, c: number): number =>
  letterIndex(a) * 1024 + letterIndex(b) * 32 + letterIndex(c);
const PREFIXES = new Uint8Array(32 * 1024);
for (const w of ANCHORS.keys())
  if (w.length >= 3) PREFIXES[prefixKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;
const MAX_ANCHOR_LENGTH = Math.max(...[...ANCHORS.keys()].map((w) => w.length)) + 10;
const DAY_PARTS = new Set(calendarData.dayParts);

const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Calls `visit` for every anchor word of `text`: a run of digits, or a word that
 * names a month, weekday, relative day, shift ("vergangene"), period edge
 * ("Anfang") or calendar unit ("Wochen"). One pass over the character codes.
 */
export function forEachAnchor(
  text: string,
  visit: (kind: AnchorKind, start: number, end: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      let j = i + 1;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      visit('digit', i, j);
      i = j;
      continue;
    }
    if (!isLetterCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetterCode(text.charCodeAt(j))) j++;
    const length = j - i;
    if (
      length >= 3 &&
      length <= MAX_ANCHOR_LENGTH &&
      PREFIXES[prefixKey(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2))] === 1
    ) {
      const word = text.slice(i, j).toLowerCase();
      const kind = ANCHORS.get(word) ?? weekdayCompound(word);
      if (kind) visit(kind, i, j);
    }
    i = j;
  }
}

/** The anchor kind of a word ("Woche" → unit, "März" → month), or undefined. */
export function anchorKindOf(word: string): AnchorKind | undefined {
  const lower = word.toLowerCase();
  return ANCHORS.get(lower) ?? weekdayCompound(lower);
}

/** "sonntagabend", "montagmorgen": a weekday with a part of the day. */
function weekdayCompound(word: string): AnchorKind | undefined {
  if (word.length < 9) return undefined;
  for (const day of WEEKDAY_NAMES) {
    if (word.startsWith(day) && DAY_PARTS.has(word.slice(day.length))) return 'weekday';
  }
  return undefined;
}

/** Start offsets of up to `count` words before `pos` (nearest last), across spaces and commas. */
export function wordStartsBefore(text: string, pos: number, count: number): number[] {
  const starts: number[] = [];
  let i = pos;
  while (starts.length < count) {
    let j = i;
    while (j > 0 && /[\s,]/.test(text[j - 1]!)) j--;
    if (j === i && i !== pos) break;
    let k = j;
    while (
      k > 0 &&
      (isLetterCode(text.charCodeAt(k - 1)) ||
        isDigitCode(text.charCodeAt(k - 1)) ||
        text[k - 1] === '.')
    )
      k--;
    if (k === j) break;
    starts.unshift(k);
    i = k;
  }
  return starts;
}

import calendarData from './data/calendar.json' with { type: 'json' };
import relativeData from './data/relative.json' with { type: 'json' };
import type { DateGranularity, DateRecord, Span } from '../contract/types.js';
import { parseCardinalWord } from '../quantities/number-words.js';
import { anchorKindOf, forEachAnchor, wordStartsBefore, type AnchorKind } from './anchors.js';
import { bareNumberIsYear } from './year-context.js';
import { dateLanguageFor, type DateLanguage, type DatePatternName } from './language.js';
import { sentenceAt } from '../quantities/sentence-at.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  isoWeek,
  isoWeekday,
  isValidDate,
  nearestYear,
  parseIsoDay,
  type CalendarDate,
} from './calendar.js';

export interface DateOptions {
  /** The date the document was written (`2024-11-18` or `18.11.2024`); relative dates are read against it. */
  documentDate?: string | null;
  /** Language code (`de`, the default, or `en`): its DateLanguage (`language.ts`) says which patterns apply; an unknown code is an error. */
  lang?: string;
  sentences?: readonly Span[];
}

type Relation = 'since' | 'until' | null;

/** A date found in the text before it is resolved. */
interface Candidate {
  start: number;
  end: number;
  /** Computes value and granularity from the document date (null when there is none). */
  resolve(ref: CalendarDate | null): Omit<DateRecord, 'start' | 'end' | 'text'>;
}

const MONTHS = calendarData.months as Record<string, number>;
const CAPITALISED_ONLY = new Set(calendarData.capitalisedOnly);

/** "May", not the modal "may"; "March", not the verb "march". */
function isMonthWord(word: string): boolean {
  return !CAPITALISED_ONLY.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);
}
const WEEKDAYS = calendarData.weekdays as Record<string, number>;
const SHIFT = relativeData.shift as Record<string, number>;
const DEICTIC = relativeData.deictic as Record<string, number>;
const PREPOSITIONS = relativeData.prepositions as Record<string, Relation>;
const UNITS = relativeData.units as Record<string, string>;

const alt = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const MONTH = `(${alt(Object.keys(MONTHS))})`;
const MONTH_E = `${MONTH}(?:(?<=\\.)|${E})`;
const WEEKDAY = `(${alt(Object.keys(WEEKDAYS))})`;
const DAYPART = `(?:${alt(calendarData.dayParts)})?`;
/** "Samstag morgen", "heute Abend": a part of the day written as a separate word. */
const SPACED_DAYPART = `(?:\\s(?:${alt(calendarData.dayParts)}|${alt(calendarData.dayParts.map((p) => p[0]!.toUpperCase() + p.slice(1)))}))?`;
const SHIFT_RE = `(${alt(Object.keys(SHIFT))})`;
const PREP_DAY = '(?:(am|vom|bis zum|zum|ab dem|seit dem|seit|bis|ab|an|on|since|until|by)\\s+)?';
const PREP_MONTH =
  '(?:((?:bis |seit |ab )?(?:Anfang|Mitte|Ende)|(?:(?:by|until|since|from|at|in) )?the (?:end|beginning|start|middle) of|im|seit|ab|bis|bis zum|vom|in early|in late|in mid|in|since|until|by|early|late|mid)\\s+)?';
const PREP_YEAR =
  '((?:bis |seit |ab )?(?:Anfang|Mitte|Ende)|(?:(?:by|until|since|from|at|in) )?the (?:end|beginning|start|middle) of|(?:im |seit dem |bis zum )?(?:Frühjahr|Frühling|Sommer|Herbst|Winter)|im Jahr|bis zum Jahr|bis zum Jahre|ab dem Jahr|für das Jahr|für|im Jahre|im|seit dem Jahr|seit|bis|ab|von|vor|nach|in|since|until|by)';
const COUNT = '([\\p{L}\\d]+)';

const PATTERNS: Record<DatePatternName, RegExp> = {
  numeric: new RegExp(
    `${B}${PREP_DAY}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d]|\\.\\d)`,
    'iuy',
  ),
  dayMonthNumeric: new RegExp(`${B}${PREP_DAY}(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d])`, 'iuy'),
  iso: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`, 'uy'),
  dayMonth: new RegExp(
    `${B}${PREP_DAY}(?:${WEEKDAY}${DAYPART},?\\s+(?:den\\s+)?)?(\\d{1,2})\\.\\s*${MONTH_E}(?:\\s+(\\d{4})${E})?`,
    'iuy',
  ),
  monthDay: new RegExp(
    `${B}${PREP_DAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${E}`,
    'iuy',
  ),
  daySpaceMonth: new RegExp(
    `${B}${PREP_DAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${E}`,
    'iuy',
  ),
  month: new RegExp(
    `${B}${PREP_MONTH}(?:(?:des\\s+|der\\s+)?${SHIFT_RE}\\s+)?${MONTH_E}(?:\\s+(\\d{4})${E})?`,
    'iuy',
  ),
  year: new RegExp(`${B}${PREP_YEAR}\\s+(\\d{4})(?![\\d]|[.,]\\d)`, 'iuy'),
  bareYear: new RegExp(
    `${B}(1\\d\\d\\d|20\\d\\d)(?![\\d]|[.,:]\\d)(?=\\s+\\p{Ll}|\\s*[,;)]|\\s*\\.(?!\\d)|\\s*[–—-]\\s*\\d{4})`,
    'uy',
  ),
  dayRange: new RegExp(
    `${B}(vom|von|zwischen dem)\\s+(\\d{1,2})\\.\\s*(?:bis(?: zum)?|und dem|[-–])\\s*(\\d{1,2})\\.\\s*${MONTH_E}(?:\\s+(\\d{4})${E})?`,
    'iuy',
  ),
  periodEdge: new RegExp(
    `${B}(?:(bis|seit|ab)\\s+)?(Anfang|Mitte|Ende)\\s+(des|der|dieses|diesen)\\s+(Jahres|Monats|Woche)${E}`,
    'uy',
  ),
  weekday: new RegExp(
    `${B}${PREP_DAY}(?:${SHIFT_RE}\\s+)?${WEEKDAY}${DAYPART}${SPACED_DAYPART}${E}`,
    'iuy',
  ),
  deictic: new RegExp(
    `${B}(?:(seit|bis|ab|ab|since|until)\\s+)?(heute|Heute|gestern|Gestern|vorgestern|Vorgestern|übermorgen|Übermorgen|morgen|today|Today|yesterday|Yesterday|tomorrow|Tomorrow|tonight|Tonight|last night|Last night)${SPACED_DAYPART}${E}`,
    'uy',
  ),
  shiftUnit: new RegExp(
    `${B}(?:(in der|in den|im|am|in|seit der|seit dem|bis zum|bis zur|Anfang|Mitte|Ende|Anfang der|Ende der|Mitte der|Anfang des|Ende des|Mitte des|der|des)\\s+)?${SHIFT_RE}\\s+(Woche|Monat|Monats|Jahr|Jahres|Wochenende|week|month|year|weekend)${E}`,
    'iuy',
  ),
  ago: new RegExp(
    `${B}(vor|Vor|in|In)\\s+${COUNT}\\s+(Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)${E}`,
    'uy',
  ),
  countAgo: new RegExp(`${B}${COUNT}\\s+(days?|weeks?|months?|years?)\\s+ago${E}`, 'iuy'),
  eventOffset: new RegExp(
    `${B}${COUNT}\\s+(Tage|Tag|Wochen|Woche|Monate|Monat|Jahre|Jahr|days?|weeks?|months?|years?)\\s+(bevor|vor|nach|nachdem|später|zuvor|früher|danach|davor|before|after|later|earlier)${E}`,
    'iuy',
  ),
};

const INDEFINITE = new Set([
  'einem',
  'einen',
  'eines',
  'jeden',
  'jedem',
  'jeder',
  'manchen',
  'a',
  'every',
]);
const FUTURE_CUES =
  /(?<![\p{L}])(wird|werden|werde|will|wollen|soll|sollen|plant|planen|geplant|kommende[nmrs]?|nächste[nmrs]?|shall|must|due|expects?|expected|plans?|planned|aims?|set to|going to)(?![\p{L}])/iu;

/** Which patterns can contain an anchor word of each kind. */
const PATTERNS_BY_ANCHOR: Record<AnchorKind, DatePatternName[]> = {
  // Digits are split further by shape in digitPatterns().
  digit: [],
  month: ['month', 'monthDay', 'dayMonth'],
  weekday: ['weekday', 'dayMonth'],
  deictic: ['deictic'],
  shift: ['shiftUnit', 'month', 'weekday'],
  edge: ['periodEdge', 'month', 'year'],
  unit: ['eventOffset', 'ago', 'countAgo', 'shiftUnit', 'periodEdge'],
};
const DAY_PATTERNS: DatePatternName[] = [
  'numeric',
  'dayMonthNumeric',
  'dayMonth',
  'dayRange',
  'daySpaceMonth',
];
const YEAR_PATTERNS: DatePatternName[] = ['iso', 'year', 'bareYear'];
const NO_PATTERNS: DatePatternName[] = [];

/**
 * A day ("17." "17.11.", and "17 March" where the language writes days without a period)
 * has one or two digits; a year four digits. Other numbers start no date.
 */
function digitPatterns(
  text: string,
  start: number,
  end: number,
  language: DateLanguage,
): DatePatternName[] {
  const length = end - start;
  if (length <= 2)
    return text[end] === '.' || (language.dayNumberBeforeSpace && text[end] === ' ')
      ? DAY_PATTERNS
      : NO_PATTERNS;
  return length === 4 ? YEAR_PATTERNS : NO_PATTERNS;
}
const PATTERN_INDEX = new Map(Object.keys(PATTERNS).map((name, i) => [name, i]));

/**
 * Finds and resolves every date in `text`. Without a document date, relative
 * dates come back with `resolved: false`.
 *
 * The patterns are tried only where a date can be: at anchor words (digits, month
 * and weekday names, "gestern", "vergangene", "Anfang", "Tagen" …) found by one
 * pass over the characters, starting at the anchor or up to `lookBehindWords` words before
 * it (for "am", "seit dem", "in der vergangenen", "by the end of"). Running each pattern over the whole
 * text instead costs about ten times as much.
 */
export function extractDates(text: string, options: DateOptions = {}): DateRecord[] {
  const ref = options.documentDate ? parseIsoDay(options.documentDate) : null;
  const language = dateLanguageFor(options.lang ?? 'de');
  const candidates: Candidate[] = [];
  const tried = new Set<number>();
  forEachAnchor(text, (kind, start, end) => {
    const names =
      kind === 'digit' ? digitPatterns(text, start, end, language) : PATTERNS_BY_ANCHOR[kind];
    if (names.length === 0 || !worthTrying(text, kind, start, end)) return;
    const starts = [...wordStartsBefore(text, start, language.lookBehindWords), start];
    for (const name of names) {
      if (!language.patterns.has(name)) continue;
      const re = PATTERNS[name];
      const index = PATTERN_INDEX.get(name)!;
      for (const s of starts) {
        const key = s * 32 + index;
        if (tried.has(key)) continue;
        tried.add(key);
        re.lastIndex = s;
        const m = re.exec(text);
        if (!m || m.index + m[0].length < end) continue;
        const c = BUILDERS[name](m, text, options.sentences, language);
        if (c) candidates.push(c);
      }
    }
  });
  // The earliest start wins where candidates overlap, and the longest among those.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateRecord[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    const record: DateRecord = { start: c.start, end: c.end, text: '', ...c.resolve(ref) };
    withClockTime(text, record);
    record.text = text.slice(record.start, record.end);
    out.push(record);
    lastEnd = record.end;
  }
  return out;
}

const CLOCK_TIME = /^,?\s+(?:um|gegen|ab|at)\s+(\d{1,2})(?:[.:](\d{2}))?\s*(?:Uhr|h)(?![\p{L}\d])/u;

/** "am Sonntag um 14.30 Uhr": a clock time right after a day makes it a point in time. */
function withClockTime(text: string, record: DateRecord): void {
  if (record.granularity !== 'day') return;
  const m = CLOCK_TIME.exec(text.slice(record.end, record.end + 24));
  if (!m) return;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return;
  record.end += m[0].length;
  record.granularity = 'time';
  if (record.value !== null) {
    record.value = `${record.value}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  }
}

const UNIT_OR_NAME = new Set<AnchorKind>(['unit', 'month', 'weekday']);
const UNIT_LEFT = /(?:^|[^\p{L}\p{N}])(?:\d+|[\p{L}]+)\s+$/u;

/**
 * Cheap checks before any pattern runs: a shift word ("diese", "letzten") dates nothing
 * unless a unit, month or weekday follows; a unit word ("Jahre") nothing unless a word or
 * number stands before it. They remove most anchors of running text.
 */
function worthTrying(text: string, kind: AnchorKind, start: number, end: number): boolean {
  if (kind === 'shift') {
    const m = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24));
    const next = m ? anchorKindOf(m[1]!) : undefined;
    return next !== undefined && UNIT_OR_NAME.has(next);
  }
  if (kind === 'unit') return UNIT_LEFT.test(text.slice(Math.max(0, start - 24), start));
  return true;
}

function relationOf(prep: string | undefined): Relation {
  if (!prep) return null;
  return (
    PREPOSITIONS[prep.toLowerCase()] ??
    // "by the end of", "since the start of": the first word says it.
    (prep.includes(' ') ? PREPOSITIONS[prep.split(' ')[0]!.toLowerCase()] : undefined) ??
    (prep.toLowerCase().startsWith('bis')
      ? 'until'
      : prep.toLowerCase().startsWith('seit') || prep.toLowerCase().startsWith('ab')
        ? 'since'
        : null)
  );
}

function span(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

function absolute(
  value: string,
  granularity: DateGranularity,
  relation: Relation,
): Omit<DateRecord, 'start' | 'end' | 'text'> {
  return { value, granularity, resolved: true, relative: null, relation };
}

function unresolved(
  granularity: DateGranularity,
  relation: Relation,
  relative: 'document' | 'event',
  offset?: string,
): Omit<DateRecord, 'start' | 'end' | 'text'> {
  const r: Omit<DateRecord, 'start' | 'end' | 'text'> = {
    value: null,
    granularity,
    resolved: false,
    relative,
    relation,
  };
  if (offset) r.offset = offset;
  return r;
}

function fromRef(
  value: string,
  granularity: DateGranularity,
  relation: Relation,
  offset?: string,
): Omit<DateRecord, 'start' | 'end' | 'text'> {
  const r: Omit<DateRecord, 'start' | 'end' | 'text'> = {
    value,
    granularity,
    resolved: true,
    relative: 'document',
    relation,
  };
  if (offset) r.offset = offset;
  return r;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** A count before a time unit: digits, an article, or a number word of one of the language's count lexicons. */
function countOf(word: string, language: DateLanguage): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (['ein', 'eine', 'einem', 'einer', 'einen', 'a', 'an', 'one'].includes(lower)) return 1;
  // The lexicon whose single-digit words hold the word (or its first part), else the last.
  const first = lower.split('-')[0]!;
  const lexicons = language.countLexicons;
  const lexicon = lexicons.find((l) => l.words.units.has(first)) ?? lexicons[lexicons.length - 1]!;
  return parseCardinalWord(lower, lexicon.words);
}

function futureCue(text: string, at: number, sentences: readonly Span[] | undefined): boolean {
  // The sentence around `at`, at most 120 characters before and 60 after.
  let from = Math.max(0, at - 120);
  let to = Math.min(text.length, at + 60);
  const sentence = sentences ? sentenceAt(sentences, at) : undefined;
  if (sentence) {
    from = Math.max(from, sentence.start);
    to = Math.min(to, sentence.end);
  } else {
    const cut = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at));
    if (cut >= from) from = cut + 1;
    const after = /[.!?](?:\s|$)|\n/.exec(text.slice(at, to));
    if (after) to = at + after.index;
  }
  return FUTURE_CUES.test(text.slice(from, to));
}

function isoDuration(n: number, unit: string): string {
  const u = unit.toLowerCase();
  const letter =
    u.startsWith('tag') || u.startsWith('day')
      ? 'D'
      : u.startsWith('woche') || u.startsWith('week')
        ? 'W'
        : u.startsWith('monat') || u.startsWith('month')
          ? 'M'
          : 'Y';
  return `P${n}${letter}`;
}

function granularityOfUnit(unit: string): DateGranularity {
  const u = unit.toLowerCase();
  return u.startsWith('tag') || u.startsWith('day')
    ? 'day'
    : u.startsWith('woche') || u.startsWith('week')
      ? 'week'
      : u.startsWith('monat') || u.startsWith('month')
        ? 'month'
        : 'year';
}

function shiftedValue(ref: CalendarDate, n: number, unit: string): string {
  switch (granularityOfUnit(unit)) {
    case 'day':
      return formatDay(addDays(ref, n));
    case 'week':
      return isoWeek(addDays(ref, 7 * n));
    case 'month': {
      const d = addMonths(ref, n);
      return formatMonth(d.year, d.month);
    }
    default:
      return String(ref.year + n);
  }
}

type Builder = (
  m: RegExpExecArray,
  text: string,
  sentences: readonly Span[] | undefined,
  language: DateLanguage,
) => Candidate | null;

function dayCandidate(
  m: RegExpExecArray,
  prep: string | undefined,
  d: number,
  mo: number,
  y: string | undefined,
): Candidate | null {
  const relation = relationOf(prep);
  if (y !== undefined) {
    const year = fullYear(y);
    if (!isValidDate(year, mo, d)) return null;
    return {
      ...span(m),
      resolve: () => absolute(formatDay({ year, month: mo, day: d }), 'day', relation),
    };
  }
  if (!isValidDate(2024, mo, d)) return null;
  return {
    ...span(m),
    resolve: (ref) => {
      if (!ref) return unresolved('day', relation, 'document');
      const year = nearestYear(ref, mo, d, relation === 'since' ? 'past' : 'nearest');
      return fromRef(formatDay({ year, month: mo, day: d }), 'day', relation);
    },
  };
}

const BUILDERS: Record<DatePatternName, Builder> = {
  numeric: (m) => dayCandidate(m, m[1], Number(m[2]), Number(m[3]), m[4]),
  bareYear: (m, text) => {
    const year = Number(m[1]);
    // A year standing alone before a verb or punctuation ("2023 sank", "für 2025"); not a count ("2000 Panzer").
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:Nr\.|Nummer|§|Seite)\s*$/.test(before) || /[\d.,]\s*$/.test(before) || year < 1000)
      return null;
    if (!bareNumberIsYear(text, m.index + m[0].length)) return null;
    return { ...span(m), resolve: () => absolute(String(year), 'year', null) };
  },
  dayRange: (m) => {
    // "vom 1. bis 3. Dezember": the first day; the second is found by dayMonth.
    const [d1, mo, y] = [Number(m[2]), MONTHS[m[4]!.toLowerCase()]!, m[5]];
    const c = dayCandidate(m, undefined, d1, mo, y);
    if (!c) return null;
    const end = m.index + m[0].indexOf('.', m[1]!.length) + 1;
    return { start: m.index, end, resolve: c.resolve };
  },
  periodEdge: (m) => {
    const unit = m[4]!.toLowerCase();
    const relation = relationOf(m[1]);
    const granularity: DateGranularity =
      unit === 'jahres' ? 'year' : unit === 'monats' ? 'month' : 'week';
    return {
      ...span(m),
      resolve: (ref) =>
        ref
          ? fromRef(
              granularity === 'year'
                ? String(ref.year)
                : granularity === 'month'
                  ? formatMonth(ref.year, ref.month)
                  : isoWeek(ref),
              granularity,
              relation,
            )
          : unresolved(granularity, relation, 'document'),
    };
  },
  dayMonthNumeric: (m) => dayCandidate(m, m[1], Number(m[2]), Number(m[3]), undefined),
  iso: (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) return null;
    return {
      ...span(m),
      resolve: () => absolute(formatDay({ year: y, month: mo, day: d }), 'day', null),
    };
  },
  dayMonth: (m) => dayCandidate(m, m[1], Number(m[3]), MONTHS[m[4]!.toLowerCase()]!, m[5]),
  monthDay: (m) =>
    isMonthWord(m[2]!)
      ? dayCandidate(m, m[1], Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, m[4])
      : null,
  daySpaceMonth: (m) =>
    isMonthWord(m[3]!)
      ? dayCandidate(m, m[1], Number(m[2]), MONTHS[m[3]!.toLowerCase()]!, m[4])
      : null,
  month: (m, text, sentences) => {
    const [prep, shiftWord, monthWord, y] = [m[1], m[2], m[3]!, m[4]];
    const mo = MONTHS[monthWord.toLowerCase()]!;
    if (!isMonthWord(monthWord)) return null;
    // A bare month name needs a year, a preposition or a shift word: "Mai" alone may be a name.
    if (!prep && !shiftWord && !y) return null;
    if (!y && !/^\p{Lu}/u.test(monthWord)) return null;
    const relation = relationOf(prep);
    if (y) {
      const year = Number(y);
      return { ...span(m), resolve: () => absolute(formatMonth(year, mo), 'month', relation) };
    }
    const shift = shiftWord ? SHIFT[shiftWord.toLowerCase()] : undefined;
    // "Im Dezember soll das Parlament entscheiden": a future verb points to the coming December.
    const direction =
      relation === 'since' ? 'past' : futureCue(text, m.index, sentences) ? 'future' : 'nearest';
    return {
      ...span(m),
      resolve: (ref) => {
        if (!ref) return unresolved('month', relation, 'document');
        let year: number;
        if (shift === -1) year = mo < ref.month ? ref.year : ref.year - 1;
        else if (shift === 1) year = mo > ref.month ? ref.year : ref.year + 1;
        else if (shift === 0) year = ref.year;
        else year = nearestYear(ref, mo, direction === 'past' ? 1 : 15, direction);
        return fromRef(formatMonth(year, mo), 'month', relation);
      },
    };
  },
  year: (m) => {
    const year = Number(m[2]);
    if (year < 1800 || year > 2100) return null;
    const relation = relationOf(m[1]!.split(' ')[0]);
    return { ...span(m), resolve: () => absolute(String(year), 'year', relation) };
  },
  weekday: (m, text, sentences) => {
    const [prep, shiftWord, weekdayWord] = [m[1], m[2], m[3]!];
    if (!/^\p{Lu}/u.test(weekdayWord)) return null;
    // "an einem Freitag", "jeden Sonntag": no particular day.
    const before = /(\p{L}+)\s+$/u
      .exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]
      ?.toLowerCase();
    if (!m[1] && before && INDEFINITE.has(before)) return null;
    const wd = WEEKDAYS[weekdayWord.toLowerCase()]!;
    const relation = relationOf(prep);
    const shift = shiftWord ? SHIFT[shiftWord.toLowerCase()] : undefined;
    // "bis Montag" / "ab Montag" in the present tense point ahead: schools stay
    // closed until the coming Monday, not the one that has passed.
    const future =
      shift === 1 ||
      (shift === undefined &&
        (relation === 'until' || /^ab$/i.test(prep ?? '') || futureCue(text, m.index, sentences)));
    return {
      ...span(m),
      resolve: (ref) => {
        if (!ref) return unresolved('day', relation, 'document');
        const today = isoWeekday(ref);
        let delta: number;
        // "kommenden Montag" is never today; "am Dienstag" with a future verb may be ("am heutigen Dienstag").
        if (shift === 0) delta = (wd - today + 7) % 7;
        else if (shift === 1) delta = (wd - today + 7) % 7 || 7;
        else if (shift === -1) delta = -((today - wd + 7) % 7 || 7);
        else if (future) delta = (wd - today + 7) % 7;
        else delta = -((today - wd + 7) % 7);
        return fromRef(formatDay(addDays(ref, delta)), 'day', relation);
      },
    };
  },
  deictic: (m) => {
    const days = DEICTIC[m[2]!.toLowerCase()]!;
    const relation = relationOf(m[1]);
    return {
      ...span(m),
      resolve: (ref) =>
        ref
          ? fromRef(formatDay(addDays(ref, days)), 'day', relation)
          : unresolved('day', relation, 'document'),
    };
  },
  shiftUnit: (m) => {
    const [prep, shiftWord, unitWord] = [m[1], m[2]!, m[3]!];
    const shift = SHIFT[shiftWord.toLowerCase()]!;
    const unit = UNITS[unitWord.toLowerCase()]!;
    const relation = relationOf(prep);
    const granularity: DateGranularity = unit === 'weekend' ? 'week' : (unit as DateGranularity);
    // "des vergangenen Jahres" after a noun is fine; "der vergangenen Woche" too.
    return {
      ...span(m),
      resolve: (ref) => {
        if (!ref) return unresolved(granularity, relation, 'document');
        if (unit === 'weekend') {
          const saturday = addDays(
            ref,
            6 -
              isoWeekday(ref) +
              7 * (shift === -1 && isoWeekday(ref) < 6 ? -1 : shift === 1 ? 1 : 0),
          );
          return fromRef(isoWeek(saturday), 'week', relation);
        }
        return fromRef(shiftedValue(ref, shift, unit), granularity, relation);
      },
    };
  },
  ago: (m, text, sentences, language) => {
    const n = countOf(m[2]!, language);
    if (n === null || n <= 0) return null;
    const sign = m[1]!.toLowerCase() === 'vor' ? -1 : 1;
    // "in zwei Tagen zerstört" is a duration; "soll in 30 Tagen beginnen" a date.
    if (sign > 0 && !futureCue(text, m.index, sentences)) return null;
    const unit = m[3]!;
    const offset = (sign < 0 ? '-' : '') + isoDuration(n, unit);
    const granularity = granularityOfUnit(unit);
    return {
      ...span(m),
      resolve: (ref) =>
        ref
          ? fromRef(shiftedValue(ref, sign * n, unit), granularity, null, offset)
          : unresolved(granularity, null, 'document', offset),
    };
  },
  countAgo: (m, _text, _sentences, language) => {
    const n = countOf(m[1]!, language);
    if (n === null || n <= 0) return null;
    const unit = m[2]!;
    const offset = '-' + isoDuration(n, unit);
    const granularity = granularityOfUnit(unit);
    return {
      ...span(m),
      resolve: (ref) =>
        ref
          ? fromRef(shiftedValue(ref, -n, unit), granularity, null, offset)
          : unresolved(granularity, null, 'document', offset),
    };
  },
  eventOffset: (m, _text, _sentences, language) => {
    const n = countOf(m[1]!, language);
    if (n === null || n <= 0) return null;
    const word = m[3]!.toLowerCase();
    const back = ['bevor', 'vor', 'zuvor', 'früher', 'davor', 'before', 'earlier'].includes(word);
    const offset = (back ? '-' : '') + isoDuration(n, m[2]!);
    const granularity = granularityOfUnit(m[2]!);
    return { ...span(m), resolve: () => unresolved(granularity, null, 'event', offset) };
  },
};

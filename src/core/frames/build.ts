import type {
  DateRecord,
  DocumentRecord,
  FrameBearerRecord,
  FrameQualifierRecord,
  FrameRecord,
  FrameSourceRecord,
  QuantityRecord,
  Span,
  TextSpan,
} from '../contract/types.js';
import { formatValue } from '../compare/claims.js';
import { intervalOf, overlaps } from '../compare/intervals.js';
import { isDateline } from '../compare/statements.js';
import { asPart, findAttribute, keyOfWord, type FoundAttribute } from './attribute.js';
import { aliasOf, findBearer, named } from './bearer.js';
import { findEvent } from './event.js';
import { ATTRIBUTES, dimensionOf, GENERIC_COUNTED, QUALIFIER_WORDS } from './lexicon.js';
import { locate, type Located } from './located.js';
import { Names } from './names.js';
import { findPlace } from './place.js';
import { isTallySecond, partnerOf } from './tally.js';
import { findQualifiers } from './qualifiers.js';
import { findSource, quoteSource } from './source.js';
import { correctedFrom, supersededCue } from './superseded.js';
import { DocView, wordRange, type SentenceView, type Word } from './view.js';

/** How far back (in characters) a pronoun looks for the name it stands for. */
const PRONOUN_REACH = 400;

interface SentenceInfo {
  source: { source: FrameSourceRecord; phrase: Span } | null;
  /** Word ranges of every value (quantity or date) in the sentence. */
  values: [number, number][];
  /** Word ranges of its quantities: the values qualifiers are shared among. */
  quantities: [number, number][];
}

interface Item {
  kind: 'quantity' | 'date';
  index: number;
  span: Span & { text: string };
  q?: QuantityRecord;
  d?: DateRecord;
}

/**
 * Every quantity and event date of a document as a claim frame: bearer, attribute
 * (the event, for a date), qualifiers, value, source, and whether the report itself
 * marks the figure as outdated. Frames are what `compare` matches across reports:
 * two values are compared only when their frames match.
 */
export function buildFrames(doc: DocumentRecord): FrameRecord[] {
  const view = new DocView(doc);
  const names = new Names(doc);
  const items = itemsOf(doc);
  const isName = (w: Word) => {
    const n = names.at(w.start, w.end);
    return (n !== undefined && !n.derived) || aliasOf(w) !== undefined;
  };
  const infos = new Map<number, SentenceInfo>();
  const infoOf = (sentence: SentenceView): SentenceInfo => {
    let info = infos.get(sentence.index);
    if (!info) {
      info = { source: findSource(view, sentence, names), values: [], quantities: [] };
      for (const item of items) {
        if (item.span.start >= sentence.start && item.span.end <= sentence.end) {
          const range = wordRange(sentence, item.span);
          info.values.push(range);
          if (item.kind === 'quantity') info.quantities.push(range);
        }
      }
      infos.set(sentence.index, info);
    }
    return info;
  };

  const year = reportYear(doc);
  const frames: FrameRecord[] = [];
  const built: { frame: FrameRecord; item: Item; loc: Located; cue: TextSpan | null }[] = [];
  for (const item of items) {
    const loc = locate(view, item.span);
    if (!loc) continue;
    const info = infoOf(loc.sentence);
    const previous = previousOf(built, item.kind, loc.sentence.index);
    const sources = info.source ? [info.source.phrase] : [];
    let attribute: FoundAttribute;
    if (item.q) {
      attribute = findAttribute(loc, item.q, isName);
      if (attribute.generic) {
        // "Die Kosten waren auf 6,9 Millionen geschätzt worden, inzwischen rechnet die
        // Verwaltung mit 9,2 Millionen": within a sentence, a bare figure continues the one before.
        const sameSentence = previous?.loc.sentence === loc.sentence ? previous : undefined;
        attribute =
          inherited(sameSentence, item) ??
          subjectAttribute(loc, item.q, names) ??
          inherited(previous, item) ??
          leadIn(loc, item.q, infoOf) ??
          attribute;
      }
      attribute = asPart(loc, item.q, attribute);
      if (partnerOf(doc, item.index) !== null) {
        attribute = {
          key: 'vote-tally',
          label: 'Stimmenverhältnis',
          words: [],
          generic: false,
          at: null,
        };
      }
    } else {
      attribute = { ...findEvent(loc), generic: false };
    }
    const found = findBearer({
      loc,
      names,
      attributeAt: attribute.at,
      sources,
      values: info.values,
    });
    let bearer: FrameBearerRecord | null = found === 'pronoun' ? null : found;
    if ((found === 'pronoun' || (found === null && attribute.generic)) && previous?.frame.bearer) {
      bearer = { ...previous.frame.bearer, how: 'previous' };
    } else if (found === 'pronoun') {
      // "Brenner war 2017 gescheitert. Damals kam er auf 39,8 Prozent": the name before.
      const before = names.lastBefore(
        loc.sentence.start,
        (n) => n.type === 'PER' || n.type === 'ORG',
        loc.sentence.start - PRONOUN_REACH,
      );
      if (before) bearer = named(before, 'previous');
    }
    const qualifiers = findQualifiers(loc, info.quantities)
      .filter((qualifier) => item.kind === 'quantity' || qualifier.dimension !== 'time')
      .map((qualifier) => pastYear(qualifier, year));
    const place = item.q ? findPlace(loc, names, dimensionOf(item.q) ?? 'count', bearer) : null;
    if (place) qualifiers.push(place);
    if (!qualifiers.some((q) => q.dimension === 'stage')) {
      const carried = carriedStage(view, loc);
      if (carried) qualifiers.push(carried);
    }
    const frame: FrameRecord = {
      kind: item.kind,
      index: item.index,
      start: item.span.start,
      end: item.span.end,
      text: item.span.text,
      value: item.q ? formatValue(item.q) : (item.d!.value ?? null),
      bearer,
      attribute: { key: attribute.key, label: attribute.label, words: attribute.words },
      qualifiers,
      source: quoteSource(doc, item.span) ?? info.source?.source ?? null,
      superseded: item.q ? correctedFrom(loc, info.values) : null,
    };
    frames.push(frame);
    built.push({ frame, item, loc, cue: item.q ? supersededCue(loc) : null });
  }
  // "In der ersten Prognose lag die SPD bei 30 Prozent. Am Ende standen 31,4 Prozent":
  // a preliminary figure gives way to the report's later figure for the frame.
  for (const b of built) {
    const stage = b.frame.qualifiers.find(
      (q) => q.dimension === 'stage' && q.key === 'preliminary',
    );
    if (!stage || b.item.kind !== 'quantity') continue;
    const later = built.some(
      (o) =>
        o.item.kind === 'quantity' &&
        o.frame.start > b.frame.start &&
        !o.frame.qualifiers.some((q) => q.dimension === 'stage' && q.key === 'preliminary') &&
        sameFrame(o.frame, b.frame) &&
        differ(o.item.q!, b.item.q!),
    );
    if (later) b.frame.superseded = { start: stage.start, end: stage.end, text: stage.text };
  }
  // "Zunächst war von zwei Toten die Rede": outdated only if the report gives another figure for the frame.
  for (const b of built) {
    if (!b.cue || b.frame.superseded || b.frame.attribute.key.startsWith('dim:')) continue;
    const other = built.some(
      (o) =>
        o !== b &&
        o.item.kind === 'quantity' &&
        o.frame.attribute.key === b.frame.attribute.key &&
        sameOrUnknownBearer(o.frame, b.frame) &&
        differ(o.item.q!, b.item.q!),
    );
    if (other) b.frame.superseded = b.cue;
  }
  return frames;
}

/** The last frame of a kind in this sentence or the one before: what an elliptic figure or a pronoun continues. */
function previousOf<T extends { item: Item; loc: Located }>(
  built: readonly T[],
  kind: Item['kind'],
  sentence: number,
): T | undefined {
  for (let i = built.length - 1; i >= 0; i--) {
    const b = built[i]!;
    if (sentence - b.loc.sentence.index > 1) return undefined;
    if (b.item.kind === kind) return b;
  }
  return undefined;
}

function itemsOf(doc: DocumentRecord): Item[] {
  const items: Item[] = [];
  doc.quantities.forEach((q, index) => {
    // Ordinals rank rather than measure; "300 km (186 Meilen)" restates its first value.
    if (q.kind === 'ordinal') return;
    if (q.conversion !== null && q.conversion.with < index) return;
    // "mit 15 zu 9 Stimmen" is one result, framed on its first count.
    if (isTallySecond(doc, index)) return;
    items.push({ kind: 'quantity', index, span: q, q });
  });
  doc.dates.forEach((d, index) => {
    if (isDateline(doc.text, d)) return;
    items.push({ kind: 'date', index, span: d, d });
  });
  return items.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A figure no attribute word names may still have a measured noun before it: "Die
 * Inflation lag bei 2,1 Prozent" measures the Inflation (not a name, not a plain
 * "Menschen", not a time).
 */
function subjectAttribute(loc: Located, q: QuantityRecord, names: Names): FoundAttribute | null {
  if (!q.subject || q.subject.start < loc.sentence.start || q.subject.end > loc.sentence.end) {
    return null;
  }
  const words = loc.sentence.words;
  const [first, last] = wordRange(loc.sentence, q.subject);
  for (let i = last; i >= first; i--) {
    const w = words[i]!;
    if (w.pos !== 'NN') continue;
    if (names.at(w.start, w.end) || GENERIC_COUNTED.has(w.lemma)) return null;
    if (QUALIFIER_WORDS.matchAt(words, i) || keyOfWord(words, i)) return null;
    return {
      key: `noun:${w.lemma}`,
      label: w.surface,
      words: [loc.view.textOf(w)],
      generic: false,
      at: i,
    };
  }
  return null;
}

/**
 * "Wie hoch der Schaden ist, lässt sich noch nicht sagen. Die Verwaltung geht von
 * mindestens 45 Millionen Euro aus": a sentence without a figure that names an
 * attribute leads in to the bare figure of the next one, which measures it.
 */
function leadIn(
  loc: Located,
  q: QuantityRecord,
  infoOf: (sentence: SentenceView) => SentenceInfo,
): FoundAttribute | null {
  const before = loc.view.sentences[loc.sentence.index - 1];
  if (!before || infoOf(before).values.length > 0) return null;
  const dim = dimensionOf(q) ?? 'count';
  for (let i = before.words.length - 1; i >= 0; i--) {
    const key = keyOfWord(before.words, i);
    if (!key || !ATTRIBUTES.get(key.key)?.units.includes(dim)) continue;
    const span = { start: before.words[i]!.start, end: before.words[i + key.length - 1]!.end };
    return {
      key: key.key,
      label: ATTRIBUTES.get(key.key)?.label ?? key.key,
      words: [loc.view.textOf(span)],
      generic: false,
      at: null,
    };
  }
  return null;
}

/** "Die SPD kam auf 31 Prozent, im Vorjahr waren es 28 Prozent": the elliptic figure measures what the one before did. */
function inherited(
  previous: { frame: FrameRecord; item: Item } | undefined,
  item: Item,
): FoundAttribute | null {
  if (!previous?.item.q || !item.q || dimensionOf(previous.item.q) !== dimensionOf(item.q))
    return null;
  const attribute = previous.frame.attribute;
  return { ...attribute, generic: attribute.key.startsWith('dim:'), at: null };
}

/** Same attribute (a bare share counts as any share) and the same named bearer. */
function sameFrame(a: FrameRecord, b: FrameRecord): boolean {
  const generic = (f: FrameRecord) => f.attribute.key.startsWith('dim:');
  const attribute = a.attribute.key === b.attribute.key || generic(a) || generic(b);
  return attribute && a.bearer !== null && b.bearer !== null && a.bearer.key === b.bearer.key;
}

/**
 * The year a report is written in: the year of its dates read against the report
 * date ("am Sonntag"), else its latest absolute date. null when it gives none.
 */
function reportYear(doc: DocumentRecord): number | null {
  let relative: number | null = null;
  let latest: number | null = null;
  for (const d of doc.dates) {
    if (!d.resolved || !d.value) continue;
    const year = Number(d.value.slice(0, 4));
    if (!Number.isFinite(year)) continue;
    if (d.relative === 'document') relative = Math.max(relative ?? 0, year);
    latest = Math.max(latest ?? 0, year);
  }
  return relative ?? latest;
}

/** "2021 hatte die CDU noch 33 Prozent" in a report of 2026: a past year (`past:2021`), not the current figure. */
function pastYear(q: FrameQualifierRecord, year: number | null): FrameQualifierRecord {
  if (q.dimension !== 'time' || !/^\d{4}$/.test(q.key) || year === null) return q;
  return Number(q.key) < year ? { ...q, key: `past:${q.key}` } : q;
}

/** Words that point back to the previous sentence's figures: "Die SPD lag darin bei 30 Prozent". */
const POINTING_BACK = new Set(['darin', 'demnach', 'danach', 'dort', 'dabei', 'hierbei']);

/** A stage named in the previous sentence ("die erste Prognose") that "darin"/"demnach" carries over. */
function carriedStage(view: DocView, loc: Located): FrameQualifierRecord | null {
  if (!loc.sentence.words.some((w) => POINTING_BACK.has(w.lower))) return null;
  const previous = view.sentences[loc.sentence.index - 1];
  if (!previous) return null;
  for (let i = 0; i < previous.words.length; i++) {
    const hit = QUALIFIER_WORDS.matchAt(previous.words, i);
    if (hit?.key.dimension === 'stage') {
      const w = previous.words[i]!;
      const end = previous.words[i + hit.length - 1]!.end;
      return { ...view.textOf({ start: w.start, end }), dimension: 'stage', key: hit.key.key };
    }
  }
  return null;
}

/** Within one report: not two different names ("SPD" / "CDU"); common nouns are often varied ("der Zug" / "die Bahn"). */
function sameOrUnknownBearer(a: FrameRecord, b: FrameRecord): boolean {
  return (
    !a.bearer || !b.bearer || !a.bearer.named || !b.bearer.named || a.bearer.key === b.bearer.key
  );
}

function differ(a: QuantityRecord, b: QuantityRecord): boolean {
  const [ia, ib] = [intervalOf(a), intervalOf(b)];
  return ia !== null && ib !== null && dimensionOf(a) === dimensionOf(b) && !overlaps(ia, ib);
}

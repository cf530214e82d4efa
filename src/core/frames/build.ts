import type {
  DateRecord,
  DocumentRecord,
  FrameBearerRecord,
  FrameRecord,
  FrameSourceRecord,
  QuantityRecord,
  Span,
  TextSpan,
} from '../contract/types.js';
import { formatValue } from '../compare/claims.js';
import { intervalOf, overlaps } from '../compare/intervals.js';
import { isDateline } from '../compare/statements.js';
import { findAttribute, keyOfWord, type FoundAttribute } from './attribute.js';
import { aliasOf, findBearer } from './bearer.js';
import { findEvent } from './event.js';
import { dimensionOf, GENERIC_COUNTED, QUALIFIER_WORDS } from './lexicon.js';
import { locate, type Located } from './located.js';
import { Names } from './names.js';
import { findQualifiers } from './qualifiers.js';
import { findSource, quoteSource } from './source.js';
import { correctedFrom, supersededCue } from './superseded.js';
import { DocView, wordRange, type SentenceView, type Word } from './view.js';

interface SentenceInfo {
  source: { source: FrameSourceRecord; phrase: Span } | null;
  /** Word ranges of every value (quantity or date) in the sentence. */
  values: [number, number][];
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
      info = { source: findSource(view, sentence, names), values: [] };
      for (const item of items) {
        if (item.span.start >= sentence.start && item.span.end <= sentence.end) {
          info.values.push(wordRange(sentence, item.span));
        }
      }
      infos.set(sentence.index, info);
    }
    return info;
  };

  const frames: FrameRecord[] = [];
  const built: { frame: FrameRecord; item: Item; loc: Located; cue: TextSpan | null }[] = [];
  for (const item of items) {
    const loc = locate(view, item.span);
    if (!loc) continue;
    const info = infoOf(loc.sentence);
    const previous = [...built]
      .reverse()
      .find((b) => b.item.kind === item.kind && loc.sentence.index - b.loc.sentence.index <= 1);
    const sources = info.source ? [info.source.phrase] : [];
    let attribute: FoundAttribute;
    if (item.q) {
      attribute = findAttribute(loc, item.q, isName);
      if (attribute.generic) {
        attribute = subjectAttribute(loc, item.q, names) ?? inherited(previous, item) ?? attribute;
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
    }
    const qualifiers = findQualifiers(loc, info.values).filter(
      (qualifier) => item.kind === 'quantity' || qualifier.dimension !== 'time',
    );
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

function itemsOf(doc: DocumentRecord): Item[] {
  const items: Item[] = [];
  doc.quantities.forEach((q, index) => {
    // Ordinals rank rather than measure; "300 km (186 Meilen)" restates its first value.
    if (q.kind === 'ordinal') return;
    if (q.conversion !== null && q.conversion.with < index) return;
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

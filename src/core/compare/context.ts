import type { DocumentRecord } from '../contract/types.js';
import type { CrossEntities } from './cross-entities.js';
import type { Statement } from './statements.js';
import { documentName } from '../render/excerpt.js';
import { intervalOf, isVaguePlural, overlaps, sameDimension, type Interval } from './intervals.js';
import { isWeakVerb } from './polarity.js';
import { bearerRelation, qualifiersCompatible } from './conflicts/frame-pairs.js';
import { partnerOf } from '../frames/index.js';
import type { FrameRecord } from '../contract/types.js';
import { buildScoreMatrix } from './score-matrix.js';
import alignmentWords from './data/alignment.de.json' with { type: 'json' };

/** Dates that name the day of writing ("heute"): shared by every report of a story. */
const DEICTIC_DATES: ReadonlySet<string> = new Set(alignmentWords.deicticDates);
import { termSimilarity, jaccard, topicTerms, type TermVector } from './vectors.js';

/** Everything the finders share: the reports, their statements, and how alike two statements are. */
export interface ComparisonContext {
  documents: readonly DocumentRecord[];
  cross: CrossEntities;
  /** Statements of every report, in report then sentence order. */
  statements: readonly Statement[];
  /** Statements of one report. */
  byDoc: readonly (readonly Statement[])[];
  vectorOf(statement: Statement): TermVector;
  /** Short name of a report for explanations: its file name. */
  nameOf(doc: number): string;
  /** How alike two statements of different reports are, 0…1: fast, for scanning all pairs. */
  score(a: Statement, b: Statement): number;
  /** The same score with what it rests on (shared lemmas, entities, values): for findings. */
  similarity(a: Statement, b: Statement): Similarity;
  /** The story's topic words (see topicTerms). */
  topic: ReadonlySet<string>;
  /**
   * Terms of a report in the words the comparison uses for all reports: a report
   * in another language than the others has its words projected (see
   * src/core/crosslingual/project.ts); unset or identity within one language.
   */
  mapTerms?: (doc: number, terms: Iterable<string>) => Set<string>;
  /** In how many statements (of all reports) a term occurs. */
  frequency(term: string): number;
  /**
   * What two statements share beyond who and where and the story's topic: their
   * shared words that are neither names nor topic words, and their shared values.
   * Two sentences about one fact share what happened, or a figure.
   */
  evidence(
    a: Statement,
    b: Statement,
  ): {
    terms: string[];
    weight: number;
    /** Shared terms that are predicates (full verbs, predicative adjectives) in either statement. */
    predicates: number;
    values: string[];
    figures: number;
    disagree: boolean;
    /** Claim frames both give with the same value (see framesAgree). */
    frames: number;
  };
}

export interface Similarity {
  score: number;
  lemmas: string[];
  entities: string[];
  /** Values both statements give (same measure, compatible figures), as text of the first. */
  values: string[];
}

/** Weights of the signals that say two statements are about the same thing. */
const TERM_WEIGHT = 0.7;
const ENTITY_WEIGHT = 0.2;
const VALUE_WEIGHT = 0.1;
/** A shared distinctive figure ("1.200 Bewohner", "7,40 Meter") says more than a shared date or small count. */
const FIGURE_WEIGHT = 0.15;
/** A shared word that one statement has only from the sentence before counts this much as evidence. */
const CARRIED_EVIDENCE = 0.5;

export function createContext(
  documents: readonly DocumentRecord[],
  cross: CrossEntities,
  byDoc: readonly (readonly Statement[])[],
  vectors: readonly TermVector[],
): ComparisonContext {
  const statements = byDoc.flat();
  const vectorIndex = new Map(statements.map((s, i) => [s, vectors[i]!]));
  const indexOf = new Map(statements.map((s, i) => [s, i]));
  const vectorOf = (s: Statement) => vectorIndex.get(s)!;
  const matrix = buildScoreMatrix(statements, vectors);
  const topic = topicTerms(byDoc);
  const frequency = new Map<string, number>();
  for (const s of statements)
    for (const t of s.terms.keys()) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const score = (a: Statement, b: Statement, values: number, figures = 0) => {
    const [i, j] = [indexOf.get(a)!, indexOf.get(b)!];
    return (
      TERM_WEIGHT * matrix.terms(i, j) +
      ENTITY_WEIGHT * matrix.entities(i, j) +
      (figures > 0 ? FIGURE_WEIGHT : values > 0 ? VALUE_WEIGHT : 0)
    );
  };
  const ctx: ComparisonContext = {
    documents,
    cross,
    statements,
    byDoc,
    vectorOf,
    nameOf: (doc) => documentName(documents[doc]!),
    score(a, b) {
      const hasValues =
        (a.quantities.length > 0 && b.quantities.length > 0) ||
        (a.dates.length > 0 && b.dates.length > 0);
      if (!hasValues) return score(a, b, 0);
      return score(a, b, sharedValues(a, b).length, sharedFigures(a, b));
    },
    similarity(a, b) {
      const values = sharedValues(a, b);
      return {
        score: score(a, b, values.length, values.length > 0 ? sharedFigures(a, b) : 0),
        lemmas: termSimilarity(vectorOf(a), vectorOf(b)).shared,
        entities: jaccard(a.entities, b.entities).shared,
        values,
      };
    },
    topic,
    frequency: (term) => frequency.get(term) ?? 0,
    evidence(a, b) {
      const terms = termSimilarity(vectorOf(a), vectorOf(b)).shared.filter(
        (t) => !topic.has(t) && !a.names.has(t) && !b.names.has(t) && !isWeakVerb(t),
      );
      const hasValues =
        (a.quantities.length > 0 && b.quantities.length > 0) ||
        (a.dates.length > 0 && b.dates.length > 0);
      // A word carried from the sentence before ("Er …") is context, not what the sentence states.
      const weight = terms.reduce(
        (sum, t) => sum + (a.carried.has(t) || b.carried.has(t) ? CARRIED_EVIDENCE : 1),
        0,
      );
      return {
        terms,
        weight,
        predicates: terms.filter((t) => a.predicates.has(t) || b.predicates.has(t)).length,
        values: hasValues ? sharedValues(a, b) : [],
        figures: hasValues ? sharedFigures(a, b) : 0,
        disagree: hasValues && figuresDisagree(a, b),
        frames: hasValues ? framesAgree(ctx, a, b) : 0,
      };
    },
  };
  return ctx;
}

function sharedValues(a: Statement, b: Statement): string[] {
  const shared: string[] = [];
  for (const qa of a.quantities) {
    const ia = intervalOf(qa);
    if (!ia) continue;
    for (const qb of b.quantities) {
      const ib = intervalOf(qb);
      if (ib && sameDimension(qa, qb) && overlaps(ia, ib)) shared.push(qa.text);
    }
  }
  // "heute" is the day every report of the story is written, not a fact.
  for (const da of a.dates) {
    if (!da.value || DEICTIC_DATES.has(da.text.toLowerCase())) continue;
    if (b.dates.some((db) => db.value === da.value && !DEICTIC_DATES.has(db.text.toLowerCase())))
      shared.push(da.text);
  }
  return shared;
}

/** Below this, a plain count ("zwei Menschen", "drei Stellen") is too common to identify a fact by. */
const DISTINCTIVE_COUNT = 20;
/**
 * How far two single figures may lie apart and still be one figure, for
 * agreement: reports round ("rund 1.200" for 1.180), but "rund 61 Prozent" and
 * "63,8 Prozent" are two results, however generous the conflict finder's slack.
 * Relative for measures and counts, in points for percentages.
 */
const SAME_FIGURE = { exact: 0.03, about: 0.06, exactPoints: 0.5, aboutPoints: 1.5 };

type Quantity = Statement['quantities'][number];

/** A measure, not a year ("2021" dates, it does not measure). */
function measured(q: Quantity): boolean {
  return q.unit !== 'year' && intervalOf(q) !== null;
}

/**
 * The values a quantity admits, for agreement: a single figure within
 * SAME_FIGURE of itself, a bound ("mehr als 52", "knapp 39", "bis zu 80 km")
 * on its own side only, a range as given.
 */
function tightInterval(q: Quantity): Interval | null {
  const n = q.normalized;
  if (!n) return null;
  if (n.range) {
    const low = Math.min(n.range.min, n.range.max);
    // A vague plural gives a floor, not a ceiling: "Tausende Soldaten" may be
    // "rund 11.000", "Hunderte Einrichtungen" are not "120 Kitas".
    if (isVaguePlural(q)) return { low, high: Number.POSITIVE_INFINITY };
    return { low, high: Math.max(n.range.min, n.range.max) };
  }
  if (typeof n.value !== 'number') return null;
  const v = Math.abs(n.value);
  const percent = n.unit === 'percent';
  // An exact count is exact: "68 Abgeordnete" are not "66 Stimmen".
  const count = n.unit === null && q.unit === null;
  const slack = (loose: boolean) =>
    percent
      ? loose
        ? SAME_FIGURE.aboutPoints
        : SAME_FIGURE.exactPoints
      : count && !loose
        ? 0.5
        : v * (loose ? SAME_FIGURE.about : SAME_FIGURE.exact);
  switch (q.approx) {
    // "Mehr als 52 Millionen" is not "rund 48 Millionen".
    case 'more than':
    case 'at least':
      return { low: v, high: Number.POSITIVE_INFINITY };
    case 'less than':
      return { low: 0, high: v + slack(false) };
    case 'almost':
      return { low: v - 2 * slack(true), high: v + slack(false) };
    // "bis zu 165 km/h" reports the peak itself.
    case 'about':
    case 'up to':
      return { low: v - slack(true), high: v + slack(true) };
    default:
      return { low: v - slack(false), high: v + slack(false) };
  }
}

/** Two quantities of one dimension give the same figure (see SAME_FIGURE). */
function sameFigure(a: Quantity, b: Quantity): boolean {
  if (!sameDimension(a, b)) return false;
  const [ia, ib] = [tightInterval(a), tightInterval(b)];
  return ia !== null && ib !== null && overlaps(ia, ib);
}

/**
 * Shared figures distinctive enough to identify a fact: a measure with a unit
 * ("7,40 Meter", "15 Millionen Euro") or a count of at least DISTINCTIVE_COUNT
 * ("1.200 Bewohner"), given as the same figure by both statements.
 */
function sharedFigures(a: Statement, b: Statement): number {
  let n = 0;
  for (const qa of a.quantities) {
    if (!measured(qa) || (qa.unit === null && (qa.value ?? 0) < DISTINCTIVE_COUNT)) continue;
    if (b.quantities.some((qb) => measured(qb) && sameFigure(qa, qb))) n++;
  }
  return n;
}

/**
 * The two statements measure the same kind of thing (a unit, or plain counts)
 * and give no figure of it in common: "Die Wahlbeteiligung lag bei 63,8 Prozent"
 * and "stieg auf rund 61 Prozent" report one fact differently, so they do not
 * agree, whatever the conflict finders make of them.
 */
function figuresDisagree(a: Statement, b: Statement): boolean {
  for (const qa of a.quantities) {
    if (!measured(qa)) continue;
    const ofDimension = (s: Statement) =>
      s.quantities.filter((q) => measured(q) && sameDimension(q, qa));
    const [mine, theirs] = [ofDimension(a), ofDimension(b)];
    if (theirs.length === 0) continue;
    if (!mine.some((x) => theirs.some((y) => sameFigure(x, y)))) return true;
  }
  return false;
}

/**
 * Claim frames the two statements share with the same value: the same attribute
 * ("Verletzte" / "wurden verletzt" → injured), bearers not known to differ,
 * compatible qualifiers, neither figure marked outdated, and the same figure
 * (SAME_FIGURE) or, for event dates, the same event on the same day. "41
 * Fahrgäste wurden verletzt" and "41 Verletzte kamen in Kliniken" report one
 * fact in different words. A bare figure ("dim:percent") or an unknown event
 * says too little about what is measured.
 */
function framesAgree(ctx: ComparisonContext, a: Statement, b: Statement): number {
  const [fa, fb] = [framesOf(ctx, a), framesOf(ctx, b)];
  if (fa.length === 0 || fb.length === 0) return 0;
  const docA = ctx.documents[a.ref.doc]!;
  const docB = ctx.documents[b.ref.doc]!;
  let n = 0;
  for (const x of fa) {
    if (!telling(x)) continue;
    const hit = fb.some((y) => {
      if (y.kind !== x.kind || y.attribute.key !== x.attribute.key) return false;
      if (!qualifiersCompatible(x.qualifiers, y.qualifiers)) return false;
      const relation = bearerRelation(
        ctx,
        { doc: a.ref.doc, frame: x },
        { doc: b.ref.doc, frame: y },
      );
      if (relation === 'different') return false;
      if (x.kind === 'date') return x.value !== null && x.value === y.value;
      const [qa, qb] = [docA.quantities[x.index], docB.quantities[y.index]];
      // A vague plural ("Tausende Jobs") fits many figures; it identifies none.
      if (!qa || !qb || isVaguePlural(qa) || isVaguePlural(qb)) return false;
      // A vote tally ("27 zu 19 Stimmen") is one result: both counts must be the same.
      const [pa, pb] = [partnerOf(docA, x.index), partnerOf(docB, y.index)];
      if (pa !== null || pb !== null) {
        const [sa, sb] = [
          pa === null ? undefined : docA.quantities[pa],
          pb === null ? undefined : docB.quantities[pb],
        ];
        if (!sa || !sb || !sameFigure(sa, sb)) return false;
      }
      // Two exact figures are one only when equal: "sechseinhalb Jahre" is not
      // "sechs Jahre und neun Monate".
      if (qa.approx === null && qb.approx === null && sameDimension(qa, qb)) {
        const [va, vb] = [qa.normalized?.value, qb.normalized?.value];
        return (
          typeof va === 'number' &&
          typeof vb === 'number' &&
          Math.abs(va - vb) <= 1e-9 * Math.max(1, Math.abs(va))
        );
      }
      return sameFigure(qa, qb);
    });
    if (hit) n++;
  }
  return n;
}

/** Each statement's frames, found once: alignment asks for every pair with figures. */
const FRAMES_OF = new WeakMap<Statement, FrameRecord[]>();

function framesOf(ctx: ComparisonContext, s: Statement): FrameRecord[] {
  let frames = FRAMES_OF.get(s);
  if (!frames) {
    frames = (ctx.documents[s.ref.doc]!.frames ?? []).filter(
      (f) => f.start >= s.ref.start && f.end <= s.ref.end,
    );
    FRAMES_OF.set(s, frames);
  }
  return frames;
}

/** A frame whose attribute says what is measured or which event is dated, and that the report stands by. */
function telling(f: FrameRecord): boolean {
  if (f.superseded) return false;
  return !/^(dim:|event:unknown)/.test(f.attribute.key);
}

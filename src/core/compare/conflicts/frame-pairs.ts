import type { ConflictSeverity, DocumentRecord, FrameRecord } from '../../contract/types.js';
import { nameKey } from '../../entities/index.js';
import { qualifiersCompatible } from '../../frames/index.js';
import type { ComparisonContext } from '../context.js';

/** How two frames' bearers relate across reports. */
export type BearerRelation = 'same' | 'different' | 'unknown';

/**
 * Named bearers (entities, equipment systems) are the same when their cross-report
 * entity or their key is; two different names are different things (HIMARS is not
 * ATACMS, the SPD not the AfD). Common nouns are the same when one is the other or
 * its compound head ("Regionalzug" / "Zug"), and different only when their places
 * differ ("das Werk in Zwickau" / "das Werk in Eisenach"); otherwise reports that
 * word a thing differently leave it unknown, and the caller needs other evidence.
 */
export function bearerRelation(
  ctx: ComparisonContext,
  a: { doc: number; frame: FrameRecord },
  b: { doc: number; frame: FrameRecord },
  counts = false,
): BearerRelation {
  const [ba, bb] = [a.frame.bearer, b.frame.bearer];
  if (!ba || !bb) return 'unknown';
  if (ba.named && bb.named) {
    if (ba.key === bb.key) return 'same';
    const [ia, ib] = [crossId(ctx, a.doc, ba.entity), crossId(ctx, b.doc, bb.entity)];
    if (ia !== null && ia === ib) return 'same';
    // A place ("in der Grenzregion Lemsk", "in Murnau") locates a count of people
    // rather than owning it, which leaves the bearer of a count open; a measure taken
    // at two places ("eine Böe auf Norderwarf" / "am Leuchtturm von Hallersiel") differs.
    const place = isPlace(ctx, a.doc, ba.entity) || isPlace(ctx, b.doc, bb.entity);
    return place && counts ? 'unknown' : 'different';
  }
  if (ba.named || bb.named) {
    // A name the tagger missed in one report ("die Selz" / "Selz") is the same name.
    const [name, noun] = ba.named ? [ba, bb] : [bb, ba];
    const lemma = noun.key.replace(/^noun:/, '').split('@')[0]!;
    if (name.key === `name:${nameKey(lemma)}`) return 'same';
    // "die Bundesstraße 312", "Linie 5": a designation names its class noun; another
    // common noun ("die Strecke") that neither ends nor heads it is another thing.
    const designation = DESIGNATION.exec(name.text);
    if (designation && !noun.key.startsWith('name:')) {
      const head = designation[1]!.toLowerCase();
      if (lemma.length >= 3 && !head.endsWith(lemma) && !lemma.endsWith(head)) return 'different';
    }
    return 'unknown';
  }
  const [ha, pa] = ba.key.split('@');
  const [hb, pb] = bb.key.split('@');
  if (pa && pb && pa !== pb) return 'different';
  if (
    ha === hb ||
    ha!.endsWith(hb!.replace(/^noun:/, '')) ||
    hb!.endsWith(ha!.replace(/^noun:/, ''))
  ) {
    return 'same';
  }
  return 'unknown';
}

/** A class noun and a number: "Bundesstraße 312", "Kreisstraße 14", "Linie 5", "Gleis 3". */
const DESIGNATION = /^(?:(?:der|die|das|dem|den)\s+)?(\p{Lu}\p{Ll}{2,})\s+\d+[a-z]?$/u;

function isPlace(ctx: ComparisonContext, doc: number, entity: string | null): boolean {
  if (entity === null) return false;
  return ctx.documents[doc]!.entities.some((m) => m.entity === entity && m.type === 'LOC');
}

function crossId(ctx: ComparisonContext, doc: number, entity: string | null): string | null {
  return entity ? (ctx.cross.idOf(doc, entity) ?? null) : null;
}

export { qualifiersCompatible };

/**
 * The two sources, when the two sides name different ones ("laut Kiew" /
 * "westliche Geheimdienste"). With the comparison's context, reports in two
 * languages name one source when the source's words meet in one vocabulary
 * ("the coast guard" / "Küstenwache", see ComparisonContext.mapTerms).
 */
export function differentSources(
  a: FrameRecord,
  b: FrameRecord,
  across?: { ctx: ComparisonContext; docA: number; docB: number },
): (string | null)[] | undefined {
  if (!a.source || !b.source || a.source.key === b.source.key) return undefined;
  if (
    across &&
    sameSourceAcross(across.ctx, across.docA, a.source.text, across.docB, b.source.text)
  )
    return undefined;
  return [a.source.text, b.source.text];
}

/** Two names (of a source or a speaker) in reports of two languages whose words meet in one vocabulary ("the rail operator" / "Bahnbetreiber"). */
export function sameSourceAcross(
  ctx: ComparisonContext,
  docA: number,
  textA: string,
  docB: number,
  textB: string,
): boolean {
  if (!ctx.mapTerms || ctx.documents[docA]!.lang === ctx.documents[docB]!.lang) return false;
  // Each word, its lemmas in the report ("Behörden" → Behörde, "authorities" →
  // authority: the vocabulary is of lemmas), and each two written as one
  // ("coast guard" → coastguard).
  const words = (doc: number, text: string) => {
    const list = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2);
    const lemmas = lemmasOf(ctx.documents[doc]!);
    return [
      ...list,
      ...list.flatMap((w) => [...(lemmas.get(w) ?? [])]),
      ...list.slice(1).map((w, i) => list[i] + w),
    ];
  };
  const [wa, wb] = [ctx.mapTerms(docA, words(docA, textA)), ctx.mapTerms(docB, words(docB, textB))];
  return [...wa].some((w) => wb.has(w));
}

const lemmaCache = new WeakMap<DocumentRecord, Map<string, Set<string>>>();

/** The lemmas the tagger gave each word form of a report (lower case), built once per report. */
function lemmasOf(doc: DocumentRecord): Map<string, Set<string>> {
  let lemmas = lemmaCache.get(doc);
  if (lemmas) return lemmas;
  lemmas = new Map();
  for (const token of doc.tokens) {
    if (!token.lemma) continue;
    const form = doc.text.slice(token.start, token.end).toLowerCase();
    const lemma = token.lemma.toLowerCase();
    if (lemma === form) continue;
    let set = lemmas.get(form);
    if (!set) lemmas.set(form, (set = new Set()));
    set.add(lemma);
  }
  lemmaCache.set(doc, lemmas);
  return lemmas;
}

export function sourcesSentence(sources: (string | null)[] | undefined): string {
  if (!sources) return '';
  return ` The two sides name different sources: ${sources[0]} and ${sources[1]}.`;
}

export const SEVERITY_ORDER: Readonly<Record<ConflictSeverity, number>> = {
  high: 0,
  medium: 1,
  low: 2,
};

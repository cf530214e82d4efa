/**
 * Scores quantity and date extraction on the hand-written gold set
 * (src/core/quantities/gold/quantities.de.json).
 *
 *   npm run eval:quantities            # precision/recall and attribute accuracies
 *   npm run eval:quantities -- --verbose   # also every miss and false positive
 *   npm run eval:quantities -- --holdout   # the held-out set (quantities.de.holdout.json)
 *   npm run eval:quantities -- --holdout2  # the second held-out set (quantities.de.holdout2.json)
 *   npm run eval:quantities -- --pipeline  # through the full German pipeline (sentences, POS tags)
 *
 * A prediction matches a gold item when their spans overlap and, for quantities,
 * value, unit and range are equal; for dates, value and granularity are equal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateRecord, QuantityRecord } from '../../src/core/contract/types.js';
import { detectDocumentDate, extractDates } from '../../src/core/dates/index.js';
import { extractQuantities } from '../../src/core/quantities/index.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import { REPO_ROOT } from '../../src/node/shared-data.js';

export interface GoldQuantity {
  text: string;
  at?: number;
  value: number | null;
  unit: string | null;
  range?: [number, number];
  approx?: string | null;
  subject?: string;
  conversion?: 'agrees' | 'disagrees';
  kind?: 'ordinal';
}

export interface GoldDate {
  text: string;
  at?: number;
  value: string | null;
  granularity: string;
  relative?: 'document' | 'event';
}

export interface GoldDocument {
  id: string;
  documentDate?: string;
  text: string;
  quantities: GoldQuantity[];
  dates: GoldDate[];
}

export const GOLD_PATH = join(REPO_ROOT, 'src/core/quantities/gold/quantities.de.json');
export const HOLDOUT_PATH = join(REPO_ROOT, 'src/core/quantities/gold/quantities.de.holdout.json');
export const HOLDOUT2_PATH = join(
  REPO_ROOT,
  'src/core/quantities/gold/quantities.de.holdout2.json',
);

export function loadGold(path = GOLD_PATH): GoldDocument[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { documents: GoldDocument[] }).documents;
}

function locate(text: string, needle: string, at = 0): { start: number; end: number } {
  let from = -1;
  for (let i = 0; i <= at; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`gold span "${needle}" not found`);
  }
  return { start: from, end: from + needle.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
const sameNumber = (a: number | null | undefined, b: number | null | undefined): boolean =>
  (a ?? null) === null || (b ?? null) === null
    ? (a ?? null) === (b ?? null)
    : Math.abs(a! - b!) <= 1e-9 * Math.max(1, Math.abs(a!));

function quantityMatches(g: GoldQuantity, p: QuantityRecord): boolean {
  if (!sameNumber(g.value, p.value) || g.unit !== p.unit) return false;
  const gr = g.range ?? null;
  const pr = p.range;
  if (gr === null) return pr === null || g.value !== null;
  return pr !== null && sameNumber(gr[0], pr.min) && sameNumber(gr[1], pr.max);
}

export interface Scores {
  quantities: {
    gold: number;
    predicted: number;
    matched: number;
    spanMatched: number;
    exactSpan: number;
  };
  dates: { gold: number; predicted: number; matched: number; spanMatched: number };
  approx: { correct: number; total: number };
  subject: { correct: number; total: number };
  conversion: { correct: number; total: number };
  resolved: { correct: number; total: number };
  log: string[];
}

type Extract = (doc: GoldDocument) => { quantities: QuantityRecord[]; dates: DateRecord[] };

/** The components alone, on the raw text, as a unit under test. */
export const extractAlone: Extract = (doc) => ({
  quantities: extractQuantities(doc.text, { lang: 'de' }),
  dates: extractDates(doc.text, {
    documentDate: doc.documentDate ?? detectDocumentDate(doc.text),
    lang: 'de',
  }),
});

export function score(docs: GoldDocument[], extract: Extract = extractAlone): Scores {
  const s: Scores = {
    quantities: { gold: 0, predicted: 0, matched: 0, spanMatched: 0, exactSpan: 0 },
    dates: { gold: 0, predicted: 0, matched: 0, spanMatched: 0 },
    approx: { correct: 0, total: 0 },
    subject: { correct: 0, total: 0 },
    conversion: { correct: 0, total: 0 },
    resolved: { correct: 0, total: 0 },
    log: [],
  };
  for (const doc of docs) {
    const { quantities: predicted, dates } = extract(doc);
    s.quantities.gold += doc.quantities.length;
    s.quantities.predicted += predicted.length;
    const used = new Set<number>();
    const spanUsed = new Set<number>();
    for (const g of doc.quantities) {
      const span = locate(doc.text, g.text, g.at);
      const spanHit = predicted.findIndex((p, i) => !spanUsed.has(i) && overlaps(span, p));
      if (spanHit >= 0) {
        spanUsed.add(spanHit);
        s.quantities.spanMatched++;
      }
      const i = predicted.findIndex(
        (p, j) => !used.has(j) && overlaps(span, p) && quantityMatches(g, p),
      );
      if (i < 0) {
        const near = predicted.find((p) => overlaps(span, p));
        s.log.push(
          `${doc.id} MISS quantity "${g.text}" ${g.value} ${g.unit}` +
            (near
              ? ` (got "${near.text}" ${near.value} ${near.unit} ${JSON.stringify(near.range)})`
              : ''),
        );
        continue;
      }
      used.add(i);
      const p = predicted[i]!;
      s.quantities.matched++;
      if (p.start === span.start && p.end === span.end) s.quantities.exactSpan++;
      s.approx.total++;
      if ((g.approx ?? null) === p.approx) s.approx.correct++;
      else s.log.push(`${doc.id} APPROX "${g.text}" gold=${g.approx ?? null} got=${p.approx}`);
      if (g.subject) {
        s.subject.total++;
        const head = g.subject.split(/\s+/).pop()!;
        if (p.subject && p.subject.text.split(/\s+/).pop() === head) s.subject.correct++;
        else
          s.log.push(
            `${doc.id} SUBJECT "${g.text}" gold="${g.subject}" got="${p.subject?.text ?? null}"`,
          );
      }
      if (g.conversion) {
        s.conversion.total++;
        const ok = p.conversion !== null && p.conversion.agrees === (g.conversion === 'agrees');
        if (ok) s.conversion.correct++;
        else
          s.log.push(
            `${doc.id} CONVERSION "${g.text}" gold=${g.conversion} got=${JSON.stringify(p.conversion)}`,
          );
      }
    }
    predicted.forEach((p, i) => {
      if (!used.has(i)) s.log.push(`${doc.id} FALSE quantity "${p.text}" ${p.value} ${p.unit}`);
    });

    s.dates.gold += doc.dates.length;
    s.dates.predicted += dates.length;
    const dUsed = new Set<number>();
    for (const g of doc.dates) {
      const span = locate(doc.text, g.text, g.at);
      if (dates.some((d) => overlaps(span, d))) s.dates.spanMatched++;
      const i = dates.findIndex(
        (d: DateRecord, j) =>
          !dUsed.has(j) &&
          overlaps(span, d) &&
          d.value === g.value &&
          d.granularity === g.granularity,
      );
      if (i < 0) {
        const near = dates.find((d) => overlaps(span, d));
        s.log.push(
          `${doc.id} MISS date "${g.text}" ${g.value} ${g.granularity}` +
            (near ? ` (got "${near.text}" ${near.value} ${near.granularity})` : ''),
        );
        continue;
      }
      dUsed.add(i);
      s.dates.matched++;
      s.resolved.total++;
      if (dates[i]!.resolved === (g.value !== null)) s.resolved.correct++;
    }
    dates.forEach((d, i) => {
      if (!dUsed.has(i)) s.log.push(`${doc.id} FALSE date "${d.text}" ${d.value} ${d.granularity}`);
    });
  }
  return s;
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));

function main(): void {
  const holdout = process.argv.includes('--holdout');
  const holdout2 = process.argv.includes('--holdout2');
  const docs = loadGold(holdout2 ? HOLDOUT2_PATH : holdout ? HOLDOUT_PATH : GOLD_PATH);
  console.log(holdout2 ? 'second held-out set' : holdout ? 'held-out set' : 'development set');
  let extract = extractAlone;
  if (process.argv.includes('--pipeline')) {
    console.log('through the full German pipeline (tokens, sentences, POS, NER)');
    extract = (doc) => {
      const result = loadGermanPipeline(
        doc.documentDate ? { documentDate: doc.documentDate } : {},
      ).run(doc.id, doc.text);
      return { quantities: result.quantities, dates: result.dates };
    };
  }
  const s = score(docs, extract);
  if (process.argv.includes('--verbose')) for (const line of s.log) console.log(line);
  const q = s.quantities;
  const d = s.dates;
  console.log(`gold set: ${docs.length} documents, ${q.gold} quantities, ${d.gold} dates`);
  console.log(
    `quantities  precision ${ratio(q.matched, q.predicted)}  recall ${ratio(q.matched, q.gold)}  (matched ${q.matched}, predicted ${q.predicted}, gold ${q.gold}; value+unit+range must agree)`,
  );
  console.log(
    `            span-only recall ${ratio(q.spanMatched, q.gold)}, exact span ${ratio(q.exactSpan, q.matched)} of matched`,
  );
  console.log(
    `            approx ${ratio(s.approx.correct, s.approx.total)}  subject head ${ratio(s.subject.correct, s.subject.total)} (${s.subject.total})  conversion ${ratio(s.conversion.correct, s.conversion.total)} (${s.conversion.total})`,
  );
  console.log(
    `dates       precision ${ratio(d.matched, d.predicted)}  recall ${ratio(d.matched, d.gold)}  (matched ${d.matched}, predicted ${d.predicted}, gold ${d.gold}; value+granularity must agree)`,
  );
  console.log(
    `            span-only recall ${ratio(d.spanMatched, d.gold)}, resolved flag ${ratio(s.resolved.correct, s.resolved.total)}`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();

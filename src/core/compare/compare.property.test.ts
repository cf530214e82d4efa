import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareOutput, DocSpan, DocumentRecord } from '../contract/types.js';
import { createDatesComponent } from '../dates/component.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { quantitiesComponent } from '../quantities/component.js';
import { createQuotesComponent } from '../quotes/component.js';
import { sentenceSplitterComponent } from '../segment/component.js';
import { newsReport, PROPERTY_RUNS } from '../testing/news-arbitrary.js';
import { normalizeText } from '../text/normalize.js';
import { tokenizerComponent } from '../tokenize/component.js';
import { compareDocuments } from './compare.js';

// Made once: the quote finder's cue lexicon takes a while to build.
const quotesComponent = createQuotesComponent();

/** The rule-based part of the pipeline: no models, so that thousands of runs stay quick. */
function analyse(texts: string[], documentDate: string | undefined): DocumentRecord[] {
  const pipeline = createPipeline([
    tokenizerComponent,
    sentenceSplitterComponent,
    quantitiesComponent,
    createDatesComponent({ documentDate }),
    quotesComponent,
  ]);
  return texts.map((text, i) => pipeline.run(`r${i}.txt`, normalizeText(text)).toRecord());
}

/**
 * Compare is the module under test, and its input is analysed reports. So that
 * 10,000 runs stay within CI's time, a pool of generated reports is analysed
 * once (a fixed seed: the same pool each run), half of them against a report
 * date, and each run compares two or three of them. Shrinking then works on the
 * choice of reports.
 */
const POOL_SIZE = 400;
const pool: DocumentRecord[] = fc
  .sample(newsReport(), { numRuns: POOL_SIZE, seed: 14 })
  .flatMap((text, i) => analyse([text], i % 2 === 0 ? undefined : '2024-11-18'))
  .map((record, i) => ({ ...record, id: `r${i}.txt` }));
const reportChoice = fc
  .uniqueArray(fc.integer({ min: 0, max: POOL_SIZE - 1 }), { minLength: 2, maxLength: 3 })
  .map((indices) => indices.map((i) => pool[i]!));

/** Every document span of the output, with where it was found, for one check. */
function docSpans(output: CompareOutput): [string, DocSpan & { text?: string }][] {
  return [
    ...output.entities.flatMap((e) => e.mentions.map((m) => [`entity ${e.id}`, m] as const)),
    ...output.alignments.flatMap((a) => [
      ['alignment a', a.a] as const,
      ['alignment b', a.b] as const,
    ]),
    ...output.conflicts.flatMap((c) =>
      c.claims.map((claim) => [`${c.kind} conflict`, claim] as const),
    ),
    ...output.agreements.flatMap((a) => a.claims.map((claim) => ['agreement', claim] as const)),
    ...output.unique.map((u) => ['unique', u] as const),
    ...output.warnings.map((w) => [`${w.kind} warning`, w] as const),
  ].map(([where, span]) => [where, span]);
}

describe('compareDocuments, on generated reports', () => {
  it('points every finding at a span of a real document whose text it repeats, and is deterministic', () => {
    fc.assert(
      fc.property(reportChoice, fc.integer({ min: 0, max: 9 }), (records, recheck) => {
        const output = compareDocuments(records);
        expect(output.documents).toEqual(records);
        for (const [where, span] of docSpans(output)) {
          const doc = records[span.doc];
          if (!doc) expect.fail(`${where}: no document ${span.doc}`);
          if (!(0 <= span.start && span.start < span.end && span.end <= doc.text.length))
            expect.fail(`${where}: span ${span.start}-${span.end} outside document ${span.doc}`);
          // This found attribution claims that spanned the whole quote but held only the
          // words of its content (fixed in 9be9a49).
          if (span.text !== undefined)
            expect(span.text, where).toBe(doc.text.slice(span.start, span.end));
        }
        for (const alignment of output.alignments) {
          expect(alignment.a.doc).not.toBe(alignment.b.doc);
          expect(Number.isFinite(alignment.score)).toBe(true);
        }
        // A conflict is between reports: its claims come from at least two of them.
        for (const conflict of output.conflicts) {
          expect(
            new Set(conflict.claims.map((c) => c.doc)).size,
            conflict.explanation,
          ).toBeGreaterThanOrEqual(2);
        }
        // Deterministic (checked on one run in ten, to save time).
        if (recheck === 0) expect(compareDocuments(records)).toEqual(output);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

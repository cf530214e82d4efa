import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/crosscheck.schema.json' with { type: 'json' };
import type { DocumentRecord, Span } from '../core/contract/types.js';
import { normalizeText } from '../core/text/normalize.js';
import { loadGermanPipeline } from './pipeline.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** Every span of every layer, with the layer's name for the failure message. */
function spansOf(doc: DocumentRecord): [string, Span][] {
  return [
    ...doc.sentences.map((s): [string, Span] => ['sentence', s]),
    ...doc.tokens.map((s): [string, Span] => ['token', s]),
    ...doc.entities.map((s): [string, Span] => ['entity', s]),
    ...doc.quotes.flatMap((q): [string, Span][] => [
      ['quote', q],
      ['quote content', q.content],
      ...(q.cue ? [['quote cue', q.cue] as [string, Span]] : []),
      ...(q.speaker ? [['quote speaker', q.speaker] as [string, Span]] : []),
    ]),
    ...doc.quantities.map((s): [string, Span] => ['quantity', s]),
    ...doc.dates.map((s): [string, Span] => ['date', s]),
  ];
}

// Pieces that exercise every stage: quotes, numbers with units, dates, names, and noise.
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '„Wir bleiben“, sagte Bürgermeisterin Anna Weber.',
    'Die Rakete fliegt bis zu 300 km (186 Meilen).',
    'Am 17. November 2024 sprach Selenskyj in Kiew.',
    '"Offenes Zitat',
    'z. B.',
    '3.',
    '\n\n',
    'constructor valueOf __proto__',
    '👍🏽 #Kiew @nutzer https://example.org/a?b=c',
  ),
);

describe('the German analysis pipeline on any input', () => {
  const pipeline = loadGermanPipeline();

  it('never throws, keeps every span inside the text, and matches the JSON Schema', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = normalizeText(pieces.join(' '));
        const doc = pipeline.run('property', text).toRecord();
        for (const [layer, span] of spansOf(doc)) {
          expect(span.start, layer).toBeGreaterThanOrEqual(0);
          expect(span.end, layer).toBeLessThanOrEqual(text.length);
          expect(span.start, layer).toBeLessThanOrEqual(span.end);
        }
        const valid = validate({ version: 2, documents: [doc] });
        expect(valid, JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});

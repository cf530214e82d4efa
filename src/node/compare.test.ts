import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../core/compare/compare.js';
import type { CompareOutput, ConflictKind } from '../core/contract/types.js';
import { normalizeText } from '../core/text/normalize.js';
import { loadGermanPipeline } from './pipeline.js';

// The comparison is pure core code; these tests feed it real analyses from the
// German pipeline (with the committed models), which live on the Node side.
function compareTexts(...texts: string[]): CompareOutput {
  const pipeline = loadGermanPipeline();
  return compareDocuments(
    texts.map((t, i) => pipeline.run(`report-${i + 1}`, normalizeText(t)).toRecord()),
  );
}

const kinds = (output: CompareOutput) => output.conflicts.map((c) => c.kind);

describe('compare finds each kind of conflict', () => {
  it.each<[string, string, string, ConflictKind]>([
    [
      'different values for one measure',
      'Die Reichweite der neuen Rakete beträgt nach Angaben der Armee 300 Kilometer.',
      'Die Reichweite der neuen Rakete beträgt nach Angaben der Armee nur 100 Kilometer.',
      'quantity',
    ],
    [
      'one quotation, two speakers',
      '„Wir werden die Brücke bis zum Winter wieder aufbauen“, sagte Bürgermeister Karl Weber.',
      '„Wir werden die Brücke bis zum Winter wieder aufbauen“, sagte Landrätin Anna Schmitt.',
      'attribution',
    ],
    [
      'one report denies what the other affirms',
      'Der Minister hat den Vertrag mit der Reederei am Morgen unterschrieben.',
      'Der Minister hat den Vertrag mit der Reederei am Morgen nicht unterschrieben.',
      'negation',
    ],
    [
      'different dates for one event',
      'Das Abkommen über die Fischerei wurde am 3. Mai 2024 in Genf unterzeichnet.',
      'Das Abkommen über die Fischerei wurde am 5. Mai 2024 in Genf unterzeichnet.',
      'date',
    ],
  ])('%s', (_name, a, b, kind) => {
    const output = compareTexts(a, b);
    expect(kinds(output)).toContain(kind);
    const conflict = output.conflicts.find((c) => c.kind === kind)!;
    expect(conflict.explanation).not.toBe('');
    expect(new Set(conflict.claims.map((c) => c.doc))).toEqual(new Set([0, 1]));
  });
});

describe('compare does not invent conflicts', () => {
  it.each([
    [
      'the same length in two units',
      'Die Reichweite der neuen Rakete beträgt 300 Kilometer.',
      'Die Reichweite der neuen Rakete beträgt etwa 190 Meilen.',
    ],
    [
      'an approximate figure that covers the exact one',
      'Rund 1.200 Menschen wurden in Sicherheit gebracht.',
      'Genau 1.180 Menschen wurden in Sicherheit gebracht.',
    ],
    [
      'the same quotation from the same speaker',
      '„Wir bauen die Brücke wieder auf“, sagte Bürgermeister Karl Weber.',
      '„Wir bauen die Brücke wieder auf“, sagte Weber am Abend.',
    ],
    [
      'the same statement, both affirmed',
      'Der Damm am Nordufer hat gehalten.',
      'Der Damm am Nordufer habe gehalten, sagte ein Sprecher.',
    ],
  ])('%s', (_name, a, b) => {
    expect(kinds(compareTexts(a, b))).toEqual([]);
  });

  it('agrees where reports say the same thing, and lists what only one says', () => {
    const output = compareTexts(
      'Die Schulen in der Stadt bleiben bis Montag geschlossen. Die Feuerwehr pumpt Keller aus.',
      'Die Schulen in der Stadt bleiben bis Montag geschlossen. Der Zoo hat drei neue Pinguine bekommen.',
    );
    expect(output.agreements).toHaveLength(1);
    expect(output.agreements[0]!.claims.map((c) => c.text)).toEqual([
      'Die Schulen in der Stadt bleiben bis Montag geschlossen.',
      'Die Schulen in der Stadt bleiben bis Montag geschlossen.',
    ]);
    expect(output.unique.map((u) => u.text).sort()).toEqual([
      'Der Zoo hat drei neue Pinguine bekommen.',
      'Die Feuerwehr pumpt Keller aus.',
    ]);
  });
});

describe('compare matches one statement across translations', () => {
  it('aligns the same quotation in two wordings and resolves the speaker across spellings', () => {
    const output = compareTexts(
      'Selenskyj äußerte sich am Abend. „Angriffe werden nicht mit Worten geführt. Die Raketen werden für sich selbst sprechen“, sagte er.',
      'Der ukrainische Präsident Wolodymyr Zelensky sagte: "Schläge macht man nicht mit Worten. Die Raketen sprechen für sich."',
    );
    const quoteAlignment = output.alignments.find((a) => a.signals.quote);
    expect(quoteAlignment?.relation).toBe('agrees');
    expect(quoteAlignment?.signals.speakers).toEqual(['Wolodymyr Zelensky']);
    expect(output.conflicts).toEqual([]);
    const zelensky = output.entities.find((e) => e.name === 'Wolodymyr Zelensky');
    expect(new Set(zelensky?.mentions.map((m) => m.doc))).toEqual(new Set([0, 1]));
  });
});

describe('compare warns about artefacts inside one report', () => {
  it.each([
    ['equipment-type', 'Die Ukraine bat um HIMARS, Abrams-Panzer und F16-Panzer.', 'F16-Panzer'],
    [
      'doubled-word',
      'Sie war stellvertretende stellvertretende Ministerin.',
      'stellvertretende stellvertretende',
    ],
    [
      'conversion',
      'Die Rakete fliegt bis zu 300 km (100 Meilen) weit.',
      'bis zu 300 km (100 Meilen)',
    ],
  ])('%s', (kind, text, flagged) => {
    const output = compareTexts(text, 'Ein anderer Bericht über etwas ganz anderes.');
    expect(output.warnings.map((w) => [w.kind, w.text])).toContainEqual([kind, flagged]);
  });
});

describe('compare on any input', () => {
  it('never throws and keeps every offset inside its document', () => {
    const text = fc.array(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(
          'Die Rakete fliegt 300 km weit.',
          '„Nein“, sagte er.',
          'Am 3. Mai 2024 nicht.',
          '\n',
        ),
        // Words that are also names of Object.prototype members: lookups in plain objects trip on them.
        fc.constantFrom('constructor', '__proto__', 'valueOf', 'toString', 'hasOwnProperty'),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        fc.array(
          text.map((parts) => parts.join(' ')),
          { minLength: 2, maxLength: 4 },
        ),
        (texts) => {
          const output = compareTexts(...texts);
          const spans = [
            ...output.conflicts.flatMap((c) => c.claims),
            ...output.agreements.flatMap((a) => a.claims),
            ...output.unique,
            ...output.warnings,
            ...output.entities.flatMap((e) => e.mentions),
            ...output.alignments.flatMap((a) => [a.a, a.b]),
          ];
          for (const span of spans) {
            const doc = output.documents[span.doc]!;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(doc.text.length);
            expect(span.start).toBeLessThanOrEqual(span.end);
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });
});

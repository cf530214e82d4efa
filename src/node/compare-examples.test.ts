import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../core/compare/compare.js';
import type { CompareOutput } from '../core/contract/types.js';
import { frameLabel } from '../core/frames/index.js';
import { normalizeText } from '../core/text/normalize.js';
import { loadGermanPipeline } from './pipeline.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from './shared-data.js';

function compareFiles(paths: string[]): CompareOutput {
  const pipeline = loadGermanPipeline();
  return compareDocuments(
    paths.map((path) => pipeline.run(path, normalizeText(readFileSync(path, 'utf8'))).toRecord()),
  );
}

const claimTexts = (output: CompareOutput, kind: string) =>
  output.conflicts
    .filter((c) => c.kind === kind)
    .map((c) =>
      c.claims.map((claim) => output.documents[claim.doc]!.text.slice(claim.start, claim.end)),
    );

describe('the bundled example story (examples/hochwasser-talbrueck)', () => {
  const dir = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck');
  const files = ['rheinbote.txt', 'kurier.txt', 'stadtanzeiger.txt'].map((f) => join(dir, f));
  const output = compareFiles(files);

  it('finds the planted quantity conflict (6,20 m against 7,40 m) and no other', () => {
    const conflicts = claimTexts(output, 'quantity');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.join(' | ')).toMatch(/6,20 Meter.*\|.*7,40 Meter/);
  });

  it('does not call 3 km and "knapp zwei Meilen" a conflict', () => {
    const quantityTexts = claimTexts(output, 'quantity').flat().join(' ');
    expect(quantityTexts).not.toContain('Meilen');
  });

  it('finds the quotation attributed to two different speakers', () => {
    const [conflict] = output.conflicts.filter((c) => c.kind === 'attribution');
    const speakers = conflict?.claims.map((c) => c.speaker).join(' | ');
    expect(speakers).toMatch(/Jonas Reuter/);
    expect(speakers).toMatch(/Petra Lindqvist/);
  });

  it('finds that one report denies that the dam held', () => {
    const negations = claimTexts(output, 'negation');
    expect(negations.length).toBeGreaterThanOrEqual(1);
    for (const [affirms, denies] of negations) {
      expect(affirms).toMatch(/gehalten/);
      expect(denies).toMatch(/nicht gehalten/);
    }
  });

  it('finds the two dates given for the flood: Thursday 13 March (rheinbote, kurier) against 11 March (stadtanzeiger)', () => {
    const dates = output.conflicts.filter((c) => c.kind === 'date');
    expect(dates).toHaveLength(2);
    for (const conflict of dates) {
      expect(conflict.claims.map((c) => c.value).sort()).toEqual(['2025-03-11', '2025-03-13']);
      expect(conflict.claims.map((c) => c.doc).sort()).toContain(2);
      expect(conflict.frames?.map((f) => f.attribute.key)).toEqual(['event:flood', 'event:flood']);
    }
  });

  it('gives the river level conflict its frame and a severity', () => {
    const [conflict] = output.conflicts.filter((c) => c.kind === 'quantity');
    expect(conflict!.frames!.map((f) => f.attribute.key)).toEqual(['water-level', 'water-level']);
    expect(conflict!.severity).toBe('medium');
  });

  it('lists nothing but the planted conflicts', () => {
    expect(output.conflicts.map((c) => c.kind).sort()).toEqual([
      'attribution',
      'date',
      'date',
      'negation',
      'negation',
      'quantity',
    ]);
  });

  it('agrees on the evacuation, the schools and the damage; the Bundeswehr is unique', () => {
    const agreed = output.agreements.map((a) => a.claims.map((c) => c.text).join(' | '));
    expect(agreed.some((a) => /1\.200 Bewohner/.test(a))).toBe(true);
    expect(agreed.some((a) => /Schulen bleiben bis Montag/.test(a))).toBe(true);
    expect(
      agreed.some((a) =>
        /15 Mio\. Euro.*15 Millionen Euro|15 Millionen Euro.*15 Mio\. Euro/.test(a),
      ),
    ).toBe(true);
    expect(output.unique.map((u) => u.text)).toContainEqual(expect.stringContaining('Bundeswehr'));
  });
});

const seedsDir = sharedPath('seeds');
if (!seedsDir) console.warn(missingSharedMessage('seeds/'));

describe.skipIf(!seedsDir)('the two German seed reports', () => {
  const files = seedsDir
    ? readdirSync(seedsDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const output = seedsDir ? compareFiles(files.map((f) => join(seedsDir, f))) : undefined;

  it('finds the ATACMS range conflict: 300 km in 000 against 100 km in 002, framed "ATACMS – Reichweite"', () => {
    const conflicts = claimTexts(output!, 'quantity');
    expect(conflicts).toContainEqual([
      expect.stringContaining('300 km'),
      expect.stringContaining('100 km'),
    ]);
    const range = output!.conflicts.find((c) => c.kind === 'quantity')!;
    expect(range.frames!.map(frameLabel)).toEqual(['ATACMS – Reichweite', 'ATACMS – Reichweite']);
    expect(range.explanation).toMatch(/^ATACMS – Reichweite:/);
    expect(range.severity).toBe('high');
  });

  it('lists no other quantity or date conflict', () => {
    expect(
      output!.conflicts.filter((c) => c.kind === 'quantity' || c.kind === 'date'),
    ).toHaveLength(1);
  });

  it.each([
    [
      'North Korean troops in Kursk as the trigger',
      /nordkoreanischer Truppen/,
      /nordkoreanischer Truppen in Kursk/,
    ],
    [
      'Russian aircraft moved further into Russia',
      /Flugplätze weiter in Russland verlegt/,
      /Angriffsflugzeuge tiefer im Inneren Russlands/,
    ],
    ['too few missiles to turn the war', /nicht ausreichen/, /nicht genug ATACMS/],
  ])('aligns the shared fact: %s', (_name, in000, in002) => {
    const aligned = output!.alignments.some(
      (a) => a.relation !== 'related' && in000.test(a.a.text) && in002.test(a.b.text),
    );
    expect(aligned).toBe(true);
  });

  it('lists no negation or attribution conflict: the seeds contradict each other only on the range', () => {
    expect(
      output!.conflicts.filter((c) => c.kind === 'negation' || c.kind === 'attribution'),
    ).toEqual([]);
  });

  it('flags "F16-Panzern": an F-16 is a fighter jet, not a tank', () => {
    expect(output!.warnings).toContainEqual(
      expect.objectContaining({ kind: 'equipment-type', text: 'F16-Panzern' }),
    );
  });
});

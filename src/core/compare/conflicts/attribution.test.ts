import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.js';
import { loadGermanPipeline } from '../../../node/pipeline.js';
import { compareDocuments } from '../compare.js';

// Pairs of short reports, analysed by the committed German pipeline (quotations
// and their speakers come from the quotation finder, as in compare).
const pipeline = loadGermanPipeline();
const attributions = (a: string, b: string) =>
  compareDocuments(
    [a, b].map((t, i) => pipeline.run(`r${i}`, normalizeText(t)).toRecord()),
  ).conflicts.filter((c) => c.kind === 'attribution');

describe('attribution conflicts: one quotation, two speakers', () => {
  it.each([
    [
      'two named people',
      '„Wir werden die Brücke bis zum Winter wieder aufbauen“, sagte Bürgermeister Karl Weber.',
      '„Wir werden die Brücke bis zum Winter wieder aufbauen“, sagte Landrätin Anna Schmitt.',
    ],
    [
      'a name with a party and a qualifier after it',
      '„Das ist ein guter Tag für alle, die hier Rad fahren“, sagte Oberbürgermeisterin Anke Sievers (Grüne).',
      '„Das ist ein guter Tag für alle, die hier Rad fahren“, sagte Lukas Brenner vom Fahrradclub.',
    ],
    [
      'two people sharing a surname, one with a party in the role',
      '„Das ist ein klarer Auftrag, weiter Verantwortung zu übernehmen“, sagte Ministerpräsidentin Katrin Albers.',
      '„Das ist ein klarer Auftrag, weiter Verantwortung zu übernehmen“, sagte SPD-Generalsekretär Jens Albers.',
    ],
    [
      'one report quoting only part of the sentence',
      '„Wir werden die Brücke bis zum Winter wieder aufbauen, koste es, was es wolle“, sagte Bürgermeister Karl Weber.',
      'Landrätin Anna Schmitt versprach: „Wir werden die Brücke bis zum Winter wieder aufbauen.“',
    ],
  ])('%s', (_name, a, b) => {
    const found = attributions(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('high');
  });

  it.each([
    [
      'the same person, once with title and full name, once by surname',
      '„Wir bauen die Brücke wieder auf“, sagte Bürgermeister Karl Weber.',
      '„Wir bauen die Brücke wieder auf“, sagte Weber am Abend.',
    ],
    [
      'an unnamed spokesman against a named person: he may be that person',
      '„Wir bauen die Brücke bis zum Winter wieder auf“, sagte ein Sprecher der Stadt.',
      '„Wir bauen die Brücke bis zum Winter wieder auf“, sagte Bürgermeister Karl Weber.',
    ],
    [
      'a person and the body she heads',
      '„Die Schäden im Landkreis liegen bei rund 30 Millionen Euro“, sagte Landrätin Frauke Jansen.',
      '„Die Schäden im Landkreis liegen bei rund 30 Millionen Euro“, teilte der Landkreis Friesmoor mit.',
    ],
    [
      'two quotations that share their wording, not their content',
      '„Das ist ein guter Tag für die Stadt“, sagte Bürgermeister Karl Weber.',
      '„Das ist ein schwerer Schlag für die Feuerwehr“, sagte Landrätin Anna Schmitt.',
    ],
  ])('not a conflict: %s', (_name, a, b) => {
    expect(attributions(a, b)).toEqual([]);
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import { extractDates } from '../dates/extract.js';
import { extractQuantities } from './extract.js';

// Every shape the extractors produce (ranges, vague plurals, ordinals, currency pairs,
// event offsets, unresolved dates) must be valid against the JSON contract.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(schema, 'contract');
const validQuantity = ajv.getSchema('contract#/$defs/quantity')!;
const validDate = ajv.getSchema('contract#/$defs/date')!;

const TEXT =
  'Zwischen 100 und 300 km (62 bis 186 Meilen), Hunderte Ziele, der 3. Versuch, 100 Euro (108 Dollar), ' +
  'bis zu 300 km (186 Meilen), die Hälfte der Stimmen. Am Sonntag, zwei Monate bevor er ging, seit August, am 17.11.2024, vor drei Tagen.';

describe('contract schema', () => {
  it.each([['2024-11-18'], [null]])(
    'quantities and dates are valid (document date %s)',
    (documentDate) => {
      const quantities = extractQuantities(TEXT);
      const dates = extractDates(TEXT, { documentDate });
      expect(quantities.length).toBeGreaterThan(8);
      expect(dates.length).toBeGreaterThan(4);
      for (const q of quantities)
        expect(validQuantity(q), JSON.stringify(validQuantity.errors)).toBe(true);
      for (const d of dates) expect(validDate(d), JSON.stringify(validDate.errors)).toBe(true);
    },
  );
});

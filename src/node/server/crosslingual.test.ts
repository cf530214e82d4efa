import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompareOutput } from '../../core/contract/types.js';
import { DEBIAN_DING_PATH, MISSING_DICTIONARY_HINT } from '../dictionary/load.js';
import { createGermanAnalyzer, DEFAULT_CACHE_LIMITS, serverDictionary } from './analysis.js';
import { createApp } from './app.js';

// The bundled example: an invented ferry accident reported in English and in German.
const [en, de] = ['report-en.txt', 'bericht-de.txt'].map((name) =>
  readFileSync(`examples/faehre-vardensee/${name}`, 'utf8'),
);
const HAS_DICTIONARY = existsSync(process.env.CROSSCHECK_DICT || DEBIAN_DING_PATH);
if (!HAS_DICTIONARY)
  console.warn(
    'skipping the web app test with the German–English dictionary: trans-de-en is not installed',
  );

const compare = async (app: ReturnType<typeof createApp>) => {
  const response = await app.request('/api/compare', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      documents: [
        { id: 'en', text: en },
        { id: 'de', text: de },
      ],
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as CompareOutput;
};

/** "had not been overloaded" / "sei überladen gewesen": found only through the dictionary (overloaded → überladen). */
const hasOverloadConflict = (output: CompareOutput) =>
  output.conflicts.some(
    (c) =>
      c.kind === 'negation' &&
      c.claims.some((claim) => claim.doc === 0 && /not been overloaded/.test(claim.text)) &&
      c.claims.some((claim) => claim.doc === 1 && /überladen/.test(claim.text)),
  );

describe('POST /api/compare across languages', () => {
  it.skipIf(!HAS_DICTIONARY)(
    'compares an English and a German report with the dictionary, as the CLI does',
    async () => {
      const output = await compare(createApp({ analyzer: createGermanAnalyzer() }));
      expect(output.documents.map((d) => d.lang)).toEqual(['en', 'de']);
      expect(hasOverloadConflict(output), JSON.stringify(output.conflicts)).toBe(true);
      // "The crew did everything right", said Jonas Weber; „Die Besatzung hat alles richtig gemacht“, sagte Anna Roth.
      const attribution = output.conflicts.find((c) => c.kind === 'attribution');
      expect(attribution?.claims.map((c) => c.speaker)).toEqual(['Jonas Weber', 'Anna Roth']);
      // Without the dictionary the same request misses that conflict.
      const without = await compare(
        createApp({ analyzer: createGermanAnalyzer(DEFAULT_CACHE_LIMITS, () => null) }),
      );
      expect(hasOverloadConflict(without)).toBe(false);
    },
  );

  it('reads the dictionary only for reports in two languages, and says once that it is missing', () => {
    const warnings: string[] = [];
    const saved = process.env.CROSSCHECK_DICT;
    process.env.CROSSCHECK_DICT = '/nonexistent/crosscheck-test/de-en';
    try {
      const provider = serverDictionary((line) => warnings.push(line));
      const analyzer = createGermanAnalyzer(DEFAULT_CACHE_LIMITS, provider);
      const docs = [
        { id: 'a', text: de! },
        { id: 'b', text: de! },
      ];
      analyzer.compare(docs);
      expect(warnings).toEqual([]);
      const mixed = [
        { id: 'en', text: en! },
        { id: 'de', text: de! },
      ];
      const output = analyzer.compare(mixed);
      analyzer.compare(mixed);
      expect(output.documents.map((d) => d.lang)).toEqual(['en', 'de']);
      expect(warnings).toEqual([MISSING_DICTIONARY_HINT]);
    } finally {
      if (saved === undefined) delete process.env.CROSSCHECK_DICT;
      else process.env.CROSSCHECK_DICT = saved;
    }
  });
});

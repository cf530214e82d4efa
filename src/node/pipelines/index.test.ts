import { describe, expect, it } from 'vitest';
import { analyzeText, loadPipeline } from './index.js';

describe('the pipeline registry', () => {
  it('gives each language its own pipeline, whose documents carry the language', () => {
    const en = loadPipeline('en');
    const de = loadPipeline('de');
    expect([en.lang, de.lang]).toEqual(['en', 'de']);
    const text = "We don't know. Nobody does.";
    const enDoc = en.run('a', text).toRecord();
    const deDoc = de.run('a', text).toRecord();
    expect(enDoc.lang).toBe('en');
    expect(deDoc.lang).toBe('de');
    // The same text, tokenized by each language's conventions.
    expect(enDoc.tokens.map((t) => text.slice(t.start, t.end)).slice(0, 3)).toEqual([
      'We',
      'do',
      "n't",
    ]);
    expect(deDoc.tokens.map((t) => text.slice(t.start, t.end)).slice(0, 3)).toEqual([
      'We',
      "don't",
      'know',
    ]);
  });

  it('analyzes a text in the detected or the given language, and refuses another language', () => {
    const english = 'The bridge was closed on Monday after the river rose.';
    expect(analyzeText('x', english)).toMatchObject({
      ok: true,
      lang: 'en',
      langSource: 'detected',
      record: { id: 'x', lang: 'en', langSource: 'detected' },
    });
    expect(analyzeText('x', english, 'de')).toMatchObject({
      ok: true,
      record: { lang: 'de', langSource: 'given' },
    });
    expect(
      analyzeText('x', 'El puente fue cerrado el lunes después de que el río creciera mucho.'),
    ).toEqual({ ok: false, problem: 'looks like Spanish; crosscheck reads German and English' });
  });

  it('uses a prepared pipeline for its language', () => {
    const prepared = loadPipeline('en');
    let runs = 0;
    const counting = {
      ...prepared,
      run: (...args: Parameters<typeof prepared.run>) => (runs++, prepared.run(...args)),
    };
    analyzeText('x', 'The bridge was closed on Monday.', 'auto', {}, { en: counting });
    analyzeText('y', 'Die Brücke wurde am Montag gesperrt.', 'auto', {}, { en: counting });
    expect(runs).toBe(1);
  });
});

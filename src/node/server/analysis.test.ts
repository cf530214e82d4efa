import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGermanAnalyzer } from './analysis.js';

const [kurier, rheinbote] = ['kurier.txt', 'rheinbote.txt'].map((name) =>
  readFileSync(`examples/hochwasser-talbrueck/${name}`, 'utf8'),
);

describe('the German analyzer with its caches', () => {
  it('answers a repeated or renamed request exactly as an uncached analyzer does', () => {
    const cached = createGermanAnalyzer();
    const uncached = createGermanAnalyzer({ documents: 0, documentChars: 0 });
    const docs = [
      { id: 'a', text: kurier! },
      { id: 'b', text: rheinbote!, date: '2024-11-18' },
    ];
    const renamed = [
      { ...docs[1]!, id: 'x' },
      { ...docs[0]!, id: 'y' },
    ];
    for (const request of [docs, docs, renamed, docs]) {
      expect(cached.compare(request)).toEqual(uncached.compare(request));
      expect(cached.analyze(request)).toEqual(uncached.analyze(request));
    }
  });

  it('keys reports by date too: the same text on another day reads relative dates anew', () => {
    const analyzer = createGermanAnalyzer();
    const text = 'Der Pegel stieg am Sonntag auf 7,40 Meter.';
    const day = (date: string) =>
      analyzer.analyze([{ id: 'a', text, date }]).documents[0]!.dates.map((d) => d.value);
    expect(day('2024-11-20')).toContain('2024-11-17');
    expect(day('2024-11-27')).toContain('2024-11-24');
  });

  it('reads each report in its detected language and lists a report in another language as an error', () => {
    const analyzer = createGermanAnalyzer();
    const output = analyzer.analyze([
      { id: 'en', text: 'The river rose to 7.4 metres on Sunday, officials said.' },
      { id: 'de', text: 'Der Pegel stieg am Sonntag auf 7,40 Meter.' },
      {
        id: 'fr',
        text: 'Le niveau de la rivière est monté à sept mètres dimanche, selon les autorités locales.',
      },
    ]);
    expect(output.documents.map((d) => [d.id, d.lang, d.langSource])).toEqual([
      ['en', 'en', 'detected'],
      ['de', 'de', 'detected'],
    ]);
    expect(output.errors).toEqual([
      { id: 'fr', message: 'looks like French; crosscheck reads German and English' },
    ]);
  });
});

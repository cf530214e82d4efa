import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readHtmlDocument } from './html-document.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const bote = readFileSync(join(FIXTURES, 'bote.html'));

describe('readHtmlDocument', () => {
  const page = readHtmlDocument(bote, {
    url: 'http://127.0.0.1:8080/lokales/bruecke-gesperrt?ref=feed',
  });

  it('keeps the report and drops navigation, teasers, asides and footers', () => {
    expect(page.method).toBe('readability');
    expect(page.text).toContain(
      'Die Straßenbrücke zwischen Wurzen und Dehnitz bleibt nach dem Hochwasser',
    );
    expect(page.text).toContain('„Wir gehen kein Risiko ein“, sagte Landrat Henning Sauer.');
    expect(page.text).toContain('Schäden noch nicht beziffert');
    for (const chrome of [
      'Abo abschließen',
      'Meistgelesen',
      'Impressum',
      'Lokales',
      'color: red',
    ]) {
      expect(page.text).not.toContain(chrome);
    }
  });

  it('writes one paragraph per block, with source line breaks collapsed and entities decoded', () => {
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs).toContain(
      'Am Samstag hatte der Pegel in Golzern mit 6,12 Metern seinen Höchststand erreicht & war seither stetig gefallen. Feuerwehren aus dem ganzen Landkreis waren mit rund 300 Kräften im Einsatz.',
    );
    expect(page.text).not.toMatch(/ \n|\n |\n{3}/);
  });

  it('reads the metadata, JSON-LD first, with the canonical URL made absolute', () => {
    expect(page.meta).toEqual({
      title: 'Brücke über die Mulde bleibt bis Freitag gesperrt',
      outlet: 'Muldentaler Bote',
      author: 'Jana Reichelt',
      published: '2025-03-09T18:40:00+01:00',
      modified: '2025-03-10T07:15:00+01:00',
      url: 'http://127.0.0.1:8080/lokales/bruecke-gesperrt',
      lang: 'de',
    });
  });

  it('maps every paragraph back to the same wording in the HTML', () => {
    const html = bote.toString('utf8');
    const paragraphs = page.text.split('\n\n');
    expect(page.spans).toHaveLength(paragraphs.length);
    for (const span of page.spans) {
      const inText = page.text.slice(span.start, span.end);
      const inHtml = html
        .slice(span.htmlStart, span.htmlEnd)
        .replace(/<[^>]*>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
      expect(inHtml).toBe(inText);
    }
  });

  it('falls back to the body text when there is no article to find', () => {
    const bytes = new TextEncoder().encode(
      '<html><body><nav>Start Sport</nav><div>Kurze Meldung: Der Markt öffnet am Montag wieder.</div></body></html>',
    );
    const short = readHtmlDocument(bytes);
    expect(short.text).toBe('Kurze Meldung: Der Markt öffnet am Montag wieder.');
    expect(short.meta).toEqual({});
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['\uFEFF<!doctype HTML>', true],
    ['<!-- saved -->\n<html lang="de">', true],
    ['  <head><title>x</title>', true],
    ['Berlin (dpa) - Die <b>Regierung</b> hat …', false],
    ['<p>Nur ein Absatz</p>', false],
  ])('%j → %s', (start, expected) => {
    expect(looksLikeHtml(new TextEncoder().encode(start))).toBe(expected);
  });
});

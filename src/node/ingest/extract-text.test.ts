import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './extract-text.js';

const paragraphs = (html: string, skipChrome = false) =>
  paragraphsOf(parseHTML(`<html><body>${html}</body></html>`).document.body as never, skipChrome);

describe('paragraphsOf', () => {
  it.each([
    [
      'blocks become paragraphs',
      '<h2>Titel</h2><p>Erster Satz.</p><div>Zweiter Satz.</div>',
      ['Titel', 'Erster Satz.', 'Zweiter Satz.'],
    ],
    [
      'inline elements join their paragraph',
      '<p>Der <b>Landrat</b> sagte <a href="/x">gestern</a> ab.</p>',
      ['Der Landrat sagte gestern ab.'],
    ],
    [
      '<br> breaks the line, source line breaks do not',
      '<p>Zeile eins<br>Zeile\n  zwei</p>',
      ['Zeile eins\nZeile zwei'],
    ],
    ['no-break spaces stay', '<p>10\u00a0000 Menschen</p>', ['10\u00a0000 Menschen']],
    [
      'figures and captions are left out',
      '<p>Text.</p><figure><img src="a.jpg"><figcaption>Foto: dpa</figcaption></figure>',
      ['Text.'],
    ],
    [
      'scripts and styles are left out',
      '<p>Text.<script>var a = 1;</script></p><style>p{}</style>',
      ['Text.'],
    ],
    [
      'a block that is all links is left out',
      '<p>Text.</p><ul><li><a href="/a">Mehr zum Thema: Neues Café</a></li></ul>',
      ['Text.'],
    ],
    [
      'a paragraph with a link in it stays',
      '<p>Das <a href="/a">Landratsamt</a> teilte am Sonntag mit, die Brücke bleibe zu.</p>',
      ['Das Landratsamt teilte am Sonntag mit, die Brücke bleibe zu.'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(paragraphs(html)).toEqual(expected);
  });

  it('leaves out navigation, header, footer and asides only in the body fallback', () => {
    const html = '<nav>Start</nav><p>Meldung.</p><footer>Impressum</footer>';
    expect(paragraphs(html, true)).toEqual(['Meldung.']);
    expect(paragraphs(html, false)).toEqual(['Start', 'Meldung.', 'Impressum']);
  });
});

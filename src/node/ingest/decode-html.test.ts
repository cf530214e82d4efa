import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml } from './decode-html.js';

/** "Straße" and "Grüße" in Windows-1252: ß is 0xDF, ü is 0xFC, the euro sign 0x80. */
const LATIN = (head: string) =>
  new Uint8Array([
    ...new TextEncoder().encode(`<html><head>${head}</head><body><p>Stra`),
    0xdf,
    0x65,
    0x20,
    0x80,
    0x20,
    0x47,
    0x72,
    0xfc,
    0xdf,
    0x65,
    ...new TextEncoder().encode('</p></body></html>'),
  ]);

describe('decodeHtml', () => {
  it.each([
    ['no declaration, not valid UTF-8', '', undefined, 'windows-1252', 'fallback'],
    ['meta charset', '<meta charset="iso-8859-1">', undefined, 'windows-1252', 'meta'],
    [
      'http-equiv content type',
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      undefined,
      'windows-1252',
      'meta',
    ],
    [
      'HTTP header wins over meta',
      '<meta charset="utf-8">',
      'text/html; charset=ISO-8859-1',
      'windows-1252',
      'http',
    ],
  ])('%s', (_name, head, contentType, encoding, source) => {
    const decoded = decodeHtml(LATIN(head), contentType);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.source).toBe(source);
    expect(decoded.html).toContain('Straße € Grüße');
  });

  it('reads undeclared UTF-8 as UTF-8', () => {
    const decoded = decodeHtml(new TextEncoder().encode('<p>Grüße aus Köln</p>'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'utf-8-valid' });
    expect(decoded.html).toBe('<p>Grüße aus Köln</p>');
  });

  it('lets a byte order mark win over a wrong declaration and drops it', () => {
    const body = new TextEncoder().encode('<meta charset="windows-1252"><p>Grüße</p>');
    const decoded = decodeHtml(
      new Uint8Array([0xef, 0xbb, 0xbf, ...body]),
      'text/html; charset=latin1',
    );
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decoded.html.startsWith('<meta')).toBe(true);
    expect(decoded.html).toContain('Grüße');
  });

  it('ignores an unknown label and a meta tag claiming UTF-16', () => {
    const utf8 = new TextEncoder().encode('<meta charset="utf-16"><p>Grüße</p>');
    expect(decodeHtml(utf8).encoding).toBe('utf-8');
    expect(decodeHtml(utf8, 'text/html; charset=x-no-such').html).toContain('Grüße');
  });

  it.each([
    ['text/html; charset=utf-8', 'utf-8'],
    ['text/html;charset="ISO-8859-15"', 'ISO-8859-15'],
    ["text/html; Charset='windows-1252'", 'windows-1252'],
    ['text/html', null],
  ])('charset of %s', (header, label) => {
    expect(charsetFromContentType(header)).toBe(label);
  });
});

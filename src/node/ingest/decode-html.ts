/**
 * Turns the bytes of a web page into a string before any parsing, in the order
 * the HTML standard's encoding sniffing uses: a byte order mark wins, then the
 * charset the server sent in Content-Type, then a `<meta charset>` (or
 * `http-equiv` Content-Type) near the top of the page. Pages that declare
 * nothing are read as UTF-8 when they are valid UTF-8 and as Windows-1252
 * otherwise: German pages of the 2000s often are Latin-1 without saying so.
 */

export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding label that was used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'utf-8-valid' | 'fallback';
}

/** How far into the page a `<meta charset>` is looked for (the standard says 1024; many CMS put it later). */
const META_SCAN_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, 'bom');
  const fromHttp = usableLabel(charsetFromContentType(contentType ?? ''), false);
  if (fromHttp) return decodeAs(bytes, fromHttp, 'http');
  const fromMeta = usableLabel(charsetFromMeta(bytes), true);
  if (fromMeta) return decodeAs(bytes, fromMeta, 'meta');
  try {
    const html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { html, encoding: 'utf-8', source: 'utf-8-valid' };
  } catch {
    return decodeAs(bytes, 'windows-1252', 'fallback');
  }
}

function decodeAs(bytes: Uint8Array, label: string, source: DecodedHtml['source']): DecodedHtml {
  const decoder = new TextDecoder(label, { ignoreBOM: false });
  let html = decoder.decode(bytes);
  // Node 20 decodes the 'windows-1252' label as plain Latin-1, so „ “ – € arrive as
  // invisible C1 controls; they are mapped to what the bytes mean in Windows-1252.
  if (decoder.encoding === 'windows-1252') html = html.replace(/[\u0080-\u009f]/g, cp1252High);
  return { html, encoding: decoder.encoding, source };
}

/** Windows-1252 bytes 0x80–0x9F; the five it leaves undefined keep their C1 code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function cp1252High(ch: string): string {
  return String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** `text/html; charset="ISO-8859-1"` → `ISO-8859-1`. */
export function charsetFromContentType(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match ? match[1]! : null;
}

/** The charset a `<meta>` tag near the start of the page declares, read as ASCII. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct[1]!;
  }
  return null;
}

/**
 * A label TextDecoder knows, or null. A page that claims UTF-16 in a meta tag
 * cannot be right (the tag itself was readable as ASCII), so it is read as
 * UTF-8 as the standard says; Latin-1 labels already mean Windows-1252 in WHATWG.
 */
function usableLabel(label: string | null, inMeta: boolean): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    return inMeta && encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

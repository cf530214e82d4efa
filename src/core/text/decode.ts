/**
 * Turns the bytes of a text file into a string, detecting the encoding the way a
 * German newsroom's files actually arrive: UTF-8 (with or without BOM), UTF-16
 * with a BOM, or legacy Windows-1252 / Latin-1. Uses only `TextDecoder`, so it
 * runs in browsers as well as in Node.
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
  /** Whether the input began with a byte-order mark. */
  bom: boolean;
}

/** Raised for input that is not text at all; the message says why. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
}

// Share of C0 control bytes (other than tab, CR, LF, FF) above which a file is
// treated as binary. Real text has almost none; stray ones (a bell, an escape) are tolerated and later removed by normalisation.
const MAX_CONTROL_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrictUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  assertLooksLikeText(bytes);
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  // Not valid UTF-8: Windows-1252 is a superset of the printable Latin-1 range and
  // is what browsers and Windows editors mean by "Latin-1" anyway.
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic
// quotes, dashes and the euro sign. Decoded by hand because some runtimes (Node 20
// among them) decode the 'windows-1252' label as plain Latin-1 and turn „ “ – €
// into invisible C1 controls. The five undefined bytes map to their C1 code points.
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    let chunk = '';
    for (let i = offset; i < end; i++) {
      const b = bytes[i]!;
      chunk += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrictUtf8(bytes: Uint8Array): string {
  const text = tryDecodeUtf8(bytes);
  if (text === null) {
    throw new NotTextError('starts with a UTF-8 byte-order mark but is not valid UTF-8');
  }
  assertNoNul(text);
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new NotTextError(
      `starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes`,
    );
  }
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  assertNoNul(text);
  return text;
}

function assertNoNul(text: string): void {
  if (text.includes('\u0000'))
    throw new NotTextError('contains NUL characters: it looks like a binary file');
}

function assertLooksLikeText(bytes: Uint8Array): void {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0)
      throw new NotTextError('contains NUL bytes: it looks like a binary file, not text');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (bytes.length > 0 && controls / bytes.length > MAX_CONTROL_SHARE) {
    throw new NotTextError('contains many control bytes: it looks like a binary file, not text');
  }
}

import type { BilingualDictionary, DictionaryIndex } from '../../core/crosslingual/dictionary.js';
import { LIST_SEPARATOR } from '../../core/crosslingual/dictionary.js';

/**
 * The cached dictionary index as one binary file that is searched where it
 * lies, so that loading it is reading the bytes and nothing else: no map of
 * 400,000 strings is built, and a word costs a binary search (about 18 steps)
 * the first time it is asked for.
 *
 * Layout (all integers unsigned 32-bit little-endian):
 *
 *     stamp line (UTF-8, ends with "\n"), zero bytes up to a multiple of 4
 *     count of German keys G, count of English keys E
 *     G + 1 record offsets, E + 1 record offsets (from the start of the records)
 *     records: "key\tword|word…" in UTF-8, German keys first, each direction
 *              sorted by the key's bytes
 *
 * The stamp names the format, the parser's rules and the list's path, size and
 * date, so a changed list or parser is never read through an old index.
 */

const TAB = 0x09;
const encoder = new TextEncoder();

/** The bytes of an index file for `index`, headed by `stamp` (which must not contain a newline). */
export function encodeIndex(stamp: string, index: DictionaryIndex): Buffer {
  const head = Buffer.from(`${stamp}\n`, 'utf8');
  const headLength = Math.ceil(head.length / 4) * 4;
  const directions = [index.toEnglish, index.toGerman];
  const table = Buffer.alloc(8 + 4 * (index.toEnglish.size + index.toGerman.size + 2));
  const records: string[] = [];
  let p = 0;
  let at = 0;
  for (const [d, map] of directions.entries()) {
    table.writeUInt32LE(map.size, 4 * d);
    for (const key of [...map.keys()].sort(compareCodePoints)) {
      const record = `${key}\t${map.get(key)!}`;
      table.writeUInt32LE(at, 8 + 4 * p++);
      records.push(record);
      at += Buffer.byteLength(record, 'utf8');
    }
    table.writeUInt32LE(at, 8 + 4 * p++);
  }
  return Buffer.concat([
    head,
    Buffer.alloc(headLength - head.length),
    table,
    Buffer.from(records.join(''), 'utf8'),
  ]);
}

/**
 * Strings in the order of their UTF-8 bytes, which is code point order. It
 * differs from JavaScript's own order (UTF-16 units) only where a character
 * beyond U+FFFF meets one from U+E000 on, so the plain comparison serves until
 * a surrogate is met.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

/**
 * The dictionary over an index file's bytes, or null when the file is not one
 * for `stamp` (another list, another format, cut short). Lists are decoded on
 * first request and kept.
 */
export function decodeIndex(bytes: Buffer, stamp: string): BilingualDictionary | null {
  const head = Buffer.from(`${stamp}\n`, 'utf8');
  if (bytes.length < head.length + 8 || !bytes.subarray(0, head.length).equals(head)) return null;
  const tableStart = Math.ceil(head.length / 4) * 4;
  if (bytes.length < tableStart + 8) return null;
  const germanCount = bytes.readUInt32LE(tableStart);
  const englishCount = bytes.readUInt32LE(tableStart + 4);
  const germanTable = tableStart + 8;
  const englishTable = germanTable + 4 * (germanCount + 1);
  const recordsStart = englishTable + 4 * (englishCount + 1);
  if (recordsStart > bytes.length) return null;
  // The last offset is the end of all records: a file cut short is rejected here.
  if (recordsStart + bytes.readUInt32LE(recordsStart - 4) !== bytes.length) return null;

  const direction = (table: number, count: number) => {
    const memo = new Map<string, readonly string[]>();
    return (word: string): readonly string[] => {
      let list = memo.get(word);
      if (list) return list;
      list = search(bytes, table, count, recordsStart, encoder.encode(word));
      memo.set(word, list);
      return list;
    };
  };
  return {
    english: direction(germanTable, germanCount),
    german: direction(englishTable, englishCount),
    size: germanCount,
  };
}

const NONE: readonly string[] = [];

/** Binary search of one direction's sorted records for `key`; its list, or none. */
function search(
  bytes: Buffer,
  table: number,
  count: number,
  recordsStart: number,
  key: Uint8Array,
): readonly string[] {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = recordsStart + bytes.readUInt32LE(table + 4 * middle);
    const order = compareKey(bytes, start, key);
    if (order === 0) {
      const end = recordsStart + bytes.readUInt32LE(table + 4 * middle + 4);
      const list = bytes.toString('utf8', start + key.length + 1, end);
      return list === '' ? NONE : list.split(LIST_SEPARATOR);
    }
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return NONE;
}

/**
 * The record's key (ended by a tab) against `key`, in byte order: negative
 * when the record sorts first. A tab is below every byte of a word, so a
 * shorter key sorts before the longer keys it begins, as Buffer.compare has it.
 */
function compareKey(bytes: Buffer, start: number, key: Uint8Array): number {
  for (let i = 0; ; i++) {
    const own = bytes[start + i]!;
    if (i === key.length) return own === TAB ? 0 : 1;
    if (own === TAB) return -1;
    const other = key[i]!;
    if (own !== other) return own - other;
  }
}

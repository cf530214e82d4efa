import { mkdtemp, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInput } from './read-input.js';

const GERMAN = 'Größe: „Zitat“ – 1.000 €';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 + 2 * i] = endian === 'le' ? lo : hi;
    out[3 + 2 * i] = endian === 'le' ? hi : lo;
  }
  return out;
}

// "Größe: „Zitat“ – 1.000 €" in Windows-1252: ö F6, ß DF, „ 84, “ 93, – 96, € 80.
const CP1252 = Uint8Array.from([
  0x47, 0x72, 0xf6, 0xdf, 0x65, 0x3a, 0x20, 0x84, 0x5a, 0x69, 0x74, 0x61, 0x74, 0x93, 0x20, 0x96,
  0x20, 0x31, 0x2e, 0x30, 0x30, 0x30, 0x20, 0x80,
]);

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-read-'));
  const utf8 = new TextEncoder().encode(GERMAN);
  await writeFile(file('utf8.txt'), utf8);
  await writeFile(file('utf8-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
  await writeFile(file('utf16le.txt'), utf16(GERMAN, 'le'));
  await writeFile(file('utf16be.txt'), utf16(GERMAN, 'be'));
  await writeFile(file('cp1252.txt'), CP1252);
  await writeFile(file('latin1.txt'), Uint8Array.from([0x4b, 0xf6, 0x6c, 0x6e])); // "Köln"
  await writeFile(file('decomposed.txt'), 'Mu\u0308nchen\u0007 ok\r\nzweite Zeile');
  await writeFile(file('empty.txt'), '');
  await writeFile(file('blank.txt'), ' \n\t\n');
  await writeFile(
    file('image.png'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  await writeFile(file('odd-utf16.txt'), Uint8Array.from([0xff, 0xfe, 0x41]));
  await mkdir(file('folder'));
  await writeFile(file('huge.txt'), '');
  await truncate(file('huge.txt'), MAX_INPUT_BYTES + 1);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInput decodes every encoding German news arrives in', () => {
  it.each([
    ['UTF-8', 'utf8.txt', 'utf-8'],
    ['UTF-8 with BOM', 'utf8-bom.txt', 'utf-8'],
    ['UTF-16 LE with BOM', 'utf16le.txt', 'utf-16le'],
    ['UTF-16 BE with BOM', 'utf16be.txt', 'utf-16be'],
    ['Windows-1252', 'cp1252.txt', 'windows-1252'],
  ])('%s', async (_name, name, encoding) => {
    const result = await readInput(file(name));
    expect(result).toEqual({ ok: true, id: file(name), text: GERMAN, encoding });
  });

  it('reads Latin-1 umlauts', async () => {
    expect(await readInput(file('latin1.txt'))).toMatchObject({ ok: true, text: 'Köln' });
  });

  it('normalises to NFC, drops control characters and keeps line breaks', async () => {
    expect(await readInput(file('decomposed.txt'))).toMatchObject({
      ok: true,
      text: 'München ok\r\nzweite Zeile',
    });
  });

  it('reads standard input for "-"', async () => {
    const result = await readInput('-', async () => new TextEncoder().encode('Hallo'));
    expect(result).toEqual({ ok: true, id: '-', text: 'Hallo', encoding: 'utf-8' });
  });
});

describe('readInput reports bad input as one clear problem', () => {
  it.each([
    ['an empty file', 'empty.txt', 'is empty'],
    ['a file of white space', 'blank.txt', 'contains no text'],
    ['a binary file', 'image.png', 'binary'],
    ['a truncated UTF-16 file', 'odd-utf16.txt', 'odd number of bytes'],
    ['a missing path', 'missing.txt', 'no such file'],
    ['a directory', 'folder', 'is a directory'],
    ['a file over the size limit', 'huge.txt', 'over the 10.0 MiB limit'],
  ])('%s', async (_name, name, problem) => {
    const result = await readInput(file(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain(problem);
      expect(result.problem).not.toContain('\n');
    }
  });
});

/**
 * Bad input for the command as a user runs it (bin/crosscheck.js over dist/):
 * each case is one call with the bad input and a good report, and asserts the
 * exit code, one line on stderr naming the input (no stack trace), and that
 * the good report was still analysed. Inputs that are merely unusual
 * (Windows-1252, UTF-16, invalid UTF-8 read as Windows-1252, stdin) must be
 * read without complaint.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzeOutput, CompareOutput } from '../../core/contract/types.js';
import { MAX_INPUT_BYTES } from '../read/read-input.js';
import { REPO_ROOT } from '../shared-data.js';

const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
const built = existsSync(join(REPO_ROOT, 'dist', 'cli.js'));
if (!built) console.warn('skipped: dist/cli.js is missing; run "npm run build" (npm ci does it).');

const work = mkdtempSync(join(tmpdir(), 'crosscheck-bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = join(work, 'good.txt');
writeFileSync(
  GOOD,
  'Der Pegel stieg am Montag auf 7,40 Meter, sagte Bürgermeisterin Petra Lindqvist.',
);
const GERMAN = '„Zitat“ – Größe 1.000 €';

/** Writes `bytes` to a file named `name` in the work folder (null: nothing is written). */
function input(name: string, bytes: Uint8Array | string | null): string {
  const path = join(work, name);
  if (bytes !== null) writeFileSync(path, bytes);
  return path;
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

function cp1252(text: string): Buffer {
  const high: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 };
  return Buffer.from([...text].map((char) => high[char] ?? char.charCodeAt(0)));
}

function oversized(): string {
  const path = input('huge.txt', '');
  truncateSync(path, MAX_INPUT_BYTES + 1);
  return path;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function crosscheck(args: string[], stdin: string | Buffer = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: work, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

interface Refused {
  name: string;
  /** The path given on the command line ("-" for standard input). */
  arg: () => string;
  stdin?: string | Buffer;
  /** What the one stderr line must say after "crosscheck: <input>: ". */
  problem: string;
}

const REFUSED: Refused[] = [
  { name: 'an empty file', arg: () => input('empty.txt', ''), problem: 'is empty' },
  {
    name: 'a file of white space only',
    arg: () => input('blank.txt', ' \n\t \r\n'),
    problem: 'contains no text (only white space)',
  },
  {
    name: 'a binary file',
    arg: () =>
      input(
        'photo.png',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
    problem: 'contains NUL bytes',
  },
  {
    name: 'invalid UTF-8 after a UTF-8 byte-order mark',
    arg: () => input('bom-broken.txt', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28, 0x62])),
    problem: 'starts with a UTF-8 byte-order mark but is not valid UTF-8',
  },
  {
    name: 'UTF-16 with an odd number of bytes',
    arg: () => input('odd.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])),
    problem: 'odd number of bytes',
  },
  { name: 'a missing path', arg: () => join(work, 'missing.txt'), problem: 'no such file' },
  {
    name: 'a directory',
    arg: () => {
      mkdirSync(join(work, 'folder'), { recursive: true });
      return join(work, 'folder');
    },
    problem: 'is a directory, not a file',
  },
  {
    name: 'a file over the size limit',
    arg: oversized,
    problem: 'is more than 10.0 MiB, over the 10.0 MiB limit for one report',
  },
  {
    name: 'one 5 MB line without spaces',
    arg: () => input('one-line.txt', 'x'.repeat(5 * 1024 * 1024)),
    problem:
      'has 5,242,880 characters without a space (from character 0); at most 1,000 are accepted',
  },
  { name: 'empty standard input', arg: () => '-', stdin: '', problem: 'is empty' },
  {
    name: 'standard input over the size limit',
    arg: () => '-',
    stdin: Buffer.alloc(MAX_INPUT_BYTES + 10, 0x61),
    problem: 'over the 10.0 MiB limit',
  },
];

interface Accepted {
  name: string;
  arg: () => string;
  stdin?: string | Buffer;
  /** The text the analysis must have read. */
  text: string;
}

const ACCEPTED: Accepted[] = [
  { name: 'Windows-1252', arg: () => input('cp1252.txt', cp1252(GERMAN)), text: GERMAN },
  {
    name: 'UTF-16 LE with BOM',
    arg: () => input('utf16le.txt', utf16(GERMAN, 'le')),
    text: GERMAN,
  },
  {
    name: 'UTF-16 BE with BOM',
    arg: () => input('utf16be.txt', utf16(GERMAN, 'be')),
    text: GERMAN,
  },
  {
    name: 'invalid UTF-8 without a BOM, read as Windows-1252',
    arg: () =>
      input('latin.txt', Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0xe4, 0x20, 0xc3, 0x28])),
    text: 'Köln ä Ã(',
  },
  { name: 'standard input', arg: () => '-', stdin: GERMAN, text: GERMAN },
  {
    name: 'a long line with spaces',
    arg: () => input('long-line.txt', 'Der Pegel steigt. '.repeat(20_000).trim()),
    text: 'Der Pegel steigt. '.repeat(20_000).trim(),
  },
];

function expectOneLine(stderr: string, arg: string, problem: string) {
  const lines = stderr.trimEnd().split('\n');
  const name = arg === '-' ? 'standard input' : arg;
  expect(lines).toEqual([
    `crosscheck: ${name}: ${lines[0]!.slice(`crosscheck: ${name}: `.length)}`,
  ]);
  expect(lines[0]).toContain(problem);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe.skipIf(!built)('crosscheck analyze: bad input', () => {
  it.each(REFUSED)(
    '$name: exit 1, one line naming it, and the good report is still analysed',
    async ({ arg, stdin, problem }) => {
      const path = arg();
      const run = await crosscheck(['analyze', path, GOOD], stdin);
      expect(run.code).toBe(1);
      expectOneLine(run.stderr, path, problem);
      const output = JSON.parse(run.stdout) as AnalyzeOutput;
      expect(output.documents.map((doc) => doc.id)).toEqual([GOOD]);
      expect(output.documents[0]!.quantities.length).toBeGreaterThan(0);
      expect(output.errors).toEqual([{ id: path, message: expect.stringContaining(problem) }]);
    },
  );

  it.each(ACCEPTED)('$name: read without complaint', async ({ arg, stdin, text }) => {
    const path = arg();
    const run = await crosscheck(['analyze', path, GOOD], stdin);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as AnalyzeOutput;
    expect(output.documents.map((doc) => doc.id)).toEqual([path, GOOD]);
    expect(output.documents[0]!.text).toBe(text);
  });
});

describe.skipIf(!built)('crosscheck compare: bad input', () => {
  it('compares the reports it could read and names the one it could not (exit 1)', async () => {
    const other = input('other.txt', 'Der Pegel stieg am Montag auf 6,20 Meter.');
    const missing = join(work, 'missing.txt');
    const run = await crosscheck(['compare', '--format', 'json', GOOD, missing, other]);
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, missing, 'no such file');
    const output = JSON.parse(run.stdout) as CompareOutput;
    expect(output.documents.map((doc) => doc.id)).toEqual([GOOD, other]);
    expect(output.conflicts.map((conflict) => conflict.kind)).toContain('quantity');
    expect(output.errors).toEqual([{ id: missing, message: 'no such file' }]);
  });

  it('stops with exit 1 when fewer than two reports can be read', async () => {
    const run = await crosscheck(['compare', GOOD, input('empty2.txt', '')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `crosscheck: ${join(work, 'empty2.txt')}: is empty`,
      'crosscheck: only 1 of the reports could be read; compare needs at least two',
    ]);
  });
});

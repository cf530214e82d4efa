import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, NotTextError, type DetectedEncoding } from '../../core/text/decode.js';
import { normalizeText } from '../../core/text/normalize.js';
import { describeLongRun, findLongRun } from './long-run.js';

/**
 * Largest input accepted, in bytes. News reports are a few kilobytes; anything
 * near this size is almost certainly the wrong file, and refusing it early keeps
 * memory use predictable. Documented in the README and docs/cli.md.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export const STDIN_ID = '-';

export interface ReadSuccess {
  ok: true;
  id: string;
  /** Normalised text: the string every offset of the analysis refers to. */
  text: string;
  encoding: DetectedEncoding;
}

export interface ReadFailure {
  ok: false;
  id: string;
  /** One line saying what is wrong, without the path (the caller adds it). */
  problem: string;
}

export type ReadResult = ReadSuccess | ReadFailure;

/** Reads, decodes and normalises one input named on the command line (`-` is standard input). */
export async function readInput(
  id: string,
  readStdin: () => Promise<Uint8Array> = readAllStdin,
): Promise<ReadResult> {
  let bytes: Uint8Array;
  if (id === STDIN_ID) {
    bytes = await readStdin();
    if (bytes.length > MAX_INPUT_BYTES) return failure(id, tooLarge(bytes.length));
  } else {
    const problem = await checkPath(id);
    if (problem) return failure(id, problem);
    try {
      bytes = await readFile(id);
    } catch (error) {
      return failure(id, describeFsError(error));
    }
  }
  return decodeInput(id, bytes);
}

/** Decodes and normalises bytes that came from anywhere (a file, stdin, an upload). */
export function decodeInput(id: string, bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return failure(id, 'is empty');
  if (bytes.length > MAX_INPUT_BYTES) return failure(id, tooLarge(bytes.length));
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof NotTextError) return failure(id, error.message);
    throw error;
  }
  const text = normalizeText(decoded.text);
  if (text.trim() === '') return failure(id, 'contains no text (only white space)');
  const run = findLongRun(text);
  if (run) return failure(id, describeLongRun(run));
  return { ok: true, id, text, encoding: decoded.encoding };
}

async function checkPath(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'is a directory, not a file';
    if (!info.isFile()) return 'is not a regular file';
    if (info.size > MAX_INPUT_BYTES) return tooLarge(info.size);
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function tooLarge(size: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  // Just over the limit would read "is 10.0 MiB, over the 10.0 MiB limit".
  const shown = mb(size) === mb(MAX_INPUT_BYTES) ? `more than ${mb(size)}` : mb(size);
  return `is ${shown} MiB, over the ${mb(MAX_INPUT_BYTES)} MiB limit for one report`;
}

function failure(id: string, problem: string): ReadFailure {
  return { ok: false, id, problem };
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    chunks.push(buffer);
    // Stop buffering once the limit is passed; the size check reports it.
    if (total > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}

import type { CliIo } from './io.js';

/** An in-memory CliIo for tests: captures what a command writes. */
export function memoryIo(stdin = ''): CliIo & { stdout: () => string; stderr: () => string[] } {
  let out = '';
  const err: string[] = [];
  return {
    write: async (text) => {
      out += text;
    },
    error: (line) => {
      err.push(line);
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: () => out,
    stderr: () => err,
  };
}

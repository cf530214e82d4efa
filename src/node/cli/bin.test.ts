import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-data.js';

// The installed command, as a user runs it: bin/crosscheck.js over the bundle in dist/.
const BIN = join(REPO_ROOT, 'bin', 'crosscheck.js');
const built = existsSync(join(REPO_ROOT, 'dist', 'cli.js'));
if (!built) console.warn('skipped: dist/cli.js is missing; run "npm run build" (npm ci does it).');

async function crosscheck(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(!built)('the crosscheck command', () => {
  it('analyses the bundled example', async () => {
    const { code, stdout, stderr } = await crosscheck(
      'analyze',
      'examples/hochwasser-talbrueck/rheinbote.txt',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ version: 2 });
  });

  it.each([
    [['analyze', 'no/such/file.txt'], 1, 'crosscheck: no/such/file.txt: no such file'],
    [['analyze', 'examples'], 1, 'crosscheck: examples: is a directory, not a file'],
    [
      ['analyze', '--format', 'xml', 'README.md'],
      2,
      "error: option '-f, --format <format>' argument 'xml' is invalid",
    ],
    [['analyze'], 2, "error: missing required argument 'files'"],
    [['frobnicate'], 2, "error: unknown command 'frobnicate'"],
  ])(
    '%j exits %i with a one-line message and no stack trace',
    async (args, expectedCode, message) => {
      const { code, stderr } = await crosscheck(...args);
      expect(code).toBe(expectedCode);
      expect(stderr).toContain(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );
});

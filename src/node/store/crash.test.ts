import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-data.js';
import { openStore } from './open.js';
import { entityRows, frameRows } from './rows.js';
import { copyTemplateStore } from './test-template.js';

/**
 * Nothing lost (issue 16): `add` killed with SIGKILL in the middle of many
 * reports leaves a store that opens, holds only whole reports, and a second
 * `add` of the same inputs completes the rest without duplicates. While the
 * first `add` runs, a second process is refused with a clear message.
 */
const ENTRY = join(REPO_ROOT, 'src', 'node', 'store', 'test-cli.ts');
const EXAMPLE = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck');
const COUNT = 20;

let folder: string;
let files: string[];
const expectedText = new Map<string, string>();

function cli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function finished(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crosscheck-crash-'));
  const bases = await Promise.all(
    ['kurier.txt', 'rheinbote.txt', 'stadtanzeiger.txt'].map((f) =>
      readFile(join(EXAMPLE, f), 'utf8'),
    ),
  );
  files = [];
  for (let n = 0; n < COUNT; n++) {
    // Distinct texts: each copy gets a closing line of its own.
    const text = `${bases[n % 3]!.trimEnd()}\n\nNachtrag ${n + 1}: Die Lage wird am Abend neu bewertet.\n`;
    const path = join(folder, `meldung-${String(n + 1).padStart(2, '0')}.txt`);
    await writeFile(path, text);
    files.push(path);
    expectedText.set(path, text);
  }
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('add killed midway', () => {
  it('leaves whole reports only, refuses a second writer meanwhile, and a rerun completes it', async () => {
    const db = join(folder, 'store');
    await copyTemplateStore(db);
    const first = cli(['add', '--db', db, ...files]);
    let out = '';
    let refusal: Promise<unknown> | null = null;
    const killedAfter = await new Promise<number>((resolve, reject) => {
      first.stdout!.on('data', (data: Buffer) => {
        out += data.toString();
        const added = out.split('\n').filter((l) => l.startsWith('added')).length;
        // A second writer while the first holds the store is refused, naming the holder.
        refusal ??= openStore({ db }).then(
          async (store) => {
            await store.close();
            throw new Error('a second process opened the store while add was running');
          },
          (error: Error) => error.message,
        );
        if (added >= 4) {
          first.kill('SIGKILL');
          resolve(added);
        }
      });
      first.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL')
          reject(new Error(`add ended by itself (${code}) before it was killed`));
      });
    });
    expect(await refusal).toBe(
      `store ${db} is in use by process ${first.pid}; wait for it to finish ` +
        '(an embedded store serves one process at a time; a team shares a PostgreSQL server, see docs/store.md)',
    );
    await new Promise((resolve) =>
      first.exitCode !== null || first.signalCode ? resolve(null) : first.on('exit', resolve),
    );

    // The store opens (the dead process's lock is taken over) and every report in it is whole.
    const store = await openStore({ db });
    const stored = await store.reportCount();
    expect(stored).toBeGreaterThanOrEqual(killedAfter);
    expect(stored).toBeLessThan(COUNT);
    const sources = new Set<string>();
    for (let id = 1; sources.size < stored && id < stored + 10; id++) {
      const report = await store.getReport(id);
      if (!report) continue;
      sources.add(report.source);
      expect(report.record.text).toBe(expectedText.get(report.source)!.replace(/\r\n/g, '\n'));
      expect(report.entities).toHaveLength(entityRows(report.record).length);
      expect(report.frames).toHaveLength(frameRows(report.record).length);
      expect(report.storyId).not.toBeNull();
      const story = await store.getStory(report.storyId!);
      expect(story!.reports.map((r) => r.id)).toContain(id);
    }
    expect(sources.size).toBe(stored);
    await store.close();

    // The rerun adds the rest and nothing twice.
    const rerun = await finished(cli(['add', '--db', db, ...files]));
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const lines = rerun.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('already stored'))).toHaveLength(stored);
    expect(lines.filter((l) => l.startsWith('added'))).toHaveLength(COUNT - stored);
    const after = await openStore({ db });
    expect(await after.reportCount()).toBe(COUNT);
    await after.close();
  }, 240_000);
});

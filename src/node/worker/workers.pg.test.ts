/**
 * Team mode with real processes: `crosscheck worker` child processes (run from
 * the sources with tsx) on one PostgreSQL database. Needs CROSSCHECK_TEST_PG
 * (.ci/run starts a server and sets it); skips with a message without it.
 * Each test gets a database of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-data.js';
import { openStore } from '../store/open.js';
import { enqueueInputs } from './enqueue.js';
import { openQueue, QUEUES } from './queue.js';
import {
  createTestDatabase,
  NO_TEST_PG_MESSAGE,
  queryDatabase,
  TEST_PG,
  type TestDatabase,
} from './test-pg.js';

const ENTRY = join(REPO_ROOT, 'src/node/worker/test-cli.ts');

/** Short enough that a killed worker's job is back in seconds (production: minutes, queue.ts). */
const TEST_TIMING = {
  expireInSeconds: { analyse: 3, fetch: 3 },
  retryDelaySeconds: 1,
  retryBackoff: false,
  maintenanceIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
};

/** The bundled example (one flood) and three development stories: 11 reports of 4 events. */
function reportFiles(): { file: string; event: string }[] {
  const files = readdirSync(join(REPO_ROOT, 'examples/hochwasser-talbrueck'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: `examples/hochwasser-talbrueck/${f}`, event: 'hochwasser' }));
  const stories = join(REPO_ROOT, 'eval/stories');
  const dev = readdirSync(stories)
    .filter((name) => existsSync(join(stories, name, 'gold.json')))
    // Held-out stories are never read: only the split field of each gold file is looked at.
    .filter((name) => {
      const gold = JSON.parse(readFileSync(join(stories, name, 'gold.json'), 'utf8')) as {
        split?: string;
      };
      return gold.split === 'dev';
    })
    .sort()
    .slice(0, 3);
  for (const name of dev)
    for (const f of readdirSync(join(stories, name))
      .filter((f) => f.endsWith('.txt'))
      .sort())
      files.push({ file: `eval/stories/${name}/${f}`, event: name });
  return files;
}

interface Worker {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startWorker(url: string, args: string[], env: Record<string, string> = {}): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ENTRY, 'worker', '--db', url, ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, CROSSCHECK_QUEUE_TIMING: JSON.stringify(TEST_TIMING), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(
  what: string | (() => string),
  probe: () => Promise<T | null>,
  timeoutMs = 60_000,
) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const silentIo = () => {
  const lines: string[] = [];
  return {
    lines,
    io: {
      write: async (text: string) => void lines.push(text),
      error: (line: string) => void lines.push(line),
      readStdin: async () => new Uint8Array(),
    },
  };
};

if (!TEST_PG) console.warn(NO_TEST_PG_MESSAGE);

describe.skipIf(!TEST_PG)('crosscheck worker processes on one PostgreSQL database', () => {
  const databases: TestDatabase[] = [];
  const workers: Worker[] = [];
  // Jobs take their expiry from the queue when they are queued: this process queues them too.
  const savedTiming = process.env['CROSSCHECK_QUEUE_TIMING'];
  beforeAll(() => {
    process.env['CROSSCHECK_QUEUE_TIMING'] = JSON.stringify(TEST_TIMING);
  });

  afterEach(() => {
    for (const w of workers.splice(0)) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  });
  afterAll(async () => {
    if (savedTiming === undefined) delete process.env['CROSSCHECK_QUEUE_TIMING'];
    else process.env['CROSSCHECK_QUEUE_TIMING'] = savedTiming;
    for (const db of databases) await db.drop();
  });

  it('two workers store every report of a queue with duplicates once and form its stories', async () => {
    const db = await createTestDatabase('workers');
    databases.push(db);
    const files = reportFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);

    const { io, lines } = silentIo();
    expect(
      await enqueueInputs(
        files.map((f) => join(REPO_ROOT, f.file)),
        { db: db.url },
        io,
      ),
    ).toBe(0);
    // The same reports queued once more, past the enqueuer's "already stored" check:
    // two workers may now analyse one text at the same moment.
    const queue = await openQueue(db.url);
    for (const { file } of files.slice(0, 5)) {
      await queue.send('analyse', {
        id: join(REPO_ROOT, file),
        text: readFileSync(join(REPO_ROOT, file), 'utf8'),
      });
    }
    await queue.stop({ graceful: false });
    expect(lines.filter((l) => l.startsWith('queued'))).toHaveLength(files.length);

    const a = startWorker(db.url, ['--once']);
    const b = startWorker(db.url, ['--once', '--concurrency', '2']);
    workers.push(a, b);
    const codes = await Promise.all([a.exited, b.exited]);
    expect(codes, a.output() + b.output()).toEqual([0, 0]);

    // Both worked: each logged jobs, and the 16 jobs were shared out once each.
    const jobLines = (w: Worker) => w.output().match(/ analyse [0-9a-f]{8} done/g) ?? [];
    expect(jobLines(a).length).toBeGreaterThan(0);
    expect(jobLines(b).length).toBeGreaterThan(0);
    expect(jobLines(a).length + jobLines(b).length).toBe(files.length + 5);

    const store = await openStore({ db: db.url });
    try {
      expect(await store.reportCount()).toBe(files.length);
      const stories = await store.listStories();
      const storyOf = new Map<string, number>();
      for (const story of stories)
        for (const report of story.reports) storyOf.set(report.source, story.id);
      // Every report once, each in a story.
      expect([...storyOf.keys()].sort()).toEqual(files.map((f) => join(REPO_ROOT, f.file)).sort());
      // The reports of one event form one story, and no two events share one.
      const byEvent = new Map<string, Set<number>>();
      for (const { file, event } of files) {
        const set = byEvent.get(event) ?? new Set();
        set.add(storyOf.get(join(REPO_ROOT, file))!);
        byEvent.set(event, set);
      }
      const log = a.output() + b.output();
      expect(
        [...byEvent.values()].map((s) => s.size),
        log,
      ).toEqual([...byEvent.keys()].map(() => 1));
      expect(stories).toHaveLength(byEvent.size);
    } finally {
      await store.close();
    }
  }, 180_000);

  it("a killed worker's job is retried by another, which stops cleanly on SIGTERM", async () => {
    const db = await createTestDatabase('crash');
    databases.push(db);
    const file = join(REPO_ROOT, 'examples/hochwasser-talbrueck/kurier.txt');
    const { io } = silentIo();
    expect(await enqueueInputs([file], { db: db.url }, io)).toBe(0);

    // The first worker holds its job for a minute before analysing it, and is killed meanwhile.
    const doomed = startWorker(db.url, [], { CROSSCHECK_TEST_JOB_PAUSE_MS: '60000' });
    workers.push(doomed);
    const active = () =>
      queryDatabase<{ id: string }>(
        db.url,
        `SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active'`,
        [QUEUES.analyse],
      );
    const [job] = await waitFor('the first worker to take the job', async () => {
      const rows = await active();
      return rows.length > 0 ? rows : null;
    });
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe(null);

    const rescuer = startWorker(db.url, []);
    workers.push(rescuer);
    const report = await waitFor(
      () => `the second worker to store the report:\n${rescuer.output()}`,
      async () => {
        const rows = await queryDatabase<{ id: number }>(
          db.url,
          'SELECT id FROM crosscheck.reports',
        );
        return rows.length > 0 ? rows : null;
      },
    );
    expect(report).toHaveLength(1);
    const [state] = await waitFor('the job to be marked done', async () => {
      const rows = await queryDatabase<{ state: string; retry_count: number }>(
        db.url,
        'SELECT state, retry_count FROM pgboss.job WHERE id = $1',
        [job!.id],
      );
      return rows[0]?.state === 'completed' ? rows : null;
    });
    // Taken by the killed worker, failed by its expiry, done on the second try.
    expect(state!.retry_count).toBe(1);
    expect(rescuer.output()).toMatch(
      /analyse [0-9a-f]{8} \(try 2\) done in .*added as report 1, opened story/,
    );

    rescuer.child.kill('SIGTERM');
    expect(await rescuer.exited).toBe(0);
    expect(rescuer.output()).toContain('1 job done, 0 failed');
  }, 120_000);

  it('on SIGTERM finishes its running job; on a second SIGTERM releases it for retry', async () => {
    const db = await createTestDatabase('stop');
    databases.push(db);
    // Long enough that a job held for seconds is not taken for lost meanwhile.
    const patientTiming = JSON.stringify({ ...TEST_TIMING, expireInSeconds: { analyse: 60 } });
    process.env['CROSSCHECK_QUEUE_TIMING'] = patientTiming;
    const jobs = () =>
      queryDatabase<{ id: string; state: string }>(
        db.url,
        'SELECT id, state FROM pgboss.job WHERE name = $1',
        [QUEUES.analyse],
      );

    // Two workers, each holding the job it takes: one for 3 s, one for a minute.
    const patient = startWorker(db.url, [], {
      CROSSCHECK_TEST_JOB_PAUSE_MS: '3000',
      CROSSCHECK_QUEUE_TIMING: patientTiming,
    });
    const hasty = startWorker(db.url, [], {
      CROSSCHECK_TEST_JOB_PAUSE_MS: '60000',
      CROSSCHECK_QUEUE_TIMING: patientTiming,
    });
    workers.push(patient, hasty);
    // Both ready before any job is queued, so that each takes one.
    await waitFor(
      () => `both workers to start:\n${patient.output()}\n${hasty.output()}`,
      async () => ([patient, hasty].every((w) => w.output().includes('1 slot on')) ? true : null),
    );
    const { io } = silentIo();
    const files = ['kurier.txt', 'rheinbote.txt'];
    await enqueueInputs(
      files.map((f) => join(REPO_ROOT, 'examples/hochwasser-talbrueck', f)),
      { db: db.url },
      io,
    );
    await waitFor('both workers to take a job', async () =>
      (await jobs()).filter((j) => j.state === 'active').length === 2 ? true : null,
    );

    patient.child.kill('SIGTERM');
    hasty.child.kill('SIGTERM');
    await waitFor('the hasty worker to wait for its job', async () =>
      hasty.output().includes('waiting up to 30 s for 1 running job') ? true : null,
    );
    hasty.child.kill('SIGTERM');
    expect(await patient.exited, patient.output()).toBe(0);
    expect(await hasty.exited, hasty.output()).toBe(0);
    expect(patient.output()).toContain('stopping after the running jobs');
    expect(patient.output()).toMatch(
      /analyse [0-9a-f]{8} done in .*added as report 1, opened story/,
    );
    expect(hasty.output()).toMatch(/analyse [0-9a-f]{8} released: the worker was stopped/);
    // The finished job is done; the released one is back in the queue for any worker.
    expect((await jobs()).map((j) => j.state).sort()).toEqual(['completed', 'retry']);
    process.env['CROSSCHECK_QUEUE_TIMING'] = JSON.stringify(TEST_TIMING);
  }, 120_000);

  it('refuses an embedded store, bad options and an unreachable server with one line each', async () => {
    const cases: [string[], number, string][] = [
      [['--db', '/tmp/some-folder'], 2, 'worker needs a team store on a PostgreSQL server'],
      [
        ['--db', TEST_PG, '--concurrency', '0'],
        2,
        '--concurrency 0: expected a whole number from 1 to 64',
      ],
      [
        ['--db', 'postgres://desk:secret@127.0.0.1:1/news'],
        69,
        'cannot reach the store server postgres://desk:***@127.0.0.1:1/news',
      ],
    ];
    await Promise.all(
      cases.map(async ([args, expected, message]) => {
        const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'worker', ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, CROSSCHECK_DB: '' },
        });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        const code = await new Promise((r) => child.on('exit', r));
        expect(code, stderr).toBe(expected);
        expect(stderr).toContain(message);
        expect(stderr).not.toContain('secret');
        expect(stderr).not.toMatch(/\n\s+at /);
      }),
    );
  }, 60_000);
});

/**
 * Setting up the queue on a PostgreSQL database: needs CROSSCHECK_TEST_PG,
 * skips with a message without it.
 */
import { describe, expect, it } from 'vitest';
import { openQueue, QUEUE_SCHEMA, QUEUES, queueTiming } from './queue.js';
import { createTestDatabase, NO_TEST_PG_MESSAGE, queryDatabase, TEST_PG } from './test-pg.js';

if (!TEST_PG) console.warn(NO_TEST_PG_MESSAGE);

describe.skipIf(!TEST_PG)('openQueue', () => {
  it('lets workers that start at the same moment on a new database set it up together', async () => {
    const db = await createTestDatabase('queue');
    try {
      // Four processes' worth at once: two workers (which update the settings) and two enqueuers.
      const queues = await Promise.all(
        [true, false, true, false].map((supervise) => openQueue(db.url, { supervise })),
      );
      for (const queue of queues) await queue.stop({ graceful: false });
      const rows = await queryDatabase<{ name: string; expire_seconds: number }>(
        db.url,
        `SELECT name, expire_seconds FROM ${QUEUE_SCHEMA}.queue ORDER BY name`,
      );
      expect(rows).toEqual([
        { name: QUEUES.analyse, expire_seconds: 300 },
        { name: QUEUES.fetch, expire_seconds: 1800 },
      ]);
    } finally {
      await db.drop();
    }
  });

  it("a worker's timing replaces the queue's; an enqueuer's leaves it", async () => {
    const db = await createTestDatabase('queue');
    try {
      const short = queueTiming({ CROSSCHECK_QUEUE_TIMING: '{"expireInSeconds":{"analyse":7}}' });
      await (await openQueue(db.url)).stop({ graceful: false });
      await (await openQueue(db.url, { timing: short })).stop({ graceful: false });
      const expiry = async () =>
        (
          await queryDatabase<{ expire_seconds: number }>(
            db.url,
            `SELECT expire_seconds FROM ${QUEUE_SCHEMA}.queue WHERE name = $1`,
            [QUEUES.analyse],
          )
        )[0]!.expire_seconds;
      expect(await expiry()).toBe(300);
      await (await openQueue(db.url, { timing: short, supervise: true })).stop({ graceful: false });
      expect(await expiry()).toBe(7);
    } finally {
      await db.drop();
    }
  });

  it('names an unreachable server in one line', async () => {
    await expect(openQueue('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow(
      /^cannot open the job queue: no PostgreSQL server answers/,
    );
  });
});

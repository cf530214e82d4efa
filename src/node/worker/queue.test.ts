import { describe, expect, it } from 'vitest';
import { describePgError, PRODUCTION_TIMING, QueueSetupError, queueTiming } from './queue.js';

describe('queueTiming', () => {
  it('is the production timing without CROSSCHECK_QUEUE_TIMING', () => {
    expect(queueTiming({})).toEqual(PRODUCTION_TIMING);
    // A crashed analyse job is back within about six minutes, a feed's within half an hour.
    expect(PRODUCTION_TIMING.expireInSeconds.analyse).toBe(300);
    expect(PRODUCTION_TIMING.retryLimit).toBeGreaterThan(0);
  });

  it('takes the fields given and keeps the others', () => {
    const timing = queueTiming({
      CROSSCHECK_QUEUE_TIMING: '{"expireInSeconds":{"analyse":2},"retryDelaySeconds":1}',
    });
    expect(timing.expireInSeconds).toEqual({
      analyse: 2,
      fetch: PRODUCTION_TIMING.expireInSeconds.fetch,
    });
    expect(timing.retryDelaySeconds).toBe(1);
    expect(timing.retryLimit).toBe(PRODUCTION_TIMING.retryLimit);
  });

  it.each([
    ['{', 'is not valid JSON'],
    ['[1]', 'must be a JSON object'],
    ['{"retryDelaySeconds":0}', 'at least 0.5'],
    ['{"expireInSeconds":{"analyse":"x"}}', 'at least 0.5'],
    ['{"retryLimit":-1}', 'retryLimit must be a whole number'],
    ['{"retryLimit":1.5}', 'retryLimit must be a whole number'],
  ])('refuses %s with a message', (raw, message) => {
    expect(() => queueTiming({ CROSSCHECK_QUEUE_TIMING: raw })).toThrow(QueueSetupError);
    expect(() => queueTiming({ CROSSCHECK_QUEUE_TIMING: raw })).toThrow(message);
  });
});

describe('describePgError', () => {
  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
      'no PostgreSQL server answers',
    ],
    [
      Object.assign(new Error('database "x" does not exist'), { code: '3D000' }),
      'create it with "createdb"',
    ],
    [
      Object.assign(new Error('password authentication failed'), { code: '28P01' }),
      'the server refused the login',
    ],
    [
      new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })]),
      'no PostgreSQL server answers',
    ],
    [Object.assign(new Error('deadlock detected'), { code: '40P01' }), 'deadlock detected (40P01)'],
  ])('says %s in one line', (error, message) => {
    const line = describePgError(error);
    expect(line).toContain(message);
    expect(line).not.toContain('\n');
  });
});

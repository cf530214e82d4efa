import { describe, expect, it } from 'vitest';
import { eventVerb } from './vectors.js';

describe('eventVerb: the verb an -ung noun is derived from, when the story uses it', () => {
  const story = new Set(['entgleisen', 'sanieren', 'ändern', 'schliessen', 'verhaften']);
  it.each([
    ['entgleisung', 'entgleisen'],
    ['sanierung', 'sanieren'],
    ['änderung', 'ändern'],
    ['schliessung', 'schliessen'],
    ['verhaftung', 'verhaften'],
  ])('%s → %s', (noun, verb) => {
    expect(eventVerb(noun, story)).toBe(verb);
  });

  it.each([
    ['ermittlung', 'a verb the story does not use'],
    ['zeitung', 'no verb "zeiten" in the story'],
    ['ung', 'too short'],
    ['entgleisen', 'not an -ung noun'],
  ])('%s: none (%s)', (noun) => {
    expect(eventVerb(noun, story)).toBeNull();
  });
});

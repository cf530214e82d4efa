import { describe, expect, it } from 'vitest';
import { speakerLabel, speakerName } from './speaker-label.js';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe('speakerLabel', () => {
  it.each([
    [
      { ...span('der Minister', 50), entity: 'e1', antecedent: span('Joachim Herrmann') },
      'der Minister (Joachim Herrmann)',
    ],
    [{ ...span('sie', 50), entity: 'e2', antecedent: span('Anna Berg') }, 'sie (Anna Berg)'],
    [
      { ...span('Polizeisprecherin Anna Berg', 50), entity: 'e2', antecedent: span('Anna Berg') },
      'Polizeisprecherin Anna Berg',
    ],
    [{ ...span('Die Polizei'), entity: null }, 'Die Polizei'],
    [null, null],
  ])('%j → %s', (speaker, label) => {
    expect(speakerLabel(speaker)).toBe(label);
  });

  it('groups under the resolved person', () => {
    expect(
      speakerName({ ...span('die Sprecherin', 9), entity: null, antecedent: span('Anna Berg') }),
    ).toBe('Anna Berg');
    expect(speakerName({ ...span('Die Polizei'), entity: null })).toBe('Die Polizei');
  });
});

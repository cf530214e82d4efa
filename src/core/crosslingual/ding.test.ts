import { describe, expect, it } from 'vitest';
import { parseDing, parseDingLine } from './ding.js';
import { dictionaryFromPairs } from './dictionary.js';

// Lines in the Ding format, written for this test (not taken from the list).
describe('parseDingLine', () => {
  it.each([
    [
      'Brücke {f} | Brücken {pl} :: bridge | bridges',
      [
        ['brücke', ['bridge']],
        ['brücken', ['bridges']],
      ],
    ],
    [
      'Panzer {m} [mil.]; Kampfpanzer {m} :: tank; battle tank',
      [
        ['panzer', ['tank', 'battle']],
        ['kampfpanzer', ['tank', 'battle']],
      ],
    ],
    ['etw. ablehnen {vt} :: to reject sth.; to refuse sth.', [['ablehnen', ['reject', 'refuse']]]],
    [
      'Regierung {f} [pol.] :: government /Gov./; administration [Am.]',
      [['regierung', ['government', 'administration']]],
    ],
    ['Notstand {m} [pol.] :: state of emergency', [['notstand', ['state', 'emergency']]]],
    ['# Version :: devel', []],
    ['no separator here', []],
    ['außer Reichweite :: out of reach', []],
  ] as const)('%s', (line, expected) => {
    expect(parseDingLine(line)).toEqual(expected);
  });

  it('pairs senses by position and ignores senses one side lacks', () => {
    expect(parseDingLine('Wert {m} | Werte {pl} | Nennwert {m} :: value | values')).toEqual([
      ['wert', ['value']],
      ['werte', ['values']],
    ]);
  });
});

describe('dictionaryFromPairs', () => {
  const dictionary = dictionaryFromPairs(
    parseDing(
      'Reichweite {f} :: range; reach\nBereich {m} :: range; area\nHerd {m} :: stove; range\n',
    ),
  );
  it('answers both directions in the order of the list', () => {
    expect(dictionary.english('reichweite')).toEqual(['range', 'reach']);
    expect(dictionary.german('range')).toEqual(['reichweite', 'bereich', 'herd']);
    expect(dictionary.german('unknown')).toEqual([]);
    expect(dictionary.size).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { equipmentKindClash, findEquipment, lookupEquipment } from './equipment.js';

describe('lookupEquipment', () => {
  it.each([
    ['ATACMS', 'ballistic missile'],
    ['HIMARS', 'rocket launcher'],
    ['Storm Shadow', 'cruise missile'],
    ['SCALP', 'cruise missile'],
    ['Abrams', 'tank'],
    ['Leopard 2', 'tank'],
    ['F-16', 'fighter jet'],
    ['F16', 'fighter jet'],
    ['Patriot', 'air-defence system'],
    ['IRIS-T', 'air-defence system'],
    ['Taurus', 'cruise missile'],
    ['Shahed-136', 'drone'],
    ['Shahed', 'drone'],
  ])('%s is a %s', (name, kind) => expect(lookupEquipment(name)?.kind).toBe(kind));

  it('knows Storm Shadow and SCALP as one system', () => {
    expect(lookupEquipment('SCALP')?.id).toBe(lookupEquipment('Storm Shadow')?.id);
  });

  it('returns undefined for other words', () => expect(lookupEquipment('Haus')).toBeUndefined());
});

describe('findEquipment', () => {
  it.each<[string, [string, string, 'name' | 'part'][]]>([
    [
      'Washington hatte Streiks mit US-ATACMS-Raketen nicht zugelassen.',
      [['US-ATACMS-Raketen', 'atacms', 'part']],
    ],
    [
      'Die Anfrage nach HIMARS, Abrams-Panzern, F16-Panzern',
      [
        ['HIMARS', 'himars', 'name'],
        ['Abrams-Panzern', 'abrams', 'part'],
        ['F16-Panzern', 'f-16', 'part'],
      ],
    ],
    [
      'Storm Shadow ist eine französisch-britische Langstreckenrakete.',
      [['Storm Shadow', 'storm-shadow', 'name']],
    ],
    ['Storm Shadow-Raketen in Russland', [['Storm Shadow-Raketen', 'storm-shadow', 'part']]],
    [
      'Deutschland liefert Leopard-2-Panzer und IRIS-T.',
      [
        ['Leopard-2-Panzer', 'leopard', 'part'],
        ['IRIS-T', 'iris-t', 'name'],
      ],
    ],
    ['Russland setzte Shahed-Drohnen ein.', [['Shahed-Drohnen', 'shahed', 'part']]],
    ['Die Ukraine bekommt weitere Patriot-Systeme.', [['Patriot-Systeme', 'patriot', 'part']]],
  ])('%s', (text, expected) => {
    expect(findEquipment(text).map((m) => [m.text, m.system.id, m.form])).toEqual(expected);
  });

  it.each([
    'Der Leopard jagt in der Savanne.',
    'Stacey Abrams sprach in Atlanta.',
    'Er sieht sich als Patriot.',
  ])('needs a cue for an ambiguous name: %s', (text) => expect(findEquipment(text)).toEqual([]));

  it('gives offsets into the text', () => {
    const text = 'Kiew erhält ATACMS.';
    const [m] = findEquipment(text);
    expect(text.slice(m!.start, m!.end)).toBe('ATACMS');
  });
});

describe('equipmentKindClash', () => {
  it.each([
    ['F16-Panzern', 'fighter jet', true],
    ['Abrams-Panzern', 'tank', false],
    ['ATACMS-Raketen', 'ballistic missile', false],
    ['ATACMS-Reichweite', 'ballistic missile', false],
    ['Patriot-Systeme', 'air-defence system', false],
    ['Leopard-Jets', 'tank', true],
    ['HIMARS', 'rocket launcher', false],
  ])('%s as %s: %s', (text, kind, clash) => expect(equipmentKindClash(text, kind)).toBe(clash));
});

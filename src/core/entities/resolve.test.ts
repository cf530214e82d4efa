import { describe, expect, it } from 'vitest';
import type { EntityForm, EntityType } from '../contract/types.js';
import {
  derivedBase,
  namePartOf,
  resolveEntities,
  stripTitles,
  withoutGenitive,
  withoutOrigin,
} from './resolve.js';

type M = [text: string, type: EntityType, form?: EntityForm];

/** Resolves mentions and returns, for each, the canonical name of its entity. */
function canonicalOf(mentions: M[]): string[] {
  const { entityOf, entities } = resolveEntities(
    mentions.map(([text, type, form]) => ({ text, type, form: form ?? 'name' })),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  return entityOf.map((id) => byId.get(id)!.canonical);
}

function sameEntity(mentions: M[], a: number, b: number): boolean {
  const { entityOf } = resolveEntities(
    mentions.map(([text, type, form]) => ({ text, type, form: form ?? 'name' })),
  );
  return entityOf[a] === entityOf[b];
}

describe('resolveEntities', () => {
  it('keeps Trump and Donald Trump Jr apart, and joins Trump with Donald Trump', () => {
    const mentions: M[] = [
      ['Donald Trump', 'PER'],
      ['Trump', 'PER'],
      ['Donald Trump Jr', 'PER'],
      ['Trumps', 'PER'],
    ];
    expect(canonicalOf(mentions)).toEqual([
      'Donald Trump',
      'Donald Trump',
      'Donald Trump Jr',
      'Donald Trump',
    ]);
  });

  it('does not attach Trump to Donald Trump Jr when no plain Donald Trump is named', () => {
    const mentions: M[] = [
      ['Donald Trump Jr', 'PER'],
      ['Trump', 'PER'],
    ];
    expect(sameEntity(mentions, 0, 1)).toBe(false);
  });

  it('joins Biden, Bidens, Präsident Joe Biden and Biden-Administration', () => {
    const mentions: M[] = [
      ['Präsident Biden', 'PER'],
      ['Präsident Joe Biden', 'PER'],
      ['Bidens', 'PER'],
      ['Biden-Administration', 'ORG', 'part'],
      ['US-Präsident Joe Biden', 'PER'],
      ['Biden-Regierung', 'ORG', 'part'],
    ];
    expect(canonicalOf(mentions)).toEqual(Array(6).fill('Joe Biden'));
  });

  it.each<[string, string]>([
    ['Zelensky', 'Selenskyj'],
    ['Selenskij', 'Zelenskyy'],
    ['Kiew', 'Kyjiw'],
    ['Kyiv', 'Kiew'],
  ])('joins transliterations %s and %s', (a, b) => {
    expect(
      sameEntity(
        [
          [a, 'PER'],
          [b, 'PER'],
        ],
        0,
        1,
      ),
    ).toBe(true);
  });

  it('attaches surname-only mentions across transliterations to the full name', () => {
    const mentions: M[] = [
      ['Wolodymyr Selenskyj', 'PER'],
      ['Zelensky', 'PER'],
    ];
    expect(canonicalOf(mentions)).toEqual(['Wolodymyr Selenskyj', 'Wolodymyr Selenskyj']);
  });

  it('attaches derived forms and genitives to their base', () => {
    const mentions: M[] = [
      ['Russland', 'LOC'],
      ['russischen', 'LOC', 'derived'],
      ['Russlands', 'LOC'],
      ['nordkoreanischer', 'LOC', 'derived'],
      ['Ukraine', 'LOC'],
      ['ukrainische', 'LOC', 'derived'],
    ];
    expect(canonicalOf(mentions)).toEqual([
      'Russland',
      'Russland',
      'Russland',
      'Nordkorea',
      'Ukraine',
      'Ukraine',
    ]);
  });

  it('maps aliases and name parts: US-Unterstützung, USA, Vereinigten Staaten', () => {
    const mentions: M[] = [
      ['USA', 'LOC'],
      ['US-Unterstützung', 'LOC', 'part'],
      ['Vereinigten Staaten', 'LOC'],
    ];
    expect(canonicalOf(mentions)).toEqual(['USA', 'USA', 'USA']);
  });

  it('keeps different people with one surname apart when the surname is ambiguous', () => {
    const mentions: M[] = [
      ['Joe Biden', 'PER'],
      ['Hunter Biden', 'PER'],
      ['Biden', 'PER'],
    ];
    const { entityOf } = resolveEntities(
      mentions.map(([text, type]) => ({ text, type, form: 'name' as const })),
    );
    expect(new Set(entityOf).size).toBe(3);
  });

  it('numbers entities in order of first mention', () => {
    const { entities } = resolveEntities([
      { text: 'Putin', type: 'PER', form: 'name' },
      { text: 'Moskau', type: 'LOC', form: 'name' },
      { text: 'Wladimir Putin', type: 'PER', form: 'name' },
    ]);
    expect(entities.map((e) => [e.id, e.canonical, e.mentions])).toEqual([
      ['e1', 'Wladimir Putin', [0, 2]],
      ['e2', 'Moskau', [1]],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['Präsident Joe Biden', 'Joe Biden'],
    ['US-Präsident Joe Biden', 'Joe Biden'],
    ['Kremlsprecher Dmitri Peskow', 'Dmitri Peskow'],
    ['der designierte Präsident Trump', 'Trump'],
    ['Außenministerin Annalena Baerbock', 'Annalena Baerbock'],
    ['Biden', 'Biden'],
  ])('stripTitles(%s) = %s', (input, expected) => expect(stripTitles(input)).toBe(expected));

  it.each([
    ['russischen', 'Russland'],
    ['ukrainisch', 'Ukraine'],
    ['nordkoreanischer', 'Nordkorea'],
    ['Ukrainer', 'Ukraine'],
    ['amerikanischer', 'USA'],
    ['Haus', null],
  ])('derivedBase(%s) = %s', (input, expected) => expect(derivedBase(input)).toBe(expected));

  it.each([
    ['Biden-Administration', 'Biden'],
    ['Nato-Länder', 'Nato'],
    ['US-ATACMS-Raketen', 'US-ATACMS'],
    ['Haus', 'Haus'],
  ])('namePartOf(%s) = %s', (input, expected) => expect(namePartOf(input)).toBe(expected));

  it.each([
    ['Bidens', 'Biden'],
    ['Russlands', 'Russland'],
    ['Trump', null],
  ])('withoutGenitive(%s) = %s', (input, expected) =>
    expect(withoutGenitive(input)).toBe(expected),
  );
});

describe('resolveEntities: names written differently, and names that only look alike', () => {
  it.each<[string, M[]]>([
    [
      'a minister with role, full name and surname',
      [
        ['Innenministerin Petra Lang', 'PER'],
        ['Lang', 'PER'],
        ['die Ministerin Lang', 'PER'],
      ],
    ],
    [
      'a party-role compound before the name',
      [
        ['Grünen-Politikerin Miriam Sauter', 'PER'],
        ['Miriam Sauter', 'PER'],
      ],
    ],
    [
      'a trade before the name',
      [
        ['Möbelhändler Markus Brückner', 'PER'],
        ['Markus Brückner', 'PER'],
      ],
    ],
    [
      'an acronym of the initials',
      [
        ['Deutsche Bahn', 'ORG'],
        ['DB', 'ORG'],
      ],
    ],
    [
      'an acronym after the name',
      [
        ['Europäische Weltraumorganisation ESA', 'ORG'],
        ['ESA', 'ORG'],
      ],
    ],
    [
      'a legal form',
      [
        ['Talbahn GmbH', 'ORG'],
        ['Talbahn', 'ORG'],
      ],
    ],
    [
      'a region named with two words for a region',
      [
        ['Grenzregion Lemsk', 'LOC'],
        ['Region Lemsk', 'LOC'],
      ],
    ],
  ])('merges %s', (_name, mentions) => {
    const { entityOf } = resolveEntities(
      mentions.map(([text, type, form]) => ({ text, type, form: form ?? 'name' })),
    );
    expect(new Set(entityOf).size).toBe(1);
  });

  it.each<[string, M[]]>([
    [
      'a city and the region of the same name',
      [
        ['Gebietshauptstadt Lemsk', 'LOC'],
        ['Grenzregion Lemsk', 'LOC'],
      ],
    ],
    [
      'two people sharing a surname',
      [
        ['Jonas Pfeiffer', 'PER'],
        ['Tim Pfeiffer', 'PER'],
      ],
    ],
    [
      'a company and its subsidiary',
      [
        ['Brückner Wohnen', 'ORG'],
        ['Brückner Logistik GmbH', 'ORG'],
      ],
    ],
    [
      'a surname and a company named after a family',
      [
        ['Brückner Logistik', 'ORG'],
        ['Brückner', 'PER'],
      ],
    ],
    [
      'an acronym two full names could spell',
      [
        ['Deutsche Bahn', 'ORG'],
        ['Deutsche Bank', 'ORG'],
        ['DB', 'ORG'],
      ],
    ],
  ])('keeps apart %s', (_name, mentions) => {
    expect(sameEntity(mentions, 0, 1)).toBe(false);
    if (mentions.length > 2) expect(sameEntity(mentions, 0, 2)).toBe(false);
  });
});

describe('withoutOrigin', () => {
  it.each([
    ['Jonas Pfeiffer von Elbtal', 'Jonas Pfeiffer'],
    ['Anna Kolb aus Lindenfeld', 'Anna Kolb'],
    ['Richard von Weizsäcker', 'Richard von Weizsäcker'],
    ['Ursula von der Leyen', 'Ursula von der Leyen'],
  ])('%s → %s', (input, expected) => expect(withoutOrigin(input)).toBe(expected));

  it('a place does not attach to a person by surname', () => {
    const mentions: M[] = [
      ['Jonas Pfeiffer von Elbtal', 'PER'],
      ['Elbtal', 'LOC'],
    ];
    expect(sameEntity(mentions, 0, 1)).toBe(false);
  });
});

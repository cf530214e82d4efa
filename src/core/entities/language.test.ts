import { describe, expect, it } from 'vitest';
import type { EntityForm, EntityType } from '../contract/types.js';
import { ENGLISH_ENTITIES, GERMAN_ENTITIES } from './language.js';
import { resolveEntities } from './resolve.js';

const en = ENGLISH_ENTITIES;
const de = GERMAN_ENTITIES;

describe('English titles and roles', () => {
  const cases: [input: string, name: string][] = [
    ['President Volodymyr Zelensky', 'Volodymyr Zelensky'],
    ['Mr. Zelensky', 'Zelensky'],
    ['Mrs Thatcher', 'Thatcher'],
    ['Gov. Gavin Newsom', 'Gavin Newsom'],
    ['former President Barack Obama', 'Barack Obama'],
    ['Foreign Minister Dmytro Kuleba', 'Dmytro Kuleba'],
    ['White House spokesman John Kirby', 'John Kirby'],
    ['Sen. Elizabeth Warren', 'Elizabeth Warren'],
    // No title: the name stays whole, and a lone title is kept.
    ['Joe Biden', 'Joe Biden'],
    ['President', 'President'],
    // A role word followed by no capitalised word does not cut the name.
    ['John Major', 'John Major'],
  ];
  it.each(cases)('%s → %s', (input, name) => {
    expect(en.stripTitles(input)).toBe(name);
  });

  const roles: [word: string, role: boolean][] = [
    ['President', true],
    ['ministers', true],
    ['spokeswoman', true],
    ['former', true],
    ['Kuleba', false],
    ['House', false],
    // English roles are words, not compound endings.
    ['Administration', false],
  ];
  it.each(roles)('isRoleWord(%s) = %s', (word, role) => {
    expect(en.isRoleWord(word)).toBe(role);
  });
});

describe('English derived words', () => {
  const cases: [word: string, base: string | null][] = [
    ['Ukrainian', 'Ukraine'],
    ['Ukrainians', 'Ukraine'],
    ['Russian', 'Russia'],
    ['American', 'USA'],
    ['British', 'United Kingdom'],
    ['Britons', 'United Kingdom'],
    ['French', 'France'],
    ['Chinese', 'China'],
    // English nationality adjectives are capitalised: "polish" is a verb.
    ['polish', null],
    ['Ukraine', null],
    ['constructor', null],
  ];
  it.each(cases)('%s → %s', (word, base) => {
    expect(en.derivedBase(word)).toBe(base);
  });

  it('maps aliases to one name', () => {
    expect(en.canonicalAlias('U.S.')).toBe('USA');
    expect(en.canonicalAlias('Britain')).toBe('United Kingdom');
    expect(en.canonicalAlias('Kiev')).toBe('Kyiv');
  });
});

describe('German data is unchanged by the split', () => {
  const cases: [input: string, name: string][] = [
    ['der designierte US-Präsident Donald Trump', 'Donald Trump'],
    ['Kremlsprecher Dmitri Peskow', 'Dmitri Peskow'],
    ['Außenministerin Annalena Baerbock', 'Annalena Baerbock'],
  ];
  it.each(cases)('%s → %s', (input, name) => {
    expect(de.stripTitles(input)).toBe(name);
  });
  it('derives German adjectives', () => {
    expect(de.derivedBase('russischen')).toBe('Russland');
    expect(de.derivedBase('Russian')).toBeNull();
  });
});

type M = [text: string, type: EntityType, form?: EntityForm];

function canonicalOf(mentions: M[]): string[] {
  const { entityOf, entities } = resolveEntities(
    mentions.map(([text, type, form]) => ({ text, type, form: form ?? 'name' })),
    en,
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  return entityOf.map((id) => byId.get(id)!.canonical);
}

describe('English entity resolution', () => {
  const cases: [title: string, mentions: M[], canonical: string[]][] = [
    [
      'surname and title join the full name',
      [
        ['President Volodymyr Zelensky', 'PER'],
        ['Zelensky', 'PER'],
        ['Mr. Zelensky', 'PER'],
      ],
      ['Volodymyr Zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky'],
    ],
    [
      'a possessive joins the name',
      [
        ['Joe Biden', 'PER'],
        ["Biden's", 'PER'],
      ],
      ['Joe Biden', 'Joe Biden'],
    ],
    [
      'nationality words join their country',
      [
        ['Ukraine', 'LOC'],
        ['Ukrainian', 'LOC', 'derived'],
        ['Ukrainians', 'LOC', 'derived'],
      ],
      ['Ukraine', 'Ukraine', 'Ukraine'],
    ],
    [
      'aliases meet',
      [
        ['United States', 'LOC'],
        ['U.S.', 'LOC'],
        ['American', 'LOC', 'derived'],
      ],
      ['USA', 'USA', 'USA'],
    ],
    [
      'a junior stays apart',
      [
        ['Donald Trump', 'PER'],
        ['Donald Trump Jr.', 'PER'],
      ],
      ['Donald Trump', 'Donald Trump Jr.'],
    ],
  ];
  it.each(cases)('%s', (_title, mentions, canonical) => {
    expect(canonicalOf(mentions)).toEqual(canonical);
  });
});

import { describe, expect, it } from 'vitest';
import { firstNameGender, roleOf } from './role-lexicon.js';

describe('roleOf', () => {
  it.each([
    ['Sprecher', 'person', 'm', 'Sprecher'],
    ['Sprecherin', 'person', 'f', 'Sprecher'],
    ['Polizeisprecherin', 'person', 'f', 'Sprecher'],
    ['Innenminister', 'person', 'm', 'Minister'],
    ['Ministerin', 'person', 'f', 'Minister'],
    ['CSU-Politiker', 'person', 'm', 'Politiker'],
    ['Landeswahlleiterin', 'person', 'f', 'Landeswahlleiter'],
    ['Ärztin', 'person', 'f', 'Arzt'],
    ['Experten', 'person', null, 'Experte'],
    ['Abgeordneter', 'person', 'm', 'Abgeordnete'],
    ['Polizei', 'organisation', null, 'Polizei'],
    ['Landratsamt', 'organisation', null, 'Landratsamt'],
    ['Staatsanwaltschaft', 'organisation', null, 'Staatsanwaltschaft'],
    ['Gewerkschaft', 'group', null, 'Gewerkschaft'],
    ['Bundesregierung', 'group', null, 'Bundesregierung'],
    ['Gesundheitsamt', 'organisation', null, 'Gesundheitsamt'],
    ['Aufsichtsrat', 'group', null, 'Aufsichtsrat'],
    ['Ärzte', 'person', null, 'Arzt'],
    ['Zeuge', 'person', 'm', 'Zeuge'],
    ['Galeristin', 'person', 'f', 'Galerist'],
    ['Akustiker', 'person', 'm', 'Akustiker'],
    ['Augenzeugen', 'person', null, 'Augenzeuge'],
    ['Fahrgästen', 'person', null, 'Fahrgast'],
  ])('%s is a %s (%s)', (word, kind, gender, lemma) => {
    expect(roleOf(word)).toMatchObject({ kind, gender, lemma });
  });

  it.each([
    'Antwort',
    'Frage',
    'Sprengpaketen',
    'Kurierflugzeugen',
    'Luftaufnahmen',
    'Vorrat',
    'Autobahn',
    'Halbleiter',
    'Dienstag',
    'Hauptstadt',
    'Haus',
    'Warteliste',
    'Fenster',
    'Politik',
  ])('%s names no speaker', (word) => {
    expect(roleOf(word)).toBeNull();
  });

  it('reads number where the form shows it', () => {
    expect(roleOf('Expertinnen')).toMatchObject({ number: 'pl', gender: null });
    expect(roleOf('Sprecher')?.number).toBeNull();
    expect(roleOf('Präsident')?.number).toBe('sg');
  });
});

describe('firstNameGender', () => {
  it.each([
    ['Anna', 'f'],
    ['Sabine', 'f'],
    ['Joachim', 'm'],
    ['Markus', 'm'],
    ['Herrmann', null],
    ['Berg', null],
  ])('%s → %s', (name, gender) => {
    expect(firstNameGender(name)).toBe(gender);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseLanguage, parseLanguageOption } from './choose.js';
import { detectLanguage, languageName } from './detect.js';

// Texts written for these tests.
const SUPPORTED: [string, 'de' | 'en'][] = [
  ['Der Minister trat am Dienstag zurück.', 'de'],
  ['Die Polizei sperrte die Straße.', 'de'],
  ['Hochwasser: Tausende fliehen aus ihren Häusern', 'de'],
  ['„Wir bauen wieder auf“, sagte die Bürgermeisterin.', 'de'],
  ['The minister resigned on Tuesday.', 'en'],
  ['Ukraine: 3 killed in overnight strikes', 'en'],
  ["We don't expect the water to fall before Friday.", 'en'],
  ["We've grown up.", 'en'],
  ['Floods force thousands from their homes', 'en'],
  [
    'Flooding forced 2,300 people from their homes in the river valley on Tuesday, officials said, and the water is still rising.',
    'en',
  ],
];

const OTHER: [string, string][] = [
  [
    'Le ministre a démissionné mardi après des semaines de critiques sur sa gestion de la crise.',
    'French',
  ],
  [
    'El ministro dimitió el martes tras semanas de críticas por su gestión de la crisis.',
    'Spanish',
  ],
  [
    'Il ministro si è dimesso martedì dopo settimane di critiche sulla sua gestione della crisi.',
    'Italian',
  ],
  [
    'Het water steeg dinsdag tot boven de dijken en duizenden mensen moesten hun huizen verlaten.',
    'Dutch',
  ],
];

describe('detectLanguage', () => {
  it.each(SUPPORTED)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toMatchObject({ kind: 'supported', lang });
  });

  it.each(OTHER)('%s → another language (%s)', (text, name) => {
    expect(detectLanguage(text)).toMatchObject({ kind: 'unsupported', name });
  });

  it('cannot tell from no words or a bare number', () => {
    expect(detectLanguage('')).toEqual({ kind: 'undetermined' });
    expect(detectLanguage('2024 — 7,40')).toEqual({ kind: 'undetermined' });
  });

  it('does not call a short text another language, nor read "AM" as German "am"', () => {
    expect(detectLanguage('Bonjour Paris')).not.toMatchObject({ kind: 'unsupported' });
    expect(detectLanguage('Posted 10:13 AM by the editors')).toMatchObject({ lang: 'en' });
  });

  it('looks at the start of a very long text only, and still decides', () => {
    const long = 'Der Pegel steigt weiter und die Stadt ist gesperrt. '.repeat(2000);
    expect(detectLanguage(long)).toMatchObject({ kind: 'supported', lang: 'de' });
  });
});

describe('chooseLanguage', () => {
  it('takes a given language without looking', () => {
    expect(chooseLanguage('Le ministre a démissionné mardi après des semaines.', 'de')).toEqual({
      ok: true,
      lang: 'de',
      source: 'given',
    });
  });

  it('detects with auto, falls back to German when it cannot tell, and refuses another language', () => {
    expect(chooseLanguage('The dam held.')).toEqual({ ok: true, lang: 'en', source: 'detected' });
    expect(chooseLanguage('2024')).toEqual({ ok: true, lang: 'de', source: 'default' });
    expect(chooseLanguage(OTHER[0]![0])).toEqual({
      ok: false,
      problem: 'looks like French; crosscheck reads German and English',
    });
  });

  it('parses --lang values', () => {
    expect(['de', 'EN', ' auto ', 'fr'].map(parseLanguageOption)).toEqual([
      'de',
      'en',
      'auto',
      undefined,
    ]);
  });

  it('names languages by their ISO 639-3 code', () => {
    expect(languageName('fra')).toBe('French');
    expect(languageName('zzz')).toBe('zzz');
  });
});

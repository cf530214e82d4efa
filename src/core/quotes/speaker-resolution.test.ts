import { describe, expect, it } from 'vitest';
import { bodyClass } from './speaker-resolution.js';

describe('bodyClass: the kind of body a name or generic noun stands for', () => {
  it.each([
    ['Reederei Wattlinie', 'company'],
    ['Alpenland Molkerei AG', 'company'],
    ['Talbahn GmbH', 'company'],
    ['Unternehmens', 'company'],
    ['Deutschen Wetterdienstes', 'authority'],
    ['Landesamt für Verbraucherschutz', 'authority'],
    ['Landkreis Friesmoor', 'authority'],
    ['Kreisverwaltung', 'authority'],
    ['Behörde', 'authority'],
    ['Deutscher Handballverband', 'association'],
    ['Gewerkschaft GSB', 'association'],
    ['IG Metall', null],
    ['Brückner Wohnen', null],
  ])('%s → %s', (name, expected) => {
    expect(bodyClass(name)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../src/core/quotes/role-lexicon.js';
import { rates, scoreReport, speakerMatches, type PredictedQuote } from './story-quotes.js';

const isFirstName = (w: string): boolean => firstNameGender(w) !== null;
const quote = (
  start: number,
  end: number,
  speaker: string | null,
  names: string[] = [],
): PredictedQuote => ({
  content: { start, end },
  span: { start: start - 5, end },
  kind: 'direct',
  speaker,
  names,
});

describe('speakerMatches', () => {
  it.each([
    ['Anna Berg', 'die Sprecherin', ['Anna Berg'], true],
    ['Anna Berg', 'Polizeisprecherin Anna Berg', [], true],
    ['Anna Berg', 'Anna Schmidt', [], false],
    ['Anna Berg', 'die Sprecherin', [], false],
    ['Joachim Herrmann', 'Innenminister Herrmann', [], true],
    ['Innenministerium', 'Sprecherin des Innenministeriums', [], true],
    ['Landratsamt Garmisch-Partenkirchen', 'das Landratsamt', [], true],
    ['Polizei', 'Die Polizei', [], true],
    // English bodies named with common nouns only: their long words.
    ['coastguard', 'The coastguard', [], true],
    ['electoral commission', 'A spokesman for the electoral commission', [], true],
    ['coastguard', 'the police', [], false],
    ['ESA', 'ESA-Angaben', [], true],
    ['drawenisches Verteidigungsministerium', 'des Ministeriums', [], true],
    ['Sprecher des Amtsgerichts Lindenfeld', 'ein Gerichtssprecher', [], true],
    ['Anna Berg', 'die Bergführerin', [], false],
    ['Polizei', 'Polizeiangaben', [], true],
    ['ESA', 'die NASA', [], false],
    ['Polizei', 'Die Feuerwehr', [], false],
  ])('gold %s, predicted %s (%j) → %s', (gold, speaker, names, right) => {
    expect(speakerMatches(gold, { speaker, names }, isFirstName)).toBe(right);
  });

  it('a null gold speaker wants no speaker', () => {
    expect(speakerMatches(null, { speaker: null, names: [] }, isFirstName)).toBe(true);
    expect(speakerMatches(null, { speaker: 'er', names: [] }, isFirstName)).toBe(false);
  });
});

describe('scoreReport', () => {
  const gold = [
    { start: 10, end: 20, anchor: 'a', speaker: 'Anna Berg', kind: 'direct' },
    { start: 40, end: 50, anchor: 'b', speaker: 'Anna Berg', kind: 'indirect' },
  ];
  it('counts matches, misses, false alarms and notQuotes hits', () => {
    const s = scoreReport(
      gold,
      [{ start: 60, end: 70 }],
      [quote(12, 18, 'sie', ['Anna Berg']), quote(62, 80, 'Die Antwort'), quote(85, 90, null)],
      isFirstName,
    );
    expect(s).toMatchObject({
      predicted: 3,
      correct: 1,
      gold: 2,
      found: 1,
      notQuoteHits: 1,
      speakerRight: 1,
    });
    expect(s.misses.map((m) => m.anchor)).toEqual(['b']);
    expect(rates(s)).toEqual({ precision: 1 / 3, recall: 0.5, speaker: 1 });
  });
  it('judges the speaker of the quote that overlaps the gold most', () => {
    const s = scoreReport(
      gold.slice(0, 1),
      [],
      [quote(5, 11, 'Anna Berg'), quote(11, 20, 'er')],
      isFirstName,
    );
    expect(s.speakerRight).toBe(0);
    expect(s.wrongSpeakers[0]!.predicted.speaker).toBe('er');
  });
});

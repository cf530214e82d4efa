// Tests run in Node and read the shared seeds; the code under test stays free of Node APIs.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingSharedMessage, sharedPath } from '../../node/shared-data.js';
import { Doc } from '../doc.js';
import { addMonths, isoWeek, nearestYear } from './calendar.js';
import { createDatesComponent } from './component.js';
import { detectDocumentDate } from './dateline.js';
import { extractDates } from './extract.js';

const MONDAY = '2024-11-18';

function only(text: string, documentDate: string | null = MONDAY) {
  const dates = extractDates(text, { documentDate });
  expect(dates, JSON.stringify(dates)).toHaveLength(1);
  return dates[0]!;
}

describe('absolute dates', () => {
  it.each([
    ['Es geschah am 17. November 2024.', 'am 17. November 2024', '2024-11-17', 'day'],
    ['Es geschah am 17.11.2024.', 'am 17.11.2024', '2024-11-17', 'day'],
    ['Es geschah am 17.11.24.', 'am 17.11.24', '2024-11-17', 'day'],
    ['Es geschah 2024-11-17.', '2024-11-17', '2024-11-17', 'day'],
    ['Es geschah im November 2024.', 'im November 2024', '2024-11', 'month'],
    ['Es geschah November 2024.', 'November 2024', '2024-11', 'month'],
    ['Es geschah am 3. Okt. 2023.', 'am 3. Okt. 2023', '2023-10-03', 'day'],
    ['Es geschah am 5. März 1953.', 'am 5. März 1953', '1953-03-05', 'day'],
    ['Es geschah im Jahr 2022.', 'im Jahr 2022', '2022', 'year'],
    ['Es geschah seit 2014.', 'seit 2014', '2014', 'year'],
    ['Es gilt bis Ende 2025.', 'bis Ende 2025', '2025', 'year'],
    ['Es gilt für 2025.', 'für 2025', '2025', 'year'],
    ['Sie streben es bis zum Jahr 2020 an.', 'bis zum Jahr 2020', '2020', 'year'],
    ['Es geschah im Sommer 2023.', 'im Sommer 2023', '2023', 'year'],
    ['2023 sank der Wert.', '2023', '2023', 'year'],
    ['Seit Februar 2022 fliehen sie.', 'Seit Februar 2022', '2022-02', 'month'],
    [
      'Am Sonntag, 17. November 2024, fiel Schnee.',
      'Am Sonntag, 17. November 2024',
      '2024-11-17',
      'day',
    ],
  ] as const)('%s', (sentence, text, value, granularity) => {
    const d = only(sentence);
    expect(d).toMatchObject({ text, value, granularity, resolved: true, relative: null });
  });

  it.each([
    ['am 31.02.2024 war nichts', 0],
    ['Version 1.2.3 ist da', 0],
    ['2000 Soldaten kamen', 0],
    ['Der Mai ist gekommen', 0],
    ['Er kam um 14 Uhr', 0],
    ['Wir fragten an einem Freitag nach.', 0],
    ['Er kommt jeden Sonntag.', 0],
  ])('%s has %d dates', (sentence, n) => {
    expect(extractDates(sentence, { documentDate: MONDAY })).toHaveLength(n);
  });
});

describe('dates relative to the document date (Monday 18.11.2024)', () => {
  it.each([
    ['Er sagte am Sonntag, es sei so.', 'am Sonntag', '2024-11-17', 'day'],
    ['Er sagte am Freitag, es sei so.', 'am Freitag', '2024-11-15', 'day'],
    ['Er sagte am Montag, es sei so.', 'am Montag', '2024-11-18', 'day'],
    ['Er sagte am Dienstagabend, es sei so.', 'am Dienstagabend', '2024-11-12', 'day'],
    ['Er kam am Samstag morgen an.', 'am Samstag morgen', '2024-11-16', 'day'],
    ['Ich habe heute morgen gefragt.', 'heute morgen', '2024-11-18', 'day'],
    ['Er sagte am vergangenen Sonntag, es sei so.', 'am vergangenen Sonntag', '2024-11-17', 'day'],
    ['Er kommt am kommenden Montag.', 'am kommenden Montag', '2024-11-25', 'day'],
    ['Scholz wird am Mittwoch nach Kiew reisen.', 'am Mittwoch', '2024-11-20', 'day'],
    ['Sie wollen es am heutigen Montag vorstellen.', 'am heutigen Montag', '2024-11-18', 'day'],
    ['Die Schulen bleiben bis Freitag geschlossen.', 'bis Freitag', '2024-11-22', 'day'],
    ['Ab Mittwoch gilt die neue Regel.', 'Ab Mittwoch', '2024-11-20', 'day'],
    ['Seit Mittwoch gilt die neue Regel.', 'Seit Mittwoch', '2024-11-13', 'day'],
    ['Im Dezember soll das Parlament entscheiden.', 'Im Dezember', '2024-12', 'month'],
    ['Im Mai soll das Parlament entscheiden.', 'Im Mai', '2025-05', 'month'],
    ['Er sagte es im September.', 'im September', '2024-09', 'month'],
    ['Sie halten es seit August.', 'seit August', '2024-08', 'month'],
    ['Er kommt im Januar.', 'im Januar', '2025-01', 'month'],
    ['Es kam im vergangenen September.', 'im vergangenen September', '2024-09', 'month'],
    ['Anfang Dezember kommt er.', 'Anfang Dezember', '2024-12', 'month'],
    ['Er kam vergangene Woche.', 'vergangene Woche', '2024-W46', 'week'],
    ['Er kam in der vergangenen Woche.', 'in der vergangenen Woche', '2024-W46', 'week'],
    ['Er kommt nächste Woche.', 'nächste Woche', '2024-W48', 'week'],
    ['Er kommt diese Woche.', 'diese Woche', '2024-W47', 'week'],
    ['Er kam letzten Monat.', 'letzten Monat', '2024-10', 'month'],
    ['Er kam im vergangenen Jahr.', 'im vergangenen Jahr', '2023', 'year'],
    ['Er kommt nächstes Jahr.', 'nächstes Jahr', '2025', 'year'],
    ['Er kam am vergangenen Wochenende.', 'am vergangenen Wochenende', '2024-W46', 'week'],
    ['Er kam gestern.', 'gestern', '2024-11-17', 'day'],
    ['Er kam vorgestern.', 'vorgestern', '2024-11-16', 'day'],
    ['Er kommt heute.', 'heute', '2024-11-18', 'day'],
    ['Er kommt morgen.', 'morgen', '2024-11-19', 'day'],
    ['Er kommt übermorgen.', 'übermorgen', '2024-11-20', 'day'],
    ['Er kam vor drei Tagen.', 'vor drei Tagen', '2024-11-15', 'day'],
    ['Er kam vor zwei Wochen.', 'vor zwei Wochen', '2024-W45', 'week'],
    ['Er kam vor einem Monat.', 'vor einem Monat', '2024-10', 'month'],
    ['Er kam vor 5 Jahren.', 'vor 5 Jahren', '2019', 'year'],
    ['Es soll in 30 Tagen beginnen.', 'in 30 Tagen', '2024-12-18', 'day'],
    ['Es geschah am 3. Dezember.', 'am 3. Dezember', '2024-12-03', 'day'],
    ['Es geschah am 25.11.', 'am 25.11.', '2024-11-25', 'day'],
    ['Es geschah Anfang des Jahres.', 'Anfang des Jahres', '2024', 'year'],
    ['Es geschah Ende des Monats.', 'Ende des Monats', '2024-11', 'month'],
  ] as const)('%s', (sentence, text, value, granularity) => {
    const d = only(sentence);
    expect(d).toMatchObject({ text, value, granularity, resolved: true, relative: 'document' });
  });

  it.each([
    ['seit August', 'since'],
    ['bis Mitte Januar', 'until'],
    ['ab Montag', 'since'],
    ['am Sonntag', null],
  ] as const)('%s has relation %s', (text, relation) => {
    expect(only(`Es gilt ${text} so.`).relation).toBe(relation);
  });

  it('reads "in zwei Tagen" without a future cue as a duration, not a date', () => {
    expect(extractDates('Sie wurden in zwei Tagen zerstört.', { documentDate: MONDAY })).toEqual(
      [],
    );
  });
});

describe('clock times', () => {
  it.each([
    ['Es begann am Sonntag um 14 Uhr.', 'am Sonntag um 14 Uhr', '2024-11-17T14:00'],
    ['Es begann am 17.11.2024 gegen 3.30 Uhr.', 'am 17.11.2024 gegen 3.30 Uhr', '2024-11-17T03:30'],
    ['Es begann gestern um 22:15 Uhr.', 'gestern um 22:15 Uhr', '2024-11-17T22:15'],
  ])('%s', (sentence, text, value) => {
    expect(only(sentence)).toMatchObject({ text, value, granularity: 'time', resolved: true });
  });

  it('keeps an unresolved day with a time unresolved', () => {
    expect(only('Es begann am Sonntag um 14 Uhr.', null)).toMatchObject({
      value: null,
      granularity: 'time',
    });
  });

  it('leaves a time alone without a day', () => {
    expect(extractDates('Die Sitzung beginnt um 14 Uhr.', { documentDate: MONDAY })).toEqual([]);
  });
});

describe('offsets from another event', () => {
  it.each([
    ['Die Wende kommt zwei Monate bevor Trump übernimmt.', 'zwei Monate bevor', 'month', '-P2M'],
    ['Zwei Monate vor der Wahl lag er vorn.', 'Zwei Monate vor', 'month', '-P2M'],
    ['Drei Tage nach dem Angriff kam er.', 'Drei Tage nach', 'day', 'P3D'],
    ['Eine Woche später kam er.', 'Eine Woche später', 'week', 'P1W'],
    ['Ein Jahr zuvor war es anders.', 'Ein Jahr zuvor', 'year', '-P1Y'],
  ] as const)('%s', (sentence, text, granularity, offset) => {
    expect(only(sentence)).toMatchObject({
      text,
      granularity,
      offset,
      value: null,
      resolved: false,
      relative: 'event',
    });
  });
});

describe('without a document date', () => {
  it.each([
    'am Sonntag',
    'im September',
    'seit August',
    'vergangene Woche',
    'gestern',
    'vor drei Tagen',
    'am 3. Dezember',
  ])('%s stays unresolved', (text) => {
    const d = only(`Es geschah ${text} so.`, null);
    expect(d).toMatchObject({ text, value: null, resolved: false, relative: 'document' });
  });

  it('still resolves absolute dates', () => {
    expect(only('Es geschah am 17.11.2024.', null)).toMatchObject({
      value: '2024-11-17',
      resolved: true,
    });
  });
});

describe('datelines', () => {
  it.each([
    ['Berlin (18.11.2024) Der Kanzler sagte …', '2024-11-18'],
    ['KIEW (dpa, 18. November 2024) Die Lage …', '2024-11-18'],
    ['Berlin, 18.11.2024 – Der Kanzler sagte …', '2024-11-18'],
    ['Titel\n18.11.2024\nText', '2024-11-18'],
    ['Ohne Datumszeile. Am 17.11.2024 geschah es.', null],
    ['Berlin (31.02.2024) Falsch.', null],
  ])('%j → %s', (text, date) => {
    expect(detectDocumentDate(text)).toBe(date);
  });

  it('the component reads relative dates against the dateline, or against --date', () => {
    const text = 'Kiew (12.02.2025) Gestern fielen Raketen, am Montag auch.';
    const doc = new Doc('x', text);
    createDatesComponent().apply(doc);
    expect(doc.dates.map((d) => d.value)).toEqual(['2025-02-12', '2025-02-11', '2025-02-10']);
    const doc2 = new Doc('y', text);
    createDatesComponent({ documentDate: '2025-03-05' }).apply(doc2);
    expect(doc2.dates.map((d) => d.value)).toEqual(['2025-02-12', '2025-03-04', '2025-03-03']);
    expect(() => createDatesComponent({ documentDate: '5.3.' })).toThrow(/invalid document date/);
  });
});

describe('calendar', () => {
  it.each([
    ['2024-11-18', '2024-W47'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2025-03-05', '2025-W10'],
  ])('%s is in %s', (day, week) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    expect(isoWeek({ year: y, month: m, day: d })).toBe(week);
  });

  it('adds months clamping the day', () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addMonths({ year: 2024, month: 11, day: 18 }, -11)).toEqual({
      year: 2023,
      month: 12,
      day: 18,
    });
  });

  it('prefers the past for a month without a year', () => {
    const ref = { year: 2024, month: 11, day: 18 };
    expect(nearestYear(ref, 9, 15)).toBe(2024);
    expect(nearestYear(ref, 1, 15)).toBe(2025);
    expect(nearestYear(ref, 3, 15)).toBe(2024);
    expect(nearestYear(ref, 12, 1, 'past')).toBe(2023);
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789.,- \nabcSonntagNovemberamimseitvor'.split(''),
    ' am Sonntag ',
    '17.11.2024',
    ' vergangene Woche ',
    ' zwei Monate bevor ',
    '\uDC00',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
  );
  it('never throws; offsets in bounds; ordered and disjoint; resolved iff a value', () => {
    fc.assert(
      fc.property(
        texts,
        fc.option(fc.constantFrom(MONDAY, '2025-03-05', '2000-02-29')),
        (text, ref) => {
          let last = 0;
          for (const d of extractDates(text, { documentDate: ref })) {
            expect(d.start).toBeGreaterThanOrEqual(last);
            expect(d.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(d.start, d.end)).toBe(d.text);
            expect(d.resolved).toBe(d.value !== null);
            last = d.end;
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('seed reports', () => {
  const seed000 = sharedPath('seeds', '000_4e5bd7505cd492ac.txt');
  if (!seed000) console.warn(missingSharedMessage('seeds/000'));
  it.skipIf(!seed000)('seed 000 with the date 18.11.2024', () => {
    const dates = extractDates(readFileSync(seed000!, 'utf8'), { documentDate: MONDAY });
    const byText = Object.fromEntries(dates.map((d) => [d.text, d.value]));
    expect(byText).toMatchObject({
      'am Sonntag': '2024-11-17',
      'seit August': '2024-08',
      'im September': '2024-09',
    });
    expect(dates.filter((d) => d.text === 'zwei Monate bevor')).toHaveLength(2);
  });
});

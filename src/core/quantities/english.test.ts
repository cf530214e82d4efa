import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract.js';

/** The quantity whose text is `text` in `sentence`, read as English. */
function find(sentence: string, text: string) {
  const q = extractQuantities(sentence, { lang: 'en' }).find((x) => x.text === text);
  if (!q)
    throw new Error(
      `"${text}" not found in ${JSON.stringify(extractQuantities(sentence, { lang: 'en' }).map((x) => x.text))}`,
    );
  return q;
}

describe('English numbers', () => {
  it.each([
    // sentence, quantity text, value, unit
    ['The fire destroyed 1,000 homes.', '1,000', 1000, null],
    ['Turnout was 62.5 per cent.', '62.5 per cent', 62.5, 'percent'],
    ['About 1,250,000 people voted.', 'About 1,250,000', 1250000, null],
    ['Two people died.', 'Two', 2, null],
    ['Forty-two officers were hurt.', 'Forty-two', 42, null],
    ['A dozen boats sank.', 'A dozen', 12, null],
    ['Some 1.5 million visitors came.', 'Some 1.5 million', 1.5e6, null],
    ['The deal is worth $2.5bn.', '$2.5bn', 2.5e9, 'USD'],
    ['The club paid £300m for him.', '£300m', 3e8, 'GBP'],
    ['The fund holds €1.2 billion.', '€1.2 billion', 1.2e9, 'EUR'],
    ['She earned $40k a year.', '$40k', 40000, 'USD'],
    ['A third of the budget went.', 'A third', 1 / 3, 'fraction'],
    ['Three-quarters of voters agreed.', 'Three-quarters', 0.75, 'fraction'],
    ['One in five pupils skip breakfast.', 'One in five', 0.2, 'fraction'],
  ] as const)('%s → %s', (sentence, text, value, unit) => {
    const q = find(sentence, text);
    expect(q.value).toBeCloseTo(value, 9);
    expect(q.unit).toBe(unit);
  });

  it('reads a glued m as metres except after a currency sign or before a counted noun', () => {
    expect(find('He ran 300m.', '300m').unit).toBe('m');
    expect(find('The tower is 300m high.', '300m').unit).toBe('m');
    expect(find('About 1.5m people live there.', 'About 1.5m')).toMatchObject({
      value: 1.5e6,
      unit: null,
    });
    expect(find('It sold 2m homes.', '2m')).toMatchObject({ value: 2e6, unit: null });
    expect(find('The wall is 3.7 m high.', '3.7 m')).toMatchObject({ value: 3.7, unit: 'm' });
  });

  it('reads a dateline: the day after a month is a date, the capitalised approximation after the dash opens a count', () => {
    const qs = extractQuantities('LONDON, March 12 (Reuters) - About 400 homes were flooded.', {
      lang: 'en',
    });
    expect(qs.map((q) => [q.text, q.value, q.approx])).toEqual([['About 400', 400, 'about']]);
  });

  it('keeps the article of "a $40k bonus" out of the amount', () => {
    expect(extractQuantities('A $40k bonus was paid.', { lang: 'en' }).map((q) => q.text)).toEqual([
      '$40k',
    ]);
  });
});

describe('English ranges and approximations', () => {
  it.each([
    ['Between 200 and 300 soldiers died.', 'Between 200 and 300', { min: 200, max: 300 }],
    ['Hundreds of residents fled.', 'Hundreds', { min: 200, max: 999 }],
    ['Tens of thousands marched.', 'Tens of thousands', { min: 20000, max: 99999 }],
    ['The road lies 200-300 metres away.', '200-300 metres', { min: 200, max: 300 }],
  ] as const)('%s → %s', (sentence, text, range) => {
    expect(find(sentence, text).range).toEqual(range);
  });

  it.each([
    ['About 40 people came.', 'About 40', 'about'],
    ['Around 50 cars burned.', 'Around 50', 'about'],
    ['Some 60 trucks waited.', 'Some 60', 'about'],
    ['Nearly 70 buses ran.', 'Nearly 70', 'almost'],
    ['More than 80 boats left.', 'More than 80', 'more than'],
    ['At least 90 planes flew.', 'At least 90', 'at least'],
    ['Roughly 100 drones flew.', 'Roughly 100', 'about'],
    ['An estimated 3,000 protesters gathered.', 'An estimated 3,000', 'about'],
    ['Up to 300 were wounded.', 'Up to 300', 'up to'],
  ] as const)('%s → %s', (sentence, text, approx) => {
    expect(find(sentence, text).approx).toBe(approx);
  });
});

describe('English units, normalised as in German', () => {
  it.each([
    ['a range of 300 km', '300 km', 'km', 300000, 'm'],
    ['a range of 186 miles', '186 miles', 'mi', 299337.984, 'm'],
    ['at 600 mph', '600 mph', 'mph', 268.224, 'm/s'],
    ['at 965 km/h', '965 km/h', 'km/h', 268.0556, 'm/s'],
    ['12 feet high', '12 feet', 'ft', 3.6576, 'm'],
    ['6 ft wide', '6 ft', 'ft', 1.8288, 'm'],
    ['4 inches thick', '4 inches', 'in', 0.1016, 'm'],
    ['500 pounds heavy', '500 pounds', 'lb', 226.796185, 'kg'],
    ['200 lbs heavy', '200 lbs', 'lb', 90.718474, 'kg'],
    ['20 tonnes of grain', '20 tonnes', 't', 20000, 'kg'],
    ['rose 6% in May', '6%', 'percent', 6, 'percent'],
    ['reached 40 degrees', '40 degrees', 'degC', 313.15, 'K'],
    ['lasted 3 hours', '3 hours', 'hour', 10800, 's'],
    ['after 2 days', '2 days', 'day', 172800, 's'],
    ['for 4 weeks', '4 weeks', 'week', 2419200, 's'],
    ['5 sq miles of forest', '5 sq miles', 'mi2', 12949940.55168, 'm2'],
  ] as const)('%s', (sentence, text, unit, base, baseUnit) => {
    const q = find(sentence, text);
    expect(q.unit).toBe(unit);
    expect(q.normalized?.unit).toBe(baseUnit);
    expect(q.normalized?.value).toBeCloseTo(base, 3);
  });

  it('links a distance to its conversion in brackets', () => {
    const qs = extractQuantities('The missile flies 300 km (186 miles).', { lang: 'en' });
    expect(qs.map((q) => q.conversion?.agrees)).toEqual([true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import type { EntityMentionRecord } from '../../contract/types.js';
import { findEnglishQuotes } from './find-quotes.js';

/** The finder on bare text (own word scan and sentence split), as quote → kind and speaker. */
function run(text: string, entities: EntityMentionRecord[] = []) {
  return findEnglishQuotes({ text, sentences: [], tokens: [], entities }).map((q) => ({
    content: text.slice(q.content.start, q.content.end),
    kind: q.kind,
    speaker: q.speaker?.text ?? null,
    antecedent: q.speaker?.antecedent?.text ?? null,
    cue: q.cue?.text ?? null,
  }));
}

describe('English direct speech', () => {
  const cases: Array<[string, string, string, string, string | null]> = [
    // text, content starts with, kind, speaker, antecedent
    [
      '“We will rebuild the school,” said Mayor Lydia Stone.',
      'We will rebuild',
      'direct',
      'Lydia Stone',
      null,
    ],
    [
      '"The pier is unsafe," the harbour master said.',
      'The pier is unsafe',
      'direct',
      'the harbour master',
      null,
    ],
    [
      'Coach Martin Hale said: "We were not good enough today."',
      'We were not good',
      'direct',
      'Martin Hale',
      null,
    ],
    [
      '‘Nobody saw it coming,’ said neighbour Irene Walsh.',
      'Nobody saw it coming',
      'direct',
      'Irene Walsh',
      null,
    ],
    [
      'The union leader, Kevin Marsh, told the Echo: "Our patience has run out."',
      'Our patience',
      'direct',
      'Kevin Marsh',
      null,
    ],
    [
      '"It’s a disgrace," said Ms O’Connor’s lawyer.',
      'It’s a disgrace',
      'direct',
      'Ms O’Connor’s lawyer',
      null,
    ],
  ];
  it.each(cases)('%s', (text, content, kind, speaker, antecedent) => {
    const q = run(text).find((x) => x.content.startsWith(content));
    expect(q).toMatchObject({ kind, speaker, antecedent });
  });

  it('resolves a pronoun after a quotation to the person named before, by gender', () => {
    const text =
      'Firefighter Paul Grant and nurse Emma Reid reached the car first. "The driver was still conscious," she said.';
    expect(run(text)).toEqual([
      expect.objectContaining({
        content: 'The driver was still conscious,',
        speaker: 'she',
        antecedent: 'Emma Reid',
      }),
    ]);
  });

  it('continues the speaker in a quotation with no cue of its own', () => {
    const text = '"We lost the roof," said farmer Owen Price. "The animals are safe, though."';
    const quotes = run(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ speaker: 'Owen Price', cue: null });
  });

  it('keeps scare quotes and titles out', () => {
    expect(run('The so-called "green deal" was debated. She read "War and Peace" twice.')).toEqual(
      [],
    );
  });

  it('does not take apostrophes and plural possessives for quotation marks', () => {
    const text = "The players' union said the clubs' offer wasn't enough.";
    expect(run(text)).toEqual([
      expect.objectContaining({
        kind: 'indirect',
        content: "the clubs' offer wasn't enough",
        speaker: "The players' union",
      }),
    ]);
  });
});

describe('English indirect speech', () => {
  const cases: Array<[string, string, string, string]> = [
    // text, content, kind, speaker
    [
      'The mayor said that the road would reopen in May.',
      'the road would reopen in May',
      'indirect',
      'The mayor',
    ],
    [
      'Dr Asha Patel said the vaccine had been tested on 4,000 people.',
      'the vaccine had been tested on 4,000 people',
      'indirect',
      'Asha Patel',
    ],
    [
      'Police told reporters that two men had been arrested.',
      'two men had been arrested',
      'indirect',
      'Police',
    ],
    [
      'The ministry denied that it had ignored the warnings.',
      'it had ignored the warnings',
      'indirect',
      'The ministry',
    ],
    [
      'Governor Ray Sutton claimed the figures were wrong.',
      'the figures were wrong',
      'indirect',
      'Ray Sutton',
    ],
    [
      'Two suspects were detained overnight, police said on Sunday.',
      'Two suspects were detained overnight',
      'indirect',
      'police',
    ],
    [
      'LONDON, May 2 (Reuters) - Two ships collided, the coastguard said.',
      'Two ships collided',
      'indirect',
      'the coastguard',
    ],
    [
      'The plant will close in June, the company announced.',
      'The plant will close in June',
      'indirect',
      'the company',
    ],
    [
      'According to the fire service, the blaze started in a kitchen.',
      'the blaze started in a kitchen',
      'indirect',
      'the fire service',
    ],
    [
      'The blaze started in a kitchen, according to the fire service.',
      'The blaze started in a kitchen',
      'indirect',
      'the fire service',
    ],
    [
      'The council urged drivers to avoid the town centre.',
      'drivers to avoid the town centre',
      'indirect',
      'The council',
    ],
    [
      'Residents called on the landlord to repair the lifts.',
      'the landlord to repair the lifts',
      'indirect',
      'Residents',
    ],
    [
      'The senator accused the agency of hiding the report.',
      'hiding the report',
      'indirect',
      'The senator',
    ],
    [
      'Teachers asked whether the exams would be moved.',
      'whether the exams would be moved',
      'indirect',
      'Teachers',
    ],
    [
      'The club said the stadium was "completely safe".',
      'the stadium was "completely safe"',
      'mixed',
      'The club',
    ],
  ];
  it.each(cases)('%s', (text, content, kind, speaker) => {
    expect(run(text)).toEqual([expect.objectContaining({ content, kind, speaker })]);
  });

  it('splits two reported clauses of two speakers in one sentence', () => {
    const text =
      'The coach said the team was tired, but the captain insisted that nobody had given up.';
    expect(run(text).map((q) => [q.speaker, q.content])).toEqual([
      ['The coach', 'the team was tired'],
      ['the captain', 'nobody had given up'],
    ]);
  });

  it('gives a coordinated cue the subject of the first verb', () => {
    const text = 'The airline apologised for the delays and said extra staff would be hired.';
    expect(run(text)).toEqual([
      expect.objectContaining({ speaker: 'The airline', content: 'extra staff would be hired' }),
    ]);
  });

  it('resolves a role and a generic body to the person or body named before', () => {
    const text =
      'Health Minister Joan Keller visited the ward. The minister said more beds would follow. ' +
      'Carrow Foods, the dairy company, cut 200 jobs. The company said demand had fallen.';
    const quotes = run(text);
    expect(quotes.map((q) => [q.speaker, q.antecedent])).toEqual([
      ['The minister', 'Joan Keller'],
      ['The company', 'Carrow Foods'],
    ]);
  });

  it('trusts the report over the recogniser for what kind of thing a name is', () => {
    const text =
      'Kestrel, the freight company, cut 90 jobs. "We had no choice," a company spokesman said.';
    const entities: EntityMentionRecord[] = [
      { start: 0, end: 7, text: 'Kestrel', type: 'PER', form: 'name', entity: 'e1' },
    ];
    const [q] = findEnglishQuotes({ text, sentences: [], tokens: [], entities });
    expect(q?.speaker).toMatchObject({
      text: 'a company spokesman',
      antecedent: { text: 'Kestrel' },
    });
  });

  it('uses named entities when a recogniser ran', () => {
    const text = 'Zhao Lin said the deal was off.';
    const entities: EntityMentionRecord[] = [
      { start: 0, end: 8, text: 'Zhao Lin', type: 'PER', form: 'name', entity: 'e1' },
    ];
    const [q] = findEnglishQuotes({ text, sentences: [], tokens: [], entities });
    expect(q?.speaker).toMatchObject({ text: 'Zhao Lin', entity: 'e1' });
  });
});

describe('English speech continued', () => {
  it('gives a participle cue after a comma the speaker of the cue before it', () => {
    const text = '"The damage is enormous," he said, adding that repairs could take months.';
    expect(run(text).map((q) => [q.kind, q.content, q.speaker])).toEqual([
      ['direct', 'The damage is enormous,', 'he'],
      ['indirect', 'repairs could take months', 'he'],
    ]);
  });

  it('finds the verb of a clause without "that" in a present tense or inside a quoted phrase', () => {
    expect(run('The treasurer said the plan costs too much.')[0]?.content).toBe(
      'the plan costs too much',
    );
    expect(run('A spokesman said the board "fully supports" the bid.')[0]).toMatchObject({
      kind: 'mixed',
      content: 'the board "fully supports" the bid',
    });
  });

  it('resolves a pronoun to a speaker named only by surname', () => {
    const quotes = run('Okonkwo said he had not been told. "Nobody called me," he said.');
    expect(quotes[1]).toMatchObject({ speaker: 'he', antecedent: 'Okonkwo' });
  });
});

describe('English naming, adverbs and subordinate cues', () => {
  it.each([
    ['Its spokesman Dmitry Orlov called it "absurd".', 'it "absurd"', 'mixed', 'Dmitry Orlov'],
    ['The judge described the plan as "reckless".', 'the plan as "reckless"', 'mixed', 'The judge'],
    [
      'Scientists have long argued that the ice is thinning.',
      'the ice is thinning',
      'indirect',
      'Scientists',
    ],
    [
      'As the minister said last week, the budget is tight.',
      'the budget is tight',
      'indirect',
      'the minister',
    ],
    [
      'The company, which employs 3,000 people, said it would stay.',
      'it would stay',
      'indirect',
      'The company',
    ],
    [
      'Witnesses told the BBC they heard two loud bangs.',
      'they heard two loud bangs',
      'indirect',
      'Witnesses',
    ],
  ])('%s', (text, content, kind, speaker) => {
    expect(run(text)).toEqual([expect.objectContaining({ content, kind, speaker })]);
  });

  it('does not take "called" without a quotation or "on" for a cue', () => {
    expect(run('A man called Tom Reed was arrested.')).toEqual([]);
  });
});

describe('not quotations', () => {
  const cases = [
    'It is true that the bridge was old.',
    'The question is whether the alarms worked.',
    'Satellite images show that the lake has shrunk.',
    'Figures suggest that prices will fall.',
    'The company wants to open ten new shops.',
    'She declined to say how much the deal was worth.',
    'He was told that his flight had been cancelled.',
    'The report said nothing.',
  ];
  it.each(cases)('%s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

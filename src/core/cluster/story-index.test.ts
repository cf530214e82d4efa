import { describe, expect, it } from 'vitest';
import { mergeStories, splitStory } from './edit.js';
import { createStoryIndex } from './story-index.js';
import type { ReportFeatures, StoryIndex } from './types.js';

/** A report from a compact spec: entities separated by commas, terms and frames by spaces. */
function report(
  id: string,
  published: string | null,
  entities: string,
  terms: string,
  frames = '',
): ReportFeatures {
  const counts: Record<string, number> = {};
  for (const t of terms.split(' ').filter(Boolean)) counts[t] = (counts[t] ?? 0) + 1;
  return {
    report: id,
    published,
    entities: entities.split(',').filter(Boolean),
    terms: counts,
    frames: frames.split(' ').filter(Boolean),
  };
}

// Two train accidents in two places, a budget story, and background reports so that idf means something.
const WENDELBACH = 'LOC:wendelbach,ORG:talbahn,PER:carola henning';
const LINDHORST = 'LOC:lindhorst,ORG:nordkurier,PER:ilse vortmann';
const ACCIDENT = 'zug unglück verletzte strecke polizei';

function seeded(): StoryIndex {
  const index = createStoryIndex();
  index.assign(
    report('w1', '2025-09-13', WENDELBACH, `${ACCIDENT} wendelbach talbahn kurve`),
    'wendelbach',
  );
  index.assign(
    report('l1', '2025-09-13', LINDHORST, `${ACCIDENT} lindhorst lastwagen bahnübergang`),
    'lindhorst',
  );
  index.assign(
    report(
      'b1',
      '2025-09-12',
      'ORG:landtag,PER:kai seidel',
      'haushalt landtag milliarde schulden polizei',
    ),
    'budget',
  );
  index.assign(report('z1', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt polizei'), 'zoo');
  return index;
}

describe('match', () => {
  it('is null in an empty index', () => {
    expect(createStoryIndex().match(report('a', '2025-01-01', WENDELBACH, ACCIDENT))).toBeNull();
  });

  it.each([
    // report, expected story (null: a new one)
    [report('w2', '2025-09-13', WENDELBACH, `${ACCIDENT} wendelbach kurve`), 'wendelbach'],
    [report('l2', '2025-09-13', LINDHORST, `${ACCIDENT} lindhorst lastwagen`), 'lindhorst'],
    // same kind of event, other names: the topic words alone do not carry it
    [report('x', '2025-09-13', 'LOC:oberhausen,ORG:westbahn', `${ACCIDENT} oberhausen`), null],
    // nothing shared
    [report('y', '2025-09-13', 'ORG:philharmonie', 'orchester dirigentin konzert'), null],
    // the same names a month later are out of the window
    [report('w3', '2025-10-20', WENDELBACH, `${ACCIDENT} wendelbach kurve`), null],
    // a report without date is matched on content alone
    [report('w4', null, WENDELBACH, `${ACCIDENT} wendelbach kurve`), 'wendelbach'],
  ])('%# %o → %s', (features, expected) => {
    expect(seeded().match(features)?.story ?? null).toBe(expected);
  });

  it('finds a person named by surname only, and a place the tagger typed otherwise', () => {
    const index = seeded();
    const parts = index.explain(
      report('w5', '2025-09-13', 'PER:henning,MISC:wendelbach', 'unglück'),
      'wendelbach',
    )!;
    const unrelated = index.explain(
      report('w5', '2025-09-13', 'PER:meier,MISC:lindau', 'unglück'),
      'wendelbach',
    )!;
    expect(unrelated.entities).toBe(0);
    expect(parts.entities).toBeGreaterThan(0.2);
    expect(
      index.match(report('w5', '2025-09-13', 'PER:henning,MISC:wendelbach', `${ACCIDENT} kurve`))
        ?.story,
    ).toBe('wendelbach');
  });

  it('scores lower the further apart the days are', () => {
    const index = seeded();
    const scores = ['2025-09-13', '2025-09-14', '2025-09-16', '2025-09-20'].map((day) =>
      index.explain(report('w6', day, WENDELBACH, `${ACCIDENT} wendelbach`), 'wendelbach')!,
    );
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i]!.score).toBeLessThan(scores[i - 1]!.score);
      expect(scores[i]!.entities).toBeCloseTo(scores[0]!.entities, 12); // only time changed
    }
  });

  it('opens a new story below the threshold and joins at or above it', () => {
    const probe = report('w7', '2025-09-13', 'LOC:wendelbach', 'unglück kurve');
    const score = seeded().explain(probe, 'wendelbach')!.score;
    const build = (threshold: number) => {
      const index = createStoryIndex({ threshold });
      index.assign(
        report('w1', '2025-09-13', WENDELBACH, `${ACCIDENT} wendelbach talbahn kurve`),
        'wendelbach',
      );
      index.assign(
        report('l1', '2025-09-13', LINDHORST, `${ACCIDENT} lindhorst lastwagen bahnübergang`),
        'lindhorst',
      );
      index.assign(
        report(
          'b1',
          '2025-09-12',
          'ORG:landtag,PER:kai seidel',
          'haushalt landtag milliarde schulden polizei',
        ),
        'budget',
      );
      index.assign(
        report('z1', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt polizei'),
        'zoo',
      );
      return index;
    };
    expect(build(score).match(probe)?.story).toBe('wendelbach');
    expect(build(score + 1e-9).match(probe)).toBeNull();
  });

  it('gives frames with a named bearer more weight than frames on a common noun', () => {
    const index = createStoryIndex({ entityWeight: 0, termWeight: 0, frameWeight: 1 });
    index.assign(report('a', '2025-01-01', '', '', '!name:talbahn|revenue noun:zug|injured'), 's');
    index.assign(report('b', '2025-01-01', '', 'x', 'noun:auto|dead'), 't');
    const named = index.explain(report('c', '2025-01-01', '', '', '!name:talbahn|revenue'), 's')!;
    const common = index.explain(report('d', '2025-01-01', '', '', 'noun:zug|injured'), 's')!;
    expect(named.frames).toBeGreaterThan(common.frames);
  });

  it('changes nothing', () => {
    const index = seeded();
    const probe = report('w2', '2025-09-13', WENDELBACH, ACCIDENT);
    const first = index.match(probe);
    expect(index.match(probe)).toEqual(first);
    expect(index.stories()).toEqual(['wendelbach', 'lindhorst', 'budget', 'zoo']);
    expect(index.storyOf('w2')).toBeNull();
  });
});

/** Scores of a fixed set of probes against every story: two indexes with the same content give the same. */
function fingerprint(index: StoryIndex): string[] {
  const probes = [
    report('p1', '2025-09-13', WENDELBACH, `${ACCIDENT} kurve`),
    report('p2', '2025-09-12', LINDHORST, 'lastwagen polizei'),
    report('p3', '2025-09-11', 'LOC:karlsfeld,PER:kai seidel', 'zoo haushalt'),
  ];
  return index.stories().flatMap((story) =>
    probes.map((p) => {
      const parts = index.explain(p, story)!;
      return `${story}:${[...index.reports(story)].sort().join(',')}:${parts.score.toFixed(9)}:${parts.entities.toFixed(9)}:${parts.terms.toFixed(9)}:${parts.frames.toFixed(9)}`;
    }),
  );
}

describe('remove, merge and split keep the index consistent', () => {
  it('removing a report leaves the index as if it had never been added', () => {
    const index = seeded();
    index.assign(
      report('w2', '2025-09-14', WENDELBACH, `${ACCIDENT} wendelbach kurve kurve`),
      'wendelbach',
    );
    index.remove('w2');
    expect(fingerprint(index)).toEqual(fingerprint(seeded()));
    expect(index.storyOf('w2')).toBeNull();
    index.remove('w2'); // unknown: ignored
    expect(fingerprint(index)).toEqual(fingerprint(seeded()));
  });

  it('assigning a report again to its own one-report story keeps the story and its place', () => {
    const index = seeded();
    index.assign(
      report('l1', '2025-09-13', LINDHORST, `${ACCIDENT} lindhorst lastwagen bahnübergang`),
      'lindhorst',
    );
    expect(index.stories()).toEqual(['wendelbach', 'lindhorst', 'budget', 'zoo']);
    expect(fingerprint(index)).toEqual(fingerprint(seeded()));
  });

  it('a story disappears with its last report', () => {
    const index = seeded();
    index.remove('z1');
    expect(index.stories()).toEqual(['wendelbach', 'lindhorst', 'budget']);
    expect(
      index.match(report('z2', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt')),
    ).toBeNull();
  });

  it('assigning a report again moves it instead of counting it twice', () => {
    const index = seeded();
    index.assign(
      report('z1', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt polizei'),
      'budget',
    );
    index.assign(report('z1', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt polizei'), 'zoo');
    expect(index.stories()).toEqual(['wendelbach', 'lindhorst', 'budget', 'zoo']);
    expect(fingerprint(index)).toEqual(fingerprint(seeded()));
  });

  it('merging moves every report and equals an index built merged', () => {
    const index = seeded();
    expect(mergeStories(index, 'lindhorst', 'wendelbach')).toEqual(['l1']);
    expect(index.stories()).toEqual(['wendelbach', 'budget', 'zoo']);
    expect(index.reports('wendelbach')).toEqual(['w1', 'l1']);
    const built = createStoryIndex();
    built.assign(
      report('w1', '2025-09-13', WENDELBACH, `${ACCIDENT} wendelbach talbahn kurve`),
      'wendelbach',
    );
    built.assign(
      report('l1', '2025-09-13', LINDHORST, `${ACCIDENT} lindhorst lastwagen bahnübergang`),
      'wendelbach',
    );
    built.assign(
      report(
        'b1',
        '2025-09-12',
        'ORG:landtag,PER:kai seidel',
        'haushalt landtag milliarde schulden polizei',
      ),
      'budget',
    );
    built.assign(report('z1', '2025-09-11', 'LOC:karlsfeld', 'zoo elefant geburt polizei'), 'zoo');
    expect(fingerprint(index)).toEqual(fingerprint(built));
  });

  it('splitting then merging back restores the index', () => {
    const index = seeded();
    index.assign(report('w2', '2025-09-13', WENDELBACH, `${ACCIDENT} wendelbach`), 'wendelbach');
    const before = fingerprint(index);
    splitStory(index, ['w2'], 'wendelbach-2');
    expect(index.storyOf('w2')).toBe('wendelbach-2');
    expect(index.reports('wendelbach')).toEqual(['w1']);
    mergeStories(index, 'wendelbach-2', 'wendelbach');
    expect(fingerprint(index)).toEqual(before);
  });

  it.each([
    [
      'merge from an unknown story',
      (i: StoryIndex) => mergeStories(i, 'nope', 'zoo'),
      /no story "nope"/,
    ],
    [
      'merge into an unknown story',
      (i: StoryIndex) => mergeStories(i, 'zoo', 'nope'),
      /no story "nope"/,
    ],
    [
      'split into an existing story',
      (i: StoryIndex) => splitStory(i, ['w1'], 'zoo'),
      /exists already/,
    ],
    [
      'split an unknown report',
      (i: StoryIndex) => splitStory(i, ['w9'], 'new'),
      /not in the index: w9/,
    ],
    ['split nothing', (i: StoryIndex) => splitStory(i, [], 'new'), /no reports/],
    [
      'assign to an empty story id',
      (i: StoryIndex) => i.assign(report('q', null, '', 'x'), ''),
      /story id/,
    ],
  ])('%s is refused and changes nothing', (_, edit, message) => {
    const index = seeded();
    expect(() => edit(index)).toThrow(message);
    expect(fingerprint(index)).toEqual(fingerprint(seeded()));
  });
});

describe('determinism', () => {
  it('the same stream gives the same stories and scores', () => {
    const run = () => {
      const index = createStoryIndex();
      const stream = [
        report('a', '2025-09-13', WENDELBACH, ACCIDENT),
        report('b', '2025-09-13', LINDHORST, ACCIDENT),
        report('c', '2025-09-13', WENDELBACH, `${ACCIDENT} kurve`),
        report('d', '2025-09-14', LINDHORST, `${ACCIDENT} lastwagen`),
        report('e', '2025-09-14', 'ORG:zoo', 'elefant'),
      ];
      let opened = 0;
      return stream.map((r) => {
        const m = index.match(r);
        const story = m?.story ?? `s${++opened}`;
        index.assign(r, story);
        return `${r.report}→${story}:${m?.score.toFixed(12) ?? '-'}`;
      });
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(first.map((x) => x.split(':')[0])).toEqual(['a→s1', 'b→s2', 'c→s1', 'd→s2', 'e→s3']);
  });
});

describe('options', () => {
  it.each([
    [{ threshold: -1 }, /threshold must be a finite number/],
    [{ halfLifeDays: 0 }, /halfLifeDays must be/],
    [{ castHalfLifeDays: 0 }, /castHalfLifeDays must be/],
    [{ typeWeights: { XYZ: 1 } } as never, /unknown entity type "XYZ"/],
    [{ treshold: 0.2 } as never, /unknown option "treshold"/],
  ])('%o is refused', (options, message) => {
    expect(() => createStoryIndex(options)).toThrow(message);
  });
});

describe('stories that run for days', () => {
  // A fire in Grünstetten on 1 March; a week later the follow-up names the same
  // people and organisations, while another fire in the same town shares only the
  // place and the words of any fire.
  const FIRE = 'brand feuer feuerwehr dachstuhl polizei schaden';
  function town(): StoryIndex {
    const index = seeded();
    index.assign(
      report(
        'g1',
        '2025-03-01',
        'LOC:grünstetten,PER:oliver stahnke,ORG:kripo weidenau',
        `${FIRE} grünstetten lindenstraße mehrfamilienhaus`,
      ),
      'fire',
    );
    return index;
  }
  const followUp = (day: string) =>
    report(
      'g2',
      day,
      'LOC:grünstetten,PER:stahnke,ORG:kripo weidenau,PER:karin lüders',
      `${FIRE} brandstiftung festnahme lindenstraße`,
    );
  const otherFire = (day: string) =>
    report(
      'g3',
      day,
      'LOC:grünstetten,PER:martin reindl',
      `${FIRE} grünstetten scheune pferde heu`,
    );

  it('a follow-up a week later that names the story’s people and organisations joins it', () => {
    expect(town().match(followUp('2025-03-08'))?.story).toBe('fire');
  });

  it('another fire in the same town a week later opens a new story', () => {
    expect(town().match(otherFire('2025-03-08'))).toBeNull();
  });

  it('shared people and organisations fade far more slowly than places and words', () => {
    const index = town();
    const near = index.explain(followUp('2025-03-02'), 'fire')!;
    const week = index.explain(followUp('2025-03-08'), 'fire')!;
    expect(week.cast).toBeGreaterThan(0);
    expect(week.cast).toBeLessThan(week.entities); // the place is shared too, but not cast
    expect(week.entities).toBeCloseTo(near.entities, 12);
    expect(week.time).toBeCloseTo(Math.pow(0.5, 7 / 2), 12);
    expect(week.castTime).toBeCloseTo(Math.pow(0.5, 7 / 21), 12);
    // The other fire shares the place only: no cast, so a week costs it the burst factor.
    const other = index.explain(otherFire('2025-03-08'), 'fire')!;
    expect(other.entities).toBeGreaterThan(0);
    expect(other.cast).toBe(0);
    expect(other.score).toBeLessThan(week.score / 4);
  });

  it('measures time from the story’s nearest day: a story that runs on follows its reports', () => {
    const index = town();
    index.assign(followUp('2025-03-08'), 'fire');
    // Twelve days after the first report, four after the follow-up.
    const late = report(
      'g4',
      '2025-03-12',
      'LOC:grünstetten,PER:karin lüders,ORG:kripo weidenau',
      'anklage brandstiftung lindenstraße',
    );
    const parts = index.explain(late, 'fire')!;
    expect(parts.time).toBeCloseTo(Math.pow(0.5, 4 / 2), 12);
    expect(index.match(late)?.story).toBe('fire');
  });

  it('with castHalfLifeDays as short as halfLifeDays the cast fades like the rest', () => {
    const index = createStoryIndex({ castHalfLifeDays: 2 });
    for (const id of ['w1', 'l1', 'b1', 'z1']) {
      const f = seeded().features(id)!;
      index.assign(f, seeded().storyOf(id)!);
    }
    index.assign(town().features('g1')!, 'fire');
    const parts = index.explain(followUp('2025-03-08'), 'fire')!;
    expect(parts.castTime).toBeCloseTo(parts.time, 12);
    expect(index.match(followUp('2025-03-08'))).toBeNull();
  });
});

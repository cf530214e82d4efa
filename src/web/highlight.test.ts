import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByLine, splitIntoRuns, type Mark } from './highlight.js';

const mark = (start: number, end: number, className = 'm'): Mark => ({ start, end, className });

describe('splitIntoRuns', () => {
  it.each([
    { name: 'no marks', length: 5, marks: [], runs: [[0, 5, '']] },
    {
      name: 'one mark inside',
      length: 10,
      marks: [mark(2, 4, 'a')],
      runs: [
        [0, 2, ''],
        [2, 4, 'a'],
        [4, 10, ''],
      ],
    },
    {
      name: 'nested marks',
      length: 10,
      marks: [mark(0, 10, 'q'), mark(3, 5, 'e')],
      runs: [
        [0, 3, 'q'],
        [3, 5, 'q e'],
        [5, 10, 'q'],
      ],
    },
    {
      name: 'overlapping marks',
      length: 8,
      marks: [mark(1, 5, 'a'), mark(3, 7, 'b')],
      runs: [
        [0, 1, ''],
        [1, 3, 'a'],
        [3, 5, 'a b'],
        [5, 7, 'b'],
        [7, 8, ''],
      ],
    },
    {
      name: 'marks past the end are clipped',
      length: 4,
      marks: [mark(2, 9, 'a'), mark(6, 9, 'x')],
      runs: [
        [0, 2, ''],
        [2, 4, 'a'],
      ],
    },
  ])('$name', ({ length, marks, runs }) => {
    const got = splitIntoRuns(length, marks).map((r) => [
      r.start,
      r.end,
      r.marks.map((m) => m.className).join(' '),
    ]);
    expect(got).toEqual(runs);
  });

  it('covers the text exactly once, and each run carries exactly the marks covering it', () => {
    const arbMark = fc
      .tuple(fc.nat(60), fc.nat(60))
      .map(([a, b]) => mark(Math.min(a, b), Math.max(a, b), `m${a}-${b}`));
    fc.assert(
      fc.property(fc.nat(50), fc.array(arbMark, { maxLength: 12 }), (length, marks) => {
        const runs = splitIntoRuns(length, marks);
        let at = 0;
        for (const run of runs) {
          expect(run.start).toBe(at);
          expect(run.end).toBeGreaterThan(run.start);
          at = run.end;
          const covering = marks.filter(
            (m) => m.start <= run.start && m.end >= run.end && m.end > m.start,
          );
          expect(run.marks.length).toBe(covering.length);
        }
        expect(at).toBe(length);
      }),
    );
  });
});

describe('groupByLine', () => {
  it.each([
    { text: 'ab', marks: [], lines: [[0, 2, 'ab']] },
    {
      text: 'ab\ncd',
      marks: [mark(1, 4, 'x')],
      lines: [
        [0, 2, 'a|b:x'],
        [3, 5, 'c:x|d'],
      ],
    },
    {
      text: 'a\n\nb',
      marks: [],
      lines: [
        [0, 1, 'a'],
        [2, 2, ''],
        [3, 4, 'b'],
      ],
    },
    {
      text: 'a\n',
      marks: [],
      lines: [
        [0, 1, 'a'],
        [2, 2, ''],
      ],
    },
  ])('splits $text into lines', ({ text, marks, lines }) => {
    const got = groupByLine(text, splitIntoRuns(text.length, marks)).map((p) => [
      p.start,
      p.end,
      p.runs
        .map(
          (r) =>
            text.slice(r.start, r.end) +
            (r.marks.length ? `:${r.marks.map((m) => m.className).join(' ')}` : ''),
        )
        .join('|'),
    ]);
    expect(got).toEqual(lines);
  });

  it('keeps every character but the line breaks, in order', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab\n]{0,30}$/),
        fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 6 }),
        (text, pairs) => {
          const marks = pairs.map(([a, b]) => mark(Math.min(a, b), Math.max(a, b)));
          const lines = groupByLine(text, splitIntoRuns(text.length, marks));
          const rebuilt = lines
            .map((p) => p.runs.map((r) => text.slice(r.start, r.end)).join(''))
            .join('\n');
          expect(rebuilt).toBe(text);
        },
      ),
    );
  });
});

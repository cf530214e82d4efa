import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../src/node/shared-data.js';
import {
  distractorReports,
  followupReports,
  orderStream,
  storyReports,
  type StreamReport,
} from './stream.js';

const dirs: string[] = [];
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-stream-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('storyReports', () => {
  it('reads the reports of stories with two or more, with split and date', () => {
    const dir = tempDir({
      'a/gold.json': JSON.stringify({ split: 'dev', date: '2025-01-02', facts: { ignored: true } }),
      'a/x.txt': 'X',
      'a/y.txt': 'Y',
      'b/gold.json': JSON.stringify({ split: 'test', date: '2025-01-03' }),
      'b/only.txt': 'Z',
    });
    expect(storyReports(dir)).toEqual([
      { id: 'a/x.txt', text: 'X', date: '2025-01-02', gold: 'a', split: 'dev' },
      { id: 'a/y.txt', text: 'Y', date: '2025-01-02', gold: 'a', split: 'dev' },
    ]);
  });

  it.each([
    [{ split: 'train', date: '2025-01-02' }, /"split" must be "dev" or "test"/],
    [{ split: 'dev' }, /"date" \(YYYY-MM-DD\) is needed/],
  ])('refuses %o, naming the file', (gold, message) => {
    const dir = tempDir({ 's/gold.json': JSON.stringify(gold), 's/a.txt': 'A', 's/b.txt': 'B' });
    expect(() => storyReports(dir)).toThrow(message);
    expect(() => storyReports(dir)).toThrow(/s\/gold\.json/);
  });
});

describe('distractorReports', () => {
  const entry = { split: 'dev', date: '2025-01-02', sameTopicAs: null };
  it.each([
    ['a file without entry', { distractors: {} }, { 'd/a.txt': 'A' }, /no entry for a\.txt/],
    ['an entry without file', { distractors: { 'b.txt': entry } }, {}, /b\.txt.*missing/],
    [
      'a bad split',
      { distractors: { 'a.txt': { ...entry, split: 'x' } } },
      { 'd/a.txt': 'A' },
      /split must be/,
    ],
    [
      'a bad date',
      { distractors: { 'a.txt': { ...entry, date: '2.1.2025' } } },
      { 'd/a.txt': 'A' },
      /date must be/,
    ],
    ['no distractors object', {}, {}, /needs an object "distractors"/],
  ])('refuses %s', (_, manifest, files, message) => {
    const dir = tempDir({ 'm.json': JSON.stringify(manifest), 'd/.keep': '', ...files });
    expect(() => distractorReports(join(dir, 'm.json'), join(dir, 'd'))).toThrow(message);
  });

  it('refuses a manifest that is not JSON, naming it', () => {
    const dir = tempDir({ 'm.json': '{ nope', 'd/.keep': '' });
    expect(() => distractorReports(join(dir, 'm.json'), join(dir, 'd'))).toThrow(
      /m\.json: not valid JSON/,
    );
  });
});

describe('the distractors of eval/cluster', () => {
  const dir = join(REPO_ROOT, 'eval', 'cluster', 'distractors');
  const reports = distractorReports(join(REPO_ROOT, 'eval', 'cluster', 'distractors.json'), dir);
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'eval', 'cluster', 'distractors.json'), 'utf8'),
  ) as {
    distractors: Record<string, { split: string; sameTopicAs: string | null }>;
  };

  it('are at least 40, split by file name, about a third on the kind of event of a story', () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
    for (const [file, e] of Object.entries(manifest.distractors))
      expect(file.startsWith(`${e.split}-`)).toBe(true);
    const sameTopic = Object.values(manifest.distractors).filter(
      (e) => e.sameTopicAs !== null,
    ).length;
    expect(sameTopic / reports.length).toBeGreaterThan(0.3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.txt'))).toHaveLength(reports.length);
  });

  it.each(Object.keys(manifest.distractors))(
    '%s has a headline, a body and 120–250 words',
    (file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [headline, blank, ...body] = text.split('\n');
      expect(headline!.length).toBeGreaterThan(10);
      expect(blank).toBe('');
      expect(body.join(' ').trim().length).toBeGreaterThan(0);
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(250);
    },
  );
});

describe('followupReports', () => {
  const splits = new Map([['01-a', 'dev' as const]]);
  const entry = { story: '01-a', date: '2025-01-05', split: 'dev', role: 'follow-up' };

  it('reads each report with its own day and its story', () => {
    const dir = tempDir({
      'm.json': JSON.stringify({
        reports: {
          'f.txt': entry,
          'o.txt': { story: 'mini', date: '2025-02-01', split: 'test', role: 'opening' },
          'g.txt': { story: 'mini', date: '2025-02-04', split: 'test', role: 'follow-up' },
        },
      }),
      'd/f.txt': 'F',
      'd/o.txt': 'O',
      'd/g.txt': 'G',
    });
    expect(followupReports(join(dir, 'm.json'), join(dir, 'd'), splits)).toEqual([
      { id: 'followup/f.txt', text: 'F', date: '2025-01-05', gold: '01-a', split: 'dev' },
      { id: 'followup/o.txt', text: 'O', date: '2025-02-01', gold: 'mini', split: 'test' },
      { id: 'followup/g.txt', text: 'G', date: '2025-02-04', gold: 'mini', split: 'test' },
    ]);
  });

  it.each([
    ['a file without entry', { reports: {} }, /no entry for f\.txt/],
    ['a bad role', { reports: { 'f.txt': { ...entry, role: 'x' } } }, /role must be/],
    ['no story', { reports: { 'f.txt': { ...entry, story: '' } } }, /story must name/],
    [
      'a split other than its story folder',
      { reports: { 'f.txt': { ...entry, split: 'test' } } },
      /split "test" differs from the split "dev" of story 01-a/,
    ],
    [
      'a follow-up of nothing',
      { reports: { 'f.txt': { ...entry, story: '99-typo' } } },
      /story 99-typo is neither a story folder nor opened/,
    ],
    ['no reports object', {}, /needs an object "reports"/],
  ])('refuses %s, naming the manifest', (_, manifest, message) => {
    const dir = tempDir({ 'm.json': JSON.stringify(manifest), 'd/f.txt': 'F' });
    expect(() => followupReports(join(dir, 'm.json'), join(dir, 'd'), splits)).toThrow(message);
    expect(() => followupReports(join(dir, 'm.json'), join(dir, 'd'), splits)).toThrow(/m\.json/);
  });
});

describe('the follow-up material of eval/cluster', () => {
  const dir = join(REPO_ROOT, 'eval', 'cluster', 'followups');
  const manifestFile = join(REPO_ROOT, 'eval', 'cluster', 'followups.json');
  const stories = storyReports(join(REPO_ROOT, 'eval', 'stories'));
  const reports = followupReports(
    manifestFile,
    dir,
    new Map(stories.map((r) => [r.gold, r.split])),
  );
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    reports: Record<string, { story: string; date: string; split: string; role: string }>;
  };
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

  it('has at least 8 dev follow-ups of dev stories, 2–10 days after the story', () => {
    const dev = Object.values(manifest.reports).filter((e) => e.split === 'dev');
    expect(dev.length).toBeGreaterThanOrEqual(8);
    for (const e of dev) {
      expect(e.role).toBe('follow-up');
      const story = stories.find((r) => r.gold === e.story)!;
      expect(story.split).toBe('dev');
      const after = day(e.date) - day(story.date);
      expect(after).toBeGreaterThanOrEqual(2);
      expect(after).toBeLessThanOrEqual(10);
    }
  });

  it('has at least 5 held-out mini-stories: an opening, 1–2 follow-ups 2–10 days later, a look-alike', () => {
    const test = Object.values(manifest.reports).filter((e) => e.split === 'test');
    const openings = test.filter((e) => e.role === 'opening');
    expect(openings.length).toBeGreaterThanOrEqual(5);
    for (const opening of openings) {
      const follow = test.filter((e) => e.role === 'follow-up' && e.story === opening.story);
      expect(follow.length).toBeGreaterThanOrEqual(1);
      expect(follow.length).toBeLessThanOrEqual(2);
      for (const f of follow) {
        expect(day(f.date) - day(opening.date)).toBeGreaterThanOrEqual(2);
        expect(day(f.date) - day(opening.date)).toBeLessThanOrEqual(10);
      }
    }
    const lookAlikes = test.filter((e) => e.role === 'look-alike');
    expect(lookAlikes.length).toBeGreaterThanOrEqual(openings.length);
    // A look-alike is a story of its own, not one of the mini-stories or story folders.
    for (const l of lookAlikes) {
      expect(openings.some((o) => o.story === l.story)).toBe(false);
      expect(stories.some((r) => r.gold === l.story)).toBe(false);
    }
  });

  it.each(Object.keys(manifest.reports))('%s has a headline, a body and 120–250 words', (file) => {
    const text = reports.find((r) => r.id === `followup/${file}`)!.text;
    const [headline, blank] = text.split('\n');
    expect(headline!.length).toBeGreaterThan(10);
    expect(blank).toBe('');
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(120);
    expect(words).toBeLessThanOrEqual(250);
    expect(file.startsWith(`${manifest.reports[file]!.split}-`)).toBe(true);
  });
});

describe('orderStream', () => {
  const r = (id: string, date: string): StreamReport => ({
    id,
    text: '',
    date,
    gold: id,
    split: 'dev',
  });
  const stream = [
    r('c', '2025-01-02'),
    r('a', '2025-01-01'),
    r('b', '2025-01-01'),
    r('d', '2025-01-02'),
    r('e', '2025-01-03'),
  ];

  it('orders by date, the same for a seed whatever the input order', () => {
    const once = orderStream(stream, 7).map((x) => x.id);
    expect(orderStream([...stream].reverse(), 7).map((x) => x.id)).toEqual(once);
    expect(once.slice(0, 2).sort()).toEqual(['a', 'b']);
    expect(once.slice(2, 4).sort()).toEqual(['c', 'd']);
    expect(once[4]).toBe('e');
  });

  it('shuffles within a day across seeds', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        orderStream(stream, seed)
          .map((x) => x.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

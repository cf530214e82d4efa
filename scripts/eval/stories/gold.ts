/**
 * Loads and checks the story test set in eval/stories/ (format: eval/stories/README.md).
 * Every text anchor must occur exactly once in its report, every report must exist,
 * and every fact id must be declared; problems are collected, not thrown one by one,
 * so that an annotator sees all of them at once.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Anchor {
  report: string;
  text: string;
}

export interface GoldQuote {
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  as?: string | null;
}

export interface StoryGold {
  id: string;
  domain: string;
  style: string;
  split: 'dev' | 'test';
  date?: string;
  reports: string[];
  facts: Record<string, string>;
  sentences: Record<string, { text: string; facts: string[] }[]>;
  conflicts: {
    kind: 'quantity' | 'attribution' | 'negation' | 'date';
    a: Anchor;
    b: Anchor;
    note?: string;
  }[];
  traps: { a: Anchor; b: Anchor; note?: string }[];
  entities: { merge: Anchor[][]; apart: Anchor[][] };
  quotes: Record<string, GoldQuote[]>;
  notQuotes: Record<string, { text: string }[]>;
}

export interface Story {
  dir: string;
  gold: StoryGold;
  /** Report file name → its text as read from disk. */
  texts: Map<string, string>;
}

export function storyDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => join(root, name));
}

/** Loads one story; returns the problems found instead of throwing. */
export function loadStory(dir: string): { story: Story | null; problems: string[] } {
  const problems: string[] = [];
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) return { story: null, problems: [`${goldPath}: missing`] };
  let gold: StoryGold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as StoryGold;
  } catch (error) {
    return { story: null, problems: [`${goldPath}: not valid JSON (${(error as Error).message})`] };
  }
  gold.traps ??= [];
  gold.entities ??= { merge: [], apart: [] };
  gold.entities.merge ??= [];
  gold.entities.apart ??= [];
  gold.quotes ??= {};
  gold.notQuotes ??= {};
  gold.sentences ??= {};
  gold.facts ??= {};
  gold.conflicts ??= [];
  if (gold.split !== 'dev' && gold.split !== 'test') problems.push(`split must be "dev" or "test"`);
  const texts = new Map<string, string>();
  for (const report of gold.reports ?? []) {
    const path = join(dir, report);
    if (!existsSync(path)) problems.push(`report ${report}: file missing`);
    else texts.set(report, readFileSync(path, 'utf8'));
  }
  const check = (anchor: Anchor | undefined, where: string) => {
    if (!anchor || typeof anchor.text !== 'string' || !anchor.text) {
      problems.push(`${where}: anchor without text`);
      return;
    }
    const text = texts.get(anchor.report);
    if (text === undefined) {
      problems.push(`${where}: unknown report "${anchor.report}"`);
      return;
    }
    const count = occurrences(text, anchor.text);
    if (count !== 1)
      problems.push(`${where}: "${anchor.text}" occurs ${count}× in ${anchor.report}`);
  };
  for (const [report, list] of Object.entries(gold.sentences)) {
    for (const [i, s] of list.entries()) {
      check({ report, text: s.text }, `sentences.${report}[${i}]`);
      for (const fact of s.facts ?? []) {
        if (!(fact in gold.facts))
          problems.push(`sentences.${report}[${i}]: undeclared fact "${fact}"`);
      }
    }
  }
  gold.conflicts.forEach((c, i) => {
    if (!['quantity', 'attribution', 'negation', 'date'].includes(c.kind))
      problems.push(`conflicts[${i}]: unknown kind "${c.kind}"`);
    check(c.a, `conflicts[${i}].a`);
    check(c.b, `conflicts[${i}].b`);
    if (c.a?.report === c.b?.report) problems.push(`conflicts[${i}]: both sides in one report`);
  });
  gold.traps.forEach((t, i) => {
    check(t.a, `traps[${i}].a`);
    check(t.b, `traps[${i}].b`);
  });
  for (const [kind, groups] of Object.entries(gold.entities)) {
    (groups as Anchor[][]).forEach((group, i) =>
      group.forEach((anchor, k) => check(anchor, `entities.${kind}[${i}][${k}]`)),
    );
  }
  for (const [report, list] of Object.entries(gold.quotes)) {
    list.forEach((q, i) => {
      check({ report, text: q.text }, `quotes.${report}[${i}]`);
      if (!['direct', 'indirect', 'mixed'].includes(q.kind))
        problems.push(`quotes.${report}[${i}]: unknown kind "${q.kind}"`);
    });
  }
  for (const [report, list] of Object.entries(gold.notQuotes)) {
    list.forEach((q, i) => check({ report, text: q.text }, `notQuotes.${report}[${i}]`));
  }
  return { story: { dir, gold, texts }, problems };
}

export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** The [start, end) of an anchor in its report's raw text. */
export function anchorSpan(story: Story, anchor: Anchor): { start: number; end: number } {
  const start = story.texts.get(anchor.report)!.indexOf(anchor.text);
  return { start, end: start + anchor.text.length };
}

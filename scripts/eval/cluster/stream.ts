/**
 * The report stream of `npm run eval:cluster`: the multi-report stories of
 * eval/stories/ and the single-report distractors of eval/cluster/, each
 * report with its publication day and its gold story, in date order (reports of
 * one day in a seeded random order).
 *
 * Of a story folder only the report texts (*.txt) and the `split` and `date`
 * fields of gold.json are read: the rest of a held-out story's gold stays unread.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Split = 'dev' | 'test';

export interface StreamReport {
  /** Unique id: `story/report.txt` or `distractor/file.txt`. */
  id: string;
  text: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** The gold story: the story folder, or the distractor's own id. */
  gold: string;
  split: Split;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Reports of every story folder with at least two reports. */
export function storyReports(root: string): StreamReport[] {
  const out: StreamReport[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'gold.json'))) continue;
    const gold = readJson(join(dir, 'gold.json')) as { split?: unknown; date?: unknown };
    // Only these two fields; see the module comment.
    const split = gold.split;
    const date = gold.date;
    if (split !== 'dev' && split !== 'test')
      throw new Error(`${dir}/gold.json: "split" must be "dev" or "test"`);
    if (typeof date !== 'string' || !DAY.test(date))
      throw new Error(
        `${dir}/gold.json: "date" (YYYY-MM-DD) is needed to place the story in the stream`,
      );
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    if (files.length < 2) continue;
    for (const file of files)
      out.push({
        id: `${name}/${file}`,
        text: readFileSync(join(dir, file), 'utf8'),
        date,
        gold: name,
        split,
      });
  }
  return out;
}

interface Manifest {
  distractors: Record<string, { split: Split; date: string; sameTopicAs: string | null }>;
}

/** The distractors listed in `manifest` (eval/cluster/distractors.json), checked against the folder. */
export function distractorReports(manifestFile: string, dir: string): StreamReport[] {
  const manifest = readJson(manifestFile) as Partial<Manifest>;
  if (typeof manifest.distractors !== 'object' || manifest.distractors === null)
    throw new Error(`${manifestFile}: needs an object "distractors"`);
  const listed = new Set(Object.keys(manifest.distractors));
  const present = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const unlisted = present.filter((f) => !listed.has(f));
  if (unlisted.length > 0) throw new Error(`${manifestFile}: no entry for ${unlisted.join(', ')}`);
  const out: StreamReport[] = [];
  for (const [file, entry] of Object.entries(manifest.distractors)) {
    const where = `${manifestFile}: "${file}"`;
    if (entry.split !== 'dev' && entry.split !== 'test')
      throw new Error(`${where}: split must be "dev" or "test"`);
    if (typeof entry.date !== 'string' || !DAY.test(entry.date))
      throw new Error(`${where}: date must be YYYY-MM-DD`);
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${where}: file ${path} is missing`);
    const id = `distractor/${basename(file)}`;
    out.push({
      id,
      text: readFileSync(path, 'utf8'),
      date: entry.date,
      gold: id,
      split: entry.split,
    });
  }
  return out;
}

/**
 * Date order, and within a day a random order from `seed` (mulberry32): reports
 * of one day arrive in no particular order, and an online clusterer must not
 * depend on one.
 */
export function orderStream(reports: readonly StreamReport[], seed: number): StreamReport[] {
  const random = mulberry32(seed);
  const keyed = [...reports]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({ r, k: random() }));
  keyed.sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.k - b.k));
  return keyed.map((x) => x.r);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a follow-up report is in its story (eval/cluster/followups.json). */
export type FollowupRole = 'opening' | 'follow-up' | 'look-alike';

interface FollowupManifest {
  reports: Record<string, { story: string; date: string; split: Split; role: FollowupRole }>;
}

/**
 * The follow-up material listed in `manifest` (eval/cluster/followups.json): reports
 * with their own publication days and their gold story — a story of eval/stories/
 * (a follow-up of it) or a mini-story of the material itself. `storySplits` holds
 * the split of every story folder: a follow-up of a folder must share its split,
 * so that dev material never lands in the held-out stream or the other way round.
 */
export function followupReports(
  manifestFile: string,
  dir: string,
  storySplits: ReadonlyMap<string, Split>,
): StreamReport[] {
  const manifest = readJson(manifestFile) as Partial<FollowupManifest>;
  if (typeof manifest.reports !== 'object' || manifest.reports === null)
    throw new Error(`${manifestFile}: needs an object "reports"`);
  const listed = new Set(Object.keys(manifest.reports));
  const unlisted = readdirSync(dir).filter((f) => f.endsWith('.txt') && !listed.has(f));
  if (unlisted.length > 0) throw new Error(`${manifestFile}: no entry for ${unlisted.join(', ')}`);
  const out: StreamReport[] = [];
  for (const [file, entry] of Object.entries(manifest.reports)) {
    const where = `${manifestFile}: "${file}"`;
    if (entry.split !== 'dev' && entry.split !== 'test')
      throw new Error(`${where}: split must be "dev" or "test"`);
    if (typeof entry.date !== 'string' || !DAY.test(entry.date))
      throw new Error(`${where}: date must be YYYY-MM-DD`);
    if (typeof entry.story !== 'string' || entry.story === '')
      throw new Error(`${where}: story must name the report's story`);
    if (!['opening', 'follow-up', 'look-alike'].includes(entry.role))
      throw new Error(`${where}: role must be "opening", "follow-up" or "look-alike"`);
    const folderSplit = storySplits.get(entry.story);
    if (folderSplit !== undefined && folderSplit !== entry.split)
      throw new Error(
        `${where}: split "${entry.split}" differs from the split "${folderSplit}" of story ${entry.story}`,
      );
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`${where}: file ${path} is missing`);
    out.push({
      id: `followup/${basename(file)}`,
      text: readFileSync(path, 'utf8'),
      date: entry.date,
      gold: entry.story,
      split: entry.split,
    });
  }
  // A follow-up continues something: a story folder or an opening report of the material.
  const opened = new Set(
    Object.values(manifest.reports)
      .filter((e) => e.role === 'opening')
      .map((e) => e.story),
  );
  for (const [file, entry] of Object.entries(manifest.reports))
    if (entry.role === 'follow-up' && !storySplits.has(entry.story) && !opened.has(entry.story))
      throw new Error(
        `${manifestFile}: "${file}": story ${entry.story} is neither a story folder nor opened by a report here`,
      );
  return out;
}

/**
 * The user's corrections: merging two stories and splitting reports off into
 * a story of their own. Both move reports with `remove` + `assign`, so the
 * index's statistics stay those of the reports it holds.
 */
import type { StoryIndex } from './types.js';

/** Moves every report of `from` into `into`; `from` disappears. Returns the reports moved. */
export function mergeStories(index: StoryIndex, from: string, into: string): string[] {
  if (from === into) return [];
  const moved = index.reports(from);
  if (moved.length === 0) throw new Error(`merge: there is no story "${from}"`);
  if (index.reports(into).length === 0) throw new Error(`merge: there is no story "${into}"`);
  for (const report of moved) index.assign(index.features(report)!, into);
  return moved;
}

/**
 * Moves the given reports into the story `newStory` (which must not exist yet).
 * Every report must be in the index; the stories they leave keep their other reports.
 */
export function splitStory(index: StoryIndex, reports: readonly string[], newStory: string): void {
  if (reports.length === 0) throw new Error('split: no reports given');
  if (index.reports(newStory).length > 0)
    throw new Error(`split: story "${newStory}" exists already`);
  const missing = reports.filter((r) => index.storyOf(r) === null);
  if (missing.length > 0) throw new Error(`split: not in the index: ${missing.join(', ')}`);
  for (const report of reports) index.assign(index.features(report)!, newStory);
}

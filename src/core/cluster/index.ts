/**
 * Online story clustering: a report joins the best story by shared named
 * entities, rare terms, claim frames and time proximity, or opens a new one.
 * Pure TypeScript (runs in the browser); a store keeps the features as JSON.
 *
 *   reportFeatures(record, reportId): ReportFeatures
 *   createStoryIndex(options?): StoryIndex — match, assign, remove, stories, …
 *   mergeStories(index, from, into), splitStory(index, reports, newStory)
 *
 * The algorithm, its weights and its figures: docs/cluster.md.
 */
export type {
  ClusterOptions,
  ReportFeatures,
  ScoreParts,
  StoryIndex,
  StoryMatch,
} from './types.js';
export { reportFeatures, publishedDay } from './features.js';
export { createStoryIndex } from './story-index.js';
export { mergeStories, splitStory } from './edit.js';
export { DEFAULTS as CLUSTER_DEFAULTS } from './defaults.js';

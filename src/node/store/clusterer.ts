import type { DocumentRecord } from '../../core/contract/types.js';

/**
 * What the store needs of a story clusterer (src/core/cluster): features of a
 * report, kept as JSON beside it, and an in-memory index over the stored
 * reports that proposes the story a new report joins. The store rebuilds the
 * index from the stored features when it first needs it and keeps it in step
 * with merges, splits and other writers.
 */
export interface StoryIndexLike<F> {
  match(features: F): { story: number; score: number } | null;
  assign(features: F, story: number): void;
  remove(reportId: number): void;
}

export interface StoryClusterer<F = unknown> {
  features(record: DocumentRecord, reportId: number): F;
  createIndex(): StoryIndexLike<F>;
}

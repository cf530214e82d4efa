/**
 * The data of online story clustering. Every type here is plain JSON, so that a
 * store can keep a report's features beside the report and rebuild an index
 * from them without analysing the text again.
 */

/** What the clustering knows of one report: its keys, not its text. */
export interface ReportFeatures {
  /** The report's id (the store's id, a path, a URL …); unique in one index. */
  report: string;
  /** Publication day `YYYY-MM-DD` (page metadata, else the dateline), null when unknown. */
  published: string | null;
  /**
   * The report's named entities, each once, in order of first mention, as
   * `TYPE:key` with the cross-document name key (`PER:carola henning`,
   * `LOC:wendelbach`). Derived words count for their base ("ukrainischen" → Ukraine).
   */
  entities: string[];
  /** Content lemmas (nouns, proper nouns, numbers written in digits), lower-cased, with their counts. */
  terms: Record<string, number>;
  /**
   * Claim frames as `bearer|attribute` keys (`zug|injured`), each once. A frame whose
   * bearer is a name is marked with a leading `!` (`!talbahn|revenue`): it is
   * far more specific to one event than a common noun's.
   */
  frames: string[];
}

/** The best story for a report and how well it fits (0 … 1). */
export interface StoryMatch {
  story: string;
  score: number;
}

/** The per-signal similarities behind a score, for explaining and tuning. */
export interface ScoreParts {
  entities: number;
  terms: number;
  frames: number;
  /** The part of `entities` that comes from shared people and organisations (the story's cast). */
  cast: number;
  /** Time factor in (0, 1] of the topic words, frames, places and events: 1 on a day the story has, halving every `halfLifeDays`. */
  time: number;
  /** Time factor in (0, 1] of the shared cast: halving every `castHalfLifeDays`. */
  castTime: number;
  /** The final score: the weighted similarities, each with its time factor. */
  score: number;
}

export interface ClusterOptions {
  /** Weight of shared named entities in the content similarity. */
  entityWeight?: number;
  /** Weight of shared rare terms. */
  termWeight?: number;
  /** Weight of shared claim frames. */
  frameWeight?: number;
  /** Factor on the content similarity when the report and the story both name entities but share none. */
  noSharedEntityFactor?: number;
  /** A report joins its best story only at this score or above; below it opens a new story. */
  threshold?: number;
  /** Days within which the time factor stays 1 (the day of the event and the next). */
  plateauDays?: number;
  /** Days (beyond the plateau) after which the time factor of words, frames, places and events has halved. */
  halfLifeDays?: number;
  /**
   * Days (beyond the plateau) after which the weight of shared people and
   * organisations has halved: a story's cast stays with it while it runs for days.
   */
  castHalfLifeDays?: number;
  /** A story whose days are all more than this many days from the report's is not a candidate. */
  windowDays?: number;
  /** Weight of an entity by type: people and organisations name one event more surely than a country does. */
  typeWeights?: Partial<Record<'PER' | 'ORG' | 'LOC' | 'MISC', number>>;
  /** How many candidate stories (by shared rare keys) are scored in full. */
  candidates?: number;
}

export interface StoryIndex {
  /** The best story for a report, or null when none reaches the threshold (open a new one). Changes nothing. */
  match(features: ReportFeatures): StoryMatch | null;
  /** The report joins the story (a new or existing id); a report already in the index moves. */
  assign(features: ReportFeatures, story: string): void;
  /** Takes the report out of its story (and out of the term statistics); unknown reports are ignored. */
  remove(report: string): void;
  /** Ids of the stories that have at least one report, in order of creation. */
  stories(): string[];
  /** The reports of a story, in order of assignment (empty for an unknown story). */
  reports(story: string): string[];
  /** The story a report is in, or null. */
  storyOf(report: string): string | null;
  /** The features a report was assigned with (for moving it: merge and split). */
  features(report: string): ReportFeatures | undefined;
  /** The score of a report against one story, with its parts (null for an unknown story). */
  explain(features: ReportFeatures, story: string): ScoreParts | null;
}

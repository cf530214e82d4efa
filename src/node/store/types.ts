import type { DocumentRecord, EntityType } from '../../core/contract/types.js';

/**
 * The report store: what `crosscheck add` keeps, `search` finds, `stories`
 * lists and `compare --story` compares. One interface, two engines that run
 * the same SQL: embedded PGlite in a folder (one process at a time) and a
 * PostgreSQL server for a team (docs/store.md).
 *
 * Ids are positive integers the database assigns; they are stable for the
 * life of a store (a merge keeps the first story's id, a split opens a new one).
 */

/** A report to store: the analysis record plus where it came from. */
export interface NewReport {
  /** The analysis of the report (its `text` is what the content hash is taken of). */
  record: DocumentRecord;
  /**
   * Where the report was read from: the URL (canonical when the page names one)
   * or the file path as given. A URL makes the report unique by address too.
   */
  source: string;
}

/** What `addReport` did with one report. */
export type AddResult =
  | {
      status: 'added';
      reportId: number;
      /** The story the report joined or opened. */
      storyId: number;
      /** True when the report opened a new story. */
      newStory: boolean;
    }
  | {
      status: 'duplicate';
      /** The report already stored under the same canonical URL or the same normalised text. */
      reportId: number;
      storyId: number | null;
      /** Which key matched. */
      by: 'url' | 'text';
    };

/** One stored report without its analysis (lists and search hits). */
export interface ReportSummary {
  id: number;
  source: string;
  /** Canonical URL when the report came from the web, else null. */
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** ISO date or date-time as the page stated it, else null. */
  published: string | null;
  lang: string;
  /**
   * The report's day (YYYY-MM-DD) that date filters and story lists go by:
   * its publication day, else its dateline's, else the day it was stored.
   * Always set by the store (optional only so that summaries made before it was added still type-check).
   */
  day?: string;
  /** ISO date-time the report was stored. */
  addedAt: string;
  storyId: number | null;
}

/** A stored report with its full analysis. */
export interface StoredReport extends ReportSummary {
  contentHash: string;
  record: DocumentRecord;
  /** The report's named entities, one row per entity (not per mention). */
  entities: { name: string; type: EntityType; key: string }[];
  /** The report's claim frames reduced to what they are about. */
  frames: {
    kind: 'quantity' | 'date';
    bearer: string | null;
    attribute: string;
    value: string | null;
  }[];
}

/** A full-text query with filters; every field but `text` is optional. */
export interface SearchQuery {
  /**
   * Web-search syntax, German stemming (`websearch_to_tsquery('german', …)`):
   * words are ANDed, "quoted phrase", `or`, `-word` excludes. May be empty when
   * a filter is given: then the newest matching reports come first.
   */
  text: string;
  /** Outlet name; matched case-insensitively and fuzzily (trigram similarity). */
  outlet?: string;
  /** First and last day (YYYY-MM-DD, inclusive) of the publication (else storage) date. */
  from?: string;
  to?: string;
  /** A named entity the report must mention (matched by name key or trigram similarity). */
  entity?: string;
  /** At most this many hits (default 20). */
  limit?: number;
}

/** One search hit, best first. */
export interface SearchHit extends ReportSummary {
  /** ts_rank_cd of the report against the query (0 without query text). */
  rank: number;
  /** A passage of the report's text around the first match. */
  snippet: {
    text: string;
    /** Offsets of `text` in the report's text (UTF-16 units, like every offset in the records). */
    start: number;
    end: number;
    /** Offsets, in the report's text, of the matched words inside the passage. */
    matches: { start: number; end: number }[];
  };
}

/** One story with a summary of its reports. */
export interface StorySummary {
  id: number;
  /** A name for people: the title of the story's earliest report, else its first words. */
  label: string;
  reportCount: number;
  /** Earliest and latest date of its reports (publication, else storage), ISO. */
  firstSeen: string;
  lastSeen: string;
  /** Outlets of its reports, distinct, sorted. */
  outlets: string[];
  reports: ReportSummary[];
}

export interface StoryListOptions {
  /** Only stories with a report published (else stored) on or after this day (YYYY-MM-DD). */
  since?: string;
  /** At most this many stories, newest activity first (default: all). */
  limit?: number;
}

/**
 * Everything the commands, the web app and the workers use. Every method is
 * atomic: a reader never sees half a report or half a merge.
 */
export interface ReportStore {
  /** `embedded` (PGlite in a folder) or `server` (PostgreSQL). */
  readonly engine: 'embedded' | 'server';
  /** The folder or the server URL without its password, for messages. */
  readonly location: string;

  /**
   * Stores a report with its entities, frames and story membership in one
   * transaction. The same canonical URL or the same normalised text adds
   * nothing and returns `duplicate` (guaranteed by unique constraints, also
   * with concurrent writers).
   */
  addReport(report: NewReport): Promise<AddResult>;
  /** Whether a report with this source URL/path or this text is stored, without analysing it first. */
  findExisting(
    source: string,
    text?: string,
  ): Promise<{ reportId: number; by: 'url' | 'text' } | null>;
  getReport(id: number): Promise<StoredReport | null>;
  reportCount(): Promise<number>;

  search(query: SearchQuery): Promise<SearchHit[]>;

  listStories(options?: StoryListOptions): Promise<StorySummary[]>;
  getStory(id: number): Promise<StorySummary | null>;
  /** The analysis records of a story's reports, oldest first (for `compare --story`). */
  storyRecords(id: number): Promise<DocumentRecord[]>;
  /** Moves every report of story `from` into story `into`; `from` is deleted. Returns the merged story. */
  mergeStories(into: number, from: number): Promise<StorySummary>;
  /** Moves the given reports of a story into a new story, which is returned. */
  splitStory(story: number, reportIds: number[]): Promise<StorySummary>;

  /** Closes the connection (and, embedded, releases the folder's lock). */
  close(): Promise<void>;
}

/** A problem the user can act on (wrong path, server down, store in use, too new): one line, no stack. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/**
 * The online story index: reports arrive one by one; each is scored against
 * the stories that share a rare key with it and lie within the time window,
 * and joins the best one or opens a new story (the caller decides, with
 * `match` then `assign`).
 *
 * State, all updated incrementally on `assign` and `remove`:
 * - per signal, the document frequency of each key (for idf) and an inverted
 *   index key → stories that contain it (for candidates);
 * - per story, the centroid: the sum of its reports' raw vectors per signal,
 *   how many of its reports hold each key, and its days (multisets, so that
 *   removing a report restores exactly the state before it was added).
 */
import { settingsOf, type Settings } from './defaults.js';
import { dayNumber, nearestDistance, timeFactor } from './time.js';
import type {
  ClusterOptions,
  ReportFeatures,
  ScoreParts,
  StoryIndex,
  StoryMatch,
} from './types.js';
import {
  castKeys,
  cosine,
  cosineWithPart,
  rawVectors,
  weightedNorm,
  type RawVector,
  type Signal,
} from './vectors.js';

const SIGNALS: readonly Signal[] = ['e', 't', 'f'];

interface Story {
  id: string;
  order: number;
  reports: Set<string>;
  centroid: Record<Signal, Map<string, number>>;
  /** How many of the story's reports have each key: a key leaves the story with the last of them. */
  holders: Record<Signal, Map<string, number>>;
  days: Map<number, number>;
}

interface Entry {
  features: ReportFeatures;
  raw: Record<Signal, RawVector>;
  /** Entity keys of people and organisations (see castKeys). */
  cast: Set<string>;
  day: number | null;
  story: string;
}

export function createStoryIndex(options?: ClusterOptions): StoryIndex {
  return new Index(settingsOf(options));
}

class Index implements StoryIndex {
  private readonly byStory = new Map<string, Story>();
  private readonly byReport = new Map<string, Entry>();
  private readonly df: Record<Signal, Map<string, number>> = {
    e: new Map(),
    t: new Map(),
    f: new Map(),
  };
  private readonly postings: Record<Signal, Map<string, Set<Story>>> = {
    e: new Map(),
    t: new Map(),
    f: new Map(),
  };
  private created = 0;

  constructor(private readonly settings: Settings) {}

  match(features: ReportFeatures): StoryMatch | null {
    const query = this.prepare(features);
    let best: StoryMatch | null = null;
    for (const story of this.candidates(query)) {
      const parts = this.score(query, story);
      if (parts.score >= this.settings.threshold && (best === null || parts.score > best.score))
        best = { story: story.id, score: parts.score };
    }
    return best;
  }

  assign(features: ReportFeatures, storyId: string): void {
    if (typeof storyId !== 'string' || storyId === '')
      throw new Error('assign: the story id must be a non-empty string');
    if (typeof features.report !== 'string' || features.report === '')
      throw new Error('assign: the report id must be a non-empty string');
    // A report assigned again to its own one-report story keeps the story's place in stories().
    const order = this.byStory.get(storyId)?.order;
    this.remove(features.report);
    let story = this.byStory.get(storyId);
    if (!story) {
      story = {
        id: storyId,
        order: order ?? this.created++,
        reports: new Set(),
        centroid: { e: new Map(), t: new Map(), f: new Map() },
        holders: { e: new Map(), t: new Map(), f: new Map() },
        days: new Map(),
      };
      this.byStory.set(storyId, story);
    }
    const entry = { ...this.prepare(features), story: storyId };
    this.byReport.set(features.report, entry);
    story.reports.add(features.report);
    if (entry.day !== null) story.days.set(entry.day, (story.days.get(entry.day) ?? 0) + 1);
    for (const s of SIGNALS) {
      for (const [key, value] of entry.raw[s]) {
        this.df[s].set(key, (this.df[s].get(key) ?? 0) + 1);
        const centroid = story.centroid[s];
        const before = centroid.get(key);
        centroid.set(key, (before ?? 0) + value);
        story.holders[s].set(key, (story.holders[s].get(key) ?? 0) + 1);
        if (before === undefined) {
          let posting = this.postings[s].get(key);
          if (!posting) this.postings[s].set(key, (posting = new Set()));
          posting.add(story);
        }
      }
    }
  }

  remove(report: string): void {
    const entry = this.byReport.get(report);
    if (!entry) return;
    this.byReport.delete(report);
    const story = this.byStory.get(entry.story)!;
    story.reports.delete(report);
    if (entry.day !== null) decrement(story.days, entry.day);
    for (const s of SIGNALS) {
      for (const [key, value] of entry.raw[s]) {
        decrement(this.df[s], key);
        const centroid = story.centroid[s];
        decrement(story.holders[s], key);
        if (!story.holders[s].has(key)) {
          // Exactly gone, not a sum of logarithms that almost cancels.
          centroid.delete(key);
          const posting = this.postings[s].get(key)!;
          posting.delete(story);
          if (posting.size === 0) this.postings[s].delete(key);
        } else centroid.set(key, centroid.get(key)! - value);
      }
    }
    if (story.reports.size === 0) this.byStory.delete(story.id);
  }

  stories(): string[] {
    return [...this.byStory.values()].sort((a, b) => a.order - b.order).map((s) => s.id);
  }

  reports(story: string): string[] {
    return [...(this.byStory.get(story)?.reports ?? [])];
  }

  storyOf(report: string): string | null {
    return this.byReport.get(report)?.story ?? null;
  }

  features(report: string): ReportFeatures | undefined {
    return this.byReport.get(report)?.features;
  }

  explain(features: ReportFeatures, storyId: string): ScoreParts | null {
    const story = this.byStory.get(storyId);
    return story ? this.score(this.prepare(features), story) : null;
  }

  private prepare(features: ReportFeatures): Omit<Entry, 'story'> {
    return {
      features,
      raw: rawVectors(features, this.settings.typeWeights),
      cast: castKeys(features),
      day: dayNumber(features.published),
    };
  }

  /** Inverse document frequency over the reports in the index, smoothed so that an unseen key is finite. */
  private idf(signal: Signal): (key: string) => number {
    const df = this.df[signal];
    const n = this.byReport.size;
    return (key) => Math.log((n + 1) / ((df.get(key) ?? 0) + 1)) + 1;
  }

  /**
   * Stories that share a key with the report, ranked by the summed idf of the
   * shared keys, without those outside the time window; the best few are scored in full.
   */
  private candidates(query: Omit<Entry, 'story'>): Story[] {
    const gathered = new Map<Story, number>();
    for (const s of SIGNALS) {
      const idf = this.idf(s);
      for (const key of query.raw[s].keys()) {
        const posting = this.postings[s].get(key);
        if (!posting) continue;
        const w = idf(key);
        for (const story of posting) gathered.set(story, (gathered.get(story) ?? 0) + w);
      }
    }
    const inWindow: [Story, number][] = [];
    for (const [story, weight] of gathered) {
      const distance = nearestDistance(query.day, story.days);
      if (distance === null || distance <= this.settings.windowDays) inWindow.push([story, weight]);
    }
    inWindow.sort((a, b) => b[1] - a[1] || a[0].order - b[0].order);
    return inWindow.slice(0, this.settings.candidates).map(([story]) => story);
  }

  private score(query: Omit<Entry, 'story'>, story: Story): ScoreParts {
    const sims = { e: 0, t: 0, f: 0 };
    let cast = 0;
    for (const s of SIGNALS) {
      const idf = this.idf(s);
      const reportNorm = weightedNorm(query.raw[s], idf);
      const storyNorm = weightedNorm(story.centroid[s], idf);
      if (s === 'e') {
        const split = cosineWithPart(
          query.raw.e,
          reportNorm,
          story.centroid.e,
          storyNorm,
          idf,
          query.cast,
        );
        sims.e = split.total;
        cast = split.part;
      } else sims[s] = cosine(query.raw[s], reportNorm, story.centroid[s], storyNorm, idf);
    }
    const distance = nearestDistance(query.day, story.days);
    const { halfLifeDays, castHalfLifeDays, plateauDays } = this.settings;
    // Words say what kind of event it is, and places where: another event of the
    // kind, or in the place, days later shares them too, so they count in a burst
    // only. The people and organisations a story names stay with it while it runs
    // (the trial's start and its verdict, the first count and the final one), so
    // what they share fades far more slowly.
    const time = timeFactor(distance, halfLifeDays, plateauDays);
    const castTime = timeFactor(distance, castHalfLifeDays, plateauDays);
    const { entityWeight, termWeight, frameWeight } = this.settings;
    const total = entityWeight + termWeight + frameWeight;
    const content =
      total === 0
        ? 0
        : (entityWeight * (cast * castTime + (sims.e - cast) * time) +
            (termWeight * sims.t + frameWeight * sims.f) * time) /
          total;
    // Two reports of one event nearly always share a name — the place, the company,
    // a person; two events of one kind share only words. Without a shared name
    // (where both have names) the content counts for a fraction.
    const unnamed = sims.e === 0 && query.raw.e.size > 0 && story.centroid.e.size > 0;
    const score = unnamed ? content * this.settings.noSharedEntityFactor : content;
    return { entities: sims.e, terms: sims.t, frames: sims.f, cast, time, castTime, score };
  }
}

function decrement<K>(map: Map<K, number>, key: K): void {
  const left = (map.get(key) ?? 0) - 1;
  if (left <= 0) map.delete(key);
  else map.set(key, left);
}

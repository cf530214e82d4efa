import { compareAndRender, type CompareFormat } from './compare-command.js';
import type { CliIo } from './io.js';
import { withStore, type StoreOption } from './store-open.js';
import { renderHitsText, renderStoriesText, renderStoryText } from './store-render.js';

export type ListFormat = 'json' | 'text';

export interface SearchOptions extends StoreOption {
  outlet?: string;
  from?: string;
  to?: string;
  entity?: string;
  limit?: number;
  format: ListFormat;
}

/** `crosscheck search QUERY`: stored reports matching the words (German stemming) and filters, best first. */
export async function runSearch(query: string, options: SearchOptions, io: CliIo): Promise<number> {
  if (options.from && options.to && options.from > options.to) {
    io.error(`crosscheck: --from ${options.from} is after --to ${options.to}`);
    return 2;
  }
  if (!query.trim() && !options.outlet && !options.entity && !options.from && !options.to) {
    io.error('crosscheck: search needs words or a filter (--outlet, --entity, --from, --to)');
    return 2;
  }
  return withStore(options, io, async (store) => {
    const hits = await store.search({
      text: query,
      outlet: options.outlet,
      from: options.from,
      to: options.to,
      entity: options.entity,
      limit: options.limit,
    });
    await io.write(
      options.format === 'json' ? `${JSON.stringify({ query, hits })}\n` : renderHitsText(hits),
    );
    return 0;
  });
}

export interface StoriesOptions extends StoreOption {
  since?: string;
  limit?: number;
  format: ListFormat;
}

/** `crosscheck stories`: stories with their reports, most recent first. */
export async function runStories(options: StoriesOptions, io: CliIo): Promise<number> {
  return withStore(options, io, async (store) => {
    const stories = await store.listStories({ since: options.since, limit: options.limit });
    await io.write(
      options.format === 'json' ? `${JSON.stringify({ stories })}\n` : renderStoriesText(stories),
    );
    return 0;
  });
}

/** `crosscheck story merge A B`: B's reports join A; B is gone. */
export async function runStoryMerge(
  into: number,
  from: number,
  options: StoreOption,
  io: CliIo,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const story = await store.mergeStories(into, from);
    await io.write(`merged story ${from} into story ${into}\n${renderStoryText(story)}`);
    return 0;
  });
}

/** `crosscheck story split STORY REPORT…`: the reports leave the story for a new one. */
export async function runStorySplit(
  storyId: number,
  reports: number[],
  options: StoreOption,
  io: CliIo,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const story = await store.splitStory(storyId, reports);
    await io.write(
      `split ${reports.length} report(s) off story ${storyId}\n${renderStoryText(story)}`,
    );
    return 0;
  });
}

/** `crosscheck compare --story ID`: the stored analyses of a story's reports compared, as `compare` prints them. */
export async function runCompareStory(
  storyId: number,
  options: StoreOption & { format: CompareFormat },
  io: CliIo,
): Promise<number> {
  return withStore(options, io, async (store) => {
    const records = await store.storyRecords(storyId);
    if (records.length === 0) {
      io.error(`crosscheck: there is no story ${storyId} (crosscheck stories lists them)`);
      return 1;
    }
    if (records.length < 2) {
      io.error(
        `crosscheck: story ${storyId} has only one report; compare needs at least two ` +
          '(crosscheck story merge joins stories)',
      );
      return 1;
    }
    await io.write(`${compareAndRender(records, options.format, io)}\n`);
    return 0;
  });
}

import type { Context, Hono } from 'hono';
import { compareDocuments } from '../../core/compare/compare.js';
import type { CompareOutput } from '../../core/contract/types.js';
import type { ReportStore, StorySummary } from '../store/types.js';
import { serverDictionary, type DictionaryProvider } from './analysis.js';
import { LruCache } from './lru-cache.js';

/**
 * The web app's story list: `GET /api/stories` lists the stored stories (with
 * their reports' outlets and dates) and `GET /api/stories/:id` compares one
 * story's stored reports — the same JSON contract as `POST /api/compare`, so
 * the UI shows it in the same findings view. Read-only: merging and splitting
 * stay with the command line.
 */

/** What the routes need of a store; the embedded one is opened per use (see story-source.ts). */
export type StoryReader = Pick<ReportStore, 'listStories' | 'getStory' | 'storyRecords'>;

/** A store to read, lent for the length of one request. */
export interface StorySource {
  /** Where the stories come from, for messages: a folder or a server URL without password. */
  readonly location: string;
  use<T>(read: (store: StoryReader) => Promise<T>): Promise<T>;
}

/** The most stories one list answer carries; `limit` asks for fewer. */
export const MAX_STORIES = 500;

/** One answer of `GET /api/stories`. */
export interface StoryListAnswer {
  location: string;
  stories: StorySummary[];
}

/** Comparisons of stories kept, by story id and its reports: a story compared again is answered at once. */
const COMPARISONS = { entries: 16, bytes: 40_000_000 };

const utf8 = new TextEncoder();

export function registerStoryRoutes(
  app: Hono,
  source: StorySource,
  onError?: (error: unknown) => void,
  /** For a story in two languages, as `POST /api/compare` uses it (docs/crosslingual.md). */
  dictionary: DictionaryProvider = serverDictionary(),
): void {
  const comparisons = new LruCache<string, Uint8Array<ArrayBuffer>>(
    COMPARISONS.entries,
    COMPARISONS.bytes,
  );

  app.get('/api/stories', async (c) => {
    const since = c.req.query('since');
    if (since !== undefined && !isIsoDay(since))
      return problem(c, 400, `since="${since}" is not a calendar day as YYYY-MM-DD`);
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? MAX_STORIES : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_STORIES)
      return problem(c, 400, `limit must be a whole number from 1 to ${MAX_STORIES}`);
    const stories = await read(c, source, onError, (store) =>
      store.listStories({ ...(since ? { since } : {}), limit }),
    );
    if (stories instanceof Response) return stories;
    return c.json({ location: source.location, stories } satisfies StoryListAnswer);
  });

  app.get('/api/stories/:id', async (c) => {
    const idText = c.req.param('id');
    const id = /^[1-9]\d{0,15}$/.test(idText) ? Number(idText) : NaN;
    if (!Number.isSafeInteger(id))
      return problem(c, 400, `"${idText}" is not a story id: story ids are whole numbers from 1`);
    const found = await read(c, source, onError, async (store) => {
      const story = await store.getStory(id);
      if (!story) return null;
      // Keyed by the story's reports: a story that has grown since is compared again.
      const key = `${id}:${story.reports.map((r) => r.id).join(',')}`;
      const cached = comparisons.get(key);
      if (cached) return cached;
      const records = await store.storyRecords(id);
      const output: CompareOutput = compareDocuments(records, { dictionary: dictionary(records) });
      const answer = utf8.encode(JSON.stringify(output));
      comparisons.set(key, answer, answer.byteLength);
      return answer;
    });
    if (found instanceof Response) return found;
    if (found === null) return problem(c, 404, `no story ${id} in ${source.location}`);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(found);
  });

  app.all('/api/stories', (c) => methodNotAllowed(c));
  app.all('/api/stories/:id', (c) => methodNotAllowed(c));
}

/**
 * Without a store the list still answers, with no stories and `location:
 * null`, so that the UI (which asks on every start) can hide its panel without
 * an error in the browser's console; a story asked for by id is a 404 that says
 * how to open a store.
 */
export function registerNoStoryRoutes(app: Hono): void {
  app.get('/api/stories', (c) =>
    c.json({ location: null, stories: [], error: NO_STORE } satisfies NoStoryListAnswer),
  );
  app.get('/api/stories/:id', (c) => problem(c, 404, NO_STORE));
  app.all('/api/stories', (c) => methodNotAllowed(c));
  app.all('/api/stories/:id', (c) => methodNotAllowed(c));
}

const NO_STORE =
  'no report store is open: start the server with "crosscheck serve --db PATH|postgres://…", or add reports with "crosscheck add" first';

/** `GET /api/stories` of a server without a store. */
export interface NoStoryListAnswer {
  location: null;
  stories: [];
  error: string;
}

async function read<T>(
  c: Context,
  source: StorySource,
  onError: ((error: unknown) => void) | undefined,
  run: (store: StoryReader) => Promise<T>,
): Promise<T | Response> {
  try {
    return await source.use(run);
  } catch (error) {
    onError?.(error);
    // A store the user can act on (in use, server down) says so; anything else is ours.
    const message =
      error instanceof Error && error.name === 'StoreError'
        ? error.message
        : 'internal error while reading the report store; the server is still running — see its terminal for details';
    return problem(c, 503, message);
  }
}

function methodNotAllowed(c: Context): Response {
  c.header('Allow', 'GET');
  return problem(c, 405, `${c.req.path} accepts only GET`);
}

function problem(c: Context, status: 400 | 404 | 405 | 503, error: string): Response {
  return c.json({ error }, status);
}

function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return day.toISOString().startsWith(value);
}

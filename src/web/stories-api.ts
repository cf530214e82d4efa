import type { CompareOutput } from '../core/contract/types.js';
import { ApiProblem } from './api.js';

/**
 * The server's stored stories (`GET /api/stories`, src/node/server/stories.ts).
 * Only the fields the list shows are typed here: the UI is built without the
 * server's code, and an older server that lacks a field still shows the rest.
 */

export interface StoryReport {
  id: number;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  addedAt: string;
}

export interface StoryItem {
  id: number;
  label: string;
  reportCount: number;
  firstSeen: string;
  lastSeen: string;
  outlets: string[];
  reports: StoryReport[];
}

/** What the list shows: the stories, or why there are none. */
export type StoryList =
  | { kind: 'stories'; location: string; stories: StoryItem[] }
  /** The server has no report store: the panel stays hidden. */
  | { kind: 'no-store' };

/** Asks the server for its stories, newest activity first. */
export async function fetchStories(signal?: AbortSignal): Promise<StoryList> {
  const response = await get('api/stories', signal);
  // An older server without the endpoint is a server without a store.
  if (response.status === 404) return { kind: 'no-store' };
  if (!response.ok)
    throw new ApiProblem(`The stories could not be listed: ${await reason(response)}.`);
  const body = (await response.json()) as { location: string | null; stories: StoryItem[] };
  if (body.location === null) return { kind: 'no-store' };
  return { kind: 'stories', location: body.location, stories: body.stories };
}

/** The comparison of one stored story's reports: the same contract as `POST /api/compare`. */
export async function fetchStoryComparison(
  id: number,
  signal?: AbortSignal,
): Promise<CompareOutput> {
  const response = await get(`api/stories/${id}`, signal);
  if (!response.ok)
    throw new ApiProblem(`Story ${id} could not be compared: ${await reason(response)}.`);
  return (await response.json()) as CompareOutput;
}

async function get(path: string, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(path, signal ? { signal } : {});
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(
      'Cannot reach the crosscheck server. Is "crosscheck serve" still running in its terminal?',
    );
  }
}

async function reason(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not our JSON error (a proxy, say): the status line is all there is.
  }
  return `the server answered ${response.status} ${response.statusText}`;
}

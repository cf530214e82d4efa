import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiProblem } from './api.js';
import { fetchStories, type StoryItem, type StoryList } from './stories-api.js';

export interface StoryListPanelProps {
  /** The story being loaded, if any: its button says so and the others wait. */
  openingId: number | null;
  /** The story whose comparison is shown (marked in the list). */
  openedId: number | null;
  onOpen(story: StoryItem): void;
}

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | StoryList;

/**
 * The stored stories (`crosscheck add`, `crosscheck worker`), newest first,
 * each with its report count, outlets and dates. Choosing one compares its
 * reports in the findings view. Hidden when the server has no report store, so
 * the app works as before without one.
 */
export function StoryListPanel({ openingId, openedId, onOpen }: StoryListPanelProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  // Set when the panel goes (Compare pressed): a late answer is then dropped. The
  // request is not aborted — it is small, and an aborted one is an error in the console.
  const gone = useRef(false);
  const load = useCallback(async () => {
    let next: State;
    try {
      next = await fetchStories();
    } catch (error) {
      next = {
        kind: 'failed',
        message: error instanceof ApiProblem ? error.message : String(error),
      };
    }
    if (!gone.current) setState(next);
  }, []);

  useEffect(() => {
    gone.current = false;
    void load();
    return () => {
      gone.current = true;
    };
  }, [load]);

  if (state.kind === 'no-store' || state.kind === 'loading') return null;
  return (
    <section class="stories" aria-labelledby="stories-title">
      <div class="stories-head">
        <h2 class="findings-title" id="stories-title">
          Stored stories{' '}
          {state.kind === 'stories' && <span class="count">{state.stories.length}</span>}
        </h2>
        <button
          type="button"
          class="button button-small"
          onClick={() => {
            setState({ kind: 'loading' });
            void load();
          }}
        >
          Refresh
        </button>
      </div>
      {state.kind === 'failed' ? (
        <p class="problem-inline" role="alert">
          {state.message}
        </p>
      ) : state.stories.length === 0 ? (
        <p class="hint">
          No stories stored yet in {state.location}. Add reports with{' '}
          <code>crosscheck add FILE|URL…</code>, then refresh.
        </p>
      ) : (
        <ul class="finding-list story-list">
          {state.stories.map((story) => (
            <li key={story.id}>
              <button
                type="button"
                class={`finding story${story.id === openedId ? ' is-selected' : ''}`}
                aria-pressed={story.id === openedId}
                disabled={openingId !== null}
                data-story={story.id}
                onClick={() => onOpen(story)}
              >
                <span class="story-label">{story.label}</span>
                <span class="story-meta">
                  {plural(story.reportCount, 'report')} · {dateRange(story)}
                  {openingId === story.id ? ' · comparing…' : ''}
                </span>
                {story.outlets.length > 0 && (
                  <span class="story-outlets">{story.outlets.join(', ')}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "2024-11-18" or "2024-11-18 – 2024-11-20": the days of the story's first and last report. */
export function dateRange(story: Pick<StoryItem, 'firstSeen' | 'lastSeen'>): string {
  const first = story.firstSeen.slice(0, 10);
  const last = story.lastSeen.slice(0, 10);
  return first === last ? first : `${first} – ${last}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

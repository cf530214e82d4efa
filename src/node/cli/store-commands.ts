import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseLimitOption, parseSinceOption, type IngestOptions } from '../ingest/input-kind.js';
import type { CliIo } from './io.js';
import type { StoreOption } from './store-open.js';

/**
 * The store's commands (docs/store.md): add, search, stories, story merge|split.
 * The work is loaded on demand so that these definitions cost nothing when
 * another command runs.
 */

export const DB_HELP =
  'store: a folder (embedded) or postgres://… (server); default $CROSSCHECK_DB, else ~/.crosscheck/store';

/** commander parser for report and story ids. */
export function parseId(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 2_147_483_647)
    throw new InvalidArgumentError('expected a report or story number, e.g. 12');
  return Number(value);
}

function formatOption(): Option {
  return new Option('-f, --format <format>', 'output format')
    .choices(['json', 'text'])
    .default('text');
}

export function addStoreCommands(
  program: Command,
  io: CliIo,
  setExitCode: (code: number) => void,
  addIngestOptions: (command: Command) => Command,
): void {
  const add = program
    .command('add')
    .description(
      'Analyse reports and keep them in the store, each joining a story; ' +
        'a report already stored (same address or text) is skipped.',
    )
    .argument('<inputs...>', 'text or HTML files, http(s) URLs or feeds; "-" reads standard input')
    .option('--db <store>', DB_HELP)
    .option(
      '--queue',
      'team mode: hand the reports to "crosscheck worker" processes instead of analysing them here',
    )
    .option(
      '--date <YYYY-MM-DD>',
      "date of the reports, for relative dates (default: each report's own)",
    );
  addIngestOptions(add).action(
    async (
      inputs: string[],
      options: IngestOptions & StoreOption & { date?: string; queue?: boolean },
    ) => {
      if (options.queue) {
        // Team mode (src/node/worker, docs/team.md): the workers analyse and store.
        const { enqueueInputs } = await import('../worker/enqueue.js');
        const { defaultStoreLocation } = await import('../store/open.js');
        setExitCode(
          await enqueueInputs(inputs, { ...options, db: options.db ?? defaultStoreLocation() }, io),
        );
        return;
      }
      const { runAdd } = await import('./store-add.js');
      setExitCode(await runAdd(inputs, options, io));
    },
  );

  program
    .command('search')
    .description(
      'Find stored reports: words with German stemming ("quoted phrase", or, -word) and filters.',
    )
    .argument('[query]', 'words to find; may be left out when a filter is given', '')
    .option('--outlet <name>', 'only reports of this outlet (close spellings match)')
    .option('--from <YYYY-MM-DD>', 'only reports of this day or later', parseSinceOption)
    .option('--to <YYYY-MM-DD>', 'only reports of this day or earlier', parseSinceOption)
    .option('--entity <name>', 'only reports naming this person, organisation or place')
    .option('--limit <n>', 'at most N hits (default 20)', parseLimitOption)
    .option('--db <store>', DB_HELP)
    .addOption(formatOption())
    .action(async (query: string, options) => {
      const { runSearch } = await import('./store-query.js');
      setExitCode(await runSearch(query, options, io));
    });

  program
    .command('stories')
    .description('List the stored stories with their reports, most recent first.')
    .option(
      '--since <YYYY-MM-DD>',
      'only stories with a report of this day or later',
      parseSinceOption,
    )
    .option('--limit <n>', 'at most N stories', parseLimitOption)
    .option('--db <store>', DB_HELP)
    .addOption(formatOption())
    .action(async (options) => {
      const { runStories } = await import('./store-query.js');
      setExitCode(await runStories(options, io));
    });

  const story = program
    .command('story')
    .description('Correct the stories: merge two, or split reports off one.');
  story
    .command('merge')
    .description("Move story B's reports into story A.")
    .argument('<a>', 'the story that stays', parseId)
    .argument('<b>', 'the story that joins it', parseId)
    .option('--db <store>', DB_HELP)
    .action(async (a: number, b: number, options: StoreOption) => {
      const { runStoryMerge } = await import('./store-query.js');
      setExitCode(await runStoryMerge(a, b, options, io));
    });
  story
    .command('split')
    .description('Move the named reports of a story into a new story.')
    .argument('<story>', 'the story', parseId)
    .argument(
      '<reports...>',
      'report numbers (crosscheck stories shows them as #N)',
      (value: string, previous: number[] = []) => [...previous, parseId(value)],
    )
    .option('--db <store>', DB_HELP)
    .action(async (storyId: number, reports: number[], options: StoreOption) => {
      const { runStorySplit } = await import('./store-query.js');
      setExitCode(await runStorySplit(storyId, reports, options, io));
    });
}

import { Command, Option } from 'commander';
import { runAnalyze, type AnalyzeFormat } from './analyze-command.js';
import { runCompare, type CompareFormat } from './compare-command.js';
import { runTranslationCheck } from './translation-command.js';
import { processIo, type CliIo } from './io.js';
import { addStoreCommands, DB_HELP, parseId } from './store-commands.js';
import { ModelFileError } from '../models/model-file.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve-defaults.js';
import { CONTRACT_VERSION } from '../../core/contract/types.js';
import { parseLimitOption, parseSinceOption, type IngestOptions } from '../ingest/input-kind.js';

const VERSION = '0.1.0';
const DATE_HELP =
  'date of the reports, for relative dates such as "am Sonntag" (default: each report\'s dateline)';

/** Options for reading inputs: their language (docs/languages.md); HTML, URL and feed inputs (docs/ingest.md). */
function addIngestOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--lang <lang>', 'language of the reports; auto detects it per report')
        .choices(['de', 'en', 'auto'])
        .default('auto'),
    )
    .option('--limit <n>', 'read at most N items of each feed', parseLimitOption)
    .option(
      '--since <YYYY-MM-DD>',
      'read only feed items published on or after this day',
      parseSinceOption,
    )
    .option('--allow-private', 'let URLs reach loopback, private and link-local addresses')
    .option('--offline', 'refuse all network access (URLs and feeds fail)');
}

export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('crosscheck')
    .description(
      'Reads several news reports of one story and shows what each claims, who is quoted, ' +
        'which numbers they give, and where they agree or contradict each other.',
    )
    .version(`${VERSION} (JSON contract version ${CONTRACT_VERSION})`)
    .showHelpAfterError('(run "crosscheck --help" for usage)')
    .configureOutput({ writeErr: (s) => io.error(s.trimEnd()) })
    // Throw instead of exiting so that main() maps usage errors to exit code 2.
    // Set before any subcommand is added: subcommands copy it when created.
    .exitOverride();

  const analyze = program
    .command('analyze')
    .description(
      'Analyse each report on its own: sentences, tokens, tags, entities, quotes, numbers, dates.',
    )
    .argument('<files...>', 'text or HTML files, http(s) URLs or feeds; "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['json', 'text'])
        .default('json'),
    )
    .option('--date <YYYY-MM-DD>', DATE_HELP);
  addIngestOptions(analyze).action(
    async (files: string[], options: { format: AnalyzeFormat; date?: string } & IngestOptions) => {
      setExitCode(await runAnalyze(files, options, io));
    },
  );

  const compare = program
    .command('compare')
    .description(
      'Compare two or more reports of one story: agreements, conflicts (numbers, speakers, ' +
        'negations, dates), what only one report says, and warnings.',
    )
    .argument(
      '[files...]',
      'two or more reports: text or HTML files, URLs or feeds; "-" reads one from standard input',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['json', 'md', 'text'])
        .default('text'),
    )
    .option('--date <YYYY-MM-DD>', DATE_HELP)
    .option(
      '--translation',
      'check a translation against its original: ORIGINAL TRANSLATION (docs/crosslingual.md)',
    )
    .option('--story <id>', 'compare the reports of a stored story (docs/store.md)', parseId)
    .option('--db <store>', DB_HELP);
  addIngestOptions(compare).action(
    async (
      files: string[],
      options: {
        format: CompareFormat;
        date?: string;
        translation?: boolean;
        story?: number;
        db?: string;
      } & IngestOptions,
    ) => {
      if (options.story !== undefined) {
        if (files.length > 0) {
          io.error('crosscheck: compare takes either files or --story, not both');
          setExitCode(2);
          return;
        }
        const { runCompareStory } = await import('./store-query.js');
        setExitCode(await runCompareStory(options.story, options, io));
        return;
      }
      setExitCode(
        options.translation
          ? await runTranslationCheck(files, options, io)
          : await runCompare(files, options, io),
      );
    },
  );

  addStoreCommands(program, io, setExitCode, addIngestOptions);

  program
    .command('serve')
    .description(
      'Start the local web app: paste or drop reports and see them side by side with the findings.',
    )
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option(
      '--host <address>',
      'address to listen on; others than 127.0.0.1 expose the app to the network',
      DEFAULT_HOST,
    )
    .option(
      '--allow-private',
      'let pages sent by URL reach loopback, private and link-local addresses',
    )
    .option('--offline', 'refuse all network access (pages sent by URL fail)')
    .option(
      '--db <store>',
      'list the stories of this report store (folder or postgres://…; default: CROSSCHECK_DB, else ~/.crosscheck/store if it exists)',
    )
    .action(
      async (options: {
        port: string;
        host: string;
        allowPrivate?: boolean;
        offline?: boolean;
        db?: string;
      }) => {
        // Loaded on demand: the HTTP stack would only slow every other command's start.
        const { runServe } = await import('./serve-command.js');
        setExitCode(await runServe(options, io));
      },
    );

  program
    .command('worker')
    .description(
      "Team mode: take jobs from the team store's queue (crosscheck add --queue) — fetch, " +
        'analyse, store and cluster reports — until stopped (docs/team.md).',
    )
    .option('--db <postgres-url>', 'the team store (default: $CROSSCHECK_DB)')
    .option('--concurrency <n>', 'jobs run at once by this process', '1')
    .option('--once', 'stop when the queue is empty instead of waiting for more jobs')
    .option('--offline', 'refuse all network access (fetch jobs fail and are retried elsewhere)')
    .action(
      async (options: { db?: string; concurrency: string; once?: boolean; offline?: boolean }) => {
        // Loaded on demand: pg-boss and pg only matter to workers.
        const { runWorkerCommand } = await import('../worker/worker-command.js');
        setExitCode(await runWorkerCommand(options, io));
      },
    );

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const io = processIo();
  const program = buildProgram(io, (code) => {
    process.exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // commander has already printed usage errors; it signals them by throwing.
    const code = (error as { exitCode?: number; code?: string }).exitCode;
    if (typeof code === 'number') {
      process.exitCode = code === 0 ? 0 : 2;
      return;
    }
    if (error instanceof ModelFileError) {
      // An incomplete installation, not a bug: say which file and how to get it back.
      io.error(`crosscheck: ${error.message}`);
      process.exitCode = 74;
      return;
    }
    io.error(
      `crosscheck: internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (process.env.CROSSCHECK_DEBUG) io.error(String((error as Error).stack));
    else
      io.error(
        'crosscheck: set CROSSCHECK_DEBUG=1 to see where it happened, and please report it.',
      );
    process.exitCode = 70;
  }
}

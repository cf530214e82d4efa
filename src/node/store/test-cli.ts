/**
 * The command line from the TypeScript sources, for tests that need the CLI
 * as a process of its own (killing it, two at once): node --import tsx test-cli.ts ARGS.
 */
import { main } from '../cli/main.js';

await main(process.argv);

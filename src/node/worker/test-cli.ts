/**
 * The command line run from the TypeScript sources, for tests that start
 * `crosscheck worker` as real child processes (`node --import tsx test-cli.ts worker …`).
 * Used by tests only.
 */
import { main } from '../cli/main.js';

await main(process.argv);

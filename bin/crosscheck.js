#!/usr/bin/env node
// Entry point installed as `crosscheck`. The TypeScript sources are bundled into
// dist/ by `npm run build`, which `npm ci` / `npm install` run through `prepare`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'crosscheck: the build is missing (dist/cli.js). Run "npm run build" in the crosscheck folder.',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
await main(process.argv);

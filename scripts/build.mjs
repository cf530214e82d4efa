// Bundles the CLI (and later the server) into dist/ with esbuild: one file
// starts faster than hundreds of modules, and JSON data files are inlined.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { buildWeb } from './web-build.mjs';

/**
 * Inlines each JSON data file as `JSON.parse('…')` rather than as an object
 * literal: V8 reads a JSON string much faster than the same data as JavaScript,
 * and the lexicons and boundary models are most of the bundle. It cuts the
 * CLI's start-up, which every `crosscheck` call pays.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const data = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

try {
  // Chunk names carry a content hash: without a clean start every earlier build's
  // chunks would stay in dist/ and be packed into the published tarball.
  await rm('dist', { recursive: true, force: true });
  await build({
    entryPoints: { cli: 'src/node/cli/main.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // npm dependencies stay in node_modules; only our own code is bundled.
    packages: 'external',
    // `serve` is a separate chunk, so analyze and compare never load the HTTP stack.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [jsonAsString],
  });
  await buildWeb({ outdir: 'dist/web' });
} catch {
  // esbuild has already printed each error with its file and line.
  process.exitCode = 1;
}

// Bundles the CLI (and later the server) into dist/ with esbuild: one file
// starts faster than hundreds of modules, and JSON data files are inlined.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
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
  const result = await build({
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
    metafile: true,
  });
  await removeStaleChunks(Object.keys(result.metafile.outputs));
  await buildWeb({ outdir: 'dist/web' });
} catch {
  // esbuild has already printed each error with its file and line.
  process.exitCode = 1;
}

/**
 * Chunk names carry a content hash, so every build leaves its chunks beside the
 * earlier ones, and `npm pack` would ship them all. Removes the files in
 * dist/chunks/ that this build did not write. Done after a successful build,
 * not by emptying dist/ first: a failed build keeps the last good one, and a
 * command running meanwhile never finds dist/cli.js missing.
 */
async function removeStaleChunks(outputs) {
  const written = new Set(outputs.map((path) => relative('dist', path)));
  const chunks = await readdir(join('dist', 'chunks')).catch(() => []);
  for (const name of chunks) {
    const path = join('chunks', name);
    if (!written.has(path)) await rm(join('dist', path), { force: true });
  }
}

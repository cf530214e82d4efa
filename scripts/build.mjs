// Bundles the CLI (and later the server) into dist/ with esbuild: one file
// starts faster than hundreds of modules, and JSON data files are inlined.
import { build } from 'esbuild';
import { buildWeb } from './web-build.mjs';

try {
  await build({
    entryPoints: { cli: 'src/node/cli/main.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // npm dependencies stay in node_modules; only our own code is bundled.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  await buildWeb({ outdir: 'dist/web' });
} catch {
  // esbuild has already printed each error with its file and line.
  process.exitCode = 1;
}

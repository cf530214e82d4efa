// Bundles the browser UI (src/web/) into one folder: index.html, app.js, app.css.
// Shared by scripts/build.mjs and the end-to-end test, which builds a fresh copy.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {{ outdir: string, minify?: boolean }} options */
export async function buildWeb({ outdir, minify = true }) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { app: 'src/web/main.tsx' },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    // Browsers of the last few years; no transpiling of what they all support.
    target: ['chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The example reports are bundled so a first-time user can try the app at once.
    loader: { '.txt': 'text' },
    minify,
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'favicon.svg'])
    await copyFile(join('src/web', file), join(outdir, file));
}

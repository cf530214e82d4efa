import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A built file of the web UI, held in memory: the whole UI is a few hundred kilobytes. */
export interface WebAsset {
  body: Uint8Array;
  contentType: string;
}

/** File name (no folders) → asset. Only names in this map are ever served, so no path can escape. */
export type WebAssets = ReadonlyMap<string, WebAsset>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** Reads the top-level files of a built web UI folder (`dist/web/`). */
export function loadWebAssets(folder: string): WebAssets {
  const assets = new Map<string, WebAsset>();
  for (const name of readdirSync(folder)) {
    const contentType = CONTENT_TYPES[extname(name)];
    const path = join(folder, name);
    if (!contentType || !statSync(path).isFile()) continue;
    assets.set(name, { body: readFileSync(path), contentType });
  }
  return assets;
}

/**
 * Where the built UI lies: beside the bundled CLI (`dist/cli.js` → `dist/web/`),
 * or, when run from source with tsx, in the repository's `dist/web/`.
 * Null when it has not been built.
 */
export function findWebRoot(moduleUrl: string = import.meta.url): string | null {
  const candidates = [new URL('./web/', moduleUrl), new URL('../../../dist/web/', moduleUrl)];
  for (const candidate of candidates) {
    const folder = fileURLToPath(candidate);
    if (existsSync(join(folder, 'index.html'))) return folder;
  }
  return null;
}

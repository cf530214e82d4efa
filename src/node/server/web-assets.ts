import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
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

/** The `name` in package.json that marks the crosscheck package's own folder. */
const PACKAGE_NAME = 'crosscheck';

/**
 * Where the built UI lies: `dist/web/` of the crosscheck package that holds the
 * calling module. The package folder is found by walking up to the nearest
 * package.json named "crosscheck", so the answer is the same whether the caller
 * is the bundled CLI (`dist/cli.js`), one of its chunks (`dist/chunks/…`, where
 * `serve` lives), an installed copy under `node_modules/crosscheck/`, or the
 * TypeScript source run with tsx. Null when the UI has not been built.
 */
export function findWebRoot(moduleUrl: string = import.meta.url): string | null {
  const root = findPackageRoot(dirname(fileURLToPath(moduleUrl)));
  if (root === null) return null;
  const folder = join(root, 'dist', 'web');
  return existsSync(join(folder, 'index.html')) ? folder : null;
}

/** The nearest folder at or above `start` whose package.json is crosscheck's; null if none. */
export function findPackageRoot(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) return null;
  }
}

function readPackageName(manifest: string): unknown {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
  } catch {
    // An unreadable or broken package.json is not ours; keep walking up.
    return undefined;
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Root of this repository or installed package: the nearest folder above this
 * module whose package.json is crosscheck's. Found by walking up because this
 * code runs both from src/node/ (tests, scripts) and bundled in dist/ (the CLI).
 */
export const REPO_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'crosscheck')
      return dir;
    if (dirname(dir) === dir) throw new Error(`crosscheck's package.json not found above ${start}`);
  }
}

/**
 * The `shared/` folder that sits beside the repository: seeds and corpora that are
 * never committed. `CROSSCHECK_SHARED` overrides the location.
 */
export const SHARED_DIR = process.env.CROSSCHECK_SHARED ?? resolve(REPO_ROOT, '..', 'shared');

/** Absolute path of a file under shared/, or null when shared/ or the file is absent. */
export function sharedPath(...parts: string[]): string | null {
  const path = join(SHARED_DIR, ...parts);
  return existsSync(path) ? path : null;
}

/** Message used by tests that skip because shared/ data is missing. */
export function missingSharedMessage(what: string): string {
  return `skipped: ${what} not found under ${SHARED_DIR} (set CROSSCHECK_SHARED to its location)`;
}

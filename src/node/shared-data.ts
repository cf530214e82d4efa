import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of this repository (two levels above src/node/ or dist/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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

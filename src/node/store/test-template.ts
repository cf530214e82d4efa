import { cp, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { MIGRATIONS } from './migrations/index.js';
import { openStore } from './open.js';

/**
 * Tests of the embedded store: a new PGlite folder runs initdb, which takes
 * seconds (much longer on a loaded machine). One empty store is made once per
 * machine and schema, and each test copies it into its own folder.
 * Used by tests only.
 */
const schemaHash = createHash('sha256')
  .update(MIGRATIONS.map((m) => m.sql).join('\n'))
  .digest('hex')
  .slice(0, 12);
/** Named by the migrations' SQL: a changed migration gets a template of its own. */
const TEMPLATE = join(tmpdir(), `crosscheck-store-template-${schemaHash}`);

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

async function template(): Promise<string> {
  if (await exists(join(TEMPLATE, 'ready'))) return TEMPLATE;
  // Built aside and renamed into place, so a test in another worker never copies half a store.
  const building = await mkdtemp(`${TEMPLATE}-building-`);
  const store = await openStore({ db: building, clusterer: null });
  await store.close();
  await writeFile(join(building, 'ready'), '');
  try {
    await rename(building, TEMPLATE);
  } catch {
    // Another worker got there first: its template serves as well.
    await rm(building, { recursive: true, force: true });
  }
  return TEMPLATE;
}

/** Makes `folder` an empty, migrated embedded store (schema `crosscheck`), as openStore would on first use. */
export async function copyTemplateStore(folder: string): Promise<void> {
  const from = await template();
  await cp(join(from, 'pgdata'), join(folder, 'pgdata'), { recursive: true });
}

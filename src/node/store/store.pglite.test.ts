import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeStoreConformance } from './store.conformance.js';
import { openStore } from './open.js';

/** One folder for the file (PGlite's first start runs initdb); one schema per test. */
let folder: string | undefined;
let serial = 0;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describeStoreConformance('embedded PGlite', async () => {
  folder ??= await mkdtemp(join(tmpdir(), 'crosscheck-store-'));
  const db = folder;
  const schema = `t${++serial}`;
  return {
    concurrentOpen: false,
    open: (options) => openStore({ db, schema, clusterer: options?.clusterer }),
    async setFormatVersion(version) {
      const { PGlite } = await import('@electric-sql/pglite');
      const raw = await PGlite.create(join(db, 'pgdata'));
      await raw.query(`UPDATE ${schema}.store_meta SET value = $1 WHERE key = 'format_version'`, [
        String(version),
      ]);
      await raw.close();
    },
    dispose: async () => undefined,
  };
});

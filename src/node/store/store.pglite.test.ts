import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeStoreConformance } from './store.conformance.js';
import { openStore } from './open.js';
import { copyTemplateStore } from './test-template.js';

/** One folder for the file, copied from a template store (initdb is slow); one schema per test. */
let folder: string | undefined;
let serial = 0;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describeStoreConformance('embedded PGlite', async () => {
  if (!folder) {
    folder = await mkdtemp(join(tmpdir(), 'crosscheck-store-'));
    await copyTemplateStore(folder);
  }
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

/**
 * The report store (docs/store.md): reports with their analysis, full-text
 * search with German stemming, and stories — embedded (PGlite in a folder) or
 * on a PostgreSQL server, one interface and the same SQL.
 *
 *   const store = await openStore({ db });   // folder or postgres://…
 *   await store.addReport({ record, source }); // 'added' | 'duplicate'
 *   await store.search({ text: 'Hochwasser Brücke', outlet: 'Bote' });
 *   await store.listStories({ since: '2025-03-01' });
 *   await store.close();
 */
export { openStore, defaultStoreLocation, isServerUrl, redactUrl } from './open.js';
export type { OpenStoreOptions } from './open.js';
export type { StoryClusterer, StoryIndexLike } from './clusterer.js';
export { contentHash, canonicalUrl } from './keys.js';
export { FORMAT_VERSION } from './migrations/index.js';
export * from './types.js';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryClusterer } from './clusterer.js';
import { prefixClusterer, testRecord } from './test-records.js';
import { StoreError, type ReportStore } from './types.js';
import { FORMAT_VERSION } from './migrations/index.js';

/**
 * The behaviour every ReportStore engine must show, run once on PGlite and
 * once on PostgreSQL (store.pglite.test.ts, store.postgres.test.ts).
 */

export interface StoreHarness {
  /** Opens the store of this test (a schema of its own); several opens reach the same data. */
  open(options?: { clusterer?: StoryClusterer | null }): Promise<ReportStore>;
  /** Writes a format version into the closed store, as newer code would have. */
  setFormatVersion(version: number): Promise<void>;
  /** Whether two stores may be open on the same data at once (a server: yes; PGlite: no). */
  concurrentOpen: boolean;
  dispose(): Promise<void>;
}

const FLUT =
  'Hochwasser in Talbrück: Die Häuser an der Selz stehen unter Wasser. ' +
  'Bürgermeisterin Petra Lindqvist sagte, 1200 Menschen seien in Sicherheit gebracht worden.';
const WAHL =
  'Bei der Bürgermeisterwahl in Wendelbach hat Carola Henning gewonnen. ' +
  'Die Wahlbeteiligung lag bei 58 Prozent, teilte das Rathaus mit.';
const BRAND =
  'In einer Lagerhalle in Oberau ist ein Feuer ausgebrochen. Die Feuerwehr war mit 80 Kräften im Einsatz; ' +
  'das Haus des Nachbarn blieb unversehrt.';

function flut(id = 'flut#1', text = FLUT, published = '2025-03-14') {
  return testRecord(id, text, {
    names: [
      { text: 'Talbrück', type: 'LOC' },
      { text: 'Petra Lindqvist', type: 'PER' },
    ],
    meta: { outlet: 'Muldentaler Bote', title: 'Hochwasser in Talbrück', published },
    frame: { bearer: 'menschen', attribute: 'evacuated', value: '1200' },
  });
}

function wahl(id = 'wahl#1') {
  return testRecord(id, WAHL, {
    names: [
      { text: 'Wendelbach', type: 'LOC' },
      { text: 'Carola Henning', type: 'PER' },
    ],
    meta: { outlet: 'Rheinbote', published: '2025-04-02' },
  });
}

function brand(id = 'brand#1') {
  return testRecord(id, BRAND, {
    names: [{ text: 'Oberau', type: 'LOC' }],
    meta: { outlet: 'Stadtanzeiger Oberau', published: '2025-05-20' },
  });
}

export function describeStoreConformance(
  engine: string,
  makeHarness: () => Promise<StoreHarness>,
): void {
  describe(`ReportStore conformance: ${engine}`, () => {
    let harness: StoreHarness;
    let store: ReportStore | null = null;
    const open = async (options?: { clusterer?: StoryClusterer | null }) => {
      store = await harness.open(options ?? { clusterer: prefixClusterer() });
      return store;
    };

    // The first harness of a file may build the embedded template store (initdb): seconds.
    beforeEach(async () => {
      harness = await makeHarness();
    }, 120_000);
    afterEach(async () => {
      await store?.close();
      store = null;
      await harness.dispose();
    });

    it('stores a report whole: text, record, entities, frames and its story', async () => {
      const s = await open();
      const record = flut();
      const added = await s.addReport({
        record,
        source: 'https://bote.example/flut?utm_source=x#top',
      });
      expect(added).toMatchObject({ status: 'added', newStory: true });
      if (added.status !== 'added') return;
      const stored = await s.getReport(added.reportId);
      expect(stored).not.toBeNull();
      expect(stored!.record).toEqual(record);
      expect(stored!.url).toBe('https://bote.example/flut');
      expect(stored!.outlet).toBe('Muldentaler Bote');
      expect(stored!.published).toBe('2025-03-14');
      expect(stored!.storyId).toBe(added.storyId);
      expect(stored!.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored!.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
        'LOC:Talbrück',
        'PER:Petra Lindqvist',
      ]);
      expect(stored!.frames).toEqual([
        { kind: 'quantity', bearer: 'menschen', attribute: 'evacuated', value: '1200' },
      ]);
      expect(await s.getReport(added.reportId + 1000)).toBeNull();
      expect(await s.reportCount()).toBe(1);
    });

    it('adds the same URL or the same normalised text only once, and says which matched', async () => {
      const s = await open();
      const first = await s.addReport({ record: flut(), source: 'https://bote.example/flut' });
      expect(first.status).toBe('added');
      // The same text re-wrapped, read from a file.
      const rewrapped = flut('flut#copy', `  ${FLUT.replace('. ', '.\n\n   ')}\n`);
      expect(await s.addReport({ record: rewrapped, source: 'flut.txt' })).toMatchObject({
        status: 'duplicate',
        by: 'text',
        reportId: first.status === 'added' ? first.reportId : -1,
      });
      // The page changed since, but its address is the same one (tracking parameters aside).
      const changed = flut('flut#2', `${FLUT} Am Abend sank der Pegel.`);
      expect(
        await s.addReport({ record: changed, source: 'https://BOTE.example/flut?utm_medium=rss' }),
      ).toMatchObject({ status: 'duplicate', by: 'url' });
      expect(await s.findExisting('https://bote.example/flut#comments')).toMatchObject({
        by: 'url',
      });
      expect(await s.findExisting('other.txt', `  ${FLUT}\n`)).toMatchObject({ by: 'text' });
      expect(await s.findExisting('other.txt', WAHL)).toBeNull();
      expect(await s.reportCount()).toBe(1);
    });

    it('lets exactly one of several concurrent adds of one report through', async () => {
      const s = await open();
      const stores = [s];
      if (harness.concurrentOpen) stores.push(await harness.open({ clusterer: prefixClusterer() }));
      try {
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, n) =>
            stores[n % stores.length]!.addReport({
              record: wahl(`wahl#${n}`),
              source: `w${n}.txt`,
            }),
          ),
        );
        expect(results.filter((r) => r.status === 'added')).toHaveLength(1);
        expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(5);
        expect(await s.reportCount()).toBe(1);
      } finally {
        if (stores[1]) await stores[1].close();
      }
    });

    it('writes a report and its rows in one transaction: a failure leaves nothing behind', async () => {
      const failing: StoryClusterer = {
        features: () => {
          throw new Error('clusterer failed');
        },
        createIndex: () => ({
          match: () => null,
          assign: () => undefined,
          remove: () => undefined,
        }),
      };
      let s = await open({ clusterer: failing });
      await expect(s.addReport({ record: flut(), source: 'flut.txt' })).rejects.toThrow(
        'clusterer failed',
      );
      expect(await s.reportCount()).toBe(0);
      expect(await s.search({ text: '', entity: 'Petra Lindqvist' })).toEqual([]);
      await s.close();
      s = await open();
      expect(await s.addReport({ record: flut(), source: 'flut.txt' })).toMatchObject({
        status: 'added',
      });
    });

    it('searches with German stemming, phrases and exclusions, best first, with snippet offsets', async () => {
      const s = await open();
      await s.addReport({ record: flut(), source: 'flut.txt' });
      await s.addReport({ record: wahl(), source: 'wahl.txt' });
      await s.addReport({ record: brand(), source: 'brand.txt' });

      // "Haus" finds "Häuser" (flut) and "Haus" (brand) by their stem.
      const haus = await s.search({ text: 'Haus' });
      expect(haus.map((h) => h.source).sort()).toEqual(['brand.txt', 'flut.txt']);
      expect(await s.search({ text: 'Haus -Feuerwehr' })).toHaveLength(1);
      expect((await s.search({ text: '"unter Wasser"' })).map((h) => h.source)).toEqual([
        'flut.txt',
      ]);
      expect(await s.search({ text: '"stehen Selz"' })).toEqual([]);
      expect(
        (await s.search({ text: 'Wahlbeteiligung or Feuer' })).map((h) => h.source).sort(),
      ).toEqual(['brand.txt', 'wahl.txt']);
      // An English report is stemmed as English: "house" finds "houses", and German stems leave it alone.
      await s.addReport({
        record: testRecord('flood-en#1', 'Floods destroyed the houses along the river.', {
          lang: 'en',
        }),
        source: 'flood-en.txt',
      });
      expect((await s.search({ text: 'house' })).map((h) => h.source)).toEqual(['flood-en.txt']);
      expect((await s.search({ text: 'destroying' })).map((h) => h.source)).toEqual([
        'flood-en.txt',
      ]);
      expect((await s.search({ text: 'Haus' })).map((h) => h.source).sort()).toEqual([
        'brand.txt',
        'flut.txt',
      ]);
      // The title weighs more than the body.
      const ranked = await s.search({ text: 'Hochwasser' });
      expect(ranked[0]!.source).toBe('flut.txt');
      expect(ranked[0]!.rank).toBeGreaterThan(0);

      for (const hit of haus) {
        const text = hit.source === 'flut.txt' ? FLUT : BRAND;
        expect(text.slice(hit.snippet.start, hit.snippet.end)).toBe(hit.snippet.text);
        expect(hit.snippet.matches.length).toBeGreaterThan(0);
        for (const m of hit.snippet.matches)
          expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^h(?:a|ä)us/);
      }
    });

    it('filters by outlet (fuzzy), date range and entity', async () => {
      const s = await open();
      await s.addReport({ record: flut(), source: 'flut.txt' });
      await s.addReport({ record: wahl(), source: 'wahl.txt' });
      await s.addReport({ record: brand(), source: 'brand.txt' });
      const sources = async (query: Parameters<ReportStore['search']>[0]) =>
        (await s.search(query)).map((h) => h.source).sort();

      expect(await sources({ text: '', outlet: 'rheinbote' })).toEqual(['wahl.txt']);
      expect(await sources({ text: '', outlet: 'Muldentaler Bothe' })).toEqual(['flut.txt']);
      expect(await sources({ text: '', from: '2025-04-01' })).toEqual(['brand.txt', 'wahl.txt']);
      expect(await sources({ text: '', from: '2025-04-01', to: '2025-04-30' })).toEqual([
        'wahl.txt',
      ]);
      expect(await sources({ text: '', to: '2025-03-14' })).toEqual(['flut.txt']);
      expect(await sources({ text: '', entity: 'Carola Henning' })).toEqual(['wahl.txt']);
      // A transliteration or a part of the name finds the same entity.
      expect(await sources({ text: '', entity: 'Lindkvist' })).toEqual(['flut.txt']);
      expect(await sources({ text: 'Haus', entity: 'Oberau' })).toEqual(['brand.txt']);
      expect(await sources({ text: 'Haus', outlet: 'Rheinbote' })).toEqual([]);
      // Without query words the newest come first.
      expect((await s.search({ text: '' })).map((h) => h.source)).toEqual([
        'brand.txt',
        'wahl.txt',
        'flut.txt',
      ]);
      expect(await s.search({ text: '', limit: 2 })).toHaveLength(2);
    });

    it('groups reports into stories, lists them since a day, and gives their records in order', async () => {
      const s = await open();
      const a = await s.addReport({ record: flut('flut#1', FLUT, '2025-03-15'), source: 'a.txt' });
      const b = await s.addReport({
        record: flut('flut#2', `${FLUT} Der Pegel sinkt.`, '2025-03-14'),
        source: 'b.txt',
      });
      const c = await s.addReport({ record: wahl(), source: 'c.txt' });
      expect(a).toMatchObject({ status: 'added', newStory: true });
      expect(b).toMatchObject({ status: 'added', newStory: false });
      expect(c).toMatchObject({ status: 'added', newStory: true });
      if (a.status !== 'added' || b.status !== 'added' || c.status !== 'added') return;
      expect(b.storyId).toBe(a.storyId);

      const stories = await s.listStories();
      expect(stories.map((st) => st.id)).toEqual([c.storyId, a.storyId]);
      const flood = stories[1]!;
      expect(flood).toMatchObject({
        reportCount: 2,
        firstSeen: '2025-03-14',
        lastSeen: '2025-03-15',
        outlets: ['Muldentaler Bote'],
        label: 'Hochwasser in Talbrück',
      });
      expect(flood.reports.map((r) => r.source)).toEqual(['b.txt', 'a.txt']);
      expect((await s.listStories({ since: '2025-04-01' })).map((st) => st.id)).toEqual([
        c.storyId,
      ]);
      expect(await s.listStories({ since: '2026-01-01' })).toEqual([]);
      expect((await s.storyRecords(a.storyId)).map((r) => r.id)).toEqual(['flut#2', 'flut#1']);
      expect(await s.getStory(a.storyId + 1000)).toBeNull();
      expect(await s.storyRecords(a.storyId + 1000)).toEqual([]);
    });

    it('merges and splits stories, and later reports follow the edited stories', async () => {
      const s = await open();
      const f1 = await s.addReport({ record: flut('flut#1'), source: 'f1.txt' });
      const w1 = await s.addReport({ record: wahl('wahl#1'), source: 'w1.txt' });
      if (f1.status !== 'added' || w1.status !== 'added') throw new Error('not added');

      const merged = await s.mergeStories(f1.storyId, w1.storyId);
      expect(merged.id).toBe(f1.storyId);
      expect(merged.reports.map((r) => r.id).sort()).toEqual([f1.reportId, w1.reportId].sort());
      expect(await s.getStory(w1.storyId)).toBeNull();
      // The clusterer now sees the election report in the merged story.
      const w2 = await s.addReport({ record: wahl('wahl#2'), source: 'w2.txt' });
      expect(w2).toMatchObject({ status: 'duplicate' });
      const w3 = await s.addReport({
        record: testRecord('wahl#3', `${WAHL} Die Stichwahl entfällt.`),
        source: 'w3.txt',
      });
      expect(w3).toMatchObject({ status: 'added', storyId: f1.storyId, newStory: false });
      if (w3.status !== 'added') return;

      const split = await s.splitStory(f1.storyId, [w1.reportId, w3.reportId]);
      expect(split.id).not.toBe(f1.storyId);
      expect(split.reports.map((r) => r.id)).toEqual([w1.reportId, w3.reportId]);
      expect((await s.getStory(f1.storyId))!.reports.map((r) => r.id)).toEqual([f1.reportId]);
      const w4 = await s.addReport({
        record: testRecord('wahl#4', `${WAHL} Henning tritt im Juni an.`),
        source: 'w4.txt',
      });
      expect(w4).toMatchObject({ status: 'added', storyId: split.id });

      await expect(s.mergeStories(f1.storyId, f1.storyId)).rejects.toThrow(StoreError);
      await expect(s.mergeStories(f1.storyId, 9999)).rejects.toThrow('there is no story 9999');
      await expect(s.splitStory(f1.storyId, [w1.reportId])).rejects.toThrow(
        `is not in story ${f1.storyId}`,
      );
      await expect(s.splitStory(f1.storyId, [f1.reportId])).rejects.toThrow('empty');
      await expect(s.splitStory(9999, [1])).rejects.toThrow('there is no story 9999');
    });

    it('keeps its data across reopening and refuses a store of a newer format', async () => {
      let s = await open();
      await s.addReport({ record: brand(), source: 'brand.txt' });
      await s.close();
      s = await open();
      expect(await s.reportCount()).toBe(1);
      expect(await s.search({ text: 'Feuer' })).toHaveLength(1);
      await s.close();
      store = null;
      await harness.setFormatVersion(FORMAT_VERSION + 1);
      const refused = harness.open();
      await expect(refused).rejects.toThrow(StoreError);
      await expect(refused).rejects.toThrow(
        `has format version ${FORMAT_VERSION + 1}, but this crosscheck reads up to version ${FORMAT_VERSION}`,
      );
    });
  });
}

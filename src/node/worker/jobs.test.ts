import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestResult } from '../ingest/ingest-input.js';
import type { AddResult, NewReport, ReportStore } from '../store/types.js';
import { analyseJob, fetchJob, PermanentJobError, type JobContext } from './jobs.js';
import type { JobData, JobKind } from './queue.js';

const KURIER = readFileSync('examples/hochwasser-talbrueck/kurier.txt', 'utf8');

/** A store that keeps reports by source and text in memory, as the real one's unique keys do. */
function memoryStore(stored: { source: string; text: string }[] = []) {
  const added: NewReport[] = [];
  const store = {
    findExisting: async (source: string, text?: string) => {
      const i = stored.findIndex((r) => r.source === source || r.text === text);
      return i < 0 ? null : { reportId: i + 1, by: stored[i]!.source === source ? 'url' : 'text' };
    },
    addReport: async (report: NewReport): Promise<AddResult> => {
      added.push(report);
      stored.push({ source: report.source, text: report.record.text });
      return {
        status: 'added',
        reportId: stored.length,
        storyId: 1,
        newStory: stored.length === 1,
      };
    },
  } as unknown as ReportStore;
  return { store, added };
}

function context(store: ReportStore, pages: IngestResult[] = []) {
  const sent: { kind: JobKind; data: unknown }[] = [];
  const ingested: { input: string; options: unknown }[] = [];
  const ctx: JobContext = {
    store,
    send: async <K extends JobKind>(kind: K, data: JobData[K]) => void sent.push({ kind, data }),
    ingest: async (input, options) => {
      ingested.push({ input, options });
      return pages;
    },
    fetch: { offline: false },
  };
  return { ctx, sent, ingested };
}

const page = (id: string, text: string, published?: string): IngestResult => ({
  ok: true,
  id,
  text,
  meta: { url: id, outlet: 'Kurier', ...(published ? { published } : {}) },
  encoding: 'utf-8',
  spans: [{ start: 0, end: 5, htmlStart: 10, htmlEnd: 15 }],
});

describe('analyse job', () => {
  it('analyses a report with its page metadata and stores it', async () => {
    const { store, added } = memoryStore();
    const line = await analyseJob(
      {
        id: 'https://kurier.example/flut',
        text: KURIER,
        meta: { outlet: 'Kurier' },
        date: '2024-11-18',
      },
      context(store).ctx,
    );
    expect(line).toBe('https://kurier.example/flut: added as report 1, opened story 1');
    const record = added[0]!.record;
    expect(added[0]!.source).toBe('https://kurier.example/flut');
    expect(record.meta).toEqual({ outlet: 'Kurier' });
    expect(record.text).toBe(KURIER);
    expect(record.entities.length).toBeGreaterThan(0);
  });

  it("reads relative dates against the date the job carries, else the page's publication day", async () => {
    const text = 'Der Pegel stieg am Sonntag auf 7,40 Meter.';
    const { store, added } = memoryStore();
    await analyseJob({ id: 'a', text, date: '2024-11-20' }, context(store).ctx);
    await analyseJob(
      { id: 'b', text: `${text} `, meta: { published: '2025-03-12T08:00:00+01:00' } },
      context(store).ctx,
    );
    expect(added[0]!.record.dates.map((d) => d.value)).toContain('2024-11-17');
    expect(added[1]!.record.dates.map((d) => d.value)).toContain('2025-03-09');
  });

  it('does not analyse a report already stored', async () => {
    const { store, added } = memoryStore([{ source: 'elsewhere.txt', text: KURIER }]);
    const line = await analyseJob({ id: 'kurier.txt', text: KURIER }, context(store).ctx);
    expect(line).toBe('kurier.txt: already stored as report 1 (same text)');
    expect(added).toEqual([]);
  });

  it('analyses a report in its language, detected or given with the job', async () => {
    const english =
      'The river rose to 7.40 metres on Sunday, the fire brigade said. About 1,200 people had to leave their homes in the old town, and the schools stay closed until Monday.';
    const { store, added } = memoryStore();
    await analyseJob({ id: 'en.txt', text: english }, context(store).ctx);
    await analyseJob(
      { id: 'de.txt', text: english.replace('river', 'River'), lang: 'de' },
      context(store).ctx,
    );
    expect(added.map((a) => a.record.lang)).toEqual(['en', 'de']);
  });

  it('fails a report in a language it does not read for good, saying how to add it anyway', async () => {
    const french =
      "La rivière est montée à 7,40 mètres dimanche, selon les pompiers. Environ 1 200 personnes ont dû quitter leur logement dans la vieille ville, et les écoles restent fermées jusqu'à lundi.";
    const { store } = memoryStore();
    const run = analyseJob({ id: 'fr.txt', text: french }, context(store).ctx);
    await expect(run).rejects.toThrow(PermanentJobError);
    await expect(run).rejects.toThrow(/^fr\.txt: .*; queue it with --lang de or --lang en/);
  });

  it.each([
    [{ id: 'x.txt', text: '   ' }, 'x.txt: the report is empty'],
    [{ id: 'x.txt' }, 'needs "id" and "text" strings'],
  ])('fails %j for good', async (job, message) => {
    const { store } = memoryStore();
    const run = analyseJob(job as JobData['analyse'], context(store).ctx);
    await expect(run).rejects.toThrow(PermanentJobError);
    await expect(run).rejects.toThrow(message);
  });
});

describe('fetch job', () => {
  it("queues each new page of a feed for analysis, with the job's options", async () => {
    const { store } = memoryStore([{ source: 'https://kurier.example/alt', text: 'alt' }]);
    const pages = [
      page('https://kurier.example/a', 'Text A', '2024-11-18T10:00:00+01:00'),
      page('https://kurier.example/alt', 'alt'),
      { ok: false as const, id: 'https://kurier.example/b', problem: 'the server answered 404' },
    ];
    const { ctx, sent, ingested } = context(store, pages);
    const line = await fetchJob(
      { url: 'https://kurier.example/feed.xml', limit: 5, since: '2024-11-01', allowPrivate: true },
      ctx,
    );
    expect(line).toBe(
      'https://kurier.example/feed.xml: queued 1 page for analysis, 1 already stored, 1 failed ' +
        '(https://kurier.example/b: the server answered 404)',
    );
    expect(ingested).toEqual([
      {
        input: 'https://kurier.example/feed.xml',
        options: { offline: false, limit: 5, since: '2024-11-01', allowPrivate: true },
      },
    ]);
    expect(sent).toEqual([
      {
        kind: 'analyse',
        data: {
          id: 'https://kurier.example/a',
          text: 'Text A',
          meta: {
            url: 'https://kurier.example/a',
            outlet: 'Kurier',
            published: '2024-11-18T10:00:00+01:00',
          },
          sourceMap: {
            encoding: 'utf-8',
            spans: [{ start: 0, end: 5, htmlStart: 10, htmlEnd: 15 }],
          },
        },
      },
    ]);
  });

  it('fails (and so is retried) when no page could be read', async () => {
    const { store } = memoryStore();
    const { ctx, sent } = context(store, [
      { ok: false, id: 'https://down.example/', problem: 'no answer within 15 s' },
    ]);
    await expect(fetchJob({ url: 'https://down.example/' }, ctx)).rejects.toThrow(
      'https://down.example/: no answer within 15 s',
    );
    expect(sent).toEqual([]);
  });

  it('fails for good without an http(s) URL', async () => {
    const { store } = memoryStore();
    await expect(fetchJob({ url: 'file:///etc/passwd' }, context(store).ctx)).rejects.toThrow(
      PermanentJobError,
    );
  });
});

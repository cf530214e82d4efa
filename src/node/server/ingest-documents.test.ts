import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeOutput, CompareOutput } from '../../core/contract/types.js';
import { FIXTURES, startTestServer, type TestServer } from '../ingest/test-server.js';
import { emptyCompareOutput } from '../../core/testing/records.js';
import type { Analyzer } from './analysis.js';
import { createApp, type AppOptions } from './app.js';
import type { InputDocument } from './request.js';

/**
 * Documents sent as `html` and `url`. Every page comes from a server on
 * 127.0.0.1 started here (the ingest module's fixtures); names other than
 * 127.0.0.1 are resolved by an injected resolver to 127.0.0.1, so nothing
 * reaches another address.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const boteHtml = readFileSync(join(FIXTURES, 'bote.html'), 'utf8');
const plain = [
  { id: 'a.txt', text: 'Der Pegel der Mulde stieg am Sonntag auf 7,40 Meter.' },
  { id: 'b.txt', text: 'Der Pegel der Mulde stieg am Sonntag auf 6,20 Meter.' },
];

/** Records what the analysis is given; answers with empty output. */
function recordingAnalyzer(): Analyzer & { calls: InputDocument[][] } {
  const calls: InputDocument[][] = [];
  const output = (docs: readonly InputDocument[]) => ({
    version: 2 as const,
    documents: docs.map((d) => ({ id: d.id, text: d.text }) as AnalyzeOutput['documents'][0]),
  });
  return {
    calls,
    analyze: (docs) => (calls.push([...docs]), output(docs)),
    compare: (docs) => (calls.push([...docs]), emptyCompareOutput(output(docs).documents)),
  };
}

async function compare(options: AppOptions, documents: unknown[]) {
  const app = createApp(options);
  const response = await app.request('/api/compare', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ documents }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('documents sent as html', () => {
  it('are read like an .html file: main text, metadata and source map, through the real analysis', async () => {
    const { status, body } = await compare({}, [{ id: 'bote.html', html: boteHtml }, plain[0]]);
    expect(status).toBe(200);
    const output = body as unknown as CompareOutput;
    const page = output.documents[0]!;
    expect(page.id).toBe('bote.html');
    expect(page.meta?.outlet).toBe('Muldentaler Bote');
    expect(page.text).toContain('Straßenbrücke zwischen Wurzen und Dehnitz');
    expect(page.text).not.toMatch(/<\/?[a-z]/i);
    // Each span of the source map points at the same wording in the page.
    expect(page.sourceMap?.spans.length).toBeGreaterThan(0);
    for (const span of page.sourceMap!.spans)
      expect(page.text.slice(span.start, span.end).length).toBeGreaterThan(0);
    expect(output.documents[1]!.meta).toBeUndefined();
    expect(output.errors).toBeUndefined();
  });

  it('give the page its publication day for relative dates unless the report has a date', async () => {
    const analyzer = recordingAnalyzer();
    await compare({ analyzer }, [{ id: 'p', html: boteHtml }, plain[0]]);
    const published = analyzer.calls[0]![0]!.meta?.published?.slice(0, 10);
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(analyzer.calls[0]![0]!.date).toBe(published);
    await compare({ analyzer }, [{ id: 'p', html: boteHtml, date: '2020-01-02' }, plain[0]]);
    expect(analyzer.calls[1]![0]!.date).toBe('2020-01-02');
  });

  it('with no main text are a per-document error, and the other reports are compared', async () => {
    const analyzer = recordingAnalyzer();
    const { status, body } = await compare({ analyzer }, [
      ...plain,
      {
        id: 'leer.html',
        html: '<!doctype html><html><body><img src="a.png" alt=""></body></html>',
      },
    ]);
    expect(status).toBe(200);
    expect(body['errors']).toEqual([
      { id: 'leer.html', message: 'has no main text that could be extracted' },
    ]);
    expect(analyzer.calls[0]!.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('documents sent as url', () => {
  it('refuse loopback addresses unless the server allows private ones', async () => {
    const analyzer = recordingAnalyzer();
    const url = `${server.base}/bote`;
    const refused = await compare({ analyzer }, [...plain, { id: 'bote', url }]);
    expect(refused.status).toBe(200);
    expect(refused.body['errors']).toEqual([
      {
        id: 'bote',
        message: expect.stringMatching(
          /^refused: 127\.0\.0\.1 is a private or reserved address \(use --allow-private/,
        ),
      },
    ]);
    expect(analyzer.calls[0]!.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);

    const allowed = await compare({ analyzer, fetch: { allowPrivate: true } }, [
      plain[0],
      { id: 'bote', url },
    ]);
    expect(allowed.status).toBe(200);
    expect(allowed.body['errors']).toBeUndefined();
    const page = analyzer.calls[1]![1]!;
    expect(page.meta?.outlet).toBe('Muldentaler Bote');
    expect(page.text).toContain('Straßenbrücke zwischen Wurzen und Dehnitz');
  });

  it('check the addresses a host name resolves to (injected resolver)', async () => {
    const analyzer = recordingAnalyzer();
    const port = new URL(server.base).port;
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const url = `http://nachrichten.test:${port}/kurier`;
    const refused = await compare({ analyzer, fetch: { resolve } }, [
      ...plain,
      { id: 'kurier', url },
    ]);
    expect(refused.body['errors']).toEqual([
      {
        id: 'kurier',
        message: expect.stringMatching(/^refused: nachrichten\.test resolves to 127\.0\.0\.1/),
      },
    ]);
    const allowed = await compare({ analyzer, fetch: { resolve, allowPrivate: true } }, [
      plain[0],
      { id: 'kurier', url },
    ]);
    expect(allowed.body['errors']).toBeUndefined();
    expect(analyzer.calls[1]![1]!.meta?.outlet).toBe('Kurier am Fluss');
  });

  it('name each failed page with its message while the others go on', async () => {
    const analyzer = recordingAnalyzer();
    const { status, body } = await compare(
      { analyzer, fetch: { allowPrivate: true, timeoutMs: 300, maxBytes: 16_384 } },
      [
        { id: 'bote', url: `${server.base}/bote` },
        { id: 'gone', url: `${server.base}/gone` },
        { id: 'slow', url: `${server.base}/slow` },
        { id: 'big', url: `${server.base}/big` },
        { id: 'pdf', url: `${server.base}/pdf` },
        { id: 'feed', url: `${server.base}/feed.rss` },
        plain[0],
      ],
    );
    expect(status).toBe(200);
    expect(body['errors']).toEqual([
      { id: 'gone', message: 'the server answered HTTP 404 Not Found' },
      { id: 'slow', message: expect.stringMatching(/^took longer than .* given up$/) },
      { id: 'big', message: expect.stringContaining('bytes accepted') },
      { id: 'pdf', message: 'is application/pdf, not a web page or feed' },
      { id: 'feed', message: expect.stringMatching(/^is a feed; the web app reads single pages/) },
    ]);
    expect(analyzer.calls[0]!.map((d) => d.id)).toEqual(['bote', 'a.txt']);
  });

  it('are refused all when the server is offline; too few left to compare is 422', async () => {
    const analyzer = recordingAnalyzer();
    const { status, body } = await compare({ analyzer, fetch: { offline: true } }, [
      plain[0],
      { id: 'bote', url: `${server.base}/bote` },
    ]);
    expect(status).toBe(422);
    expect(body['error']).toBe(
      'only 1 report could be read, and comparing needs at least 2: "bote" not fetched: --offline refuses all network access',
    );
    expect(analyzer.calls).toEqual([]);
  });
});

describe('the shape of html and url documents', () => {
  it.each([
    [
      { id: 'x', text: 'a', url: 'https://example.org/' },
      'documents[0] has "text", "url": send only one',
    ],
    [
      { id: 'x', url: 'ftp://example.org/a' },
      'documents[0].url ("x") is not an http:// or https:// address',
    ],
    [{ id: 'x', url: 'https://exa mple.org/' }, 'is not an http:// or https:// address'],
    [
      { id: 'x', url: `https://example.org/${'a'.repeat(2000)}` },
      'is longer than 2,000 characters',
    ],
    [{ id: 'x', url: 7 }, 'documents[0].url must be a string, not a number'],
    [{ id: 'x', html: ' ' }, 'documents[0].html ("x") is empty'],
    [{ id: 'x' }, 'documents[0].text is missing (or send the page as "html"'],
  ])('%j is refused before anything is fetched', async (doc, error) => {
    const analyzer = recordingAnalyzer();
    const { status, body } = await compare({ analyzer }, [doc, plain[0]]);
    expect(status).toBe(400);
    expect(body['error']).toContain(error);
    expect(analyzer.calls).toEqual([]);
  });
});

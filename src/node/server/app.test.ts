import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOutput, CompareOutput } from '../../core/contract/types.js';
import { emptyCompareOutput } from '../../core/testing/records.js';
import type { Analyzer } from './analysis.js';
import { createApp } from './app.js';
import type { InputDocument } from './request.js';

const EXAMPLES = ['kurier.txt', 'rheinbote.txt', 'stadtanzeiger.txt'].map((name) => ({
  id: name,
  text: readFileSync(`examples/hochwasser-talbrueck/${name}`, 'utf8'),
}));

const post = (
  app: ReturnType<typeof createApp>,
  path: string,
  body: unknown,
  contentType = 'application/json',
) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** An analyzer that records what it was given and answers with empty output. */
function recordingAnalyzer(): Analyzer & { calls: InputDocument[][] } {
  const calls: InputDocument[][] = [];
  const empty = { version: 2 as const, documents: [] };
  return {
    calls,
    analyze: (docs) => (calls.push([...docs]), empty),
    compare: (docs) => (calls.push([...docs]), emptyCompareOutput([])),
  };
}

describe('POST /api/compare with the real pipeline', () => {
  const app = createApp();

  it('returns the same contract as the CLI for the example reports', async () => {
    const response = await post(app, '/api/compare', { documents: EXAMPLES });
    expect(response.status).toBe(200);
    const output = (await response.json()) as CompareOutput;
    expect(output.version).toBe(2);
    expect(output.documents.map((d) => d.id)).toEqual(EXAMPLES.map((e) => e.id));
    expect(output.conflicts.map((c) => c.kind)).toContain('quantity');
    const quantity = output.conflicts.find((c) => c.kind === 'quantity')!;
    for (const claim of quantity.claims) {
      // Offsets point into the returned (normalised) text.
      expect(output.documents[claim.doc]!.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('reads a relative date against the report date it is given', async () => {
    const text = 'Der Pegel stieg am Sonntag auf 7,40 Meter.';
    const response = await post(app, '/api/analyze', {
      documents: [{ id: 'a', text, date: '2024-11-20' }],
    });
    const output = (await response.json()) as AnalyzeOutput;
    expect(output.documents[0]!.dates.map((d) => d.value)).toContain('2024-11-17');
  });
});

describe('request checks', () => {
  const analyzer = recordingAnalyzer();
  const app = createApp({ analyzer, maxBodyBytes: 2000 });
  const two = [
    { id: 'a', text: 'Eins.' },
    { id: 'b', text: 'Zwei.' },
  ];

  it.each([
    { name: 'not JSON', body: '{"documents": [', status: 400, error: 'not valid JSON' },
    { name: 'an array body', body: [], status: 400, error: 'must be a JSON object' },
    {
      name: 'an unknown top-level field',
      body: { documents: two, lang: 'de' },
      status: 400,
      error: 'unknown field "lang"',
    },
    { name: 'no documents', body: {}, status: 400, error: '"documents" is missing' },
    {
      name: 'documents not an array',
      body: { documents: 'a' },
      status: 400,
      error: 'must be an array, not a string',
    },
    {
      name: 'one document',
      body: { documents: [two[0]] },
      status: 400,
      error: 'comparing needs at least 2',
    },
    {
      name: 'a document that is a string',
      body: { documents: ['a', 'b'] },
      status: 400,
      error: 'documents[0] must be an object',
    },
    {
      name: 'a missing id',
      body: { documents: [{ text: 'x' }, two[1]] },
      status: 400,
      error: 'documents[0].id is missing',
    },
    {
      name: 'a numeric id',
      body: { documents: [two[0], { id: 7, text: 'x' }] },
      status: 400,
      error: 'documents[1].id must be a string, not a number',
    },
    {
      name: 'an empty id',
      body: { documents: [{ id: ' ', text: 'x' }, two[1]] },
      status: 400,
      error: 'documents[0].id is empty',
    },
    {
      name: 'duplicate ids',
      body: { documents: [two[0], { id: 'a', text: 'y' }] },
      status: 400,
      error: 'also the id of documents[0]',
    },
    {
      name: 'a missing text',
      body: { documents: [two[0], { id: 'c' }] },
      status: 400,
      error: 'documents[1].text is missing',
    },
    {
      name: 'a blank text',
      body: { documents: [two[0], { id: 'c', text: ' \n ' }] },
      status: 400,
      error: 'documents[1].text ("c") contains no text',
    },
    {
      name: 'a null text',
      body: { documents: [two[0], { id: 'c', text: null }] },
      status: 400,
      error: 'must be a string, not null',
    },
    {
      name: 'a bad date',
      body: { documents: [two[0], { ...two[1], date: '2024-02-30' }] },
      status: 400,
      error: '"2024-02-30" is not a calendar date',
    },
    {
      name: 'an unknown document field',
      body: { documents: [two[0], { ...two[1], txt: 'x' }] },
      status: 400,
      error: 'documents[1] has unknown field "txt"',
    },
    {
      name: 'too many documents',
      body: { documents: Array.from({ length: 21 }, (_, i) => ({ id: `d${i}`, text: 'x' })) },
      status: 400,
      error: 'at most 20',
    },
    {
      name: 'a body over the limit',
      body: { documents: [two[0], { id: 'c', text: 'x'.repeat(3000) }] },
      status: 413,
      error: 'larger than 2 KiB',
    },
  ])('refuses $name with $status', async ({ body, status, error }) => {
    const before = analyzer.calls.length;
    const response = await post(app, '/api/compare', body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(error);
    expect(analyzer.calls.length).toBe(before);
  });

  it('refuses a body that is not sent as JSON', async () => {
    const response = await post(app, '/api/compare', { documents: two }, 'text/plain');
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toContain(
      'Content-Type: application/json',
    );
  });

  it.each([
    { method: 'GET', path: '/api/compare', status: 405 },
    { method: 'PUT', path: '/api/analyze', status: 405 },
    { method: 'POST', path: '/api/nothing', status: 404 },
  ])('answers $method $path with $status and a JSON error', async ({ method, path, status }) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(/\/api\//);
  });

  it('passes valid documents on, with their dates, and analyze accepts a single one', async () => {
    const documents = [two[0]!, { ...two[1]!, date: '2024-11-18' }];
    expect((await post(app, '/api/compare', { documents })).status).toBe(200);
    expect(analyzer.calls.at(-1)).toEqual(documents);
    expect((await post(app, '/api/analyze', { documents: [two[0]] })).status).toBe(200);
  });
});

describe('the answer cache', () => {
  const body = (second: string) => ({
    documents: [
      { id: 'a', text: 'Eins.' },
      { id: 'b', text: second },
    ],
  });

  it('answers an identical request again without analysing, and a changed one afresh', async () => {
    const analyzer = recordingAnalyzer();
    const app = createApp({ analyzer });
    const first = await (await post(app, '/api/compare', body('Zwei.'))).text();
    expect(await (await post(app, '/api/compare', body('Zwei.'))).text()).toBe(first);
    expect(analyzer.calls).toHaveLength(1);
    await post(app, '/api/compare', body('Drei.'));
    // Same documents, other endpoint: not the same answer.
    await post(app, '/api/analyze', body('Zwei.'));
    expect(analyzer.calls).toHaveLength(3);
  });

  it('can be turned off', async () => {
    const analyzer = recordingAnalyzer();
    const app = createApp({ analyzer, answerCache: { entries: 0, bytes: 0 } });
    await post(app, '/api/compare', body('Zwei.'));
    await post(app, '/api/compare', body('Zwei.'));
    expect(analyzer.calls).toHaveLength(2);
  });
});

describe('errors and headers', () => {
  it('answers an internal error with 500 and keeps serving', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const analyzer = recordingAnalyzer();
    const app = createApp({
      analyzer: {
        analyze: analyzer.analyze,
        compare: (docs) => {
          if (fail) throw new Error('boom');
          return analyzer.compare(docs);
        },
      },
      onError: (error) => errors.push(error),
    });
    const body = {
      documents: [
        { id: 'a', text: 'x' },
        { id: 'b', text: 'y' },
      ],
    };
    const failed = await post(app, '/api/compare', body);
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: string }).error).toContain('still running');
    expect(errors).toHaveLength(1);
    fail = false;
    expect((await post(app, '/api/compare', body)).status).toBe(200);
  });

  it('serves the UI files with a strict Content-Security-Policy, and nothing else', async () => {
    const assets = new Map([
      [
        'index.html',
        {
          body: new TextEncoder().encode('<!doctype html>'),
          contentType: 'text/html; charset=utf-8',
        },
      ],
      [
        'app.js',
        { body: new TextEncoder().encode('1'), contentType: 'text/javascript; charset=utf-8' },
      ],
    ]);
    const app = createApp({ assets, analyzer: recordingAnalyzer() });
    const index = await app.request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toBe('<!doctype html>');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await app.request('/app.js')).headers.get('content-type')).toContain('text/javascript');
    for (const path of [
      '/missing.js',
      '/../package.json',
      '/%2e%2e/package.json',
      '/src/web/app.tsx',
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('refuses requests addressed to another host name when the hosts are restricted', async () => {
    const app = createApp({
      assets: null,
      analyzer: recordingAnalyzer(),
      allowedHosts: ['127.0.0.1', 'localhost'],
    });
    expect((await app.request('http://127.0.0.1:4780/')).status).toBe(503);
    expect((await app.request('http://localhost:4780/')).status).toBe(503);
    const rebound = await app.request('http://attacker.example:4780/api/compare', {
      method: 'POST',
    });
    expect(rebound.status).toBe(403);
    expect(((await rebound.json()) as { error: string }).error).toContain('"attacker.example"');
  });

  it.each([
    { origin: undefined, status: 200, why: 'no Origin (curl, scripts)' },
    { origin: 'http://127.0.0.1:4780', status: 200, why: 'the app’s own page' },
    { origin: 'http://attacker.example', status: 403, why: 'another site' },
    { origin: 'http://127.0.0.1:8080', status: 403, why: 'another port of this computer' },
    { origin: 'http://localhost:4780', status: 403, why: 'the same port under another name' },
    { origin: 'null', status: 403, why: 'a sandboxed frame or a file' },
  ])('answers a POST with Origin $origin ($why) with $status', async ({ origin, status }) => {
    const analyzer = recordingAnalyzer();
    const app = createApp({ analyzer });
    const response = await app.request('http://127.0.0.1:4780/api/compare', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(origin === undefined ? {} : { Origin: origin }),
      },
      body: JSON.stringify({
        documents: [
          { id: 'a', text: 'x' },
          { id: 'b', text: 'y' },
        ],
      }),
    });
    expect(response.status).toBe(status);
    if (status === 403) {
      expect(((await response.json()) as { error: string }).error).toBe(
        `cross-origin POST refused: the request comes from "${origin}", and only pages of http://127.0.0.1:4780 may send it`,
      );
      expect(analyzer.calls).toHaveLength(0);
    }
  });

  it('lets any page load the UI files (GET is not checked for Origin)', async () => {
    const app = createApp({ assets: null, analyzer: recordingAnalyzer() });
    const response = await app.request('http://127.0.0.1:4780/', {
      headers: { Origin: 'http://attacker.example' },
    });
    expect(response.status).toBe(503);
  });

  it('says how to build the UI when it is missing, while the API still works', async () => {
    const app = createApp({ assets: null, analyzer: recordingAnalyzer() });
    const index = await app.request('/');
    expect(index.status).toBe(503);
    expect(await index.text()).toContain('npm run build');
  });
});

/**
 * Bad input for the API, table-driven, with the real limits and the real
 * analysis: each case asserts the status, one line naming what is wrong (no
 * stack trace), that nothing of the refused request was analysed, and that
 * the next good request on the same server is answered.
 */
import { describe, expect, it } from 'vitest';
import type { CompareOutput } from '../../core/contract/types.js';
import { germanAnalyzer, type Analyzer } from './analysis.js';
import { createApp, DEFAULT_MAX_BODY_BYTES } from './app.js';
import { MAX_DOCUMENTS, MAX_TEXT_CHARS } from './request.js';

let analysed = 0;
const counting: Analyzer = {
  analyze: (docs) => ((analysed += docs.length), germanAnalyzer.analyze(docs)),
  compare: (docs) => ((analysed += docs.length), germanAnalyzer.compare(docs)),
};
const app = createApp({ analyzer: counting });

const A = { id: 'a.txt', text: 'Der Pegel stieg am Montag auf 7,40 Meter.' };
const B = { id: 'b.txt', text: 'Der Pegel stieg am Montag auf 6,20 Meter.' };
const json = (value: unknown) => JSON.stringify(value);
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

interface Case {
  name: string;
  body: string | Uint8Array<ArrayBuffer>;
  contentType?: string | null;
  status: number;
  /** Part of the one-line `error`; it names the input at fault. */
  error: string;
}

const CASES: Case[] = [
  {
    name: 'malformed JSON',
    body: '{"documents": [',
    status: 400,
    error: 'the request body is not valid JSON',
  },
  { name: 'an empty body', body: '', status: 400, error: 'the request body is not valid JSON' },
  {
    name: 'JSON that is not an object',
    body: json([A, B]),
    status: 400,
    error: 'the request body must be a JSON object {"documents": [...]}, not an array',
  },
  {
    name: 'the wrong content type',
    body: json({ documents: [A, B] }),
    contentType: 'text/plain',
    status: 415,
    error: 'send the body as JSON with "Content-Type: application/json" (got "text/plain")',
  },
  {
    name: 'a form post',
    body: 'documents=x',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    error: '(got "application/x-www-form-urlencoded")',
  },
  {
    name: 'no content type',
    // Bytes, not a string: fetch would label a string text/plain.
    body: new TextEncoder().encode(json({ documents: [A, B] })),
    contentType: null,
    status: 415,
    error: '(got "none")',
  },
  {
    name: 'a body over the limit',
    body: json({ documents: [A, { id: 'big', text: 'Wort '.repeat(DEFAULT_MAX_BODY_BYTES / 5) }] }),
    status: 413,
    error: 'the request is larger than 5 MiB',
  },
  {
    name: 'too many documents',
    body: json({
      documents: Array.from({ length: MAX_DOCUMENTS + 1 }, (_, i) => ({
        id: `d${i}`,
        text: 'Text.',
      })),
    }),
    status: 400,
    error: `"documents" has ${MAX_DOCUMENTS + 1} reports; at most ${MAX_DOCUMENTS} are accepted`,
  },
  {
    name: 'a document over the limit',
    body: json({
      documents: [A, { id: 'lang.txt', text: 'Wort '.repeat(MAX_TEXT_CHARS / 5 + 1) }],
    }),
    status: 413,
    error: `documents[1].text ("lang.txt") has ${(MAX_TEXT_CHARS + 5).toLocaleString('en-US')} characters; at most ${MAX_TEXT_CHARS.toLocaleString('en-US')} per report`,
  },
  {
    name: 'a document that is one long word',
    body: json({ documents: [A, { id: 'data.txt', text: 'x'.repeat(MAX_TEXT_CHARS) }] }),
    status: 400,
    error: 'documents[1].text ("data.txt") has 1,000,000 characters without a space',
  },
  {
    name: 'deep nesting in place of a text',
    body: `{"documents": [${json(A)}, {"id": "b", "text": ${nested(100_000)}}]}`,
    status: 400,
    error: 'documents[1].text must be a string, not an array',
  },
  {
    name: 'deep nesting as the whole body',
    body: nested(1_000_000),
    status: 400,
    error: 'the request body must be a JSON object',
  },
  {
    name: 'deep nesting in an unknown field',
    body: `{"documents": [${json(A)}, ${json(B)}], "x": ${nested(100_000)}}`,
    status: 400,
    error: 'unknown field "x"',
  },
  {
    name: 'a text of control characters only',
    body: json({ documents: [A, { id: 'nul.txt', text: '\u0000\u0007\u001b' }] }),
    status: 400,
    error: 'documents[1].text ("nul.txt") contains no text, only control characters',
  },
];

async function post(
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string | null = 'application/json',
) {
  return app.request('/api/compare', {
    method: 'POST',
    headers: contentType === null ? {} : { 'Content-Type': contentType },
    body,
  });
}

describe('POST /api/compare: bad input', () => {
  it.each(CASES)(
    '$name → $status with one line naming it; nothing analysed; the next request is answered',
    async ({ body, contentType, status, error }) => {
      const before = analysed;
      const response = await post(body, contentType);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const answer = (await response.json()) as { error: string };
      expect(Object.keys(answer)).toEqual(['error']);
      expect(answer.error).toContain(error);
      expect(answer.error).not.toMatch(/\n|\bat .*:\d+:\d+/);
      expect(analysed).toBe(before);

      const next = await post(json({ documents: [A, B] }));
      expect(next.status).toBe(200);
      expect(((await next.json()) as CompareOutput).conflicts.map((c) => c.kind)).toContain(
        'quantity',
      );
    },
  );
});

import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import type { AnalyzeOutput, CompareOutput } from '../../core/contract/types.js';
import { buildProgram } from '../cli/main.js';
import { memoryIo } from '../cli/test-io.js';
import { REPO_ROOT } from '../shared-data.js';
import { FIXTURES, startTestServer, type TestServer } from './test-server.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const KURIER_FILE = join(FIXTURES, 'kurier.html');
const TEXT_REPORT = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck', 'kurier.txt');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function run(args: string[]) {
  const io = memoryIo();
  let exitCode = 0;
  try {
    await buildProgram(io, (code) => (exitCode = code)).parseAsync(['node', 'crosscheck', ...args]);
  } catch (error) {
    exitCode = (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

describe('crosscheck with HTML files, URLs and feeds', () => {
  it('compares a URL, an HTML file and a text file; pages carry meta and a source map', async () => {
    const url = `${server.base}/bote`;
    const { exitCode, stdout, stderr } = await run([
      'compare',
      '--format',
      'json',
      '--allow-private',
      url,
      KURIER_FILE,
      TEXT_REPORT,
    ]);
    expect(stderr).toEqual([]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(output.documents.map((d) => d.id)).toEqual([url, KURIER_FILE, TEXT_REPORT]);
    const [bote, kurier, text] = output.documents;
    expect(bote!.meta).toMatchObject({
      outlet: 'Muldentaler Bote',
      published: '2025-03-09T18:40:00+01:00',
    });
    expect(kurier!.meta).toMatchObject({
      outlet: 'Kurier am Fluss',
      author: 'Tobias Brandl',
      published: '2025-03-10',
    });
    expect(kurier!.text).toContain('„Sicherheit geht vor“, sagte Landrat Henning Sauer');
    expect(kurier!.sourceMap!.encoding).toBe('windows-1252');
    expect(text!.meta).toBeUndefined();
    // The pages are compared with each other: the Landrat is one entity across both.
    const sauer = output.entities.find((e) => e.name.includes('Sauer'));
    expect(new Set(sauer?.mentions.map((m) => m.doc))).toEqual(new Set([0, 1]));
  });

  it('anchors relative dates at the publication day unless --date is given', async () => {
    const url = `${server.base}/bote`;
    const sunday = (output: AnalyzeOutput) =>
      output.documents[0]!.dates.find((d) =>
        output.documents[0]!.text.slice(d.start, d.end).includes('Sonntag'),
      )?.value;
    const own = JSON.parse(
      (await run(['analyze', '--allow-private', url])).stdout,
    ) as AnalyzeOutput;
    expect(sunday(own)).toMatch(/^2025-03-09/);
    const given = JSON.parse(
      (await run(['analyze', '--allow-private', '--date', '2024-11-20', url])).stdout,
    ) as AnalyzeOutput;
    expect(sunday(given)).toMatch(/^2024-11-17/);
  });

  it('expands a feed to its item pages, newest first, with --limit and --since', async () => {
    const feed = `${server.base}/feed.rss`;
    const limited = await run(['analyze', '--allow-private', '--limit', '2', feed]);
    expect(limited.exitCode).toBe(0);
    expect((JSON.parse(limited.stdout) as AnalyzeOutput).documents.map((d) => d.id)).toEqual([
      `${server.base}/kurier`,
      `${server.base}/bote`,
    ]);
    const since = await run(['analyze', '--allow-private', '--since', '2025-03-10', feed]);
    expect((JSON.parse(since.stdout) as AnalyzeOutput).documents.map((d) => d.id)).toEqual([
      `${server.base}/kurier`,
    ]);
  });

  it('reports each failed item or URL on one line while the others go on', async () => {
    const { exitCode, stdout, stderr } = await run([
      'analyze',
      '--allow-private',
      `${server.base}/feed.atom`,
      `${server.base}/pdf`,
    ]);
    expect(exitCode).toBe(1);
    expect((JSON.parse(stdout) as AnalyzeOutput).documents).toHaveLength(2);
    expect(stderr).toEqual([
      `crosscheck: ${server.base}/pdf: is application/pdf, not a web page or feed`,
    ]);
  });

  it('refuses local addresses without --allow-private, and all network with --offline', async () => {
    const url = `${server.base}/bote`;
    const refused = await run(['compare', url, KURIER_FILE, TEXT_REPORT]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toEqual([
      `crosscheck: ${url}: refused: 127.0.0.1 is a private or reserved address (use --allow-private to allow it)`,
    ]);
    const offline = await run(['analyze', '--offline', '--allow-private', url, KURIER_FILE]);
    expect(offline.exitCode).toBe(1);
    expect(offline.stderr).toEqual([
      `crosscheck: ${url}: not fetched: --offline refuses all network access`,
    ]);
    expect((JSON.parse(offline.stdout) as AnalyzeOutput).documents.map((d) => d.id)).toEqual([
      KURIER_FILE,
    ]);
  });

  it.each([
    [['--limit', '0'], /--limit.*at least 1/],
    [['--since', '2025-02-30'], /--since.*calendar date/],
  ])('rejects %j as a usage error', async (option, message) => {
    const { exitCode, stderr } = await run(['analyze', ...option, KURIER_FILE]);
    expect(exitCode).toBe(2);
    expect(stderr.join('\n')).toMatch(message);
  });
});

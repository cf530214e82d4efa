import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchError, USER_AGENT } from './fetch-page.js';
import { startTestServer, type TestServer } from './test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const local = { allowPrivate: true };

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return (error as Error).message;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchPage', () => {
  it('fetches a page with a polite User-Agent and its content type', async () => {
    const page = await fetchPage(`${server.base}/bote`, local);
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(page.bytes)).toContain('Muldentaler Bote');
    expect(server.agents.at(-1)).toBe(USER_AGENT);
  });

  it('follows a redirect and reports where the page came from', async () => {
    const page = await fetchPage(`${server.base}/redirect`, local);
    expect(page.url).toBe(`${server.base}/bote`);
  });

  it('decompresses gzip', async () => {
    const page = await fetchPage(`${server.base}/gzip`, local);
    expect(new TextDecoder().decode(page.bytes)).toContain('Muldentaler Bote');
  });

  it.each([
    ['/loop', { maxRedirects: 3 }, /more than 3 redirects/],
    ['/to-file', {}, /redirects to file: only http and https/],
    ['/gone', {}, /HTTP 404 Not Found/],
    ['/big', { maxBytes: 32 * 1024 }, /more than the 32768 bytes accepted/],
    ['/big-declared', {}, /is 1073741824 bytes, more than/],
    ['/slow', { timeoutMs: 300 }, /took longer than 0.3 s/],
  ])('stops %s with a clear message', async (path, options, message) => {
    expect(await failure(fetchPage(`${server.base}${path}`, { ...local, ...options }))).toMatch(
      message,
    );
  });

  it('refuses loopback, private and link-local addresses without --allow-private', async () => {
    expect(await failure(fetchPage(`${server.base}/bote`))).toMatch(
      /refused: 127\.0\.0\.1 is a private or reserved address \(use --allow-private/,
    );
    for (const url of [
      'http://[::1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://2130706433/',
      'http://[::ffff:10.0.0.1]/',
    ]) {
      expect(await failure(fetchPage(url))).toMatch(/refused: .* private or reserved/);
    }
  });

  it('checks every address a name resolves to, before connecting', async () => {
    const resolve = async (host: string) =>
      host === 'mixed.test'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '10.0.0.7', family: 4 },
          ]
        : [{ address: '127.0.0.1', family: 4 }];
    const port = new URL(server.base).port;
    const before = server.agents.length;
    expect(await failure(fetchPage(`http://news.test:${port}/bote`, { resolve }))).toMatch(
      /refused: news\.test resolves to 127\.0\.0\.1, a private or reserved address \(use --allow-private/,
    );
    expect(await failure(fetchPage(`http://mixed.test:${port}/bote`, { resolve }))).toMatch(
      /10\.0\.0\.7/,
    );
    expect(server.agents.length).toBe(before);
    // The same name is reached when the user allows private addresses.
    const page = await fetchPage(`http://news.test:${port}/bote`, { resolve, allowPrivate: true });
    expect(page.bytes.length).toBeGreaterThan(1000);
  });

  it.each([
    ['ftp://example.org/a', /uses ftp: only http and https/],
    ['file:///etc/passwd', /uses file: only http and https/],
    ['http://user:pw@example.org/', /user name or password/],
    ['http://exa mple.org/', /not a valid URL/],
  ])('refuses %s', async (url, message) => {
    expect(await failure(fetchPage(url))).toMatch(message);
  });

  it('--offline refuses all network access', async () => {
    expect(await failure(fetchPage(`${server.base}/bote`, { ...local, offline: true }))).toMatch(
      /--offline/,
    );
  });
});

describe('fetchPage, redirects to a refused address', () => {
  // Tests reach loopback only, so 127.0.0.1 plays a public host here and every other
  // address a private one: the redirect's target must be checked again before connecting.
  const refuse = (address: string) =>
    address === '127.0.0.1' ? null : `${address} is a private or reserved address`;
  let hop: TestServer;
  beforeAll(async () => {
    const redirect =
      (to: (base: string) => string) =>
      (_req: unknown, res: import('node:http').ServerResponse, base: string) => {
        res.writeHead(302, { location: to(base) });
        res.end();
      };
    hop = await startTestServer({
      '/to-literal': redirect(() => 'http://127.0.0.2/admin'),
      '/to-name': redirect((base) => `http://intranet.test:${new URL(base).port}/admin`),
    });
  });
  afterAll(async () => {
    await hop.close();
  });

  it('refuses a redirect to a private address literal', async () => {
    expect(await failure(fetchPage(`${hop.base}/to-literal`, { refuse }))).toMatch(
      /^refused: 127\.0\.0\.2 is a private or reserved address \(use --allow-private/,
    );
  });

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const resolve = async (hostname: string) => [
      { address: hostname === 'intranet.test' ? '127.0.0.2' : '127.0.0.1', family: 4 },
    ];
    expect(await failure(fetchPage(`${hop.base}/to-name`, { refuse, resolve }))).toMatch(
      /^refused: intranet\.test resolves to 127\.0\.0\.2, a private or reserved address/,
    );
  });
});

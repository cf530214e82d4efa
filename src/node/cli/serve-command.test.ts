import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runServe } from './serve-command.js';
import { memoryIo } from './test-io.js';

/** Waits until the command has printed the address, and returns it. */
async function printedUrl(io: ReturnType<typeof memoryIo>): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /http:\/\/\S+\//.exec(io.stdout());
    if (match) return match[0];
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no address printed; stderr: ${io.stderr().join('\n')}`);
}

describe('crosscheck serve', () => {
  it('listens on 127.0.0.1, prints the address, answers the API and stops cleanly', async () => {
    const io = memoryIo();
    const stop = new AbortController();
    const running = runServe(
      { port: '0', host: '127.0.0.1', signal: stop.signal, webRoot: null },
      io,
    );
    const url = await printedUrl(io);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(new URL('api/compare', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"documents": []}',
    });
    expect(response.status).toBe(400);
    // Without a built UI it says so, and still serves the API.
    expect(io.stderr().join('\n')).toContain('npm run build');
    stop.abort();
    expect(await running).toBe(0);
  });

  it.each([
    { port: 'abc', error: '--port abc: expected a whole number' },
    { port: '70000', error: '--port 70000' },
    { port: '-1', error: '--port -1' },
  ])('refuses --port $port with exit code 2', async ({ port, error }) => {
    const io = memoryIo();
    expect(await runServe({ port, host: '127.0.0.1', webRoot: null }, io)).toBe(2);
    expect(io.stderr().join('\n')).toContain(error);
  });

  it('says so when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const io = memoryIo();
      expect(await runServe({ port: String(port), host: '127.0.0.1', webRoot: null }, io)).toBe(1);
      expect(io.stderr().join('\n')).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});

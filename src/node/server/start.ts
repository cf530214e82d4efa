import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, LOOPBACK_HOSTS, type AppOptions } from './app.js';

export interface StartOptions extends AppOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  /** The address to open, e.g. `http://127.0.0.1:4780/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the web app's HTTP server; rejects with the listen error (port taken, host unknown). */
export function startServer(options: StartOptions): Promise<RunningServer> {
  // On a loopback address only this computer's names are accepted (see AppOptions.allowedHosts).
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  const app = createApp(
    loopback && !options.allowedHosts ? { ...options, allowedHosts: LOOPBACK_HOSTS } : options,
  );
  const server = createAdaptorServer({ fetch: app.fetch });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${formatHost(options.host)}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Browsers keep idle connections open; without this close() would wait for them.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}

/** The host part of the address to open: IPv6 literals need brackets, and "any address" is opened as this computer. */
function formatHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

import { findWebRoot, loadWebAssets } from '../server/web-assets.js';
import { startServer } from '../server/start.js';
import { storySourceFor } from '../server/stories-source.js';
import type { CliIo } from './io.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve-defaults.js';

export { DEFAULT_HOST, DEFAULT_PORT };

export interface ServeOptions {
  port: string;
  host: string;
  /** Stops the server (tests); without it, Ctrl+C or SIGTERM does. */
  signal?: AbortSignal;
  /** Let documents sent as `url` reach loopback and private addresses (`--allow-private`). */
  allowPrivate?: boolean;
  /** Refuse to fetch documents sent as `url` (`--offline`). */
  offline?: boolean;
  /** Folder of the built UI; found beside the CLI when absent. */
  webRoot?: string | null;
  /** The report store whose stories the app lists (`--db`); default: CROSSCHECK_DB, else the default folder if a store is there. */
  db?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * `crosscheck serve`: the local web app. Prints the address to open and runs
 * until stopped; returns the exit code.
 */
export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  const port = parsePort(options.port);
  if (port === null) {
    io.error(
      `crosscheck: --port ${options.port}: expected a whole number from 0 to 65535 (0 picks a free port)`,
    );
    return 2;
  }
  const host = options.host.trim();
  if (host === '') {
    io.error('crosscheck: --host is empty: give an address such as 127.0.0.1');
    return 2;
  }
  const webRoot = options.webRoot === undefined ? findWebRoot() : options.webRoot;
  if (!webRoot)
    io.error(
      'crosscheck: the web UI has not been built (run "npm run build"); only the API will work',
    );

  const stories = storySourceFor(options.db === undefined ? {} : { db: options.db });
  let server;
  try {
    server = await startServer({
      stories,
      host,
      port,
      assets: webRoot ? loadWebAssets(webRoot) : null,
      fetch: { allowPrivate: options.allowPrivate === true, offline: options.offline === true },
      onError: (error) =>
        io.error(
          `crosscheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    });
  } catch (error) {
    io.error(`crosscheck: cannot listen on ${host}:${port}: ${describeListenError(error, port)}`);
    return 1;
  }

  if (!LOOPBACK.has(host)) {
    io.error(
      `crosscheck: warning: listening on ${host}, not only on this computer: others on the network can use it`,
    );
  }
  await io.write(
    `crosscheck web app: ${server.url}\nOpen it in a browser. Press Ctrl+C to stop.\n`,
  );

  if (stories)
    await io.write(`Stories of the report store ${stories.location} are listed in the app.\n`);
  await waitForStop(options.signal);
  await server.close();
  await stories?.close();
  return 0;
}

function parsePort(value: string): number | null {
  if (!/^\d{1,5}$/.test(value.trim())) return null;
  const port = Number(value);
  return port <= 65535 ? port : null;
}

function describeListenError(error: unknown, port: number): string {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use; choose another with --port`;
  if (code === 'EACCES')
    return `not allowed to use port ${port}; choose one above 1023 with --port`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return 'this computer has no such address; try --host 127.0.0.1';
  return error instanceof Error ? error.message : String(error);
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    if (signal) {
      if (signal.aborted) return resolve();
      signal.addEventListener('abort', stop, { once: true });
      return;
    }
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

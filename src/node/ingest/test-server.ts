import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Fixture pages for tests, served on 127.0.0.1 only, on a free port. */
export const FIXTURES = join(import.meta.dirname, 'fixtures');

type Route = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export interface TestServer {
  base: string;
  close(): Promise<void>;
  /** User-Agent headers seen, in order. */
  agents: string[];
}

export function fixtureRoutes(): Record<string, Route> {
  const file =
    (name: string, type: string): Route =>
    (_req, res) => {
      res.writeHead(200, { 'content-type': type });
      res.end(readFileSync(join(FIXTURES, name)));
    };
  return {
    '/bote': file('bote.html', 'text/html; charset=utf-8'),
    '/kurier': file('kurier.html', 'text/html; charset=windows-1252'),
    '/feed.rss': file('feed.rss', 'application/rss+xml'),
    '/feed.atom': file('feed.atom', 'application/atom+xml'),
    '/feed.json': file('feed.json', 'application/feed+json'),
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(readFileSync(join(FIXTURES, 'bote.html'))));
    },
    '/redirect': (_req, res) => {
      res.writeHead(302, { location: '/bote' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(301, { location: '/loop' });
      res.end();
    },
    '/to-file': (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/gone': (_req, res) => {
      res.writeHead(404, 'Not Found');
      res.end('gone');
    },
    '/pdf': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    },
    '/big': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 64; i++) res.write('<p>' + 'x'.repeat(1021) + '</p>');
      res.end();
    },
    '/big-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1 << 30) });
      res.end();
    },
    '/slow': () => {
      // Never answers: the client's time limit must end it.
    },
  };
}

export async function startTestServer(
  routes: Record<string, Route> = fixtureRoutes(),
): Promise<TestServer> {
  const agents: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let base = '';
  const server: Server = createServer((req, res) => {
    agents.push(String(req.headers['user-agent']));
    const route = routes[new URL(req.url ?? '/', base).pathname];
    if (route) route(req, res, base);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    agents,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { germanAnalyzer, type Analyzer } from './analysis.js';
import {
  MAX_DOCUMENTS,
  MAX_ID_LENGTH,
  MAX_TEXT_CHARS,
  parseDocumentsRequest,
  type InputDocument,
} from './request.js';
import { LruCache } from './lru-cache.js';
import { resolveDocuments, type ServerFetchOptions } from './ingest-documents.js';
import type { WebAssets } from './web-assets.js';
import { registerNoStoryRoutes, registerStoryRoutes, type StorySource } from './stories.js';

export interface AppOptions {
  /** The built web UI; without it `/` says how to build it and only the API works. */
  assets?: WebAssets | null;
  analyzer?: Analyzer;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Longest text of one document, in characters (default `MAX_TEXT_CHARS`). */
  maxTextChars?: number;
  /**
   * Answers kept for identical requests (same endpoint, ids, texts and dates),
   * as the JSON sent: pressing Compare again, or again after "Edit reports"
   * without a change, is answered at once. Kept as UTF-8 bytes, so that a
   * repeated answer is not converted again. Bounded by count and by bytes;
   * `{entries: 0}` turns it off. Default `DEFAULT_ANSWER_CACHE`.
   */
  answerCache?: { entries: number; bytes: number };
  /** Called with each unexpected error (the client gets a generic 500). */
  onError?: (error: unknown) => void;
  /**
   * Host names the requests may be addressed to (`127.0.0.1`, `localhost`);
   * others get 403. Guards a loopback server against DNS rebinding, where a web
   * page re-points its own domain at 127.0.0.1. Absent: any host.
   */
  allowedHosts?: readonly string[];
  /**
   * How documents sent as `url` are fetched: the command line's rules
   * (`FETCH_DEFAULTS`; private and loopback addresses refused unless
   * `allowPrivate`, as `crosscheck serve --allow-private`). Tests inject `resolve`.
   */
  fetch?: ServerFetchOptions;
  /** The report store behind `GET /api/stories` (stories.ts); absent: those answer 404. */
  stories?: StorySource | null;
}

/** The names of this computer's loopback addresses, as they appear in a URL. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'] as const;

/** Methods that only read; the others must come from the app's own origin when a browser sends them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Eight answers of at most 40 MB together (an answer is 20–40 times its texts). */
export const DEFAULT_ANSWER_CACHE = { entries: 8, bytes: 40_000_000 };

const utf8 = new TextEncoder();

/** 5 MiB: a hundred long reports. Ten reports of 2,000 words are about 150 KB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Only the page's own files may load: no inline script or style, no other
 * origin, no plugins, no framing. `blob:` images are not needed; downloads of
 * exports are navigations, which `default-src` does not cover.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

export interface ApiError {
  error: string;
}

/**
 * The local web app: the UI's static files and the JSON API
 * (`POST /api/analyze`, `POST /api/compare`). Every failure is a JSON
 * `{error}` with a status that says whose fault it is; none stops the server.
 */
export function createApp(options: AppOptions = {}): Hono {
  const analyzer = options.analyzer ?? germanAnalyzer;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  const answerLimits = options.answerCache ?? DEFAULT_ANSWER_CACHE;
  const answers = new LruCache<string, Uint8Array<ArrayBuffer>>(
    answerLimits.entries,
    answerLimits.bytes,
  );

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      // A local plain-HTTP server: HSTS would only confuse other apps on localhost.
      strictTransportSecurity: false,
    }),
  );
  const allowedHosts = options.allowedHosts ? new Set(options.allowedHosts) : null;
  if (allowedHosts) {
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).hostname;
      if (!allowedHosts.has(host)) {
        return c.json(
          {
            error: `this server answers only requests to ${[...allowedHosts].join(', ')}, not "${host}"`,
          },
          403,
        );
      }
      await next();
    });
  }
  // A page on another origin may still send a POST here (a form, or fetch in
  // no-cors mode); browsers name its origin in the Origin header. Only the
  // app's own page may change or ask anything. Clients that are not browsers
  // (curl, scripts) send no Origin and are not affected.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !SAFE_METHODS.has(c.req.method)) {
      const own = new URL(c.req.url).origin;
      if (origin !== own) {
        return c.json(
          {
            error: `cross-origin ${c.req.method} refused: the request comes from "${origin}", and only pages of ${own} may send it`,
          } satisfies ApiError,
          403,
        );
      }
    }
    await next();
  });
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        apiError(
          c,
          413,
          `the request is larger than ${formatBytes(maxBodyBytes)}; send fewer or shorter reports`,
        ),
    }),
  );

  const endpoint =
    (minDocuments: number, run: (docs: InputDocument[]) => unknown) => async (c: Context) => {
      const contentType = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(contentType)) {
        return apiError(
          c,
          415,
          `send the body as JSON with "Content-Type: application/json" (got "${contentType || 'none'}")`,
        );
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        const reason = error instanceof SyntaxError ? `: ${error.message}` : '';
        return apiError(c, 400, `the request body is not valid JSON${reason}`);
      }
      const parsed = parseDocumentsRequest(body, {
        minDocuments,
        maxDocuments: MAX_DOCUMENTS,
        maxIdLength: MAX_ID_LENGTH,
        maxTextChars: options.maxTextChars ?? MAX_TEXT_CHARS,
      });
      if (!parsed.ok) return apiError(c, parsed.status, parsed.problem);
      const maxTextChars = options.maxTextChars ?? MAX_TEXT_CHARS;
      const { documents, errors } = await resolveDocuments(parsed.documents, {
        maxTextChars,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      if (documents.length < minDocuments) {
        const failed = errors.map((e) => `"${e.id}" ${e.message}`).join('; ');
        return apiError(
          c,
          422,
          `${documents.length === 0 ? 'no report' : `only ${documents.length} report`} could be read${minDocuments > 1 ? `, and comparing needs at least ${minDocuments}` : ''}: ${failed}`,
        );
      }
      // Keyed by what is analysed: a page fetched again may have changed.
      const key = `${c.req.path}\n${JSON.stringify(documents)}\n${JSON.stringify(errors)}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        const output = run(documents) as { errors?: unknown };
        // Pages that could not be read are named with their message; the others were analysed.
        if (errors.length > 0) output.errors = errors;
        answer = utf8.encode(JSON.stringify(output));
        answers.set(key, answer, answer.byteLength);
      }
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(answer);
    };

  app.post(
    '/api/analyze',
    endpoint(1, (docs) => analyzer.analyze(docs)),
  );
  app.post(
    '/api/compare',
    endpoint(2, (docs) => analyzer.compare(docs)),
  );
  app.all('/api/analyze', (c) => methodNotAllowed(c));
  app.all('/api/compare', (c) => methodNotAllowed(c));
  if (options.stories) registerStoryRoutes(app, options.stories, options.onError);
  else registerNoStoryRoutes(app);
  app.all('/api/*', (c) =>
    apiError(
      c,
      404,
      `no such endpoint: ${c.req.method} ${c.req.path}; the API has POST /api/analyze, POST /api/compare, GET /api/stories and GET /api/stories/ID`,
    ),
  );

  const assets = options.assets ?? null;
  app.get('/:name{[A-Za-z0-9._-]*}', (c) => {
    const name = c.req.param('name') || 'index.html';
    if (!assets) {
      return c.text(
        'The web UI has not been built: run "npm run build" in the crosscheck folder, then restart "crosscheck serve".',
        503,
      );
    }
    const asset = assets.get(name);
    if (!asset) return c.text('Not found', 404);
    c.header('Content-Type', asset.contentType);
    c.header('Cache-Control', 'no-cache');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  app.onError((error, c) => {
    options.onError?.(error);
    return apiError(
      c,
      500,
      'internal error while analysing the reports; the server is still running — see its terminal for details',
    );
  });
  return app;
}

function methodNotAllowed(c: Context): Response {
  c.header('Allow', 'POST');
  return apiError(c, 405, `${c.req.path} accepts only POST with a JSON body`);
}

function apiError(
  c: Context,
  status: 400 | 403 | 404 | 405 | 413 | 415 | 422 | 500,
  message: string,
): Response {
  return c.json({ error: message } satisfies ApiError, status);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { refusedAddress } from './address-policy.js';
import { isWebUrl } from './input-kind.js';

export { isWebUrl };

/**
 * Fetches one page for the command line, safely: http and https only; every
 * address a host name resolves to is checked before connecting (the check runs
 * inside the connection's own DNS lookup, so a second answer cannot slip in
 * between check and connect); redirects are followed by hand, a few at most,
 * each checked again; time and size are limited, the size after decompression
 * too. Node's http/https are used rather than fetch() because only they let the
 * lookup be replaced without another dependency.
 */

export const USER_AGENT =
  'crosscheck/0.1 (reads news reports to compare them; one request per page named by its user)';

export interface FetchOptions {
  /** Reach loopback, private and link-local addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  /** Refuse all network access (`--offline`). */
  offline?: boolean;
  /** Whole request, redirects included. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Resolves a host name to its addresses; tests inject one. */
  resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
  /**
   * Why an address is refused, or null: `refusedAddress` unless a test injects a
   * stricter one (to tell two loopback addresses apart, the only ones tests may reach).
   */
  refuse?: (address: string) => string | null;
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedPage {
  /** The URL the body came from, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

/** A URL that could not be fetched; the message is one line, without the URL. */
export class FetchError extends Error {}

export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  if (options.offline) throw new FetchError('not fetched: --offline refuses all network access');
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseUrl(input);
  for (let redirects = 0; ; redirects++) {
    checkLiteralHost(url, options);
    const response = await get(url, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (redirects >= maxRedirects) throw new FetchError(`more than ${maxRedirects} redirects`);
      url = parseUrl(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchError(
        `the server answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`,
      );
    }
    const contentType = response.headers['content-type'] ?? null;
    const bytes = await readBody(
      response,
      options.maxBytes ?? FETCH_DEFAULTS.maxBytes,
      signal,
      timeoutMs,
    );
    return { url: url.href, contentType, bytes };
  }
}

function parseUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FetchError(`${base ? 'redirects to' : 'is'} not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(
      `${base ? 'redirects to' : 'uses'} ${url.protocol.replace(':', '')}: only http and https are fetched`,
    );
  if (url.username || url.password)
    throw new FetchError('carries a user name or password; such URLs are not fetched');
  return url;
}

/** Connections to an IP literal skip the DNS lookup, so they are checked here. */
function checkLiteralHost(url: URL, options: FetchOptions): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !options.allowPrivate) {
    const problem = (options.refuse ?? refusedAddress)(host);
    if (problem) throw new FetchError(`refused: ${problem} (use --allow-private to allow it)`);
  }
}

/** A DNS lookup for the socket that refuses private answers. */
function guardedLookup(options: FetchOptions): LookupFunction {
  const resolve =
    options.resolve ?? ((hostname: string) => dnsLookup(hostname, { all: true, verbatim: true }));
  return (hostname, lookupOptions, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new FetchError(`${hostname} has no address`);
        if (!options.allowPrivate) {
          // One private answer among public ones is refused too: that mix is how rebinding attacks look.
          for (const { address } of addresses) {
            if ((options.refuse ?? refusedAddress)(address))
              throw new FetchError(
                `refused: ${hostname} resolves to ${address}, a private or reserved address (use --allow-private to allow it)`,
              );
          }
        }
        const wanted =
          lookupOptions.family === 4 || lookupOptions.family === 6
            ? addresses.filter((a) => a.family === lookupOptions.family)
            : addresses;
        if (lookupOptions.all) callback(null, wanted);
        else callback(null, wanted[0]?.address ?? '', wanted[0]?.family ?? 4);
      })
      .catch((error: Error) => callback(error as NodeJS.ErrnoException, '', 4));
  };
}

function get(
  url: URL,
  options: FetchOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        signal,
        lookup: guardedLookup(options),
        headers: {
          'user-agent': USER_AGENT,
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'de,en;q=0.5',
        },
      },
      resolve,
    );
    req.on('error', (error) => reject(describeNetworkError(error, timeoutMs)));
    req.end();
  });
}

async function readBody(
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchError(`is ${declared} bytes, more than the ${maxBytes} accepted`);
  }
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(createInflate());
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        response.destroy();
        throw new FetchError(`is more than the ${maxBytes} bytes accepted`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw signal.aborted
      ? timedOut(timeoutMs)
      : new FetchError(`the page could not be read: ${(error as Error).message}`);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function timedOut(timeoutMs: number): FetchError {
  return new FetchError(`took longer than ${timeoutMs / 1000} s; given up`);
}

function describeNetworkError(error: Error, timeoutMs: number): Error {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (error.name === 'AbortError' || error.name === 'TimeoutError' || code === 'ABORT_ERR')
    return timedOut(timeoutMs);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new FetchError('the host name could not be resolved');
  if (code === 'ECONNREFUSED') return new FetchError('the connection was refused');
  if (code === 'ECONNRESET') return new FetchError('the connection was reset');
  return new FetchError(`could not be fetched: ${error.message}`);
}

import { isIP } from 'node:net';
import { request, type Dispatcher } from 'undici';
import { anyAddress, publicOnly, type AddressPolicy } from './address-policy';
import {
  BlockedAddressError,
  FetchError,
  FetchTimeoutError,
  GoneError,
  HttpStatusError,
  NetworkError,
  TooLargeError,
  TooManyRedirectsError,
} from './fetch-errors';
import type { FetchResult } from './fetch-result';
import { guardedAgent, systemLookup, type HostLookup } from './guarded-agent';
import { readBody } from './read-body';
import { readFileResource } from './read-file-resource';
import { parseRetryAfter } from './retry-after';

export const DEFAULT_USER_AGENT = 'wirelog/0.1 (+https://github.com/wirelog/wirelog)';

export interface FetchOptions {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Lets the URL (and every redirect) reach private and loopback addresses. */
  allowPrivate?: boolean;
  accept?: string;
  /** Folder whose files `file:` URLs may read; without it `file:` is refused. */
  fileRoot?: string;
  /** Tests only: replaces DNS. */
  lookup?: HostLookup;
  /** Tests only: replaces the public-address check. */
  addressPolicy?: AddressPolicy;
  signal?: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const sharedAgents = new Map<boolean, Dispatcher>();

function agentFor(options: FetchOptions): { agent: Dispatcher; owned: boolean } {
  const allowPrivate = options.allowPrivate ?? false;
  if (!options.lookup && !options.addressPolicy) {
    let agent = sharedAgents.get(allowPrivate);
    if (!agent) sharedAgents.set(allowPrivate, (agent = guardedAgent(systemLookup, allowPrivate ? anyAddress : publicOnly)));
    return { agent, owned: false };
  }
  const policy = options.addressPolicy ?? (allowPrivate ? anyAddress : publicOnly);
  return { agent: guardedAgent(options.lookup ?? systemLookup, policy), owned: true };
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = header(headers, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** Checks scheme and IP-literal hosts, which never pass through the agent's lookup. */
function checkTarget(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedAddressError(url.href, `scheme ${url.protocol} is not fetched over the network`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  if (family !== 0 && !policy(host, family === 6 ? 6 : 4)) throw new BlockedAddressError(url.href, `address ${host} is not allowed`, host);
}

/**
 * GETs a feed or page: conditional, size- and time-bounded, following at most
 * `maxRedirects` redirects by hand so every hop passes the SSRF guard again.
 */
export async function fetchResource(input: string | URL, options: FetchOptions = {}): Promise<FetchResult> {
  const start = new URL(input);
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  if (start.protocol === 'file:') return readFileResource(start, options.fileRoot, maxBytes);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const policy = options.addressPolicy ?? (options.allowPrivate ? anyAddress : publicOnly);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeoutError(start.href, timeoutMs)), timeoutMs);
  const onAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const { agent, owned } = agentFor(options);
  try {
    return await follow(start, options, { agent, policy, maxBytes, signal: controller.signal });
  } catch (err) {
    const reason: unknown = controller.signal.reason;
    if (reason instanceof FetchTimeoutError) throw reason;
    if (controller.signal.aborted) throw reason;
    throw toFetchError(err, start.href);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (owned) await agent.close().catch(() => undefined);
  }
}

interface HopContext {
  agent: Dispatcher;
  policy: AddressPolicy;
  maxBytes: number;
  signal: AbortSignal;
}

async function follow(start: URL, options: FetchOptions, ctx: HopContext): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? 5;
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    checkTarget(url, ctx.policy);
    seen.add(url.href);
    const res = await request(withoutUserinfo(url), {
      method: 'GET',
      dispatcher: ctx.agent,
      signal: ctx.signal,
      headers: requestHeaders(options, basicAuth(start, url)),
    });
    const location = header(res.headers, 'location');
    if (REDIRECTS.has(res.statusCode) && location) {
      await res.body.dump();
      const next = new URL(location, url);
      if (seen.has(next.href)) throw new TooManyRedirectsError(start.href, `redirect loop at ${next.href}`);
      if (hop >= maxRedirects) throw new TooManyRedirectsError(start.href, `more than ${maxRedirects} redirects`);
      url = next;
      continue;
    }
    return respond(url, res, ctx.maxBytes);
  }
}

function withoutUserinfo(url: URL): URL {
  if (!url.username && !url.password) return url;
  const bare = new URL(url);
  bare.username = '';
  bare.password = '';
  return bare;
}

/** `user:pw@` of the feed URL as Basic credentials, sent only to that URL's own origin (not after a redirect away). */
function basicAuth(start: URL, url: URL): string | undefined {
  if (!start.username && !start.password) return undefined;
  if (url.origin !== start.origin) return undefined;
  const pair = `${decodeURIComponent(start.username)}:${decodeURIComponent(start.password)}`;
  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

function requestHeaders(options: FetchOptions, authorization: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    'accept-encoding': 'gzip, deflate, br',
    accept: options.accept ?? '*/*',
  };
  if (authorization) headers.authorization = authorization;
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

async function respond(url: URL, res: Dispatcher.ResponseData, maxBytes: number): Promise<FetchResult> {
  const status = res.statusCode;
  if (status === 304) {
    await res.body.dump();
    return { status: 'not-modified', url: url.href };
  }
  if (status < 200 || status > 299) {
    await res.body.dump();
    if (status === 410) throw new GoneError(url.href);
    throw new HttpStatusError(url.href, status, parseRetryAfter(header(res.headers, 'retry-after')));
  }
  const declared = Number(header(res.headers, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.body.on('error', () => undefined).destroy();
    throw new TooLargeError(url.href, maxBytes, `declared Content-Length ${declared}`);
  }
  const body = await readBody(res.body, header(res.headers, 'content-encoding'), url.href, maxBytes);
  const contentType = header(res.headers, 'content-type');
  const etag = header(res.headers, 'etag');
  const lastModified = header(res.headers, 'last-modified');
  return {
    status: 'ok',
    url: url.href,
    httpStatus: status,
    headers: flatten(res.headers),
    body,
    ...(contentType ? { contentType } : {}),
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

function toFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  for (let cause: unknown = err; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof BlockedAddressError) return new BlockedAddressError(url, cause.message, cause.address);
  }
  return new NetworkError(url, err);
}

import { scrubCredentials } from '@wirelog/events';

/** Base of every fetch failure: `retryable` tells the worker whether another attempt can help. */
export class FetchError extends Error {
  readonly retryable: boolean;
  readonly url: string;

  constructor(message: string, url: string, retryable: boolean, options?: { cause?: unknown }) {
    // a feed's URL is fetched with its credentials, which never go into a reason
    super(scrubCredentials(message), options);
    this.name = new.target.name;
    this.url = url;
    this.retryable = retryable;
  }
}

export class HttpStatusError extends FetchError {
  readonly status: number;
  readonly retryAfterMs: number | undefined;

  constructor(url: string, status: number, retryAfterMs?: number) {
    super(`HTTP ${status} from ${url}`, url, status >= 500 || status === 408 || status === 429);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** 410: the resource is gone for good. */
export class GoneError extends FetchError {
  readonly status = 410;

  constructor(url: string) {
    super(`HTTP 410 Gone from ${url}`, url, false);
  }
}

export class TooLargeError extends FetchError {
  readonly maxBytes: number;

  constructor(url: string, maxBytes: number, detail: string) {
    super(`${url}: body exceeds ${maxBytes} bytes (${detail})`, url, false);
    this.maxBytes = maxBytes;
  }
}

export class FetchTimeoutError extends FetchError {
  constructor(url: string, timeoutMs: number, cause?: unknown) {
    super(`${url}: no complete response within ${timeoutMs} ms`, url, true, { cause });
  }
}

export class TooManyRedirectsError extends FetchError {
  constructor(url: string, detail: string) {
    super(`${url}: ${detail}`, url, false);
  }
}

/** SSRF guard: the host resolves only to addresses the policy refuses (or a scheme is not allowed). */
export class BlockedAddressError extends FetchError {
  readonly address: string | undefined;

  constructor(url: string, detail: string, address?: string) {
    super(`${url}: refused, ${detail}`, url, false);
    this.address = address;
  }
}

export class NetworkError extends FetchError {
  constructor(url: string, cause: unknown) {
    super(`${url}: ${cause instanceof Error ? cause.message : String(cause)}`, url, true, { cause });
  }
}

/** A local `file:` feed or page that is not there (or not a readable file): asking again will not help. */
export class LocalFileError extends FetchError {
  constructor(shown: string, detail: string, cause?: unknown) {
    super(`${shown}: ${detail}`, shown, false, { cause });
  }
}

import { FetchError, GoneError, HttpStatusError } from '@wirelog/feeds';

export interface FailureFacts {
  reason: string;
  retryable: boolean;
  httpStatus?: number;
  retryAfterMs?: number;
  gone: boolean;
}

/** What a failed fetch or parse says about itself, for FeedPollFailed / ArticleFetchFailed. */
export function failureFacts(error: unknown): FailureFacts {
  const message = error instanceof Error ? error.message : String(error);
  const retryable = (error as { retryable?: unknown } | null)?.retryable !== false;
  if (error instanceof HttpStatusError) {
    return { reason: message, retryable, httpStatus: error.status, retryAfterMs: error.retryAfterMs, gone: false };
  }
  if (error instanceof GoneError) return { reason: message, retryable: false, httpStatus: 410, gone: true };
  if (error instanceof FetchError) return { reason: message, retryable, gone: false };
  return { reason: message, retryable, gone: false };
}

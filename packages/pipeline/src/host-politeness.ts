import { HostBusyError, takeHostTurn } from '@wirelog/feeds';
import { JobDeferredError } from '@wirelog/queue';
import type { PipelineDeps } from './pipeline-deps';

/** The longest Retry-After a host gets from us unless configured: one hostile header must not stop a host for weeks. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
/** A worker waits in place for a host's turn this long at most; a later turn defers its job instead. */
export const DEFAULT_MAX_HOST_WAIT_MS = 2_000;

export function hostOf(url: string): string {
  try {
    return new URL(url).host || 'local-files';
  } catch {
    return 'invalid-url';
  }
}

export interface HostTurnRequest {
  url: string;
  /** Who asks (the job id): its place in the host's line is kept across deferrals. */
  ticket: string;
  minIntervalMs: number;
  /** Feed polls go ahead of booked page fetches (one poll can discover many pages). */
  jumpQueue?: boolean;
  signal?: AbortSignal;
}

/**
 * Resolves when the request may go out (recorded as sent for the host's gap,
 * across every worker). A turn further away than the worker should wait
 * throws JobDeferredError: the job goes back to the queue until then and its
 * slot serves other hosts meanwhile. Local files need no politeness.
 */
export async function awaitHostTurn(deps: PipelineDeps, request: HostTurnRequest): Promise<void> {
  if (request.url.startsWith('file:')) return;
  try {
    await takeHostTurn(deps.hostLimiter, hostOf(request.url), {
      ticket: request.ticket,
      minIntervalMs: request.minIntervalMs,
      maxWaitMs: deps.politeness?.maxHostWaitMs ?? DEFAULT_MAX_HOST_WAIT_MS,
      jumpQueue: request.jumpQueue,
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof HostBusyError) throw new JobDeferredError(error.waitMs, error.message);
    throw error;
  }
}

/** A server's Retry-After holds back its whole host, for at most the configured cap. */
export async function holdBackHost(deps: PipelineDeps, url: string, retryAfterMs: number): Promise<number> {
  const delay = Math.min(retryAfterMs, deps.politeness?.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS);
  await deps.hostLimiter.deferHost(hostOf(url), Date.now() + delay);
  return delay;
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { HostLimiter } from './host-limiter';

/** The host's turn is further away than a worker should wait holding its slot. */
export class HostBusyError extends Error {
  override name = 'HostBusyError';
  constructor(
    readonly host: string,
    readonly waitMs: number,
  ) {
    super(`${host} is not free for another ${Math.round(waitMs / 1000)} s`);
  }
}

export interface HostTurnOptions {
  /** Who is asking (a job id): its booking is kept between calls. */
  ticket: string;
  minIntervalMs: number;
  /** Waits up to this long in place; a longer wait throws HostBusyError (the caller defers its job). */
  maxWaitMs: number;
  jumpQueue?: boolean;
  signal?: AbortSignal;
}

/** Resolves when the caller may send its request to `host`, which is then recorded as sent. */
export async function takeHostTurn(limiter: HostLimiter, host: string, options: HostTurnOptions): Promise<void> {
  for (;;) {
    const wait = await limiter.claim(host, options.ticket, options.minIntervalMs, { jumpQueue: options.jumpQueue });
    if (wait <= 0) return;
    if (wait > options.maxWaitMs) throw new HostBusyError(host, wait);
    await sleep(wait, undefined, { signal: options.signal });
  }
}

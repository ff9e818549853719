/**
 * Keeps a minimum gap between two requests to one host. `acquire` resolves when
 * the caller may send its request; the slot is reserved before waiting, so callers
 * are served in the order they asked.
 */
export interface HostLimiter {
  acquire(host: string, minIntervalMs: number): Promise<void>;
  /** Pushes the host's next free slot to at least `untilEpochMs` (Retry-After, 429). */
  deferHost(host: string, untilEpochMs: number): Promise<void>;
  close?(): Promise<void>;
}

/** Host names differ only by case and a trailing dot. */
export function hostKey(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

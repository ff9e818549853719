/**
 * Keeps a minimum gap between two requests to one host, measured between
 * actual sends, across every worker sharing the limiter. A caller asks for
 * the host's turn under a ticket (its job id): when the host is free and no
 * earlier ticket is due, the turn is granted and recorded as a send at once;
 * otherwise the ticket is booked into the host's next free slot, first come
 * first served, and the caller learns how long until it comes round.
 */
export interface HostLimiter {
  /**
   * 0: send now (recorded as this host's latest send). Otherwise the
   * milliseconds until the ticket's turn; ask again then with the same ticket.
   * `jumpQueue` (feed polls) takes the host as soon as the gap since the last
   * send allows, ahead of booked tickets, and books nothing.
   */
  claim(host: string, ticket: string, minIntervalMs: number, options?: { jumpQueue?: boolean }): Promise<number>;
  /** No request to the host before `untilEpochMs` (Retry-After, 429): tickets are booked after it. */
  deferHost(host: string, untilEpochMs: number): Promise<void>;
}

/** Host names differ only by case and a trailing dot. */
export function hostKey(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

/** A ticket whose slot passed this long ago belongs to a job that is gone; its slot is freed. */
export const STALE_TICKET_MS = 60_000;

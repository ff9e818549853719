import { STALE_TICKET_MS } from './host-limiter';

/** One host's state: the last actual send, a Retry-After floor, and booked tickets (ticket → slot). */
export interface HostTurns {
  last: number;
  until: number;
  tickets: Map<string, number>;
}

export function newHostTurns(): HostTurns {
  return { last: -Infinity, until: 0, tickets: new Map() };
}

/**
 * The turn arithmetic of `HostLimiter.claim`, for the in-process limiter; the
 * Redis script is the same steps run atomically. Returns 0 when the turn is
 * granted (and records the send), else the milliseconds to wait.
 */
export function claimTurn(state: HostTurns, now: number, ticket: string, interval: number, jumpQueue: boolean): number {
  for (const [other, slot] of state.tickets) if (slot < now - STALE_TICKET_MS) state.tickets.delete(other);
  const free = Math.max(state.last + interval, state.until);
  const mine = state.tickets.get(ticket);
  state.tickets.delete(ticket);
  const booked = [...state.tickets.values()];
  const firstBooked = Math.min(Infinity, ...booked);
  // a ticket holder goes when its slot has come; anyone else only into a gap before the first booking
  const due = mine !== undefined ? Math.max(mine, free) : jumpQueue || firstBooked >= now + interval ? free : undefined;
  if (due !== undefined && now >= due) {
    state.last = now;
    return 0;
  }
  if (jumpQueue) return Math.max(1, free - now);
  // a booking keeps its place unless the host was pushed out well past it (a Retry-After)
  if (mine !== undefined && due !== undefined && due - Math.max(mine, now) <= interval) {
    state.tickets.set(ticket, mine);
    return Math.max(1, due - now);
  }
  const slot = Math.max(now, free, Math.max(-Infinity, ...booked) + interval);
  state.tickets.set(ticket, slot);
  return Math.max(1, slot - now);
}

import { hostKey, type HostLimiter } from './host-limiter';
import { claimTurn, newHostTurns, type HostTurns } from './host-turns';

/** Single-process limiter for embedded mode: the same turn arithmetic as the Redis one. */
export class MemoryHostLimiter implements HostLimiter {
  private readonly hosts = new Map<string, HostTurns>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(host: string, ticket: string, minIntervalMs: number, options: { jumpQueue?: boolean } = {}): Promise<number> {
    const now = this.now();
    const wait = claimTurn(this.turns(host), now, ticket, Math.max(0, minIntervalMs), options.jumpQueue ?? false);
    if (this.hosts.size > 10_000) this.prune(now);
    return wait;
  }

  async deferHost(host: string, untilEpochMs: number): Promise<void> {
    const turns = this.turns(host);
    turns.until = Math.max(turns.until, untilEpochMs);
  }

  private turns(host: string): HostTurns {
    const key = hostKey(host);
    let turns = this.hosts.get(key);
    if (!turns) this.hosts.set(key, (turns = newHostTurns()));
    return turns;
  }

  /** Forgets hosts with nothing booked whose gap and deferral have passed. */
  private prune(now: number): void {
    for (const [key, turns] of this.hosts) if (turns.tickets.size === 0 && turns.until <= now && turns.last < now - 60_000) this.hosts.delete(key);
  }
}

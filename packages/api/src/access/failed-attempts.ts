/**
 * Failed token attempts per client address, in fixed windows: after `max`
 * failures within `windowMs`, that address is refused until its window ends.
 * Success does not clear the count. At most `capacity` addresses are kept (the
 * least recently failing are forgotten first), so a flood of addresses costs
 * bounded memory.
 */
export class FailedAttempts {
  private readonly byAddress = new Map<string, { since: number; count: number }>();

  constructor(private readonly options: { max: number; windowMs: number; capacity: number } = { max: 10, windowMs: 60_000, capacity: 10_000 }) {}

  /** Milliseconds this address must still wait, or 0. */
  lockedFor(address: string, now = performance.now()): number {
    const entry = this.byAddress.get(address);
    if (!entry || entry.count < this.options.max) return 0;
    return Math.max(0, entry.since + this.options.windowMs - now);
  }

  fail(address: string, now = performance.now()): void {
    const entry = this.byAddress.get(address);
    const current = entry && now - entry.since < this.options.windowMs ? { since: entry.since, count: entry.count + 1 } : { since: now, count: 1 };
    this.byAddress.delete(address);
    this.byAddress.set(address, current);
    if (this.byAddress.size > this.options.capacity) this.byAddress.delete(this.byAddress.keys().next().value!);
  }
}

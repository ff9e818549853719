import { setTimeout as sleep } from 'node:timers/promises';
import { hostKey, type HostLimiter } from './host-limiter';

/** Single-process limiter for embedded mode: the same slot arithmetic as the Redis one. */
export class MemoryHostLimiter implements HostLimiter {
  private readonly nextFree = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(host: string, minIntervalMs: number): Promise<void> {
    const wait = this.reserve(host, minIntervalMs);
    if (wait > 0) await sleep(wait);
  }

  async deferHost(host: string, untilEpochMs: number): Promise<void> {
    const key = hostKey(host);
    this.nextFree.set(key, Math.max(this.nextFree.get(key) ?? 0, untilEpochMs));
  }

  /** Reserves the host's next slot and returns how long to wait for it. */
  reserve(host: string, minIntervalMs: number): number {
    const now = this.now();
    const key = hostKey(host);
    const slot = Math.max(now, this.nextFree.get(key) ?? 0);
    this.nextFree.set(key, slot + Math.max(0, minIntervalMs));
    if (this.nextFree.size > 10_000) this.prune(now);
    return slot - now;
  }

  private prune(now: number): void {
    for (const [key, at] of this.nextFree) if (at <= now) this.nextFree.delete(key);
  }
}

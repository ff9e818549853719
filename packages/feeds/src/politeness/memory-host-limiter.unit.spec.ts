import { describe, expect, it } from 'vitest';
import { MemoryHostLimiter } from './memory-host-limiter';
import { HostBusyError, takeHostTurn } from './take-host-turn';

function limiterAt(start = 1_000) {
  const clock = { now: start };
  return { clock, limiter: new MemoryHostLimiter(() => clock.now) };
}

describe('MemoryHostLimiter', () => {
  it('grants a free host at once and books later callers one interval apart, first come first served', async () => {
    const { clock, limiter } = limiterAt();
    expect(await limiter.claim('a.example', 'j1', 100)).toBe(0);
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(100);
    expect(await limiter.claim('A.Example.', 'j3', 100)).toBe(200);
    // asking again keeps the booking instead of taking a new one
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(200);
    clock.now += 100;
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(100); // not yet j3's turn
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(0);
    clock.now += 100;
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(0);
  });

  it('measures the gap from the last actual send: a late ticket holder waits for the gap again', async () => {
    const { clock, limiter } = limiterAt();
    expect(await limiter.claim('a.example', 'j1', 100)).toBe(0);
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(100);
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(200);
    // j2 stalls; j3's slot comes first and it sends at t+200
    clock.now += 200;
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(0);
    // j2 wakes 10 ms later: its slot is long past, but the host sent 10 ms ago
    clock.now += 10;
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(90);
    clock.now += 90;
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(0);
  });

  it('keeps hosts independent and lets a newcomer into a free host only ahead of no due booking', async () => {
    const { clock, limiter } = limiterAt();
    expect(await limiter.claim('a.example', 'j1', 500)).toBe(0);
    expect(await limiter.claim('b.example', 'j2', 500)).toBe(0);
    expect(await limiter.claim('a.example', 'j3', 500)).toBe(500);
    clock.now += 600;
    // j3's slot has passed but j3 has not come back yet: a newcomer queues behind it
    expect(await limiter.claim('a.example', 'j4', 500)).toBe(400);
    expect(await limiter.claim('a.example', 'j3', 500)).toBe(0);
  });

  it('defers every request to a host until a Retry-After, re-booking tickets behind it', async () => {
    const { clock, limiter } = limiterAt(0);
    expect(await limiter.claim('a.example', 'j1', 100)).toBe(0);
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(100);
    await limiter.deferHost('a.example', 5_000);
    clock.now = 100;
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(4_900);
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(5_000);
    // a feed poll jumps the queue but not the deferral
    expect(await limiter.claim('a.example', 'poll', 100, { jumpQueue: true })).toBe(4_900);
    await limiter.deferHost('a.example', 10); // an earlier deadline never shortens it
    clock.now = 5_000;
    expect(await limiter.claim('a.example', 'j2', 100)).toBe(0);
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(100);
  });

  it('frees the slot of a ticket whose holder never came back', async () => {
    const { clock, limiter } = limiterAt(0);
    expect(await limiter.claim('a.example', 'j1', 100)).toBe(0);
    expect(await limiter.claim('a.example', 'lost', 100)).toBe(100);
    clock.now = 100 + 61_000;
    expect(await limiter.claim('a.example', 'j3', 100)).toBe(0);
  });

  it('takeHostTurn waits a short turn in place and refuses a long one', async () => {
    const limiter = new MemoryHostLimiter();
    await takeHostTurn(limiter, 'a.example', { ticket: 'j1', minIntervalMs: 30, maxWaitMs: 100 });
    const start = Date.now();
    await takeHostTurn(limiter, 'a.example', { ticket: 'j2', minIntervalMs: 30, maxWaitMs: 100 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(25);
    await limiter.deferHost('a.example', Date.now() + 60_000);
    const busy = takeHostTurn(limiter, 'a.example', { ticket: 'j3', minIntervalMs: 30, maxWaitMs: 100 });
    await expect(busy).rejects.toBeInstanceOf(HostBusyError);
    await expect(busy).rejects.toMatchObject({ waitMs: expect.any(Number) });
  });
});

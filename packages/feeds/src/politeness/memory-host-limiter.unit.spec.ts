import { describe, expect, it } from 'vitest';
import { MemoryHostLimiter } from './memory-host-limiter';

describe('MemoryHostLimiter', () => {
  it('spaces reservations of one host by the interval, in request order', () => {
    let now = 1_000;
    const limiter = new MemoryHostLimiter(() => now);
    expect(limiter.reserve('a.example', 100)).toBe(0);
    expect(limiter.reserve('a.example', 100)).toBe(100);
    expect(limiter.reserve('A.Example.', 100)).toBe(200);
    now = 1_050;
    expect(limiter.reserve('a.example', 100)).toBe(250);
  });

  it('keeps hosts independent and frees a host once its gap has passed', () => {
    let now = 0;
    const limiter = new MemoryHostLimiter(() => now);
    limiter.reserve('a.example', 500);
    expect(limiter.reserve('b.example', 500)).toBe(0);
    now = 600;
    expect(limiter.reserve('a.example', 500)).toBe(0);
  });

  it('deferHost pushes the next slot to at least the given time, never earlier', async () => {
    let now = 0;
    const limiter = new MemoryHostLimiter(() => now);
    await limiter.deferHost('a.example', 5_000);
    expect(limiter.reserve('a.example', 100)).toBe(5_000);
    await limiter.deferHost('a.example', 10);
    now = 5_000;
    expect(limiter.reserve('a.example', 100)).toBe(100);
  });

  it('acquire resolves after the reserved wait', async () => {
    const limiter = new MemoryHostLimiter();
    await limiter.acquire('a.example', 20);
    const start = Date.now();
    await limiter.acquire('a.example', 20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
  });
});

import { describe, expect, it } from 'vitest';
import { assertJobId, jobIdFor } from './job-id';
import { backoffDelay, jobOptionsFor, parseJobData } from './job-policy';
import { nextRunAfter } from './scheduler-slots';
import { InvalidJobDataError, InvalidJobIdError, isNonRetryable, NonRetryableError } from './queue.errors';

describe('job ids', () => {
  it('accepts what BullMQ accepts and rejects the rest', () => {
    expect(assertJobId('fetch-3f9a')).toBe('fetch-3f9a');
    expect(assertJobId('0123')).toBe('0123');
    for (const bad of ['', 'a:b', '42', 'has space', 'x'.repeat(257)]) expect(() => assertJobId(bad)).toThrow(InvalidJobIdError);
  });

  it('derives a deterministic id from the catalog unless one is given', () => {
    expect(jobIdFor('fetch-article', { articleId: 'abc', url: 'u', feedId: 'f' })).toBe('fetch-abc');
    expect(jobIdFor('poll-feed', { feedId: 'dcd-news' })).toBe('poll-dcd-news');
    expect(jobIdFor('extract-article', { articleId: 'abc' }, 'extract-abc-v2')).toBe('extract-abc-v2');
    expect(() => jobIdFor('poll-feed', { feedId: 'a:b' })).toThrow(InvalidJobIdError);
  });
});

describe('job policy', () => {
  it('validates data with the catalog schema and strips unknown keys', () => {
    expect(parseJobData('extract-article', { articleId: 'a1', extra: true })).toEqual({ articleId: 'a1' });
    const err = (() => {
      try {
        parseJobData('fetch-article', { articleId: 'a1' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(err).toBeInstanceOf(InvalidJobDataError);
    expect((err as InvalidJobDataError).issues.map((issue) => issue.split(':')[0])).toEqual(['url', 'feedId']);
    expect(isNonRetryable(err)).toBe(true);
  });

  it('doubles the backoff after each failed attempt, scaled as asked', () => {
    const options = jobOptionsFor('fetch-article');
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(options, attempt))).toEqual([2000, 4000, 8000, 16000]);
    expect(backoffDelay(jobOptionsFor('extract-article', 0.01), 2)).toBe(20);
    expect(jobOptionsFor('poll-feed')).toEqual({ attempts: 1 });
  });

  it('treats only retryable === false as final', () => {
    expect(isNonRetryable(new NonRetryableError('gone'))).toBe(true);
    expect(isNonRetryable(Object.assign(new Error('x'), { retryable: false }))).toBe(true);
    expect(isNonRetryable(Object.assign(new Error('x'), { retryable: true }))).toBe(false);
    expect(isNonRetryable(new Error('x'))).toBe(false);
    expect(isNonRetryable('x')).toBe(false);
  });
});

describe('nextRunAfter', () => {
  const scheduler = { id: 's', everyMs: 1000, data: {}, nextMillis: 10_000 };
  it('is one interval after the run that just started', () => {
    expect(nextRunAfter(scheduler, 10_005)).toBe(11_000);
  });
  it('skips missed slots instead of catching up', () => {
    expect(nextRunAfter(scheduler, 13_500)).toBe(14_000);
  });
});

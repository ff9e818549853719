import { describe, expect, it } from 'vitest';
import { deterministicEventId, upcast, validateEvent, UnknownEventError, withoutCredentials } from './index';

describe('events', () => {
  it('derives the same uuid from the same parts and another from other parts', () => {
    const a = deterministicEventId('article', 'x', 1);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('article', 'x', 1)).toBe(a);
    expect(deterministicEventId('article', 'x', 2)).not.toBe(a);
    expect(deterministicEventId('ab', 'c')).not.toBe(deterministicEventId('a', 'bc'));
  });

  it('validates payloads and rejects unknown types and future versions', () => {
    const event = validateEvent({ type: 'FeedRemoved', data: { feedId: 'f' } });
    expect(event.data.feedId).toBe('f');
    expect(() => validateEvent({ type: 'FeedRemoved', data: {} as never })).toThrow();
    expect(upcast('FeedRemoved', 1, { feedId: 'f' })).toEqual({ type: 'FeedRemoved', data: { feedId: 'f' } });
    expect(() => upcast('NoSuchEvent', 1, {})).toThrow(UnknownEventError);
    expect(() => upcast('FeedRemoved', 9, { feedId: 'f' })).toThrow(UnknownEventError);
  });

  it('keeps credentials out of feed settings: refused when appended, and v1 events read without them', () => {
    const settings = { feedId: 'f', intervalMs: 60_000, hostIntervalMs: 1000, fetchArticles: true, enabled: true, allowPrivate: false, tags: [] };
    expect(() => validateEvent({ type: 'FeedRegistered', data: { ...settings, url: 'https://reader:pw@example.org/feed', credentials: true } })).toThrow(
      /carries no credentials/,
    );
    expect(upcast('FeedChanged', 1, { ...settings, url: 'https://reader:pw@example.org/feed' })).toEqual({
      type: 'FeedChanged',
      data: { ...settings, url: 'https://example.org/feed', credentials: true },
    });
    expect(upcast('FeedRegistered', 1, { ...settings, url: 'https://example.org/feed' }).data).toMatchObject({ url: 'https://example.org/feed', credentials: false });
  });

  it('reads v1 mention events as v2, which adds the capacity and quantity kinds', () => {
    const mention = { id: 'm', kind: 'money' as const, text: '$1bn', start: 0, end: 4, key: 'USD:1000000000', name: '$1 billion', confidence: 0.95 };
    const v1 = { articleId: 'a', extractorVersion: 'x', textHash: 'h', mentions: [mention], extractedAt: '2026-11-30T00:00:00Z' };
    expect(upcast('EntitiesExtracted', 1, v1)).toEqual({ type: 'EntitiesExtracted', data: v1 });
    const capacity = { ...mention, kind: 'capacity' as const, key: 'MW:1500', value: { mw: 1500 }, country: 'IN' };
    const extracted = validateEvent({ type: 'EntitiesExtracted' as const, data: { ...v1, mentions: [capacity] } });
    expect(extracted.data.mentions[0]?.kind).toBe('capacity');
    const rejected = { articleId: 'a', mentionId: 'm', kind: 'quantity', key: 'gpu:18000', start: 0, end: 11 };
    expect(upcast('EntityRejected', 2, rejected).data).toEqual(rejected);
    expect(() => upcast('EntitiesExtracted', 3, v1)).toThrow(UnknownEventError);
  });

  it('drops user:pw@ from a URL and returns anything else as it was', () => {
    expect(withoutCredentials('https://reader:s3cret@example.org:8443/feed?x=1')).toBe('https://example.org:8443/feed?x=1');
    expect(withoutCredentials('https://token@example.org/feed')).toBe('https://example.org/feed');
    expect(withoutCredentials('https://example.org/feed')).toBe('https://example.org/feed');
    expect(withoutCredentials('not a url')).toBe('not a url');
  });
});

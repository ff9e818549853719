import { describe, expect, it } from 'vitest';
import { deterministicEventId, upcast, validateEvent, UnknownEventError } from './index';

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
});

import { describe, expect, it } from 'vitest';
import { itemKey } from './item-key';

describe('itemKey', () => {
  it('prefers the item URL', () => {
    expect(itemKey({ url: 'https://example.org/a', guid: 'https://example.org/b' })).toBe('https://example.org/a');
  });

  it('falls back to a guid that is an http(s) URL', () => {
    expect(itemKey({ guid: 'https://example.org/b' })).toBe('https://example.org/b');
    expect(itemKey({ guid: 'tag:example.org,2024:1' })).toBeUndefined();
    expect(itemKey({ url: 'mailto:x@example.org', guid: '42' })).toBeUndefined();
    expect(itemKey({})).toBeUndefined();
  });
});

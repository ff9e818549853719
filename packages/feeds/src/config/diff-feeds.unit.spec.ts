import { describe, expect, it } from 'vitest';
import { diffFeeds } from './diff-feeds';
import type { FeedConfig } from './feeds-config.types';

const feed = (id: string, changes: Partial<FeedConfig> = {}): FeedConfig => ({
  id, url: `https://${id}.example/feed`, intervalMs: 900_000, hostIntervalMs: 1_000, fetchArticles: true, tags: [], enabled: true, allowPrivate: false, ...changes,
});

describe('diffFeeds', () => {
  it('sorts feeds into added, changed and removed by id', () => {
    const prev = [feed('a'), feed('b'), feed('c'), feed('d', { tags: ['x'] })];
    const next = [feed('a'), feed('b', { intervalMs: 60_000 }), feed('d', { tags: ['x', 'y'] }), feed('e')];
    expect(diffFeeds(prev, next)).toEqual({
      added: [feed('e')],
      changed: [feed('b', { intervalMs: 60_000 }), feed('d', { tags: ['x', 'y'] })],
      removed: [feed('c')],
    });
  });

  it.each<[keyof FeedConfig, FeedConfig[keyof FeedConfig]]>([
    ['url', 'https://moved.example/'], ['hostIntervalMs', 5], ['fetchArticles', false], ['enabled', false], ['allowPrivate', true],
  ])('counts a change of %s', (key, value) => {
    expect(diffFeeds([feed('a')], [feed('a', { [key]: value })]).changed).toHaveLength(1);
  });

  it('finds nothing to do between equal configs', () => {
    expect(diffFeeds([feed('a')], [feed('a')])).toEqual({ added: [], changed: [], removed: [] });
  });
});

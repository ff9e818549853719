import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration';
import { resolveFeedUrl } from './resolve-feed-url';

describe('resolveFeedUrl', () => {
  const dir = '/srv/wirelog';

  it.each([
    ['https://Example.org/feed', 'https://example.org/feed'],
    ['HTTP://example.org', 'http://example.org/'],
    ['file:seeds/a.xml', 'file:///srv/wirelog/seeds/a.xml'],
    ['file:./a.xml', 'file:///srv/wirelog/a.xml'],
    ['file:a%20b.xml', 'file:///srv/wirelog/a%20b.xml'],
    ['file:///srv/wirelog/x/y.xml', 'file:///srv/wirelog/x/y.xml'],
    ['file:/srv/wirelog/abs.xml', 'file:///srv/wirelog/abs.xml'],
  ])('%s -> %s', (url, expected) => {
    expect(resolveFeedUrl(url, dir)).toEqual({ ok: true, url: expected });
  });

  it.each(['file:../up.xml', 'file:seeds/../../etc/passwd', 'file:///etc/passwd', 'file:/etc/passwd', 'file:.', 'ftp://x/', 'javascript:alert(1)', 'https://', ''])(
    'refuses %j',
    (url) => {
      expect(resolveFeedUrl(url, dir).ok).toBe(false);
    },
  );

  it('does not mistake a sibling folder with the same prefix for a subfolder', () => {
    expect(resolveFeedUrl('file:/srv/wirelog-other/a.xml', dir).ok).toBe(false);
    expect(resolveFeedUrl('file:..hidden.xml', dir)).toEqual({ ok: true, url: 'file:///srv/wirelog/..hidden.xml' });
  });

  it.each(['example.com/feed.xml', 'seeds/a.xml', '/srv/wirelog/abs.xml', 'localhost:8080/feed'])('asks for a scheme in %j instead of reading it as a path', (url) => {
    expect(resolveFeedUrl(url, dir)).toEqual({ ok: false, message: expect.stringMatching(/needs a scheme: http:, https:, or file:/) });
  });
});

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000], ['15m', 900_000], ['1h', 3_600_000], ['1h30m', 5_400_000], ['2h0m5s', 7_205_000], ['0s', 0],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '15', '1.5h', '30m1h', '15 m', 'm', '-5s'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

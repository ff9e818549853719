import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.ORG/News', 'https://example.org/News'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['http://example.org:80/a', 'http://example.org/a'],
    ['http://example.org:8080/a', 'http://example.org:8080/a'],
    ['https://example.org/a#comments', 'https://example.org/a'],
    ['https://example.org/a?utm_source=rss&utm_medium=feed&id=7', 'https://example.org/a?id=7'],
    ['https://example.org/a?UTM_Campaign=x', 'https://example.org/a'],
    ['https://example.org/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&ref_src=6&igshid=7', 'https://example.org/a'],
    ['https://example.org/a?_hsenc=1&_hsmi=2&yclid=3&msclkid=4', 'https://example.org/a'],
    ['https://example.org/a?z=1&b=2&a=3', 'https://example.org/a?a=3&b=2&z=1'],
    ['https://example.org/a?', 'https://example.org/a'],
    ['https://example.org/a/./b/../c', 'https://example.org/a/c'],
    ['https://example.org/a?q=hello%20world&utm_term=x', 'https://example.org/a?q=hello%20world'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org./a', 'https://example.org/a'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('keeps parameters that look like trackers only by prefix', () => {
    expect(canonicalUrl('https://example.org/a?reference=1&refs=2')).toBe('https://example.org/a?reference=1&refs=2');
  });

  it('gives the same URL whatever order the parameters came in', () => {
    expect(canonicalUrl('https://example.org/a?b=2&a=1')).toBe(canonicalUrl('https://example.org/a?a=1&b=2&utm_source=x'));
  });

  it('drops user:pw@, so no secret is stored with the article', () => {
    expect(canonicalUrl('https://reader:s3cret@news.example/a?id=1')).toBe('https://news.example/a?id=1');
  });

  it('throws on a relative URL', () => {
    expect(() => canonicalUrl('/news/1')).toThrow(TypeError);
  });
});

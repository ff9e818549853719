import { describe, expect, it } from 'vitest';
import { articleIdFor } from './article-id';
import { textHash } from './text-hash';

describe('articleIdFor', () => {
  it('is 24 hex chars of sha256 of the canonical URL', () => {
    // sha256("https://example.org/a") computed independently with `printf %s ... | sha256sum`.
    expect(articleIdFor('https://EXAMPLE.org/a#top')).toBe('b5b10dd0429e69ac7cfaf0a2');
    expect(articleIdFor('https://example.org/a')).toMatch(/^[0-9a-f]{24}$/);
  });

  it('is the same for URLs that differ only in tracking and spelling', () => {
    expect(articleIdFor('https://example.org:443/a?utm_source=x')).toBe(articleIdFor('https://example.org/a'));
    expect(articleIdFor('https://example.org/b')).not.toBe(articleIdFor('https://example.org/a'));
  });
});

describe('textHash', () => {
  it('ignores case and whitespace differences', () => {
    expect(textHash('  Hello\n\tWORLD ')).toBe(textHash('hello world'));
    expect(textHash('hello world')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for different words', () => {
    expect(textHash('hello world')).not.toBe(textHash('hello worlds'));
  });
});

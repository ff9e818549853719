import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedsConfig } from './parse-feeds-config';
import { relocateFeedsFile } from './relocate-feeds-file';

const root = path.resolve('/srv/wirelog');
const seeds = path.join(root, 'seeds');

const sample = `# Sample feeds: local files.
defaults:
  interval: 15m
feeds:
  - id: ledger
    url: file:feeds/compute-ledger.xml # a comment stays
    tags: [sovereign-ai, data-centres]
  - id: plain
    url: file:pages/list.json
  - id: absolute
    url: file://${seeds}/feeds/other.xml
  - id: spaced
    url: "file:my feeds/a b.xml"
  - id: remote
    url: https://example.org/feed.xml
`;

function urlsOf(text: string, feedsFile: string): Record<string, string> {
  const result = parseFeedsConfig(text, feedsFile);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return Object.fromEntries(result.config.feeds.map((f) => [f.id, f.url]));
}

describe('relocateFeedsFile', () => {
  it('keeps every feed pointing at the same file from the new folder', () => {
    const moved = relocateFeedsFile(sample, seeds, root);
    expect(urlsOf(moved, path.join(root, 'feeds.yaml'))).toEqual(urlsOf(sample, path.join(seeds, 'feeds.yaml')));
    expect(moved).toContain('url: file:seeds/feeds/compute-ledger.xml # a comment stays');
    expect(moved).toContain('url: file:seeds/pages/list.json');
    expect(moved).toContain('url: file:seeds/feeds/other.xml');
    expect(moved).toContain('url: "file:seeds/my feeds/a b.xml"');
  });

  it('changes nothing but local URLs', () => {
    const moved = relocateFeedsFile(sample, seeds, root);
    const unchanged = (text: string) => text.split('\n').filter((line) => !/url: "?file:/.test(line));
    expect(unchanged(moved)).toEqual(unchanged(sample));
  });

  it('returns a file without a feeds list as it is', () => {
    expect(relocateFeedsFile('defaults: {}\n', seeds, root)).toBe('defaults: {}\n');
  });
});

import { describe, expect, it } from 'vitest';
import { opmlToFeedsYaml } from './opml-to-feeds-yaml';
import { parseFeedsConfig } from './parse-feeds-config';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
  <outline text="Data Centres">
    <outline text="DCD" title="DCD — News" type="rss" xmlUrl="https://dcd.example/feed.xml" htmlUrl="https://dcd.example/" category="/AI/Infra,chips"/>
    <outline text="DCD" xmlUrl="https://dcd.example/other.xml"/>
    <outline text="Nested"><outline text="Deep &amp; Wide" xmlUrl="https://deep.example/rss?a=1&amp;b=2"/></outline>
  </outline>
  <outline text="Café Tech" xmlUrl="http://cafe.example/rss"/>
  <outline xmlUrl="https://nameless.example/atom"/>
  <outline text="Podcast" xmlUrl="feed://podcast.example/rss"/>
</body></opml>`;

describe('opmlToFeedsYaml', () => {
  it('writes a feeds file: slug ids, de-duplicated, folders and categories as tags', () => {
    expect(opmlToFeedsYaml(OPML)).toBe(`# skipped (not http/https): feed://podcast.example/rss

feeds:
  - id: dcd-news
    url: https://dcd.example/feed.xml
    tags: [ data-centres, ai, infra, chips ]
  - id: dcd
    url: https://dcd.example/other.xml
    tags: [ data-centres ]
  - id: deep-wide
    url: https://deep.example/rss?a=1&b=2
    tags: [ data-centres, nested ]
  - id: cafe-tech
    url: http://cafe.example/rss
  - id: nameless-example
    url: https://nameless.example/atom
`);
  });

  it('round-trips: the YAML is a valid feeds file with the same URLs and tags', () => {
    const result = parseFeedsConfig(opmlToFeedsYaml(OPML), '/srv/feeds.yaml');
    expect(result.ok && result.config.feeds.map((f) => [f.id, f.url, f.tags])).toEqual([
      ['dcd-news', 'https://dcd.example/feed.xml', ['data-centres', 'ai', 'infra', 'chips']],
      ['dcd', 'https://dcd.example/other.xml', ['data-centres']],
      ['deep-wide', 'https://deep.example/rss?a=1&b=2', ['data-centres', 'nested']],
      ['cafe-tech', 'http://cafe.example/rss', []],
      ['nameless-example', 'https://nameless.example/atom', []],
    ]);
  });

  it('numbers ids that would collide', () => {
    const opml = '<opml><body><outline text="News" xmlUrl="https://a.example/"/><outline text="news!" xmlUrl="https://b.example/"/><outline text="News" xmlUrl="https://c.example/"/></body></opml>';
    const result = parseFeedsConfig(opmlToFeedsYaml(opml), '/srv/feeds.yaml');
    expect(result.ok && result.config.feeds.map((f) => f.id)).toEqual(['news', 'news-2', 'news-3']);
  });

  it('gives an empty list for an OPML without feeds', () => {
    expect(opmlToFeedsYaml('<opml><body/></opml>')).toBe('feeds: []\n');
  });
});

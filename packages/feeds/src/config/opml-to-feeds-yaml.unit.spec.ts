import { describe, expect, it } from 'vitest';
import { opmlToFeedsYaml as importOpml } from './opml-to-feeds-yaml';
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

/** The YAML of an import that must succeed. */
function opmlToFeedsYaml(text: string): string {
  const result = importOpml(text);
  if (!result.ok) throw new Error(result.message);
  return result.yaml;
}

describe('opmlToFeedsYaml', () => {
  it('writes a feeds file: slug ids, de-duplicated, folders and categories as tags', () => {
    expect(opmlToFeedsYaml(OPML)).toBe(`feeds:
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

  it('lists what it leaves out: a URL seen before, a URL that is not http(s), an outline without xmlUrl', () => {
    const result = importOpml(`<opml><body>
      <outline text="A" xmlUrl="https://a.example/feed"/>
      <outline text="A again" xmlUrl="https://A.example/feed"/>
      <outline text="Podcast" xmlUrl="feed://podcast.example/rss"/>
      <outline text="Just a note"/>
      <outline text="Empty folder"><outline text="Inner note"/></outline>
    </body></opml>`);
    expect(result).toEqual({
      ok: true,
      yaml: 'feeds:\n  - id: a\n    url: https://a.example/feed\n',
      notes: [
        'skipped https://a.example/feed: already imported as a',
        'skipped feed://podcast.example/rss: not an http(s) URL',
        'skipped outline "Just a note": no xmlUrl',
        'skipped outline "Inner note": no xmlUrl',
      ],
    });
  });

  it.each([
    ['a feeds.yaml', 'feeds:\n  - id: a\n    url: https://a.example/\n', 'not an OPML file: no XML element found (is it a feeds.yaml?)'],
    ['an RSS feed', '<rss><channel/></rss>', 'not an OPML file: its root element is <rss>, not <opml>'],
    ['a truncated OPML file', '<opml><body><outline text="A" xmlUrl="https://a.example/feed"/>', 'malformed OPML: no closing </opml> at the end (truncated?)'],
    ['an OPML file without a body', '<opml><head/></opml>', 'malformed OPML: no <body> in <opml>'],
  ])('refuses %s', (_, text, message) => {
    expect(importOpml(text)).toEqual({ ok: false, message });
  });

  it('reads outlines nested 50,000 deep', () => {
    const depth = 50_000;
    const result = importOpml(`<opml><body>${'<outline text="g">'.repeat(depth)}<outline text="Deep" xmlUrl="https://deep.example/"/>${'</outline>'.repeat(depth)}</body></opml>`);
    expect(result.ok && result.yaml).toMatch(/id: deep\n {4}url: https:\/\/deep.example\//);
  });
});

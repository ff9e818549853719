import { describe, expect, it } from 'vitest';
import { FeedParseError } from './feed-parse.error';
import { parseFeed } from './parse-feed';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (text: string, url = 'https://example.test/feed.xml') => parseFeed(bytes(text), { url });

async function reasonOf(text: string): Promise<string> {
  const error: unknown = await parse(text).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedParseError);
  expect((error as FeedParseError).retryable).toBe(false);
  return (error as FeedParseError).reason;
}

describe('parseFeed: RSS', () => {
  it('maps RSS 2.0 items, resolving relative links against the feed URL, not the channel link', async () => {
    const feed = await parse(`<?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>DCD &amp;amp; News</title><link>https://news.example/</link>
        <item><title>First</title><link>/2024/first</link><guid isPermaLink="false">id-1</guid>
          <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><dc:creator>Ann</dc:creator>
          <description>Short</description><content:encoded><![CDATA[<p>Full & long</p>]]></content:encoded></item>
        <item><title>Second</title><guid>https://news.example/2</guid><pubDate>not a date</pubDate></item>
      </channel></rss>`);
    expect(feed).toEqual({
      format: 'rss',
      title: 'DCD & News',
      link: 'https://news.example/',
      items: [
        {
          guid: 'id-1', url: 'https://example.test/2024/first', title: 'First', publishedAt: '2003-06-10T04:00:00.000Z',
          author: 'Ann', summary: 'Short', contentHtml: '<p>Full & long</p>',
        },
        { guid: 'https://news.example/2', url: 'https://news.example/2', title: 'Second' },
      ],
    });
  });

  it('reads RSS without a version and RSS 0.91 with a DOCTYPE and HTML entities', async () => {
    expect((await parse('<rss><channel><item><title>x</title></item></channel></rss>')).items).toEqual([{ title: 'x' }]);
    const netscape = await parse(`<?xml version="1.0"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><item><title>Caf&eacute;&nbsp;news</title><link>http://x.example/a</link></item></channel></rss>`);
    expect(netscape.items).toEqual([{ title: 'Café news', url: 'http://x.example/a' }]);
  });

  it('reads RDF (RSS 1.0) with rdf:about and dc:date', async () => {
    const feed = await parse(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2004-07-08T23:56:58Z</dc:date></item>
      </rdf:RDF>`);
    expect(feed).toEqual({
      format: 'rdf', title: 'R', link: 'https://r.example/',
      items: [{ guid: 'https://r.example/1', url: 'https://r.example/1', title: 'One', publishedAt: '2004-07-08T23:56:58.000Z' }],
    });
  });

  it('reads RDF whatever prefixes the document chose', async () => {
    const unprefixed = await parse(`<RDF xmlns="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <item xmlns="http://purl.org/rss/1.0/"><title>t</title></item></RDF>`);
    expect(unprefixed).toEqual({ format: 'rdf', items: [{ title: 't' }] });
    const prefixed = await parse(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"
      xmlns:d="http://purl.org/dc/elements/1.1/"><rss:item rdf:about="http://x.example/1"><rss:title>t</rss:title>
      <d:date>2004-01-01</d:date><d:creator>Dee</d:creator></rss:item></rdf:RDF>`);
    expect(prefixed.items).toEqual([
      { guid: 'http://x.example/1', url: 'http://x.example/1', title: 't', publishedAt: '2004-01-01T00:00:00.000Z', author: 'Dee' },
    ]);
  });

  it('treats an empty channel as an itemless feed', async () => {
    expect(await parse('<rss version="2.0"></rss>')).toEqual({ format: 'rss', items: [] });
    expect(await parse('<rss></rss>')).toEqual({ format: 'rss', items: [] });
  });
});

describe('parseFeed: Atom', () => {
  it('maps Atom 1.0 entries: alternate link, xml:base, dates, author, xhtml content', async () => {
    const feed = await parse(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/">
      <title type="html">A &lt;b&gt;blog&lt;/b&gt;</title><link rel="self" href="https://a.example/feed"/><link href="https://a.example/"/>
      <entry><id>tag:a,1</id><title>E1</title><link rel="replies" href="c1"/><link rel="alternate" type="text/html" href="posts/1"/>
        <updated>2024-01-02T00:00:00Z</updated><published>2024-01-01T10:00:00+01:00</published>
        <author><name>Bo</name></author><summary>S</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content></entry>
      <entry><id>tag:a,2</id><title>E2</title><link href="/abs"/><published>garbage</published></entry></feed>`);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('A blog');
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:a,1', url: 'https://a.example/blog/posts/1', title: 'E1', publishedAt: '2024-01-01T09:00:00.000Z', author: 'Bo', summary: 'S',
    });
    expect(feed.items[0]?.contentHtml).toContain('<p>Hi</p>');
    expect(feed.items[1]).toEqual({ guid: 'tag:a,2', url: 'https://a.example/abs', title: 'E2' });
  });

  it('decodes Atom 0.3 base64 content and reads a prefixed <atom:feed>', async () => {
    const atom03 = await parse(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>t</title>
      <content mode="base64" type="text/html">${Buffer.from('<b>bold</b>').toString('base64')}</content><issued>2003-12-31</issued></entry></feed>`);
    expect(atom03.items).toEqual([{ title: 't', contentHtml: '<b>bold</b>', publishedAt: '2003-12-31T00:00:00.000Z' }]);
    const prefixed = await parse('<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>E</a:title><a:link href="https://x.example/e"/></a:entry></a:feed>');
    expect(prefixed.items).toEqual([{ title: 'E', url: 'https://x.example/e' }]);
  });

  it('keeps an entry whose link or date trips rss-parser', async () => {
    const feed = await parse(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link>https://x.example/1</link><title>bad</title>
      <published>yesterday</published></entry><entry><title>good</title></entry></feed>`);
    expect(feed.items).toEqual([{ url: 'https://x.example/1', title: 'bad' }, { title: 'good' }]);
  });
});

describe('parseFeed: relative links', () => {
  it('resolve against xml:base of the item, then of the channel, then the feed URL, never the channel link', async () => {
    const feed = await parse(`<rss version="2.0" xml:base="https://base.example/feeds/"><channel><link>https://site.example/</link>
      <item><link>a.html</link></item>
      <item xml:base="https://item.example/x/"><link>b.html</link></item></channel></rss>`);
    expect(feed.items.map((i) => i.url)).toEqual(['https://base.example/feeds/a.html', 'https://item.example/x/b.html']);
    const atom = await parse(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><link href="https://site.example/"/>
      <entry><link href="post-1"/></entry><entry xml:base="https://other.example/"><link href="post-2"/></entry></feed>`);
    expect(atom.items.map((i) => i.url)).toEqual(['https://example.test/blog/post-1', 'https://other.example/post-2']);
    const local = await parseFeed(bytes('<rss><channel><link>https://example.org/</link><item><link>pages/1.html</link></item></channel></rss>'), { url: 'file:///srv/seeds/feeds/local.xml' });
    expect(local.items[0]?.url).toBe('file:///srv/seeds/feeds/pages/1.html');
  });

  it('drop user:pw@ from every link', async () => {
    const feed = await parse('<rss><channel><item><link>https://u:p@news.example/a</link></item></channel></rss>');
    expect(feed.items[0]?.url).toBe('https://news.example/a');
  });
});

describe('parseFeed: JSON Feed', () => {
  it('maps JSON Feed 1.1, skipping items that are not objects and fields of the wrong type', async () => {
    const feed = await parse(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'J', home_page_url: 'https://j.example/',
      items: [
        { id: 1, url: '/p/1', title: 'One', content_html: '<p>x</p>', date_published: '2024-05-01T08:00:00Z', authors: [{ name: 'Cy' }] },
        42,
        { id: 'b', title: { wrong: true }, external_url: 'https://elsewhere.example/', summary: 'S', date_modified: 'soon' },
      ],
    }));
    expect(feed).toEqual({
      format: 'json', title: 'J', link: 'https://j.example/',
      items: [
        { guid: '1', url: 'https://example.test/p/1', title: 'One', contentHtml: '<p>x</p>', publishedAt: '2024-05-01T08:00:00.000Z', author: 'Cy' },
        { guid: 'b', url: 'https://elsewhere.example/', summary: 'S' },
      ],
    });
  });

  it('accepts JSON Feed 1.0 with a single author', async () => {
    const feed = await parse('{"version":"http://jsonfeed.org/version/1","items":[{"id":"a","author":{"name":"D"},"content_text":"t"}]}');
    expect(feed.items).toEqual([{ guid: 'a', author: 'D', summary: 't' }]);
  });
});

describe('parseFeed: format from content, recovery and errors', () => {
  it('detects the format from content, not from the URL', async () => {
    expect((await parse('<feed xmlns="http://www.w3.org/2005/Atom"/>', 'https://x.example/feed.rss')).format).toBe('atom');
    expect((await parse('\uFEFF \n{"version":"https://jsonfeed.org/version/1","items":[]}', 'https://x.example/a.xml')).format).toBe('json');
  });

  it('recovers items from a truncated document and says so', async () => {
    const feed = await parse('<rss version="2.0"><channel><item><title>a</title></item><item><title>b</title>');
    expect(feed.items).toEqual([{ title: 'a' }, { title: 'b' }]);
    expect(feed.recoveredFrom).toMatch(/^XML syntax error at line 1: /);
  });

  it('rejects what is not a feed with a clear reason', async () => {
    expect(await reasonOf('<!DOCTYPE html><html><head><title>Moved</title></head></html>')).toBe('not a feed: HTML document');
    expect(await reasonOf('')).toBe('not a feed: empty document');
    expect(await reasonOf('<!-- nothing -->')).toBe('not a feed: empty document');
    expect(await reasonOf('plain words')).toBe('not a feed: no XML or JSON content');
    expect(await reasonOf('<opml version="2.0"><body/></opml>')).toBe('not a feed: OPML subscription list');
    expect(await reasonOf('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe('not a feed: XML document with root <svg>');
    expect(await reasonOf('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a","title":"unfin')).toBe('truncated JSON');
    expect(await reasonOf('{"a": tru}')).toMatch(/^JSON syntax error: /);
    expect(await reasonOf('{"title":"x"}')).toBe('not a feed: JSON document without a JSON Feed version');
    expect(await reasonOf('<rss><</rss>')).toMatch(/^XML syntax error at line 1: /);
  });
});

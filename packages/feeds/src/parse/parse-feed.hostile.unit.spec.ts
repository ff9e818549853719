import { costGrowth } from '@wirelog/testing';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (text: string) => parseFeed(bytes(text), { url: 'https://example.test/feed.xml' });
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
const item = (name: string, inner = '') => `<item><title>${name}</title><link>https://example.test/${name}</link>${inner}</item>`;
const GOOD = item('good');
const DEPTH = 100_000;
const nested = `${'<a>'.repeat(DEPTH)}x${'</a>'.repeat(DEPTH)}`;

describe('parseFeed on hostile feeds', () => {
  it('keeps a feed whose DOCTYPE has "]" and ">" inside an entity value or a comment', async () => {
    const feed = await parse(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "a]>b"><!-- ]> --><!ENTITY y 'c]'>]>${rss(GOOD)}`);
    expect(feed.items.map((i) => i.title)).toEqual(['good']);
  });

  it.each([
    ['a description', rss(item('deep', `<description>${nested}</description>`) + GOOD)],
    ['a title', rss(`<item><title>${nested}</title><link>https://example.test/deep</link></item>${GOOD}`)],
    ['an Atom xhtml content', `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>deep</title><link href="https://example.test/deep"/><content type="xhtml">${nested}</content></entry><entry><title>good</title><link href="https://example.test/good"/></entry></feed>`],
  ])('reads an item nested 100,000 levels deep in %s without losing the other items', async (_, xml) => {
    const feed = await parse(xml);
    expect(feed.items.map((i) => i.url)).toEqual(['https://example.test/deep', 'https://example.test/good']);
    expect(feed.items[0]?.summary ?? feed.items[0]?.contentHtml ?? feed.items[0]?.title).toContain('x');
  });

  it('keeps the items before 100,000 unclosed elements', async () => {
    const feed = await parse(rss(GOOD + item('open', `<description>${'<a>'.repeat(DEPTH)}</description>`)));
    expect(feed.items[0]?.url).toBe('https://example.test/good');
    expect(feed.recoveredFrom).toMatch(/XML syntax error/);
  });

  it('reads an RSS-in-JSON value wrapped 100,000 objects deep', async () => {
    const title = `${'{"value":'.repeat(DEPTH)}"deep"${'}'.repeat(DEPTH)}`;
    const feed = await parse(`{"rss":{"channel":{"item":[{"title":${title},"link":"https://example.test/deep"}]}}}`);
    expect(feed.items).toEqual([{ title: 'deep', url: 'https://example.test/deep' }]);
  });

  it('names a long root element in a short reason', async () => {
    await expect(parse(`<${fill('a', 100_000)}/>`)).rejects.toMatchObject({ reason: expect.stringMatching(/^not a feed: XML document with root <a{64}…>$/) });
  });

  it('parses pathological feeds in time linear in their size (4x the bytes: at most 10x the time; quadratic is 16x)', async () => {
    const inItem = (inner: string) => rss(item('x', inner));
    const shapes: Record<string, (size: number) => string> = {
      'unclosed comments': (size) => fill('<!--', size),
      'unclosed processing instructions': (size) => fill('<?a ', size),
      'DOCTYPE of entities': (size) => `<!DOCTYPE rss [${fill('<!ENTITY a "]>">', size)}]>${rss(GOOD)}`,
      'tags without ends in a title': (size) => inItem(`<title>${fill('&lt;a', size)}</title>`),
      'ampersands': (size) => inItem(`<description>${fill('&', size)}</description>`),
      'entity-like words': (size) => inItem(`<description>${fill('&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', size)}</description>`),
      'nesting inside an item': (size) => inItem(`<description>${'<a>'.repeat(size / 7)}x${'</a>'.repeat(size / 7)}</description>`),
      'unclosed nesting': (size) => inItem(`<description>${fill('<a>', size)}`),
      'huge attributes': (size) => `<rss version="2.0"${fill(' xmlns:a="x', size)}"><channel>${GOOD}</channel></rss>`,
      'long root name': (size) => `<${fill('a', size)}/>`,
      'JSON nesting': (size) => `{"version":"https://jsonfeed.org/version/1","items":[{"title":${fill('[', size)}`,
      'control characters': (size) => inItem(`<description>${fill('\u0000\u0001\uFFFF\uD800', size)}</description>`),
    };
    const cases = Object.fromEntries(
      Object.entries(shapes).map(([name, shape]) => [name, (size: number) => {
        const input = bytes(shape(size));
        return () => parseFeed(input).catch(() => undefined);
      }]),
    );
    expect(await costGrowth(10, [250_000, 1_000_000], cases)).toEqual([]);
  }, 120_000);
});

describe('parseFeed and storable text', () => {
  it('gives NUL and lone surrogates spelled as JSON escapes back as U+FFFD', async () => {
    const feed = await parse('{"version":"https://jsonfeed.org/version/1","title":"t\\u0000","items":[{"id":"\\ud800","title":"a\\u0000b","summary":"\\udc00"}]}');
    expect(feed).toMatchObject({ title: 't\uFFFD', items: [{ guid: '\uFFFD', title: 'a\uFFFDb', summary: '\uFFFD' }] });
  });
});

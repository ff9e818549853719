import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../decode/decode-body';
import { FeedParseError } from './feed-parse.error';
import { parseFeed } from './parse-feed';

/** parseFeed may resolve or reject with FeedParseError, and nothing else, whatever it is given. */
async function onlyFeedParseErrors(bytes: Uint8Array, contentType?: string): Promise<void> {
  decodeBody(bytes, contentType);
  const outcome = await parseFeed(bytes, { contentType, url: 'https://example.test/feed' }).then(
    (feed) => feed,
    (error: unknown) => error,
  );
  if (outcome instanceof Error) {
    expect(outcome).toBeInstanceOf(FeedParseError);
    // Those two reasons come from the catch-alls; reaching them means a mapper has a bug.
    expect((outcome as FeedParseError).reason).not.toMatch(/^(unexpected parser failure|unreadable \w+ feed)/);
  }
  else expect(Array.isArray((outcome as { items: unknown }).items)).toBe(true);
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('&', '<', ']]>', '&nbsp;', '<![CDATA[', '\u0000', '\uD800'));
const charset = fc.option(fc.constantFrom('utf-8', 'latin1', 'utf-16', 'utf-32', 'big5', 'shift_jis', 'bogus', '"'), { nil: undefined });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const wrappers: Array<(s: string) => string> = [
  (s) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${s}</title><item><title>${s}</title><link>${s}</link><pubDate>${s}</pubDate><description>${s}</description></item></channel></rss>`,
  (s) => `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${s}"><entry><title type="html">${s}</title><link href="${s}"/><published>${s}</published><content type="xhtml">${s}</content></entry></feed>`,
  (s) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="${s}"><title>${s}</title></item>${s}</rdf:RDF>`,
  (s) => `{"version":"https://jsonfeed.org/version/1.1","home_page_url":${JSON.stringify(s)},"items":[{"id":${JSON.stringify(s)},"url":${JSON.stringify(s)},"date_published":${JSON.stringify(s)}}]}`,
  (s) => `{"version":"https://jsonfeed.org/version/1","items":[${s}]}`,
  (s) => `<CHANNEL HREF="${s}"><ITEM HREF="${s}" LASTMOD="${s}"><TITLE>${s}</TITLE></ITEM></CHANNEL>`,
];

describe('parseFeed on arbitrary input', () => {
  it('never throws anything but FeedParseError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), charset, async (bytes, cs) => {
        await onlyFeedParseErrors(bytes, cs === undefined ? undefined : `text/xml; charset=${cs}`);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws anything but FeedParseError on arbitrary text inside feed-shaped documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...wrappers), text, async (wrap, s) => {
        await onlyFeedParseErrors(utf8(wrap(s)));
      }),
      { numRuns: 600 },
    );
  });

  it('never throws anything but FeedParseError on truncated or spliced feeds', async () => {
    const feed = wrappers[0]!('x');
    await fc.assert(
      fc.asyncProperty(fc.nat(feed.length), fc.nat(feed.length), text, async (cut, at, s) => {
        await onlyFeedParseErrors(utf8(feed.slice(0, at) + s + feed.slice(at, Math.max(at, cut))));
      }),
      { numRuns: 400 },
    );
  });
});

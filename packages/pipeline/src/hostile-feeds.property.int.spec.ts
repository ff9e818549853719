import v8 from 'node:v8';
import vm from 'node:vm';
import { feedStream } from '@wirelog/events';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import type { RouteHandler } from './testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite, type Harness } from './testing/pipeline-harness.fixture';

/** A hostile poll may cost this many times a benign poll of a feed of the same size (quadratic costs hundreds). */
const MAX_TIME_RATIO = 25;
/** Heap kept after a full collection, over the whole run: a poll must leave nothing of its document behind. */
const MAX_RETAINED_HEAP = 64 * 1024 * 1024;

/** A full collection, so the heap measured is what is kept, not garbage not yet collected. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
const BENIGN_ITEMS = 3;
const CATCH_ALLS = /unexpected parser failure|unreadable \w+ feed|call stack|Unicode escape|invalid byte sequence|\\u0000/i;

const nested = fc
  .record({ depth: fc.integer({ min: 1, max: 100_000 }), closed: fc.boolean(), tag: fc.constantFrom('a', 'div', 'item', 'entry', 'x:y') })
  .map(({ depth, closed, tag }) => `<${tag}>`.repeat(depth) + 'deep' + (closed ? `</${tag}>`.repeat(depth) : ''));
const controls = fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff', '\ud83d', '\u0085', '\u2028', 'x', ' '), maxLength: 300 });
const hugeAttribute = fc
  .record({ size: fc.integer({ min: 1_000, max: 200_000 }), name: fc.constantFrom('href', 'xml:base', 'xmlns:a', 'type', 'rdf:about') })
  .map(({ size, name }) => `<link ${name}="${'a'.repeat(size)}"/>`);
const entityTricks = fc.constantFrom(
  '&#0;', '&#xD800;', '&#x110000;', '&#99999999999;', '&undefined;', '&amp;amp;', '&', '&&&;;', '&lt;a'.repeat(2_000), '&nbsp;&eacute;&#128;',
  '<!ENTITY a "&b;&b;">', '&a;&a;&a;',
);
const cdata = fc.constantFrom('<![CDATA[', ']]>', '<![CDATA[x]]]]><![CDATA[>]]>', '<![CDATA[<item><link>http://x/</link></item>]]>', '<!--', '-->', '<?pi', '?>');
const piece = fc.oneof(nested, controls, hugeAttribute, entityTricks, cdata, fc.string({ maxLength: 50 }));

const DOCTYPES = [
  '',
  '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE rss [<!ENTITY x "a]>b"><!-- ]> -->]>',
];

/** Where the hostile text goes: in an item, in the channel, in attributes, in a JSON feed. */
const PLACES: Array<(hostile: string, link: string) => string> = [
  (s, link) => `<rss version="2.0"><channel><title>t</title><item><title>${s}</title><link>${link}</link><description>${s}</description></item></channel></rss>`,
  (s, link) => `<rss version="2.0"><channel><title>${s}</title>${s}<item><link>${link}</link></item></channel></rss>`,
  (s, link) => `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${s.replace(/"/g, '')}"><entry><title type="xhtml">${s}</title><link href="${link}"/><content type="xhtml">${s}</content></entry></feed>`,
  (s, link) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="${link}"><title>${s}</title></item>${s}</rdf:RDF>`,
  (s, link) => `{"version":"https://jsonfeed.org/version/1.1","title":${JSON.stringify(s)},"items":[{"id":"1","url":"${link}","title":${JSON.stringify(s)},"content_html":${JSON.stringify(s)}}]}`,
  (s) => `{"version":"https://jsonfeed.org/version/1","items":${'['.repeat(Math.min(s.length, 50_000))}`,
];

/** How the bytes are sent: labelled right, labelled wrong, wide encodings with and without a BOM. */
const ENCODINGS: Array<{ contentType: string; encode: (text: string) => Buffer }> = [
  { contentType: 'application/rss+xml', encode: (t) => Buffer.from(t, 'utf8') },
  { contentType: 'text/xml; charset=utf-16', encode: (t) => Buffer.from(t, 'utf8') },
  { contentType: 'text/xml; charset=bogus', encode: (t) => Buffer.from(t, 'latin1') },
  { contentType: 'text/xml', encode: (t) => Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(t, 'utf16le')]) },
  { contentType: 'application/json; charset=utf-8', encode: (t) => Buffer.from(t, 'utf16le') },
];

const hostileFeed = fc.record({
  pieces: fc.array(piece, { minLength: 1, maxLength: 4 }),
  place: fc.nat(PLACES.length - 1),
  doctype: fc.nat(DOCTYPES.length - 1),
  encoding: fc.nat(ENCODINGS.length - 1),
});

const serve = (contentType: string, body: Buffer): RouteHandler => (_req, res) => void res.writeHead(200, { 'content-type': contentType }).end(body);

/** A benign RSS feed of BENIGN_ITEMS items, padded with ordinary text to `size` bytes. */
function benignFeed(siteUrl: string, size: number): Buffer {
  const items = Array.from({ length: BENIGN_ITEMS }, (_, i) => `<item><title>Story ${i}</title><link>${siteUrl}/benign/${i}</link></item>`).join('');
  const text = 'India will spend $2 billion on new data centres, officials said. ';
  const padding = text.repeat(Math.max(0, Math.ceil(size / text.length)));
  return Buffer.from(`<rss version="2.0"><channel><title>Benign</title><description>${padding}</description>${items}</channel></rss>`, 'utf8');
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t0 };
}

async function lastEvent(h: Harness, feedId: string) {
  return (await h.deps.store.readStream(feedStream(feedId))).at(-1);
}

describeEachRuntime('hostile feeds through the poller (property)', (open) => {
  it('every generated hostile feed ends in FeedPolled or FeedPollFailed with a reason, in bounded time and memory, and a benign feed beside it is unaffected', async () => {
    const { h, site } = await openWithSite(open);
    let n = 0;
    let retained = 0;
    collectGarbage();
    const startHeap = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(hostileFeed, async ({ pieces, place, doctype, encoding }) => {
        const id = `hostile-${++n}`;
        const text = (DOCTYPES[doctype] ?? '') + (PLACES[place] as (typeof PLACES)[number])(pieces.join(''), `${site.url}/story/${n}`);
        const { contentType, encode } = ENCODINGS[encoding] as (typeof ENCODINGS)[number];
        const body = encode(text);
        site.route(`/${id}.xml`, serve(contentType, body));
        site.route('/benign.xml', serve('application/rss+xml', benignFeed(site.url, body.length)));
        await reconcileFeedEvents(h.deps, [
          feedConfig('benign', `${site.url}/benign.xml`, { fetchArticles: false }),
          feedConfig(id, `${site.url}/${id}.xml`, { fetchArticles: false }),
        ]);

        const hostile = await timed(() => pollFeed(h.deps, { feedId: id }));
        const benign = await timed(() => pollFeed(h.deps, { feedId: 'benign' }));
        collectGarbage();
        retained = Math.max(retained, process.memoryUsage().heapUsed - startHeap);

        expect(['polled', 'failed']).toContain(hostile.value);
        const outcome = await lastEvent(h, id);
        if (outcome?.type === 'FeedPollFailed') {
          const { reason } = outcome.data as { reason: string };
          expect(reason).toMatch(/\w/);
          // a catch-all, a stack overflow or a refused append is a bug, not an answer about the feed
          expect(reason).not.toMatch(CATCH_ALLS);
        } else expect(outcome?.type).toBe('FeedPolled');
        expect(benign.value).toBe('polled');
        expect((await lastEvent(h, 'benign'))?.data).toMatchObject({ itemCount: BENIGN_ITEMS });
        expect(hostile.ms / Math.max(benign.ms, 1), `${id}: ${body.length} bytes, ${hostile.ms.toFixed(0)} ms vs ${benign.ms.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_TIME_RATIO);
      }),
      { numRuns: 30 },
    );
    expect(retained).toBeLessThan(MAX_RETAINED_HEAP);
  }, 240_000);
});

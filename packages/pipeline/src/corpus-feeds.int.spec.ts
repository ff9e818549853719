import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { feedStream, type ArticleDiscovered, type FeedPollFailed, type FeedPolled } from '@wirelog/events';
import { EventStore } from '@wirelog/event-store';
import { canonicalUrl, decodeBody, fetchResource, MemoryHostLimiter, parseFeed, type FeedConfig, type ParsedFeed } from '@wirelog/feeds';
import { createMemoryQueue } from '@wirelog/queue';
import { createLogger } from '@wirelog/runtime';
import { corpusDir, corpusFeeds, corpusPath, describeWithCorpus, openPglite, type CorpusFeed, type TestDatabase } from '@wirelog/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PipelineDeps } from './pipeline-deps';
import { pollFeed, type PollOutcome } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { serveCorpus, type CorpusServer } from './testing/corpus-server.fixture';
import { noFeedsFile } from './testing/pipeline-harness.fixture';

interface Polled extends CorpusFeed {
  outcome?: PollOutcome;
  thrown?: unknown;
  last?: { type: 'FeedPolled'; data: FeedPolled } | { type: 'FeedPollFailed'; data: FeedPollFailed };
  discovered: ArticleDiscovered[];
}

const results = new Map<string, Polled>();
const byPath = (file: string): Polled => results.get(file) ?? expect.unreachable(`${file} not polled`);
const BIG5 = 'feeds/feedparser/illformed/chardet/big5.xml';

/** The item count another parser found: the golden outputs rss-parser and feedsmith ship, or a JSON feed's own array. */
function expectedItemCount(file: string): number | undefined {
  const golden = file.replace(/^feeds\/(rss-parser|feedsmith)\/([^/]+)\.\w+$/, 'feeds/$1/expected/$2.json');
  if (golden !== file && existsSync(path.join(corpusDir, golden))) {
    // Latin-1 keeps the JSON syntax intact whatever the charset (rss-parser's encoding.json is Latin-1): only lengths are read
    const json = JSON.parse(readFileSync(path.join(corpusDir, golden), 'latin1')) as { feed?: { items: unknown[] }; items?: unknown[]; entries?: unknown[] };
    return (json.feed?.items ?? json.items ?? json.entries)?.length;
  }
  if (!file.endsWith('.json') || file.endsWith('-partial.json')) return undefined;
  const json = JSON.parse(readFileSync(corpusPath(file), 'utf8')) as { items?: unknown[]; rss?: { channel: { item: unknown[] } } };
  return (json.items ?? json.rss?.channel.item)?.length;
}

async function forEachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await run(items[next++] as T);
  }));
}

describeWithCorpus('every corpus feed, polled over HTTP', () => {
  const feeds = corpusFeeds();
  let db: TestDatabase;
  let server: CorpusServer;
  let deps: PipelineDeps;
  let fileRoot: string;

  /** The poller's own fetch and parse, again: for what FeedPolled does not record (items without links, feed titles). */
  const parsedOverHttp = async (url: string): Promise<{ feed: ParsedFeed; text: string }> => {
    const result = await fetchResource(url, { allowPrivate: true });
    if (result.status !== 'ok') throw new Error(`${url}: ${result.status}`);
    return { feed: await parseFeed(result.body, { contentType: result.contentType, url: result.url }), text: decodeBody(result.body, result.contentType).text };
  };

  beforeAll(async () => {
    db = await openPglite();
    server = await serveCorpus(feeds.map((f) => f.path), { big5: { 'content-type': 'text/xml; charset=big5' } });
    fileRoot = mkdtempSync(path.join(tmpdir(), 'wirelog-corpus-'));
    deps = {
      database: db.database,
      store: new EventStore(db.database),
      queue: createMemoryQueue(),
      hostLimiter: new MemoryHostLimiter(),
      logger: createLogger({ logLevel: 'silent' }),
      fileRoot,
      feedCredentials: noFeedsFile,
    };
    const config = (f: CorpusFeed): FeedConfig => ({
      id: f.id, url: server.urlOf(f.path), intervalMs: 900_000, hostIntervalMs: 0, fetchArticles: false, tags: [], enabled: true, allowPrivate: true,
    });
    await reconcileFeedEvents(deps, feeds.map(config));
    await forEachLimited(feeds, 6, async (feed) => {
      const polled: Polled = { ...feed, discovered: [] };
      results.set(feed.path, polled);
      try {
        polled.outcome = await pollFeed(deps, { feedId: feed.id });
      } catch (error) {
        polled.thrown = error;
      }
      polled.last = (await deps.store.readStream(feedStream(feed.id))).at(-1) as Polled['last'];
    });
    const { rows } = await db.database.query<{ data: ArticleDiscovered }>(`SELECT data FROM events WHERE type = 'ArticleDiscovered'`);
    const byId = new Map(feeds.map((f) => [f.id, f.path]));
    for (const { data } of rows) results.get(byId.get(data.feedId) ?? '')?.discovered.push(data);
  }, 120_000);

  afterAll(async () => {
    printSummary([...results.values()], (await deps?.queue.counts(['fetch-article']))?.waiting);
    await deps?.queue.close();
    await server?.close();
    await db?.close();
    if (fileRoot) rmSync(fileRoot, { recursive: true, force: true });
  });

  it('polls all 495 feed files of the manifest, none throwing', () => {
    expect(new Set(feeds.map((f) => f.id)).size).toBe(495);
    expect([...results.values()].filter((r) => r.thrown).map((r) => [r.path, String(r.thrown)])).toEqual([]);
    for (const r of results.values()) {
      expect(['polled', 'failed'], r.path).toContain(r.outcome);
      expect(r.last?.type, r.path).toBe(r.outcome === 'polled' ? 'FeedPolled' : 'FeedPollFailed');
    }
  });

  it('yields every well-formed feed as FeedPolled', () => {
    const wellformed = [...results.values()].filter((r) => r.kind === 'feed-wellformed');
    expect(wellformed.length).toBe(432);
    expect(wellformed.filter((r) => r.outcome !== 'polled').map((r) => [r.path, r.last?.data])).toEqual([]);
  });

  it('finds as many items as the golden outputs and JSON feeds name', () => {
    const compared = feeds.map((f) => [f.path, expectedItemCount(f.path)] as const).filter(([, n]) => n !== undefined);
    expect(compared.length).toBe(29 + 13 + 11); // rss-parser, feedsmith, JSON feeds without a golden file
    const counts = compared.map(([file]) => {
      const last = byPath(file).last;
      return [file, last?.type === 'FeedPolled' ? last.data.itemCount : last?.data.reason];
    });
    expect(counts).toEqual(compared);
  });

  it('records one ArticleDiscovered per new article, never more than there are items', () => {
    for (const r of results.values()) {
      if (r.last?.type !== 'FeedPolled') continue;
      expect(r.last.data.newArticleCount, r.path).toBeLessThanOrEqual(r.last.data.itemCount);
      expect(r.discovered.length, r.path).toBe(r.last.data.newArticleCount);
    }
  });

  it('reads ill-formed feeds leniently, or fails them with a readable reason', () => {
    for (const r of results.values()) {
      if (r.last?.type !== 'FeedPollFailed') continue;
      expect(r.last.data.reason, r.path).toMatch(/[a-z]{3}/i);
      expect(r.last.data.reason, r.path).not.toMatch(/\[object |\bundefined\b/);
    }
  });

  it.each([
    ['feeds/miniflux/parser/encoding_ISO-8859-1.xml', 'https://www.golem.de/news/wochenrueckblick-wilder-westen-buntes-handy-nutzloses-siegel-1810-137318-rss.html', 'Wochenrückblick: Wilder Westen, buntes Handy, nutzloses Siegel'],
    ['feeds/miniflux/parser/encoding_ISO-8859-1.xml', 'https://www.golem.de/news/linux-und-bsd-sicherheitsluecke-in-x-org-ermoeglicht-root-rechte-1810-137347-rss.html', 'Linux und BSD: Sicherheitslücke in X.org ermöglicht Root-Rechte'],
    ['feeds/miniflux/parser/encoding_WINDOWS-1251.xml', 'http://ibash.org.ru/quote.php?id=17703', 'Цитата #17703'],
    ['feeds/miniflux/encoding/koi8r.xml', 'http://example.com/post2', 'Вторая новость'],
    ['feeds/rsparser/kc0011.rss', 'http://www.kc0011.net/dispbbs.asp?BoardID=10&ID=25164257&Page=1', '建国35周年纪念，华表，和平鸽'],
    ['feeds/rsparser/kc0011.rss', 'http://www.kc0011.net/dispbbs.asp?BoardID=10&ID=25164223&Page=1', '★★低出爱藏MS66评级币★★'],
    ['feeds/rss-parser/encoding.rss', 'http://feeds.jn.pt/~r/JN-ULTIMAS/~3/mhYi1BftPe4/tempestade-eleanor-atinge-irlanda-reino-unido-franca-e-alemanha-9021583.html', 'Tempestade Eleanor atinge França, Alemanha, Suíça e Reino Unido'],
    ['feeds/rss-parser/uolNoticias.rss', 'https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm', 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno'],
  ])('discovers %s articles with their right characters', (file, link, title) => {
    const polled = byPath(file);
    expect(polled.discovered.find((d) => d.url === canonicalUrl(link))?.title).toBe(title);
    expect(polled.discovered.filter((d) => `${d.title}${d.summary}`.includes('\uFFFD')).map((d) => d.url)).toEqual([]);
  });

  it.each([
    ['feeds/feedparser/encoding/euc-kr.xml', (f: ParsedFeed) => f.title, '년'],
    ['feeds/feedparser/encoding/euc-kr-item.xml', (f: ParsedFeed) => f.items[0]?.summary, '년'],
    ['feeds/feedparser/encoding/http_text_xml_charset_2.xml', (f: ParsedFeed) => f.items[0]?.summary, 'This is a £“test.”'],
    ['feeds/feedparser/encoding/http_text_xml_charset_overrides_encoding_2.xml', (f: ParsedFeed) => f.items[0]?.summary, 'This is a £“test.”'],
    ['feeds/miniflux/encoding/windows-1252.xml', (f: ParsedFeed) => f.title, 'Euro €'],
    ['feeds/miniflux/encoding/iso-8859-1.xml', (f: ParsedFeed) => f.title, 'Café'],
  ])('polls %s (no item links) and reads its characters right over HTTP', async (file, pick, expected) => {
    expect(byPath(file).outcome).toBe('polled');
    expect(pick((await parsedOverHttp(server.urlOf(file))).feed)).toBe(expected);
  });

  it('resolves a relative item link against the URL the feed was fetched from', () => {
    const docUri = byPath('feeds/feedparser/wellformed/base/http_item_link_base_docuri.xml');
    expect(docUri.last).toMatchObject({ type: 'FeedPolled', data: { itemCount: 1 } });
    // the same link in a sibling file may have been discovered first: the article exists once either way
    const relative = new URL('/relative/uri', server.urlOf(docUri.path)).href;
    expect([...results.values()].flatMap((r) => r.discovered).filter((d) => d.url === relative)).toHaveLength(1);
  });

  it('polls big5.xml, and reads undeclared Big5 right when the HTTP header names it', async () => {
    expect(byPath('feeds/feedparser/encoding/big5.xml').outcome).toBe('polled');
    const { feed } = await parsedOverHttp(server.urlOf(BIG5, 'big5'));
    expect(feed.title?.slice(0, 3)).toBe('我希望');
  });

  it('polls the UTF-16 and UTF-32 feeds, with or without a BOM, decoding them right', async () => {
    const wide = feeds.filter((f) => /\/encoding\/utf-(16|32)(be|le)(-bom|-autodetect)?\.xml$/.test(f.path));
    expect(wide.length).toBe(12);
    for (const f of wide) {
      expect(byPath(f.path).outcome, f.path).toBe('polled');
      const { feed, text } = await parsedOverHttp(server.urlOf(f.path));
      expect(feed.format, f.path).toBe('rss');
      expect(text, f.path).toMatch(/Description:\s+Wellformed UTF-(16|32) /);
    }
  });
});

function printSummary(all: Polled[], queuedPages: number | undefined): void {
  const rows = new Map<string, { files: number; polled: number; failed: number; items: number; articles: number }>();
  for (const r of all) {
    const key = `${r.origin} ${r.kind.replace('feed-', '')}`;
    const row = rows.get(key) ?? { files: 0, polled: 0, failed: 0, items: 0, articles: 0 };
    row.files++;
    if (r.last?.type === 'FeedPolled') {
      row.polled++;
      row.items += r.last.data.itemCount;
      row.articles += r.last.data.newArticleCount;
    } else row.failed++;
    rows.set(key, row);
  }
  const table = [...rows].sort().map(([key, r]) => `  ${key.padEnd(28)}${[r.files, r.polled, r.failed, r.items, r.articles].map((n) => String(n).padStart(8)).join('')}`);
  const reasons = all.flatMap((r) => (r.last?.type === 'FeedPollFailed' ? [`  ${r.path}: ${r.last.data.reason}`] : []));
  console.log(
    [`corpus through the poller (${all.length} files, ${queuedPages ?? '?'} fetch-article jobs queued)`, `  ${'origin kind'.padEnd(28)}   files  polled  failed   items articles`, ...table, 'failures:', ...reasons].join('\n'),
  );
}

import { readFileSync } from 'node:fs';
import { corpusFeeds, corpusPath, describeWithCorpus, responseHeaders } from '@wirelog/testing';
import { beforeAll, expect, it } from 'vitest';
import { decodeBody } from '../decode/decode-body';
import type { ParsedFeed } from './feed-item';
import { FeedParseError } from './feed-parse.error';
import { parseFeed } from './parse-feed';
import { plainText } from './plain-text';

interface Outcome {
  path: string;
  kind: string;
  feed?: ParsedFeed;
  error?: unknown;
}

const FEED_URL = 'http://feeds.example.test/feed';

async function run(path: string, kind: string, contentType?: string): Promise<Outcome> {
  const bytes = readFileSync(corpusPath(path));
  try {
    return { path, kind, feed: await parseFeed(bytes, { contentType: contentType ?? responseHeaders(path, bytes)['content-type'], url: FEED_URL }) };
  } catch (error) {
    return { path, kind, error };
  }
}

function readJson(path: string): unknown {
  const bytes = readFileSync(corpusPath(path));
  return JSON.parse(decodeBody(bytes).text);
}

/** Files holding <item>/<entry> elements in a place no feed format puts them. */
const ODD_ITEMS = new Set(['feeds/feedparser/wellformed/namespace/unknown-namespace.xml']);

function looksLikeItHasItems(path: string): boolean {
  const text = readFileSync(corpusPath(path), 'latin1');
  return /<(?:\w+:)?(?:item|entry)[\s>]/i.test(text) || /"items"\s*:\s*\[\s*\{/.test(text);
}

describeWithCorpus('the feed corpus', () => {
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    for (const { path, kind } of corpusFeeds()) outcomes.set(path, await run(path, kind));
    const summary = new Map<string, number>();
    for (const { kind, feed, error } of outcomes.values()) {
      const key = feed
        ? `${kind}: parsed, ${feed.items.length > 0 ? 'with items' : 'itemless'}${feed.recoveredFrom ? ', after recovery' : ''}`
        : `${kind}: FeedParseError ${(error as FeedParseError).reason?.replace(/ at position.*| at line \d+.*/, '')}`;
      summary.set(key, (summary.get(key) ?? 0) + 1);
    }
    console.info(`corpus: ${outcomes.size} feed files\n${[...summary].sort().map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n')}`);
  }, 120_000);

  it('covers every feed in the manifest', () => {
    expect(outcomes.size).toBe(495);
  });

  it('never fails with anything but a FeedParseError that has a reason', () => {
    for (const { path, error } of outcomes.values()) {
      if (error === undefined) continue;
      expect(error, path).toBeInstanceOf(FeedParseError);
      expect((error as FeedParseError).reason, path).toMatch(/\w/);
    }
  });

  it('parses every well-formed feed, with items wherever the file has any', () => {
    const wellformed = [...outcomes.values()].filter((o) => o.kind === 'feed-wellformed');
    expect(wellformed.filter((o) => o.error).map((o) => o.path)).toEqual([]);
    const missingItems = wellformed.filter((o) => o.feed?.items.length === 0 && looksLikeItHasItems(o.path) && !ODD_ITEMS.has(o.path));
    expect(missingItems.map((o) => o.path)).toEqual([]);
  });

  it('reads ill-formed feeds leniently, or rejects them with a reason', () => {
    const failed = [...outcomes.values()].filter((o) => o.kind === 'feed-illformed' && o.error);
    expect(failed.map((o) => [o.path, (o.error as FeedParseError).reason])).toEqual([
      ['feeds/feedparser/illformed/rss_empty_document.xml', 'not a feed: empty document'],
      ['feeds/rsparser/allthis-partial.json', 'truncated JSON'],
      ['feeds/rss-parser/unrecognized.rss', 'not a feed: HTML document'],
    ]);
  });

  it('finds as many items as rss-parser did, with the same first title', () => {
    const expectedFiles = readFileSync(corpusPath('manifest.tsv'), 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[0] ?? '')
      .filter((path) => path.startsWith('feeds/rss-parser/expected/'));
    expect(expectedFiles.length).toBe(29);
    for (const expectedPath of expectedFiles) {
      const name = expectedPath.replace(/^.*\//, '').replace(/\.json$/, '');
      const input = [...outcomes.keys()].find((p) => p.startsWith(`feeds/rss-parser/${name}.`));
      const expected = (readJson(expectedPath) as { feed: { items: Array<{ title?: string }> } }).feed.items;
      const feed = outcomes.get(input ?? '')?.feed;
      expect(feed?.items.length, name).toBe(expected.length);
      // rss-parser read uolNoticias' Latin-1 as UTF-8 and kept U+FFFD; the right title is checked below.
      if (name !== 'uolNoticias') expect(feed?.items[0]?.title, name).toBe(plainText(expected[0]?.title));
    }
  });

  it('finds as many items as feedsmith did', () => {
    for (const name of ['atom-03', 'atom-10', 'atom-ns', 'rdf-09', 'rdf-10', 'rdf-ns', 'rss-090', 'rss-091', 'rss-092', 'rss-093', 'rss-094', 'rss-20', 'rss-ns']) {
      const expected = readJson(`feeds/feedsmith/expected/${name}.json`) as { items?: unknown[]; entries?: unknown[] };
      expect(outcomes.get(`feeds/feedsmith/${name}.xml`)?.feed?.items.length, name).toBe((expected.items ?? expected.entries)?.length);
    }
  });

  it.each([
    ['feeds/feedparser/encoding/euc-kr-item.xml', (f: ParsedFeed) => f.items[0]?.summary, '년'],
    ['feeds/feedparser/encoding/euc-kr.xml', (f: ParsedFeed) => f.title, '년'],
    ['feeds/feedparser/encoding/http_text_xml_charset_2.xml', (f: ParsedFeed) => f.items[0]?.summary, 'This is a £“test.”'],
    ['feeds/feedparser/encoding/demoronize-1.xml', (f: ParsedFeed) => f.items[0]?.summary, 'don’t'],
    ['feeds/feedparser/encoding/http_i18n.xml', (f: ParsedFeed) => f.title, 'Iñtërnâtiônàlizætiøn'],
    ['feeds/rsparser/kc0011.rss', (f: ParsedFeed) => f.items[0]?.title, '建国35周年纪念，华表，和平鸽'],
    ['feeds/miniflux/parser/encoding_WINDOWS-1251.xml', (f: ParsedFeed) => f.items[0]?.title, 'Цитата #17703'],
    ['feeds/miniflux/parser/encoding_ISO-8859-1.xml', (f: ParsedFeed) => f.items[0]?.summary?.slice(0, 27), 'Viele Spieler wünschen sich'],
    ['feeds/miniflux/parser/no_encoding_ISO-8859-1.xml', (f: ParsedFeed) => /études/.exec(f.items[0]?.summary ?? '')?.[0], 'études'],
    ['feeds/miniflux/encoding/koi8r.xml', (f: ParsedFeed) => f.title, 'Пример RSS ленты'],
    ['feeds/miniflux/encoding/windows-1252.xml', (f: ParsedFeed) => f.title, 'Euro €'],
    ['feeds/miniflux/encoding/windows-1252-incorrect-prolog.xml', (f: ParsedFeed) => f.title, 'Euro €'],
    ['feeds/miniflux/encoding/utf8-incorrect-prolog.xml', (f: ParsedFeed) => `${f.title} ${f.items[0]?.title}`, '테스트 피드 Café'],
    ['feeds/miniflux/encoding/invalid-prolog.xml', (f: ParsedFeed) => `${f.title} ${f.items[0]?.title}`, '테스트 피드 Café'],
    ['feeds/rss-parser/uolNoticias.rss', (f: ParsedFeed) => f.items[0]?.title, 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno'],
    ['feeds/rss-parser/encoding.rss', (f: ParsedFeed) => f.items[0]?.title, 'Mãe de utente é a nova presidente da Raríssimas'],
  ])('decodes %s to the right characters', (path, pick, expected) => {
    const feed = outcomes.get(path)?.feed;
    expect(feed && pick(feed)).toBe(expected);
  });

  it.each([
    ['shiftjis.xml', 'shift_jis', 'DrecomRSSに記事投稿が反映されない…'],
    ['eucjp.xml', 'euc-jp', 'ゲーム三昧な正月'],
    ['euckr.xml', 'euc-kr', 'EUC-KR 에서 TypeKey 한글닉네임 표시하기'],
    ['gb2312.xml', 'gb2312', '不归移民漫画系列：专业工作'],
    ['koi8r.xml', 'koi8-r', 'Как пережить новогоднюю ночь'],
    ['big5.xml', 'big5', '我希望'],
  ])('decodes undeclared %s when the HTTP header names %s', async (file, charset, title) => {
    const outcome = await run(`feeds/feedparser/illformed/chardet/${file}`, 'feed-illformed', `text/xml; charset=${charset}`);
    expect((outcome.feed?.items[0]?.title ?? outcome.feed?.title)?.slice(0, title.length)).toBe(title);
  });

  it.each(['utf-16be', 'utf-16le', 'utf-32be', 'utf-32le'])('reads %s with and without a BOM', (encoding) => {
    for (const variant of [encoding, `${encoding}-bom`, `${encoding}-autodetect`]) {
      const decoded = decodeBody(readFileSync(corpusPath(`feeds/feedparser/encoding/${variant}.xml`)));
      expect(decoded.encoding, variant).toBe(encoding);
      expect(decoded.text, variant).toMatch(/Description:\s+Wellformed UTF-(16|32)/);
      expect(outcomes.get(`feeds/feedparser/encoding/${variant}.xml`)?.feed?.format, variant).toBe('rss');
    }
  });
});

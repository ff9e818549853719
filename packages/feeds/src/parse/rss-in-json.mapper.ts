import type { FeedItem, ParsedFeed } from './feed-item';
import { parseDate } from './parse-date';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, or the string an object wraps (`{ "#value": … }`), however deep the wrapping goes. */
function str(value: unknown): string | undefined {
  let current = value;
  while (isObject(current)) current = current['#value'] ?? current['value'] ?? current['_'];
  return typeof current === 'string' && current.trim() !== '' ? current.trim() : undefined;
}

/** Dave Winer's RSS-in-JSON: `{ rss: { channel: { item: [...] } } }`, the RSS 2.0 elements as keys. */
export function parseRssInJson(document: unknown, feedUrl: string | undefined): ParsedFeed | undefined {
  if (!isObject(document) || !isObject(document['rss']) || !isObject(document['rss']['channel'])) return undefined;
  const channel = document['rss']['channel'];
  const link = resolveUrl(str(channel['link']), feedUrl);
  const rawItems = Array.isArray(channel['item']) ? channel['item'] : [channel['item']];
  const items = rawItems.filter(isObject).map((item): FeedItem => {
    const entry: FeedItem = {
      guid: str(item['guid']),
      url: resolveUrl(str(item['link']), feedUrl),
      title: plainText(str(item['title'])),
      publishedAt: parseDate(str(item['pubDate'])),
      author: str(item['author']),
      summary: str(item['description']),
    };
    return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
  });
  const title = plainText(str(channel['title']));
  return { format: 'json', ...(title ? { title } : {}), ...(link ? { link } : {}), items };
}

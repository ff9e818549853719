import { z } from 'zod';
import type { FeedItem, ParsedFeed } from './feed-item';
import { FeedParseError } from './feed-parse.error';
import { parseDate } from './parse-date';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';
import { parseRssInJson } from './rss-in-json.mapper';

/** Any scalar as a trimmed string; anything else (or blank) is absent, never an error. */
const text = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim() || undefined)
  .optional()
  .catch(undefined);

const person = z.object({ name: text }).catch({ name: undefined });

const jsonFeedItem = z.object({
  id: text,
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  author: person.optional(),
  authors: z.array(person).optional().catch(undefined),
});

const jsonFeed = z.object({
  version: z.string(),
  title: text,
  home_page_url: text,
  feed_url: text,
  items: z.array(z.unknown()).catch([]),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? -1);
    const truncated = /end of JSON input|Unterminated/i.test(message) || position >= text.trimEnd().length - 1;
    throw new FeedParseError(truncated ? 'truncated JSON' : `JSON syntax error: ${message}`, { cause: error });
  }
}

function mapItem(value: unknown, base: string | undefined): FeedItem | undefined {
  const parsed = jsonFeedItem.safeParse(value);
  if (!parsed.success) return undefined;
  const item = parsed.data;
  const entry: FeedItem = {
    guid: item.id,
    url: resolveUrl(item.url ?? item.external_url, base),
    title: plainText(item.title),
    publishedAt: parseDate(item.date_published) ?? parseDate(item.date_modified),
    author: item.authors?.find((a) => a.name)?.name ?? item.author?.name,
    summary: item.summary ?? item.content_text,
    contentHtml: item.content_html,
  };
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}

/** JSON Feed 1.0/1.1 (and RSS-in-JSON); tolerant of wrong types in items, strict about being a feed. */
export function parseJsonFeed(source: string, feedUrl: string | undefined): ParsedFeed {
  const document = parseJson(source);
  const feed = jsonFeed.safeParse(document);
  if (!feed.success || !/jsonfeed\.org\/version\/1/i.test(feed.data.version)) {
    const rssInJson = parseRssInJson(document, feedUrl);
    if (rssInJson) return rssInJson;
    throw new FeedParseError('not a feed: JSON document without a JSON Feed version');
  }
  const link = resolveUrl(feed.data.home_page_url, feedUrl);
  // relative item URLs resolve against the feed's own URL, never its home page
  const items = feed.data.items.map((item) => mapItem(item, feedUrl)).filter((item) => item !== undefined);
  const title = plainText(feed.data.title);
  return { format: 'json', ...(title ? { title } : {}), ...(link ? { link } : {}), items };
}

import { load } from 'cheerio';
import type { FeedItem, ParsedFeed } from './feed-item';
import { parseDate } from './parse-date';
import { plainText } from './plain-text';
import { resolveUrl } from './resolve-url';

/** Microsoft CDF (`<CHANNEL>` of `<ITEM HREF>`), the channel format RSS replaced; still seen in archives. */
export function parseCdf(xml: string, feedUrl: string | undefined): ParsedFeed {
  const $ = load(xml, { xml: { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  const channel = $('channel').first();
  const link = resolveUrl(channel.attr('href'), feedUrl);
  // like xml:base: the channel's BASE, then the feed's own URL (never its HREF, the site)
  const base = resolveUrl(channel.attr('base'), feedUrl) ?? feedUrl;
  const items = $('item')
    .toArray()
    .map((element): FeedItem => {
      const item = $(element);
      const entry: FeedItem = {
        url: resolveUrl(item.attr('href'), base),
        title: plainText(item.children('title').first().text()),
        publishedAt: parseDate(item.attr('lastmod')),
        summary: plainText(item.children('abstract').first().text()),
      };
      return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
    });
  const title = plainText(channel.children('title').first().text());
  return { format: 'cdf', ...(title ? { title } : {}), ...(link ? { link } : {}), items };
}

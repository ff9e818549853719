import type { FeedItem } from '../parse/feed-item';

function absoluteHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = new URL(value.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL that identifies a feed item: its link, else its guid when that is an http(s) URL. */
export function itemKey(item: Pick<FeedItem, 'url' | 'guid'>): string | undefined {
  return absoluteHttpUrl(item.url) ?? absoluteHttpUrl(item.guid);
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'cdf';

export interface FeedItem {
  guid?: string;
  /** Absolute URL of the item's page, resolved against xml:base (item, then channel or feed), then the feed's own URL; no credentials. */
  url?: string;
  title?: string;
  /** ISO 8601 UTC; undefined when the feed gives no readable date. */
  publishedAt?: string;
  author?: string;
  summary?: string;
  contentHtml?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  items: FeedItem[];
  /** Set when the document was not well-formed and was parsed after lenient recovery. */
  recoveredFrom?: string;
}

import { articleStream, deterministicEventId } from '@wirelog/events';
import { existingStreams, type NewEvent, type StreamAppend } from '@wirelog/event-store';
import { articleIdFor, canonicalUrl, itemKey, type FeedItem } from '@wirelog/feeds';
import type { PipelineDeps } from './pipeline-deps';

export interface Discovery {
  /** Articles this poll saw for the first time. */
  fresh: number;
  /** Items without a usable URL. */
  skipped: number;
}

/** Items looked up and appended per round trip: a 100,000-item feed costs memory of one batch, not all. */
const BATCH = 500;

/**
 * Turns feed items into `ArticleDiscovered` events, in bounded batches. The
 * article id comes from the canonical URL and the event id from the article
 * id, so a changed GUID, a second feed carrying the same article or a
 * repeated poll append nothing.
 */
export async function discoverItems(deps: PipelineDeps, feed: { id: string; url: string }, items: FeedItem[], discoveredAt: string): Promise<Discovery> {
  const seen = new Set<string>();
  const total: Discovery = { fresh: 0, skipped: 0 };
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = await discoverBatch(deps, feed, items.slice(start, start + BATCH), discoveredAt, seen);
    total.fresh += batch.fresh;
    total.skipped += batch.skipped;
  }
  return total;
}

async function discoverBatch(deps: PipelineDeps, feed: { id: string; url: string }, items: FeedItem[], discoveredAt: string, seen: Set<string>): Promise<Discovery> {
  const feedId = feed.id;
  const byArticle = new Map<string, { url: string; item: FeedItem }>();
  let skipped = 0;
  for (const item of items) {
    const link = itemKey(item) ?? localItemUrl(feed.url, item);
    if (!link) {
      skipped++;
      continue;
    }
    // the canonical URL (no tracking parameters) is both the identity and what is fetched
    const url = canonicalUrl(link);
    const articleId = articleIdFor(url);
    // the first item wins when a feed repeats an article, across batches too
    if (seen.has(articleId)) continue;
    seen.add(articleId);
    byArticle.set(articleId, { url, item });
  }
  const known = await existingStreams(deps.database, [...byArticle.keys()].map(articleStream));
  const appends: StreamAppend[] = [];
  for (const [articleId, { url, item }] of byArticle) {
    if (!known.has(articleStream(articleId))) appends.push({ streamId: articleStream(articleId), events: [discovered(feedId, articleId, url, item, discoveredAt)] });
  }
  const results = appends.length > 0 ? await deps.store.appendMany(appends) : [];
  return { fresh: results.filter((r) => r.appended > 0).length, skipped };
}

function discovered(feedId: string, articleId: string, url: string, item: FeedItem, discoveredAt: string): NewEvent {
  return {
    type: 'ArticleDiscovered',
    eventId: deterministicEventId('ArticleDiscovered', articleId),
    metadata: { actor: 'fetcher', correlationId: articleId },
    data: {
      articleId,
      feedId,
      url,
      guid: item.guid,
      title: item.title,
      publishedAt: item.publishedAt,
      author: item.author,
      summary: item.summary,
      contentHtml: item.contentHtml,
      discoveredAt,
    },
  };
}

/** A local feed (the seeds, tests) may point at local pages; a remote feed never may. */
function localItemUrl(feedUrl: string, item: FeedItem): string | undefined {
  return feedUrl.startsWith('file:') && item.url?.startsWith('file:') ? item.url : undefined;
}

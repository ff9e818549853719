import { articleStream, deterministicEventId, type ArticleDiscovered } from '@wirelog/events';
import type { NewEvent } from '@wirelog/event-store';
import { decodeBody, extractArticle, textHash, type ArticleText } from '@wirelog/feeds';
import { JobDeferredError, jobCatalog, type JobContext, type JobData } from '@wirelog/queue';
import { findDuplicate } from './find-duplicate';
import { failureFacts } from './failure-reason';
import { loadFeedState, type FeedSettings } from './feed-state';
import { awaitHostTurn, holdBackHost } from './host-politeness';
import { htmlToText } from './html-to-text';
import { nowOf, type PipelineDeps } from './pipeline-deps';
import { timedFetch } from './timed-fetch';

export type FetchOutcome = 'fetched' | 'from-feed' | 'duplicate' | 'failed' | 'already-done';

/** `jobId` is the ticket that keeps the job's place in its host's line; it defaults to the job's own id. */
export type FetchContext = Pick<JobContext, 'attempt'> & Partial<Pick<JobContext, 'jobId' | 'signal'>>;

/**
 * Fetches an article's page and records its main text. A retryable failure
 * throws so the queue retries with backoff; a host that is not free (its
 * turn is far off, or it sent Retry-After) defers the job without spending
 * an attempt; the last attempt (or a non-retryable failure) records
 * ArticleFetchFailed and falls back to the feed's own content. Event ids
 * derive from the article id: re-runs append nothing twice. The fetched text
 * is owed an extraction; the reconciler queues it from the log.
 */
export async function fetchArticle(deps: PipelineDeps, job: JobData<'fetch-article'>, ctx: FetchContext): Promise<FetchOutcome> {
  const stream = await deps.store.readStream(articleStream(job.articleId));
  if (stream.some((e) => e.type === 'ArticleFetched' || e.type === 'ArticleDuplicateDetected' || e.type === 'ArticleFetchFailed')) return 'already-done';
  const discovered = stream.find((e) => e.type === 'ArticleDiscovered')?.data as ArticleDiscovered | undefined;
  const feed = await loadFeedState(deps.database, job.feedId);
  const settings = feed.settings;
  const now = nowOf(deps).toISOString();

  let page: ArticleText | undefined;
  const events: NewEvent[] = [];
  if (settings?.fetchArticles !== false) {
    try {
      page = await fetchPage(deps, job, settings, ctx);
      if (!page.text.trim()) throw new EmptyPageError(job.url);
    } catch (error) {
      // a deferral, or the queue closing: nothing happened to the page that should be recorded
      if (error instanceof JobDeferredError || ctx.signal?.aborted) throw error;
      const facts = failureFacts(error);
      // a 429/503 with Retry-After holds back every request to that host; this job waits it out without spending an attempt
      if (facts.retryAfterMs) throw new JobDeferredError(await holdBackHost(deps, job.url, facts.retryAfterMs), facts.reason);
      if (facts.retryable && ctx.attempt < jobCatalog['fetch-article'].options.attempts) throw error;
      deps.logger.warn({ articleId: job.articleId, url: job.url, attempt: ctx.attempt, reason: facts.reason }, 'article fetch failed, no attempts left');
      events.push(event('ArticleFetchFailed', job.articleId, { articleId: job.articleId, url: job.url, reason: facts.reason, httpStatus: facts.httpStatus, failedAt: now }));
      page = undefined;
    }
  }
  const text = page?.text ?? htmlToText(discovered?.contentHtml ?? discovered?.summary ?? '');
  const hash = text ? textHash(text) : undefined;
  // no page by the feed's choice and no content in the item: say so, or the article would stay owed forever
  if (!hash && events.length === 0) {
    const reason = 'no text: the feed does not fetch pages (fetchArticles: false) and the item has no content';
    events.push(event('ArticleFetchFailed', job.articleId, { articleId: job.articleId, url: job.url, reason, failedAt: now }));
  }
  // one text hash at a time: two workers fetching the same text concurrently must not both see "no duplicate"
  await deps.database.transaction(async (tx) => {
    if (hash) {
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('wirelog-text:' || $1, 0))", [hash]);
      const duplicateOf = await findDuplicate(tx, hash, job.articleId);
      if (duplicateOf) {
        events.push(event('ArticleDuplicateDetected', job.articleId, { articleId: job.articleId, duplicateOf, textHash: hash, detectedAt: now }));
      } else {
        events.push(
          event('ArticleFetched', job.articleId, {
            articleId: job.articleId,
            url: job.url,
            title: page?.title || discovered?.title || '',
            byline: page?.byline ?? discovered?.author,
            publishedAt: discovered?.publishedAt ?? page?.publishedAt,
            lang: page?.lang,
            text,
            textHash: hash,
            wordCount: text.split(/\s+/).filter(Boolean).length,
            source: page ? 'page' : 'feed',
            fetchedAt: now,
          }),
        );
      }
    }
    await deps.store.appendWithin(tx, [{ streamId: articleStream(job.articleId), events }]);
  });
  const outcome = events.some((e) => e.type === 'ArticleDuplicateDetected') ? 'duplicate' : page ? 'fetched' : text ? 'from-feed' : 'failed';
  deps.logger.debug({ articleId: job.articleId, outcome }, 'article fetched');
  return outcome;
}

async function fetchPage(deps: PipelineDeps, job: JobData<'fetch-article'>, settings: FeedSettings | undefined, ctx: FetchContext): Promise<ArticleText> {
  const ticket = ctx.jobId ?? jobCatalog['fetch-article'].id(job);
  await awaitHostTurn(deps, { url: job.url, ticket, minIntervalMs: settings?.hostIntervalMs ?? 1000, signal: ctx.signal });
  const result = await timedFetch('page', job.url, {
    ...deps.fetchOptions,
    allowPrivate: settings?.allowPrivate ?? false,
    // only a local feed's pages may be local files
    fileRoot: settings?.url.startsWith('file:') ? deps.fileRoot : undefined,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    signal: ctx.signal,
  });
  if (result.status === 'not-modified') throw new EmptyPageError(job.url);
  const { text: html } = decodeBody(result.body, result.contentType);
  return extractArticle(html, { url: result.url });
}

function event<T extends NewEvent['type']>(type: T, articleId: string, data: Extract<NewEvent, { type: T }>['data']): NewEvent {
  return { type, data, eventId: deterministicEventId(type, articleId), metadata: { actor: 'fetcher', correlationId: articleId } } as NewEvent;
}

export class EmptyPageError extends Error {
  readonly retryable = false;
  constructor(url: string) {
    super(`no main text found in ${url}`);
    this.name = 'EmptyPageError';
  }
}

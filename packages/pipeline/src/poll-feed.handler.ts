import { deterministicEventId, feedStream, type FeedPollFailed, type FeedPolled } from '@wirelog/events';
import { WrongExpectedVersionError } from '@wirelog/event-store';
import { parseFeed } from '@wirelog/feeds';
import { isDeferral, type JobContext, type JobData } from '@wirelog/queue';
import { discoverItems } from './discover-items';
import { failureFacts } from './failure-reason';
import { loadFeedState, nextPollAllowedAt, type FeedSettings, type FeedState } from './feed-state';
import { awaitHostTurn, holdBackHost } from './host-politeness';
import { nowOf, type PipelineDeps } from './pipeline-deps';
import { timedFetch } from './timed-fetch';

export type PollOutcome = 'polled' | 'not-modified' | 'failed' | 'skipped';

/**
 * One poll of one feed: conditional GET, decode, parse, discover. Every
 * outcome is an event on the feed's stream; a failure is recorded, not
 * thrown, because the next scheduled tick is the retry (and so is a host
 * that is not free now). The poll's event id is tied to the stream version
 * it was based on: a re-run of the same job appends nothing twice, and a
 * concurrent poll of the same feed by another worker loses with a version
 * conflict instead of interleaving. What the poll discovered is owed a
 * fetch; the reconciler queues it from the log.
 */
export async function pollFeed(deps: PipelineDeps, { feedId }: JobData<'poll-feed'>, ctx: Partial<JobContext> = {}): Promise<PollOutcome> {
  const state = await loadFeedState(deps.database, feedId);
  const settings = state.settings;
  const now = nowOf(deps);
  if (!settings || state.removed || !settings.enabled) return 'skipped';
  if (state.lastPoll?.type === 'FeedPollFailed' && state.lastPoll.data.gone) return 'skipped'; // 410: until the feed is edited
  const allowedAt = nextPollAllowedAt(state);
  if (allowedAt && allowedAt > now) return 'skipped';
  try {
    await awaitHostTurn(deps, { url: settings.url, ticket: `poll-${feedId}`, minIntervalMs: settings.hostIntervalMs, jumpQueue: true, signal: ctx.signal });
  } catch (error) {
    if (!isDeferral(error)) throw error;
    deps.logger.info({ feedId, reason: error.message }, 'feed poll skipped: its host is not free');
    return 'skipped';
  }

  const outcome = await fetchAndDiscover(deps, state, settings, now.toISOString());
  try {
    await deps.store.append(
      feedStream(feedId),
      [{ ...outcome.event, eventId: deterministicEventId(outcome.event.type, feedId, state.version), metadata: { actor: 'fetcher' } }],
      { expectedVersion: state.version },
    );
  } catch (error) {
    // another worker recorded a poll of this feed first: its outcome stands
    if (error instanceof WrongExpectedVersionError) return 'skipped';
    throw error;
  }
  return outcome.result;
}

interface PollResult {
  result: PollOutcome;
  event: { type: 'FeedPolled'; data: FeedPolled } | { type: 'FeedPollFailed'; data: FeedPollFailed };
}

async function fetchAndDiscover(deps: PipelineDeps, state: FeedState, settings: FeedSettings, polledAt: string): Promise<PollResult> {
  const feedId = state.feedId;
  const validators = state.lastPoll?.type === 'FeedPolled' ? state.lastPoll.data : undefined;
  try {
    const url = settings.credentials ? await deps.feedCredentials(feedId, settings.url) : settings.url;
    const result = await timedFetch('feed', url, {
      ...deps.fetchOptions,
      etag: validators?.etag,
      lastModified: validators?.lastModified,
      allowPrivate: settings.allowPrivate,
      fileRoot: deps.fileRoot,
      accept: FEED_ACCEPT,
    });
    if (result.status === 'not-modified') {
      const data = { feedId, polledAt, notModified: true, etag: validators?.etag, lastModified: validators?.lastModified, itemCount: 0, newArticleCount: 0 };
      return { result: 'not-modified', event: { type: 'FeedPolled', data } };
    }
    const feed = await parseFeed(result.body, { contentType: result.contentType, url: result.url });
    const discovery = await discoverItems(deps, { id: feedId, url: settings.url }, feed.items, polledAt);
    deps.logger.info({ feedId, items: feed.items.length, fresh: discovery.fresh, skipped: discovery.skipped }, 'feed polled');
    const data = {
      feedId,
      polledAt,
      notModified: false,
      httpStatus: result.httpStatus,
      etag: result.etag,
      lastModified: result.lastModified,
      itemCount: feed.items.length,
      newArticleCount: discovery.fresh,
    };
    return { result: 'polled', event: { type: 'FeedPolled', data } };
  } catch (error) {
    const facts = failureFacts(error);
    if (facts.retryAfterMs) await holdBackHost(deps, settings.url, facts.retryAfterMs);
    const consecutiveFailures = (state.lastPoll?.type === 'FeedPollFailed' ? state.lastPoll.data.consecutiveFailures : 0) + 1;
    deps.logger.warn({ feedId, reason: facts.reason, failures: consecutiveFailures }, 'feed poll failed');
    return { result: 'failed', event: { type: 'FeedPollFailed', data: { feedId, polledAt, ...facts, consecutiveFailures } } };
  }
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

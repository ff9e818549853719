import path from 'node:path';
import { EventStore } from '@wirelog/event-store';
import { MemoryHostLimiter, RedisHostLimiter, formatProblem, loadFeedsConfig, watchFeedsConfig, type FeedsConfigResult } from '@wirelog/feeds';
import { projections, startProjections } from '@wirelog/projections';
import type { Config, Connections, Logger } from '@wirelog/runtime';
import { extractArticleEntities } from './extract-article.handler';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents, syncSchedulers } from './reconcile-feeds';
import type { PipelineDeps } from './pipeline-deps';

export const ROLES = ['poller', 'fetcher', 'extractor', 'projector', 'api'] as const;
export type Role = (typeof ROLES)[number];

export interface RunningRole {
  role: Role;
  stop(): Promise<void>;
}

export function pipelineDeps(config: Config, connections: Connections, logger: Logger): PipelineDeps {
  return {
    database: connections.database,
    store: new EventStore(connections.database),
    queue: connections.queue,
    hostLimiter: connections.redis ? new RedisHostLimiter(connections.redis, { prefix: `${config.queuePrefix}:host` }) : new MemoryHostLimiter(),
    logger,
    fileRoot: path.dirname(config.feedsPath),
  };
}

/** Consumes poll-feed and fetch-article jobs. */
export function startFetcher(deps: PipelineDeps): RunningRole {
  deps.queue.process('poll-feed', async (data) => void (await pollFeed(deps, data)), { concurrency: 4 });
  deps.queue.process('fetch-article', async (data, ctx) => void (await fetchArticle(deps, data, ctx)), { concurrency: 8 });
  return { role: 'fetcher', stop: async () => undefined };
}

/** Consumes extract-article jobs; extraction is CPU-bound, so little concurrency. */
export function startExtractor(deps: PipelineDeps): RunningRole {
  deps.queue.process('extract-article', async (data) => void (await extractArticleEntities(deps, data)), { concurrency: 2 });
  return { role: 'extractor', stop: async () => undefined };
}

export async function startProjector(deps: PipelineDeps): Promise<RunningRole & { catchUp(): Promise<void> }> {
  const runner = await startProjections(deps.store, [...projections], {
    onError: (name, error) => deps.logger.error({ err: error, projection: name }, 'projection batch failed; retrying'),
  });
  return { role: 'projector', stop: () => runner.stop(), catchUp: () => runner.catchUp() };
}

/**
 * Registers the feeds file's feeds, keeps one job scheduler per enabled
 * feed, and follows edits to the file. An invalid edit is reported and the
 * last valid configuration stays in force.
 */
export async function startPoller(deps: PipelineDeps, feedsPath: string): Promise<RunningRole> {
  const apply = async (result: FeedsConfigResult): Promise<void> => {
    if (!result.ok) {
      deps.logger.error({ problems: result.problems.map(formatProblem) }, 'feeds file is invalid; keeping the last valid configuration');
      return;
    }
    const changes = await reconcileFeedEvents(deps, result.config.feeds);
    await syncSchedulers(deps, result.config.feeds);
    deps.logger.info({ ...changes, feeds: result.config.feeds.length }, 'feeds reconciled');
  };
  const initial = await loadFeedsConfig(feedsPath);
  if (!initial.ok) throw new InvalidFeedsFileError(initial.problems.map(formatProblem));
  await apply(initial);
  let pending = Promise.resolve();
  const watcher = watchFeedsConfig(feedsPath, (result) => {
    pending = pending.then(() => apply(result)).catch((error: unknown) => deps.logger.error({ err: error }, 'feeds reconcile failed'));
  });
  return {
    role: 'poller',
    async stop() {
      watcher.close();
      await pending;
    },
  };
}

export class InvalidFeedsFileError extends Error {
  readonly retryable = false;
  constructor(readonly problems: string[]) {
    super(`invalid feeds file:\n${problems.join('\n')}`);
    this.name = 'InvalidFeedsFileError';
  }
}

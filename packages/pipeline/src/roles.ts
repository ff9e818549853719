import path from 'node:path';
import { EventStore } from '@wirelog/event-store';
import {
  MemoryHostLimiter,
  RedisHostLimiter,
  feedCredentialsFrom,
  formatProblem,
  loadFeedsConfig,
  watchFeedsConfig,
  type FeedsConfigResult,
} from '@wirelog/feeds';
import { observeProjections, projections, startProjections, warnWhileHorizonHeld } from '@wirelog/projections';
import { feedPolls } from '@wirelog/metrics';
import { isDeferral } from '@wirelog/queue';
import type { Config, Connections, Logger } from '@wirelog/runtime';
import { extractArticleEntities } from './extract-article.handler';
import { fetchArticle } from './fetch-article.handler';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { startReconciler, type Reconciler } from './reconciler/reconciler';
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
    feedCredentials: feedCredentialsFrom(config.feedsPath),
    politeness: { maxRetryAfterMs: config.maxRetryAfterMs },
    onQueueReconnect: connections.onQueueReconnect,
  };
}

export interface FetcherOptions {
  /**
   * A job its host defers for longer than `ms` ends without doing its work,
   * which stays owed (`ingest --once` does not wait an hour for one host).
   */
  deferUpTo?: { ms: number; onSkip(articleId: string, reason: string): void };
}

/** Consumes poll-feed and fetch-article jobs. */
export function startFetcher(deps: PipelineDeps, options: FetcherOptions = {}): RunningRole {
  deps.queue.process('poll-feed', async (data, ctx) => void feedPolls.inc({ outcome: await pollFeed(deps, data, ctx) }), { concurrency: 4 });
  deps.queue.process(
    'fetch-article',
    async (data, ctx) => {
      try {
        await fetchArticle(deps, data, ctx);
      } catch (error) {
        const limit = options.deferUpTo;
        if (!(limit && isDeferral(error) && error.delayMs > limit.ms)) throw error;
        limit.onSkip(data.articleId, error.message);
      }
    },
    { concurrency: 8 },
  );
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
    onRebuilt: ({ projection, from, events }) => deps.logger.info({ projection, from, events }, 'projection code version changed: rebuilt its tables'),
  });
  const unobserve = observeProjections(deps.database, projections.map((p) => p.name));
  const unwatch = warnWhileHorizonHeld(deps.database, deps.logger);
  return {
    role: 'projector',
    catchUp: () => runner.catchUp(),
    async stop() {
      unobserve();
      unwatch();
      await runner.stop();
    },
  };
}

export interface PollerOptions {
  feedsPath: string;
  /** How often the reconciler sweeps for owed work the queue may have lost. */
  reconcileIntervalMs: number;
  /** The reconciler's first sweep waits for it (an in-process projector catching up). */
  ready?: Promise<unknown>;
}

/**
 * The feeds file → feed events (registered, changed, removed), following
 * edits; an invalid edit is reported and the last valid configuration stays
 * in force. Beside it runs the reconciler, which turns the log into jobs and
 * feed schedules and heals whatever the queue loses.
 */
export async function startPoller(deps: PipelineDeps, options: PollerOptions): Promise<RunningRole & { reconciler: Reconciler }> {
  const apply = async (result: FeedsConfigResult): Promise<void> => {
    if (!result.ok) {
      deps.logger.error({ problems: result.problems.map(formatProblem) }, 'feeds file is invalid; keeping the last valid configuration');
      return;
    }
    const changes = await reconcileFeedEvents(deps, result.config.feeds);
    deps.logger.info({ ...changes, feeds: result.config.feeds.length }, 'feeds reconciled');
  };
  const initial = await loadFeedsConfig(options.feedsPath);
  if (!initial.ok) throw new InvalidFeedsFileError(initial.problems.map(formatProblem));
  const reconciler = await startReconciler(deps, { sweepIntervalMs: options.reconcileIntervalMs, ready: options.ready });
  await apply(initial);
  let pending = Promise.resolve();
  const watcher = watchFeedsConfig(options.feedsPath, (result) => {
    pending = pending.then(() => apply(result)).catch((error: unknown) => deps.logger.error({ err: error }, 'feeds reconcile failed'));
  });
  return {
    role: 'poller',
    reconciler,
    async stop() {
      watcher.close();
      await pending;
      await reconciler.stop();
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

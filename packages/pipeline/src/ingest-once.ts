import { loadFeedsConfig, formatProblem } from '@wirelog/feeds';
import type { Sql } from '@wirelog/db';
import { InvalidFeedsFileError, startExtractor, startFetcher, startProjector } from './roles';
import { pollFeed, type PollOutcome } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { drainOwedWork } from './reconciler/drain-owed-work';
import type { PipelineDeps } from './pipeline-deps';

export interface IngestSummary {
  feeds: number;
  polled: Record<PollOutcome, number>;
  newArticles: number;
  fetched: number;
  failures: { feeds: number; articles: number };
  duplicates: number;
  extracted: number;
  entities: number;
  /** Articles left owed because their host asked us to wait longer than this run does. */
  deferred: number;
  events: number;
  seconds: number;
}

/** A host that defers a page by more than this is left for the running service or the next run. */
const DEFER_WINDOW_MS = 30_000;

/**
 * `wirelog ingest --once`: poll every enabled feed once, then run every owed
 * article (these feeds' and any left from before) through fetching,
 * extraction and projection in this process (and any other workers on the
 * same queue) until nothing new is owed; report what the run appended.
 */
export async function ingestOnce(deps: PipelineDeps, feedsPath: string): Promise<IngestSummary> {
  const started = performance.now();
  const loaded = await loadFeedsConfig(feedsPath);
  if (!loaded.ok) throw new InvalidFeedsFileError(loaded.problems.map(formatProblem));
  const feeds = loaded.config.feeds.filter((f) => f.enabled);
  const from = await lastPosition(deps.database);

  await reconcileFeedEvents(deps, loaded.config.feeds);
  const projector = await startProjector(deps);
  const deferred = new Set<string>();
  startFetcher(deps, { deferUpTo: { ms: DEFER_WINDOW_MS, onSkip: (articleId) => void deferred.add(articleId) } });
  startExtractor(deps);
  const polled: Record<PollOutcome, number> = { polled: 0, 'not-modified': 0, failed: 0, skipped: 0 };
  try {
    const outcomes = await Promise.all(feeds.map((feed) => pollFeed(deps, { feedId: feed.id })));
    for (const outcome of outcomes) polled[outcome]++;
    await drainOwedWork(deps, projector);
  } finally {
    await projector.stop();
  }
  const counts = await countSince(deps.database, from);
  const mentions = await deps.database.query<{ n: string }>(
    `SELECT COALESCE(sum(jsonb_array_length(data->'mentions')), 0)::text AS n FROM events WHERE global_position > $1 AND type = 'EntitiesExtracted'`,
    [from],
  );
  return {
    feeds: feeds.length,
    polled,
    newArticles: counts.ArticleDiscovered ?? 0,
    fetched: counts.ArticleFetched ?? 0,
    failures: { feeds: counts.FeedPollFailed ?? 0, articles: counts.ArticleFetchFailed ?? 0 },
    duplicates: counts.ArticleDuplicateDetected ?? 0,
    extracted: counts.EntitiesExtracted ?? 0,
    entities: Number(mentions.rows[0]?.n ?? 0),
    deferred: deferred.size,
    events: Object.values(counts).reduce((a, b) => a + b, 0),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

async function lastPosition(sql: Sql): Promise<bigint> {
  const { rows } = await sql.query<{ p: bigint | null }>('SELECT max(global_position) AS p FROM events');
  return rows[0]?.p ?? 0n;
}

async function countSince(sql: Sql, from: bigint): Promise<Record<string, number>> {
  const { rows } = await sql.query<{ type: string; n: string }>(
    'SELECT type, count(*)::text AS n FROM events WHERE global_position > $1 GROUP BY type',
    [from],
  );
  return Object.fromEntries(rows.map((r) => [r.type, Number(r.n)]));
}

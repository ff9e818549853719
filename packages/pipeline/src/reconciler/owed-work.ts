import type { Sql } from '@wirelog/db';
import type { StoredEvent } from '@wirelog/event-store';
import type { JobData } from '@wirelog/queue';

/**
 * What the pipeline owes, in one place. Discovered → fetch; fetched →
 * extract with the current extractor version. The log says it first (the
 * fast path, per event); the read tables say what is still owed (the sweep,
 * which heals lost jobs). Handlers only do their one job and append.
 */
export type OwedJob = { name: 'fetch-article'; data: JobData<'fetch-article'> } | { name: 'extract-article'; data: JobData<'extract-article'> };

/** The events the fast path reacts to. */
export const OWING_EVENTS = ['ArticleDiscovered', 'ArticleFetched', 'ArticleFetchFailed', 'ArticleDuplicateDetected'] as const;

/** Jobs a batch of new events makes owed; an article fetched within the same batch needs no fetch job. */
export function jobsOwedBy(events: StoredEvent[]): OwedJob[] {
  const settled = new Set(events.filter((e) => e.type !== 'ArticleDiscovered').map((e) => (e.data as { articleId: string }).articleId));
  const jobs: OwedJob[] = [];
  for (const event of events) {
    if (event.type === 'ArticleDiscovered' && !settled.has(event.data.articleId)) {
      jobs.push({ name: 'fetch-article', data: { articleId: event.data.articleId, url: event.data.url, feedId: event.data.feedId } });
    } else if (event.type === 'ArticleFetched') {
      jobs.push({ name: 'extract-article', data: { articleId: event.data.articleId } });
    }
  }
  return jobs;
}

function notBackingOff(jobName: string, jobId: string): string {
  return `NOT EXISTS (SELECT 1 FROM job_failures f WHERE f.job_name = '${jobName}' AND f.job_id = ${jobId} AND f.retry_at > now())`;
}

/** Discovered articles, oldest first ($1: limit). */
export const OWED_FETCHES_SQL = `SELECT a.article_id, a.url, a.feed_id FROM articles a
  WHERE a.status = 'discovered' AND ${notBackingOff('fetch-article', "'fetch-' || a.article_id")}
  ORDER BY a.discovered_at LIMIT $1`;

/** Fetched text not yet extracted by version $1, oldest first ($2: limit): two range scans of the version index instead of `<>`, which no index serves. */
export const OWED_EXTRACTS_SQL = `SELECT article_id FROM (
    (SELECT article_id, fetched_at FROM articles WHERE status = 'fetched' ORDER BY fetched_at LIMIT $2)
    UNION ALL (SELECT article_id, fetched_at FROM articles WHERE status = 'extracted' AND extractor_version < $1 LIMIT $2)
    UNION ALL (SELECT article_id, fetched_at FROM articles WHERE status = 'extracted' AND extractor_version > $1 LIMIT $2)
  ) a WHERE ${notBackingOff('extract-article', "'extract-' || a.article_id")}
  ORDER BY fetched_at LIMIT $2`;

/**
 * Work the read tables say is still owed, oldest first: served by the partial
 * indexes on `articles.status`, so it stays an index lookup at millions of
 * articles. Work whose job was given up recently waits for its retry time.
 */
export async function findOwedWork(sql: Sql, extractorVersion: string, limit: number): Promise<OwedJob[]> {
  const fetches = await sql.query<{ article_id: string; url: string; feed_id: string }>(OWED_FETCHES_SQL, [limit]);
  const extracts = await sql.query<{ article_id: string }>(OWED_EXTRACTS_SQL, [extractorVersion, limit]);
  return [
    ...fetches.rows.map((r): OwedJob => ({ name: 'fetch-article', data: { articleId: r.article_id, url: r.url, feedId: r.feed_id } })),
    ...extracts.rows.map((r): OwedJob => ({ name: 'extract-article', data: { articleId: r.article_id } })),
  ];
}

/** Forgets given-up jobs whose work is no longer owed (it was done since, or the article settled otherwise). */
export async function forgetSettledFailures(sql: Sql, extractorVersion: string): Promise<void> {
  await sql.query(
    `DELETE FROM job_failures f USING articles a
     WHERE (f.job_name = 'fetch-article' AND f.job_id = 'fetch-' || a.article_id AND a.status <> 'discovered')
        OR (f.job_name = 'extract-article' AND f.job_id = 'extract-' || a.article_id AND a.status = 'extracted' AND a.extractor_version = $1)`,
    [extractorVersion],
  );
}

import type { Database } from '@wirelog/db';

/**
 * Surplus events that record a fact already in the log: a second
 * `ArticleDiscovered` or `FeedRegistered` in a stream, a second
 * `ArticleFetched` of the same text, a second `EntitiesExtracted` of the same
 * extractor version and text. (Repeated event ids the unique index refuses.)
 */
export async function duplicatedFacts(database: Database): Promise<{ count: number; examples: string[] }> {
  const { rows } = await database.query<{ stream_id: string; type: string; fact: string; n: number }>(
    `SELECT stream_id, type, fact, count(*)::int AS n FROM (
       SELECT stream_id, type, CASE type
         WHEN 'ArticleFetched' THEN data->>'textHash'
         WHEN 'EntitiesExtracted' THEN concat(data->>'extractorVersion', ' ', data->>'textHash')
         ELSE '' END AS fact
       FROM events
       WHERE type IN ('FeedRegistered', 'ArticleDiscovered', 'ArticleFetched', 'ArticleDuplicateDetected', 'EntitiesExtracted')) facts
     GROUP BY 1, 2, 3 HAVING count(*) > 1 ORDER BY 1, 2, 3`,
  );
  return {
    count: rows.reduce((sum, r) => sum + r.n - 1, 0),
    examples: rows.slice(0, 5).map((r) => `${r.stream_id} ${r.type} ${r.fact} ×${r.n}`),
  };
}

/** Streams whose versions do not run 1, 2, … n (versions are unique per stream by index). */
export async function streamVersionGaps(database: Database): Promise<string[]> {
  const { rows } = await database.query<{ stream_id: string; first: number; last: number; n: number }>(
    `SELECT stream_id, min(stream_version) AS first, max(stream_version) AS last, count(*)::int AS n
     FROM events GROUP BY stream_id HAVING min(stream_version) <> 1 OR max(stream_version) <> count(*) ORDER BY stream_id`,
  );
  return rows.map((r) => `${r.stream_id}: versions ${r.first}..${r.last} in ${r.n} events`);
}

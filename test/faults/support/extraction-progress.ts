import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@wirelog/db';
import { articleStream } from '@wirelog/events';
import { EXTRACTOR_VERSION } from '@wirelog/extraction';
import { articleIdFor } from '@wirelog/feeds';

export interface ExtractionProgress {
  expected: number;
  discovered: number;
  fetched: number;
  /** Articles whose latest fetched text has an `EntitiesExtracted` of the current extractor version. */
  extracted: number;
  /** Of those, how many the `articles` read table shows as extracted with that version. */
  projected: number;
}

/** How far the log and the read table have come with the given (canonical) article URLs. */
export async function extractionProgress(database: Database, urls: string[]): Promise<ExtractionProgress> {
  const ids = urls.map((url) => articleIdFor(url));
  const { rows } = await database.query<Omit<ExtractionProgress, 'expected'>>(
    `WITH expected AS (SELECT unnest($1::text[]) AS stream_id),
     latest AS (
       SELECT DISTINCT ON (e.stream_id) e.stream_id, e.data->>'textHash' AS text_hash
       FROM events e JOIN expected USING (stream_id)
       WHERE e.type = 'ArticleFetched' ORDER BY e.stream_id, e.stream_version DESC)
     SELECT
       (SELECT count(*) FROM events e JOIN expected USING (stream_id) WHERE e.type = 'ArticleDiscovered')::int AS discovered,
       (SELECT count(*) FROM latest)::int AS fetched,
       (SELECT count(*) FROM latest l WHERE EXISTS (
          SELECT 1 FROM events e WHERE e.stream_id = l.stream_id AND e.type = 'EntitiesExtracted'
          AND e.data->>'extractorVersion' = $2 AND e.data->>'textHash' = l.text_hash))::int AS extracted,
       (SELECT count(*) FROM articles WHERE article_id = ANY($3) AND status = 'extracted' AND extractor_version = $2)::int AS projected`,
    [ids.map(articleStream), EXTRACTOR_VERSION, ids],
  );
  return { expected: urls.length, ...rows[0]! };
}

/** Articles of `urls` whose extraction is missing, each with the event types its stream holds. */
export async function missingExtractions(database: Database, urls: string[], limit = 5): Promise<string[]> {
  const { rows } = await database.query<{ stream_id: string; types: string[] | null }>(
    `SELECT x.stream_id, array_agg(e.type ORDER BY e.stream_version) FILTER (WHERE e.type IS NOT NULL) AS types
     FROM unnest($1::text[]) AS x(stream_id) LEFT JOIN events e USING (stream_id)
     GROUP BY x.stream_id
     HAVING NOT bool_or(e.type = 'EntitiesExtracted' AND e.data->>'extractorVersion' = $2) OR bool_or(e.type IS NULL)
     ORDER BY x.stream_id LIMIT $3`,
    [urls.map((url) => articleStream(articleIdFor(url))), EXTRACTOR_VERSION, limit],
  );
  return rows.map((r) => `${r.stream_id}: ${(r.types ?? ['no events']).join(', ')}`);
}

export interface WaitOptions {
  timeoutMs: number;
  /** Done when this holds; default: every article extracted and projected. */
  until?: (progress: ExtractionProgress) => boolean;
  /** Said when the wait times out: the roles' output, crashes. */
  context?: () => string;
}

const everyArticleDone = (p: ExtractionProgress) => p.extracted === p.expected && p.projected === p.expected;

/**
 * Polls the progress until `until` holds, and then returns it; a query that
 * fails (the database restarting) is retried. At the deadline it fails with
 * every count, the first missing articles and the context.
 */
export async function waitForExtraction(database: Database, urls: string[], options: WaitOptions): Promise<ExtractionProgress> {
  const until = options.until ?? everyArticleDone;
  const deadline = Date.now() + options.timeoutMs;
  let last: ExtractionProgress | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await extractionProgress(database, urls);
      if (until(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const missing = await missingExtractions(database, urls).catch((error: unknown) => [`(could not list: ${String(error)})`]);
      throw new Error(
        `not converged within ${options.timeoutMs / 1000}s: ${JSON.stringify(last ?? null)}` +
          (lastError && !last ? `\nlast query error: ${String(lastError)}` : '') +
          `\nfirst missing:\n  ${missing.join('\n  ')}\n${options.context?.() ?? ''}`,
      );
    }
    await sleep(250);
  }
}

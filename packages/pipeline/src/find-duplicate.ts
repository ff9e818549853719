import type { Sql } from '@wirelog/db';

/** Another article already fetched with the same normalised text, if any. */
export async function findDuplicate(sql: Sql, textHash: string, articleId: string): Promise<string | undefined> {
  const { rows } = await sql.query<{ article_id: string }>(
    `SELECT data->>'articleId' AS article_id FROM events
     WHERE type = 'ArticleFetched' AND data->>'textHash' = $1 AND data->>'articleId' <> $2
     ORDER BY global_position LIMIT 1`,
    [textHash, articleId],
  );
  return rows[0]?.article_id;
}

import { articleStream } from '@wirelog/events';
import { extractArticleEntities } from './extract-article.handler';
import { startProjector } from './roles';
import type { PipelineDeps } from './pipeline-deps';

export interface ReextractSummary {
  articles: number;
  extracted: number;
  unchanged: number;
}

/**
 * Runs the current extractor again over stored article text (no refetch),
 * then lets the projections catch up. Same version and text: nothing new is
 * appended; a new version: one new EntitiesExtracted per article.
 */
export async function reextract(deps: PipelineDeps, target: { articleId: string } | { all: true }): Promise<ReextractSummary> {
  if ('articleId' in target && (await deps.store.readStream(articleStream(target.articleId))).length === 0) {
    throw new ArticleNotFoundError(target.articleId);
  }
  const ids = 'articleId' in target ? [target.articleId] : await fetchedArticleIds(deps);
  const summary: ReextractSummary = { articles: ids.length, extracted: 0, unchanged: 0 };
  for (const articleId of ids) {
    const outcome = await extractArticleEntities(deps, { articleId });
    if (outcome === 'extracted') summary.extracted++;
    else summary.unchanged++;
  }
  const projector = await startProjector(deps);
  await projector.catchUp();
  await projector.stop();
  return summary;
}

/** `reextract --article` with an id the log has no events for. */
export class ArticleNotFoundError extends Error {
  readonly retryable = false;
  constructor(readonly articleId: string) {
    super(`article ${articleId} not found`);
    this.name = 'ArticleNotFoundError';
  }
}

async function fetchedArticleIds(deps: PipelineDeps): Promise<string[]> {
  const { rows } = await deps.database.query<{ article_id: string }>(
    `SELECT DISTINCT data->>'articleId' AS article_id FROM events WHERE type = 'ArticleFetched' ORDER BY 1`,
  );
  return rows.map((r) => r.article_id);
}

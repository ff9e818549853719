import { articleStream } from '@wirelog/events';
import { correctionAgreement, type AgreementCounts } from '@wirelog/quality';
import { extractArticleEntities } from './extract-article.handler';
import { startProjector } from './roles';
import type { PipelineDeps } from './pipeline-deps';

export interface ReextractSummary {
  articles: number;
  extracted: number;
  unchanged: number;
  /** The reviewers' corrections against the articles' extraction now: the fixes that landed, those still needed, and orphans. */
  corrections: AgreementCounts;
}

/**
 * Runs the current extractor again over stored article text (no refetch),
 * then lets the projections catch up. Same version and text: nothing new is
 * appended; a new version: one new EntitiesExtracted per article. Every
 * correction is kept (they are events); the summary says how they now fare.
 */
export async function reextract(deps: PipelineDeps, target: { articleId: string } | { all: true }): Promise<ReextractSummary> {
  if ('articleId' in target && (await deps.store.readStream(articleStream(target.articleId))).length === 0) {
    throw new ArticleNotFoundError(target.articleId);
  }
  const ids = 'articleId' in target ? [target.articleId] : await fetchedArticleIds(deps);
  let extracted = 0;
  for (const articleId of ids) {
    if ((await extractArticleEntities(deps, { articleId })) === 'extracted') extracted++;
  }
  const projector = await startProjector(deps);
  await projector.catchUp();
  await projector.stop();
  return { articles: ids.length, extracted, unchanged: ids.length - extracted, corrections: await correctionAgreement(deps.database, target) };
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

import { articleStream, deterministicEventId, type ArticleFetched } from '@wirelog/events';
import { extractionDuration } from '@wirelog/metrics';
import type { JobData } from '@wirelog/queue';
import { extractorOf } from './extractor-of';
import { nowOf, type PipelineDeps } from './pipeline-deps';

export type ExtractOutcome = 'extracted' | 'unchanged' | 'no-text';

/**
 * Runs the extractor over the article's latest fetched text. The event id
 * is derived from (article, extractor version, text): the same extraction
 * is never recorded twice, a new extractor version is a new event.
 */
export async function extractArticleEntities(deps: PipelineDeps, { articleId }: JobData<'extract-article'>): Promise<ExtractOutcome> {
  const stream = await deps.store.readStream(articleStream(articleId));
  const fetched = stream.findLast((e) => e.type === 'ArticleFetched')?.data as ArticleFetched | undefined;
  if (!fetched) return 'no-text';
  const extractor = extractorOf(deps);
  const eventId = deterministicEventId('EntitiesExtracted', articleId, extractor.version, fetched.textHash);
  if (stream.some((e) => e.eventId === eventId)) return 'unchanged';
  const stop = extractionDuration.startTimer();
  const result = extractor.extract(fetched.text, { publishedAt: fetched.publishedAt });
  stop();
  await deps.store.append(articleStream(articleId), [
    {
      type: 'EntitiesExtracted',
      eventId,
      metadata: { actor: 'extractor', correlationId: articleId },
      data: {
        articleId,
        extractorVersion: result.version,
        textHash: fetched.textHash,
        mentions: result.mentions.map((m) => ({ ...m, value: m.value as Record<string, unknown> | undefined })),
        extractedAt: nowOf(deps).toISOString(),
      },
    },
  ]);
  return 'extracted';
}

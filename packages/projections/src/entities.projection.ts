import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { Projection } from './projection';
import { applyCorrections, recordCorrection } from './corrections';
import { refreshArticleEntities } from './entity-rows';

type Extracted = StoredEvent<'EntitiesExtracted'>['data'];

/**
 * `article_mentions`, `article_entities`, `entities`, `money_mentions`. A new
 * extraction replaces the extractor's mentions; reviewer corrections are kept
 * by span and applied again on top, so they survive re-extraction and rebuilds.
 */
export const entitiesProjection: Projection = {
  name: 'entities',
  version: 1,
  tables: ['article_mentions', 'article_entities', 'entities', 'money_mentions', 'entity_corrections'],
  handles: ['EntitiesExtracted', 'EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  async apply(event: StoredEvent, tx: Sql) {
    if (event.type === 'EntitiesExtracted') await replaceMentions(tx, event.data as Extracted);
    else await recordCorrection(tx, event);
    const articleId = (event.data as { articleId: string }).articleId;
    await applyCorrections(tx, articleId);
    await refreshArticleEntities(tx, articleId, event.recordedAt);
  },
};

async function replaceMentions(tx: Sql, d: Extracted): Promise<void> {
  await tx.query(`DELETE FROM article_mentions WHERE article_id = $1 AND source = 'extractor'`, [d.articleId]);
  if (d.mentions.length === 0) return;
  const rows = d.mentions.map((m) => ({
    mention_id: m.id,
    kind: m.kind,
    key: m.key,
    name: m.name,
    text: m.text,
    start: m.start,
    end: m.end,
    confidence: m.confidence,
    // money links ride along in value, where money_mentions reads them
    value: m.kind === 'money' ? { ...m.value, linkedCountry: m.country, linkedOrg: m.org } : (m.value ?? null),
  }));
  await tx.query(
    `INSERT INTO article_mentions (article_id, mention_id, kind, key, name, text, start, "end", confidence, value, source, status)
     SELECT $1, mention_id, kind, key, name, text, start, "end", confidence, value, 'extractor', 'active'
     FROM jsonb_to_recordset($2::jsonb) AS x(mention_id text, kind text, key text, name text, text text, start int, "end" int, confidence float8, value jsonb)
     ON CONFLICT (article_id, mention_id) DO NOTHING`,
    [d.articleId, JSON.stringify(rows)],
  );
}

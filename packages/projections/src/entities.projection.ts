import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';
import type { Projection } from './projection';
import { applyCorrections, recordCorrections } from './corrections';
import { articleIdOf, inRounds } from './event-groups';
import { refreshArticleEntities, writeEntityDeltas, type EntityDelta } from './entity-rows';

type Extracted = StoredEvent<'EntitiesExtracted'>['data'];

/**
 * `article_mentions`, `article_entities`, `entities`, `money_mentions`,
 * `capacity_mentions`. A new
 * extraction replaces the extractor's mentions; reviewer corrections are kept
 * by span and applied again on top, so they survive re-extraction and rebuilds.
 *
 * A batch is applied in rounds (the first event of each article, then the
 * second…): each round is a few statements over all its articles, and each
 * article goes through the same states as event by event, so its dates are
 * those of the event that made them. The catalogue, shared by all articles,
 * takes the batch's differences once, at the end.
 */
export const entitiesProjection: Projection = {
  name: 'entities',
  // 2: a later confirm or add lifts a reject at the same span and label; 3: capacity_mentions, money ranges
  version: 3,
  tables: ['article_mentions', 'article_entities', 'entities', 'money_mentions', 'capacity_mentions', 'entity_corrections'],
  handles: ['EntitiesExtracted', 'EntityConfirmed', 'EntityRejected', 'EntityRelabelled', 'EntityAdded'],
  async applyBatch(events, tx) {
    const deltas: EntityDelta[] = [];
    for (const round of inRounds(events, articleIdOf)) {
      await replaceMentions(tx, round.filter((e) => e.type === 'EntitiesExtracted').map((e) => e.data as Extracted));
      await recordCorrections(tx, round.filter((e) => e.type !== 'EntitiesExtracted'));
      const articleIds = round.map(articleIdOf);
      await applyCorrections(tx, articleIds);
      deltas.push(...(await refreshArticleEntities(tx, round.map((e) => ({ articleId: articleIdOf(e), seenAt: e.recordedAt, position: e.globalPosition })))));
    }
    await writeEntityDeltas(tx, deltas);
  },
};

async function replaceMentions(tx: Sql, extractions: Extracted[]): Promise<void> {
  if (extractions.length === 0) return;
  await tx.query(`DELETE FROM article_mentions WHERE article_id = ANY($1::text[]) AND source = 'extractor'`, [extractions.map((d) => d.articleId)]);
  const rows = extractions.flatMap((d) =>
    d.mentions.map((m) => ({
      article_id: d.articleId,
      mention_id: m.id,
      kind: m.kind,
      key: m.key,
      name: m.name,
      text: m.text,
      start: m.start,
      end: m.end,
      confidence: m.confidence,
      // the links of money, capacity, quantity and counted hardware ride along in value, where money_mentions and capacity_mentions read them
      value: m.country || m.org ? { ...m.value, linkedCountry: m.country, linkedOrg: m.org } : (m.value ?? null),
    })),
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO article_mentions (article_id, mention_id, kind, key, name, text, start, "end", confidence, value, source, status)
     SELECT article_id, mention_id, kind, key, name, text, start, "end", confidence, value, 'extractor', 'active'
     FROM jsonb_to_recordset($1::jsonb)
       AS x(article_id text, mention_id text, kind text, key text, name text, text text, start int, "end" int, confidence float8, value jsonb)
     ON CONFLICT (article_id, mention_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';

type Rejected = StoredEvent<'EntityRejected'>['data'];
type Confirmed = StoredEvent<'EntityConfirmed'>['data'];
type Relabelled = StoredEvent<'EntityRelabelled'>['data'];
type Added = StoredEvent<'EntityAdded'>['data'];

/** Keeps a reviewer event as a correction row; an added entity is also a reviewer mention. */
export async function recordCorrection(tx: Sql, event: StoredEvent): Promise<void> {
  const common = [event.eventId, event.recordedAt, event.metadata.actor ?? null, event.globalPosition];
  const insert = (action: string, d: { articleId: string; mentionId: string; start: number; end: number; reason?: string }, kind: string, key: string, to?: { kind: string; key: string; name: string }) =>
    tx.query(
      `INSERT INTO entity_corrections (correction_id, corrected_at, actor, position, article_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (correction_id) DO NOTHING`,
      [...common, d.articleId, action, d.mentionId, d.start, d.end, kind, key, to?.kind ?? null, to?.key ?? null, to?.name ?? null, d.reason ?? null],
    );
  if (event.type === 'EntityRejected') {
    const d = event.data as Rejected;
    await insert('reject', d, d.kind, d.key);
  } else if (event.type === 'EntityConfirmed') {
    const d = event.data as Confirmed;
    await insert('confirm', d, d.kind, d.key);
  } else if (event.type === 'EntityRelabelled') {
    const d = event.data as Relabelled;
    await insert('relabel', d, d.from.kind, d.from.key, d.to);
  } else if (event.type === 'EntityAdded') {
    const d = event.data as Added;
    await insert('add', d, d.kind, d.key);
    await tx.query(
      `INSERT INTO article_mentions (article_id, mention_id, kind, key, name, text, start, "end", confidence, source, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, 'reviewer', 'active') ON CONFLICT (article_id, mention_id) DO NOTHING`,
      [d.articleId, d.mentionId, d.kind, d.key, d.name, d.text, d.start, d.end],
    );
  }
}

/** Re-applies every reject and relabel of the article, oldest first, to the mentions at their spans. */
export async function applyCorrections(tx: Sql, articleId: string): Promise<void> {
  const { rows } = await tx.query<{ action: string; start: number; end: number; kind: string; key: string; to_kind: string; to_key: string; to_name: string }>(
    `SELECT action, start, "end", kind, key, to_kind, to_key, to_name FROM entity_corrections
     WHERE article_id = $1 AND action IN ('reject', 'relabel') ORDER BY position`,
    [articleId],
  );
  for (const c of rows) {
    if (c.action === 'reject') {
      await tx.query(
        `UPDATE article_mentions SET status = 'rejected' WHERE article_id = $1 AND start = $2 AND "end" = $3 AND kind = $4 AND key = $5`,
        [articleId, c.start, c.end, c.kind, c.key],
      );
    } else {
      await tx.query(
        `UPDATE article_mentions SET kind = $6, key = $7, name = $8
         WHERE article_id = $1 AND start = $2 AND "end" = $3 AND kind = $4 AND key = $5`,
        [articleId, c.start, c.end, c.kind, c.key, c.to_kind, c.to_key, c.to_name],
      );
    }
  }
}

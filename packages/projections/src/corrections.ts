import type { StoredEvent } from '@wirelog/event-store';
import type { Sql } from '@wirelog/db';

type Rejected = StoredEvent<'EntityRejected'>['data'];
type Confirmed = StoredEvent<'EntityConfirmed'>['data'];
type Relabelled = StoredEvent<'EntityRelabelled'>['data'];
type Added = StoredEvent<'EntityAdded'>['data'];

/** A reviewer event as an `entity_corrections` row. */
function correctionRow(event: StoredEvent) {
  const common = { correction_id: event.eventId, corrected_at: event.recordedAt.toISOString(), actor: event.metadata.actor ?? null, position: String(event.globalPosition) };
  const span = (d: { articleId: string; mentionId: string; start: number; end: number; reason?: string }) => ({
    article_id: d.articleId, mention_id: d.mentionId, start: d.start, end: d.end, reason: d.reason ?? null,
  });
  switch (event.type) {
    case 'EntityRejected':
      return { ...common, ...span(event.data as Rejected), action: 'reject', kind: event.data.kind, key: event.data.key };
    case 'EntityConfirmed':
      return { ...common, ...span(event.data as Confirmed), action: 'confirm', kind: event.data.kind, key: event.data.key };
    case 'EntityRelabelled': {
      const d = event.data as Relabelled;
      return { ...common, ...span(d), action: 'relabel', kind: d.from.kind, key: d.from.key, to_kind: d.to.kind, to_key: d.to.key, to_name: d.to.name };
    }
    case 'EntityAdded':
      return { ...common, ...span(event.data as Added), action: 'add', kind: event.data.kind, key: event.data.key };
    default:
      throw new Error(`not a reviewer event: ${event.type}`);
  }
}

/** Keeps reviewer events as correction rows; an added entity is also a reviewer mention (with a new hardware's vendor and category as its value). */
export async function recordCorrections(tx: Sql, events: readonly StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO entity_corrections (correction_id, corrected_at, actor, position, article_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, reason)
     SELECT correction_id, corrected_at, actor, position, article_id, action, mention_id, start, "end", kind, key, to_kind, to_key, to_name, reason
     FROM jsonb_to_recordset($1::jsonb) AS x(correction_id text, corrected_at timestamptz, actor text, position bigint, article_id text, action text,
       mention_id text, start int, "end" int, kind text, key text, to_kind text, to_key text, to_name text, reason text)
     ON CONFLICT (correction_id) DO NOTHING`,
    [JSON.stringify(events.map(correctionRow))],
  );
  const added = events.filter((e) => e.type === 'EntityAdded').map((e) => e.data as Added);
  if (added.length === 0) return;
  await tx.query(
    `INSERT INTO article_mentions (article_id, mention_id, kind, key, name, text, start, "end", confidence, value, source, status)
     SELECT "articleId", "mentionId", kind, key, name, text, start, "end", 1, value, 'reviewer', 'active'
     FROM jsonb_to_recordset($1::jsonb) AS x("articleId" text, "mentionId" text, kind text, key text, name text, text text, start int, "end" int, value jsonb)
     ON CONFLICT (article_id, mention_id) DO NOTHING`,
    [JSON.stringify(added)],
  );
}

interface Correction {
  article_id: string;
  action: 'reject' | 'relabel' | 'confirm' | 'add';
  start: number;
  end: number;
  kind: string;
  key: string;
  to_kind: string;
  to_key: string;
  to_name: string;
}

interface MentionLabel {
  article_id: string;
  mention_id: string;
  start: number;
  end: number;
  kind: string;
  key: string;
  name: string;
  status: string;
}

/**
 * Re-applies every correction of these articles, oldest first, to the
 * mentions at their spans and labels: a reject marks the mention rejected, a
 * confirm or an add marks it active again (so the later of a reject and a
 * confirm wins, which is how the review page undoes a reject, or an add it
 * undid), and a relabel moves it to another kind and key, which a later
 * correction of the same span then matches.
 */
export async function applyCorrections(tx: Sql, articleIds: readonly string[]): Promise<void> {
  const { rows: corrections } = await tx.query<Correction>(
    `SELECT article_id, action, start, "end", kind, key, to_kind, to_key, to_name FROM entity_corrections
     WHERE article_id = ANY($1::text[]) ORDER BY article_id, position`,
    [articleIds],
  );
  if (corrections.length === 0) return;
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) byArticle.set(c.article_id, [...(byArticle.get(c.article_id) ?? []), c]);
  const { rows: mentions } = await tx.query<MentionLabel>(
    `SELECT article_id, mention_id, start, "end", kind, key, name, status FROM article_mentions WHERE article_id = ANY($1::text[])`,
    [[...byArticle.keys()]],
  );
  const changed = mentions.flatMap((m) => {
    let after = m;
    for (const c of byArticle.get(m.article_id)!) {
      if (c.start !== after.start || c.end !== after.end || c.kind !== after.kind || c.key !== after.key) continue;
      if (c.action === 'relabel') after = { ...after, kind: c.to_kind, key: c.to_key, name: c.to_name };
      else after = { ...after, status: c.action === 'reject' ? 'rejected' : 'active' };
    }
    const same = after.kind === m.kind && after.key === m.key && after.name === m.name && after.status === m.status;
    return same ? [] : [after];
  });
  if (changed.length === 0) return;
  await tx.query(
    `UPDATE article_mentions m SET kind = x.kind, key = x.key, name = x.name, status = x.status
     FROM jsonb_to_recordset($1::jsonb) AS x(article_id text, mention_id text, kind text, key text, name text, status text)
     WHERE m.article_id = x.article_id AND m.mention_id = x.mention_id`,
    [JSON.stringify(changed)],
  );
}

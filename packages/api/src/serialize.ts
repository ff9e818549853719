import type { StoredEvent } from '@wirelog/event-store';
import type { ArticleRow, EntityRow, MentionRow } from './articles.queries';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function articleJson(row: ArticleRow, entities: EntityRow[]) {
  return {
    id: row.article_id,
    feedId: row.feed_id,
    url: row.url,
    title: row.title,
    byline: row.byline,
    lang: row.lang,
    publishedAt: iso(row.published_at),
    fetchedAt: iso(row.fetched_at),
    status: row.status,
    wordCount: row.word_count,
    extractorVersion: row.extractor_version,
    reviewed: row.reviewed,
    entities: entities.map((e) => ({ entityId: e.entity_id, kind: e.kind, key: e.key, name: e.name, mentions: e.mentions, source: e.source, status: e.status })),
  };
}

export function mentionJson(m: MentionRow) {
  return { id: m.mention_id, kind: m.kind, text: m.text, start: m.start, end: m.end, key: m.key, name: m.name, value: m.value ?? undefined, confidence: m.confidence, source: m.source, status: m.status };
}

export function eventJson(e: StoredEvent) {
  return {
    position: e.globalPosition.toString(),
    streamId: e.streamId,
    version: e.streamVersion,
    eventId: e.eventId,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
    recordedAt: e.recordedAt.toISOString(),
  };
}

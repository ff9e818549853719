import { deterministicEventId, type MentionPayload, type WirelogEvent } from '@wirelog/events';
import type { EventStore, NewEvent } from '@wirelog/event-store';

/**
 * Test support: two reviewed articles and one unreviewed, small enough to
 * score by hand (quality.int.spec.ts). Article a: v1 finds the country GE in
 * "Georgia Power" and misses India; the reviewer rejects GE, adds IN,
 * confirms Nvidia, and rejects Georgia Power but undoes that (confirms it);
 * v2 finds IN and not GE, and loses Georgia Power. Article b: v1 only; AWS relabelled.
 * Article ab, between them by id, has a correction but no text: nothing to measure.
 */
export const REVIEWED = { a: 'aaaaaaaaaaaaaaaaaaaaaaaa', ab: 'abababababababababababab', b: 'bbbbbbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccccccc' } as const;
export const TEXT = { a: 'Georgia Power buys Nvidia chips in India.', b: 'AWS opens a region.', c: 'Korea builds.' } as const;

const m = (id: string, kind: MentionPayload['kind'], key: string, name: string, start: number, text: string): MentionPayload => ({
  id,
  kind,
  key,
  name,
  text,
  start,
  end: start + text.length,
  confidence: 0.9,
});
const ge = m('a1', 'country', 'GE', 'Georgia', 0, 'Georgia');
const georgiaPower = m('a2', 'org', 'georgia-power', 'Georgia Power', 0, 'Georgia Power');
const nvidia = m('a3', 'org', 'nvidia', 'NVIDIA', 19, 'Nvidia');
const india = m('a4', 'country', 'IN', 'India', 35, 'India');
const aws = m('b1', 'org', 'aws', 'AWS', 0, 'AWS');

const fetched = (id: keyof typeof TEXT): NewEvent => ({
  type: 'ArticleFetched',
  eventId: deterministicEventId(id, 'fetched'),
  data: { articleId: REVIEWED[id], url: `https://news.example/${id}`, title: `Title ${id}`, text: TEXT[id], textHash: `hash-${id}`, wordCount: 4, source: 'page', fetchedAt: '2026-03-01T09:00:00.000Z' },
});
const extracted = (id: keyof typeof TEXT, version: string, mentions: MentionPayload[]): NewEvent => ({
  type: 'EntitiesExtracted',
  eventId: deterministicEventId(id, version),
  data: { articleId: REVIEWED[id], extractorVersion: version, textHash: `hash-${id}`, mentions, extractedAt: '2026-03-01T09:00:00.000Z' },
});
const by = (event: WirelogEvent, n: number): NewEvent => ({ ...event, eventId: deterministicEventId('review', String(n)), metadata: { actor: 'ana' } });

/** v1 over every article, the reviews, then v2 over article a only. */
export async function seedReviews(store: EventStore): Promise<void> {
  const a = REVIEWED.a;
  await store.append(`article-${a}`, [
    fetched('a'),
    extracted('a', 'v1', [ge, georgiaPower, nvidia]),
    by({ type: 'EntityRejected', data: { articleId: a, mentionId: 'a1', kind: 'country', key: 'GE', start: 0, end: 7, reason: 'the company, not the country' } }, 1),
    by({ type: 'EntityAdded', data: { articleId: a, mentionId: 'added-1', kind: 'country', key: 'IN', name: 'India', text: 'India', start: 35, end: 40 } }, 2),
    by({ type: 'EntityConfirmed', data: { articleId: a, mentionId: 'a3', kind: 'org', key: 'nvidia', start: 19, end: 25 } }, 3),
    by({ type: 'EntityRejected', data: { articleId: a, mentionId: 'a2', kind: 'org', key: 'georgia-power', start: 0, end: 13 } }, 6),
    by({ type: 'EntityConfirmed', data: { articleId: a, mentionId: 'a2', kind: 'org', key: 'georgia-power', start: 0, end: 13 } }, 7),
  ]);
  await store.append(`article-${REVIEWED.b}`, [
    fetched('b'),
    extracted('b', 'v1', [aws]),
    by({ type: 'EntityRelabelled', data: { articleId: REVIEWED.b, mentionId: 'b1', start: 0, end: 3, from: { kind: 'org', key: 'aws' }, to: { kind: 'org', key: 'amazon-web-services', name: 'Amazon Web Services' } } }, 4),
  ]);
  await store.append(`article-${REVIEWED.ab}`, [by({ type: 'EntityConfirmed', data: { articleId: REVIEWED.ab, mentionId: 'x', kind: 'org', key: 'x', start: 0, end: 1 } }, 5)]);
  await store.append(`article-${REVIEWED.c}`, [fetched('c'), extracted('c', 'v1', [m('c1', 'country', 'KR', 'South Korea', 0, 'Korea')])]);
  await store.append(`article-${a}`, [extracted('a', 'v2', [nvidia, india])]);
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventStore } from '@wirelog/event-store';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { projections } from './index';
import { catchUp as catchUpAll, dumpTables, ev, mention } from './projections.fixture';
import { rebuildProjection } from './rebuild';
import { projectionStatus } from './status';

const at = '2026-03-01T10:00:00.000Z';

describeEachDatabase('projections', (open) => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await open();
    store = new EventStore(db.database);
  });
  afterAll(() => db.close());

  const dump = () => dumpTables(db.database, projections.flatMap((p) => p.tables));
  const catchUp = () => catchUpAll(store);

  it('projects the log, keeps reviewer corrections across re-extraction, and rebuilds to the same rows', async () => {
    const feed = { url: 'https://example.org/feed', credentials: false, intervalMs: 60_000, hostIntervalMs: 1000, fetchArticles: true, enabled: true, allowPrivate: false, tags: [] };
    await store.append('feed-f1', [
      ev({ type: 'FeedRegistered', data: { feedId: 'f1', ...feed } }, 'r'),
      ev({ type: 'FeedPollFailed', data: { feedId: 'f1', polledAt: at, reason: 'HTTP 500', retryable: true, consecutiveFailures: 1, gone: false } }, 'pf'),
      ev({ type: 'FeedPolled', data: { feedId: 'f1', polledAt: at, notModified: false, itemCount: 1, newArticleCount: 1, etag: '"x"' } }, 'p'),
    ]);
    const text = 'India will spend $1.2 billion with NVIDIA on H100 GPUs.';
    const v1 = [
      mention('m1', 'country', 'IN', 'India', 0, 5),
      mention('m2', 'money', 'USD:1200000000', '$1.2 billion', 17, 29, { value: { currency: 'USD', amount: 1.2e9, usd: 1.2e9 }, country: 'IN', org: 'nvidia' }),
      mention('m3', 'org', 'nvidia', 'NVIDIA', 35, 41),
    ];
    await store.append('article-a1', [
      ev({ type: 'ArticleDiscovered', data: { articleId: 'a1', feedId: 'f1', url: 'https://example.org/a1', title: 'A1', discoveredAt: at } }, 'd'),
      ev({ type: 'ArticleFetched', data: { articleId: 'a1', url: 'https://example.org/a1', title: 'A1', text, textHash: 'h', wordCount: 10, source: 'page', fetchedAt: at } }, 'f'),
      ev({ type: 'EntitiesExtracted', data: { articleId: 'a1', extractorVersion: 'v1', textHash: 'h', mentions: v1, extractedAt: at } }, 'x1'),
      ev({ type: 'EntityRejected', data: { articleId: 'a1', mentionId: 'm3', kind: 'org', key: 'nvidia', start: 35, end: 41, reason: 'test' } }, 'rej', 'reviewer-1'),
      ev({ type: 'EntityAdded', data: { articleId: 'a1', mentionId: 'rev-1', kind: 'hardware', key: 'nvidia-h100', name: 'NVIDIA H100', text: 'H100', start: 45, end: 49 } }, 'add', 'reviewer-1'),
    ]);
    await catchUp();
    const seen = async () =>
      (await db.database.query<{ entity_id: string; first: Date; last: Date; articles: number; mentions: number }>(
        `SELECT entity_id, first_seen_at AS first, last_seen_at AS last, article_count AS articles, mention_count AS mentions FROM entities ORDER BY entity_id`,
      )).rows;
    const firstSeen = await seen();
    const feedRow = (await db.database.query('SELECT status, consecutive_failures, etag, article_count FROM feeds')).rows[0];
    expect(feedRow).toEqual({ status: 'active', consecutive_failures: 0, etag: '"x"', article_count: 1 });
    const entities = async () => (await db.database.query('SELECT entity_id, status, source FROM article_entities ORDER BY entity_id')).rows;
    expect(await entities()).toEqual([
      { entity_id: 'country:IN', status: 'active', source: 'extractor' },
      { entity_id: 'hardware:nvidia-h100', status: 'active', source: 'reviewer' },
      { entity_id: 'money:USD:1200000000', status: 'active', source: 'extractor' },
      { entity_id: 'org:nvidia', status: 'rejected', source: 'extractor' },
    ]);
    expect((await db.database.query(`SELECT article_count FROM entities WHERE entity_id = 'org:nvidia'`)).rows[0]).toEqual({ article_count: 0 });
    expect((await db.database.query('SELECT currency, amount_usd::float8 AS usd, country, org FROM money_mentions')).rows).toEqual([
      { currency: 'USD', usd: 1.2e9, country: 'IN', org: 'nvidia' },
    ]);

    // a new extractor version: new mention ids, same spans; the reviewer's corrections still hold
    const v2 = v1.map((m) => ({ ...m, id: `${m.id}-v2` }));
    await store.append('article-a1', [ev({ type: 'EntitiesExtracted', data: { articleId: 'a1', extractorVersion: 'v2', textHash: 'h', mentions: v2, extractedAt: at } }, 'x2')]);
    await catchUp();
    expect(await entities()).toEqual([
      { entity_id: 'country:IN', status: 'active', source: 'extractor' },
      { entity_id: 'hardware:nvidia-h100', status: 'active', source: 'reviewer' },
      { entity_id: 'money:USD:1200000000', status: 'active', source: 'extractor' },
      { entity_id: 'org:nvidia', status: 'rejected', source: 'extractor' },
    ]);
    expect((await db.database.query(`SELECT extractor_version, reviewed FROM articles`)).rows[0]).toEqual({ extractor_version: 'v2', reviewed: true });
    // the re-extraction (a later event) moved no entity's dates or counts
    expect(await seen()).toEqual(firstSeen);
    expect(firstSeen.find((e) => e.entity_id === 'country:IN')).toMatchObject({ articles: 1, mentions: 1 });

    const live = await dump();
    for (const projection of projections) await rebuildProjection(db.database, projection);
    expect(await dump()).toEqual(live);
    expect(await seen()).toEqual(firstSeen);
    const status = await projectionStatus(db.database, projections.map((p) => p.name));
    expect(status.map((s) => s.lagEvents)).toEqual([0, 0, 0, 0]);
  });

  it('gives the later of a reject and a confirm or add at one span the last word (undo), across re-extraction and rebuild', async () => {
    const text = 'Jordan Smith met NVIDIA in Austin.';
    const mentions = [mention('u1', 'country', 'JO', 'Jordan', 0, 6), mention('u2', 'org', 'nvidia', 'NVIDIA', 17, 23)];
    const reviewer = (type: 'EntityRejected' | 'EntityConfirmed', m: (typeof mentions)[number], id: string) =>
      ev({ type, data: { articleId: 'u1', mentionId: m.id, kind: m.kind, key: m.key, start: m.start, end: m.end } } as never, id, 'reviewer-1');
    const added = { articleId: 'u1', mentionId: 'rev-u', kind: 'place' as const, key: 'US-TX', name: 'Austin', text: 'Austin', start: 27, end: 33 };
    await store.append('article-u1', [
      ev({ type: 'ArticleDiscovered', data: { articleId: 'u1', feedId: 'f1', url: 'https://example.org/u1', title: 'U1', discoveredAt: at } }, 'ud'),
      ev({ type: 'ArticleFetched', data: { articleId: 'u1', url: 'https://example.org/u1', title: 'U1', text, textHash: 'hu', wordCount: 6, source: 'page', fetchedAt: at } }, 'uf'),
      ev({ type: 'EntitiesExtracted', data: { articleId: 'u1', extractorVersion: 'v1', textHash: 'hu', mentions, extractedAt: at } }, 'ux1'),
      // reject, then undo it by a confirm; reject, confirm, reject again; add, undo by a reject, add again
      reviewer('EntityRejected', mentions[0]!, 'ur1'),
      reviewer('EntityConfirmed', mentions[0]!, 'uc1'),
      reviewer('EntityRejected', mentions[1]!, 'ur2'),
      reviewer('EntityConfirmed', mentions[1]!, 'uc2'),
      reviewer('EntityRejected', mentions[1]!, 'ur3'),
      ev({ type: 'EntityAdded', data: added }, 'ua1', 'reviewer-1'),
      ev({ type: 'EntityRejected', data: { articleId: 'u1', mentionId: 'rev-u', kind: 'place', key: 'US-TX', start: 27, end: 33 } }, 'ur4', 'reviewer-1'),
      ev({ type: 'EntityAdded', data: added }, 'ua2', 'reviewer-1'),
    ]);
    await catchUp();
    const statuses = async () =>
      (await db.database.query(`SELECT entity_id, status FROM article_entities WHERE article_id = 'u1' ORDER BY entity_id`)).rows;
    const expected = [
      { entity_id: 'country:JO', status: 'active' },
      { entity_id: 'org:nvidia', status: 'rejected' },
      { entity_id: 'place:US-TX', status: 'active' },
    ];
    expect(await statuses()).toEqual(expected);
    await store.append('article-u1', [
      ev({ type: 'EntitiesExtracted', data: { articleId: 'u1', extractorVersion: 'v2', textHash: 'hu', mentions: mentions.map((m) => ({ ...m, id: `${m.id}-v2` })), extractedAt: at } }, 'ux2'),
    ]);
    await catchUp();
    expect(await statuses()).toEqual(expected);
    for (const projection of projections) await rebuildProjection(db.database, projection);
    expect(await statuses()).toEqual(expected);
  });

  it('counts an entity across many articles by deltas, dated by the first extraction that found it in each', async () => {
    const india = (start: number) => mention(`in-${start}`, 'country', 'IN', 'India', start, start + 5);
    const times = ['2026-03-02T10:00:00.000Z', '2026-03-03T10:00:00.000Z', '2026-03-04T10:00:00.000Z'];
    for (const [i, time] of times.entries()) {
      await store.append(`article-c${i}`, [
        ev({ type: 'EntitiesExtracted', data: { articleId: `c${i}`, extractorVersion: 'v1', textHash: `h${i}`, mentions: [india(0), india(10)], extractedAt: time } }, `cx${i}`),
      ]);
    }
    await catchUp();
    const row = async () =>
      (await db.database.query(`SELECT article_count, mention_count, first_seen_at, last_seen_at FROM entities WHERE entity_id = 'country:IN'`)).rows[0];
    const before = await row();
    expect(before).toMatchObject({ article_count: 4, mention_count: 7 }); // a1's mention plus two in each of c0..c2
    // the newest article's only mentions are rejected: it no longer counts, and the latest date goes back to the one before
    await store.append('article-c2', [
      ev({ type: 'EntityRejected', data: { articleId: 'c2', mentionId: 'in-0', kind: 'country', key: 'IN', start: 0, end: 5 } }, 'c2r0', 'reviewer-1'),
      ev({ type: 'EntityRejected', data: { articleId: 'c2', mentionId: 'in-10', kind: 'country', key: 'IN', start: 10, end: 15 } }, 'c2r1', 'reviewer-1'),
    ]);
    await catchUp();
    const after = await row();
    expect(after).toMatchObject({ article_count: 3, mention_count: 5, first_seen_at: before!.first_seen_at });
    expect((after!.last_seen_at as Date).getTime()).toBeLessThan((before!.last_seen_at as Date).getTime());
    const live = await dump();
    for (const projection of projections) await rebuildProjection(db.database, projection);
    expect(await dump()).toEqual(live);
  });
});

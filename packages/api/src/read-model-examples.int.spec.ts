import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deterministicEventId, type WirelogEvent } from '@wirelog/events';
import { extract } from '@wirelog/extraction';
import { projections, startProjections } from '@wirelog/projections';
import { describeEachDatabase } from '@wirelog/testing';
import { ARTICLE, openApiFixture, type ApiFixture } from './api.fixture';

/** The example queries of docs/read-model.md, by their heading: every one is run here, as written. */
function exampleQueries(): Map<string, string> {
  const doc = readFileSync(new URL('../../../docs/read-model.md', import.meta.url), 'utf8');
  const examples = doc.slice(doc.indexOf('\n## Example queries'));
  const found = new Map<string, string>();
  for (const [, heading, sql] of examples.matchAll(/^### (.+)\n(?:(?!^#)[\s\S])*?```sql\n([\s\S]*?)```/gm)) found.set(heading!, sql!);
  return found;
}

const THIS_MONTH = 'eeeeeeeeeeeeeeeeeeeeeeee';
const EARLIER = 'ffffffffffffffffffffffff';

/** Two more articles about GB300s in India, one published now and one in January, and a feed that fails. */
async function seedMore(fx: ApiFixture): Promise<void> {
  const store = fx.deps.store;
  const stories = [
    { id: THIS_MONTH, at: new Date().toISOString(), text: 'Yotta will deploy NVIDIA GB300 systems in India worth $1 billion.' },
    { id: EARLIER, at: '2026-01-15T09:00:00.000Z', text: 'Reliance will buy NVIDIA GB300 chips in India for $500 million.' },
  ];
  for (const s of stories) {
    const url = `https://news.example/${s.id}`;
    const events: WirelogEvent[] = [
      { type: 'ArticleDiscovered', data: { articleId: s.id, feedId: 'f', url, title: `Title ${s.id[0]}`, publishedAt: s.at, discoveredAt: s.at } },
      { type: 'ArticleFetched', data: { articleId: s.id, url, title: `Title ${s.id[0]}`, text: s.text, textHash: s.id, wordCount: 11, source: 'page', fetchedAt: s.at } },
      { type: 'EntitiesExtracted', data: { articleId: s.id, extractorVersion: 'v1', textHash: s.id, mentions: extract(s.text).mentions.map((m) => ({ ...m, value: m.value as Record<string, unknown> | undefined })), extractedAt: s.at } },
    ];
    await store.append(`article-${s.id}`, events.map((e, i) => ({ ...e, eventId: deterministicEventId(s.id, String(i)) })));
  }
  const feed = { url: 'https://gone.example/feed', credentials: false, intervalMs: 60_000, hostIntervalMs: 1000, fetchArticles: true, enabled: true, allowPrivate: false, tags: [] };
  await store.append('feed-broken', [
    { type: 'FeedRegistered', eventId: deterministicEventId('broken', 'r'), data: { feedId: 'broken', ...feed } },
    { type: 'FeedPollFailed', eventId: deterministicEventId('broken', 'p'), data: { feedId: 'broken', polledAt: '2026-03-01T10:00:00.000Z', reason: 'HTTP 500', retryable: true, consecutiveFailures: 3, gone: false } },
  ]);
  const runner = await startProjections(store, [...projections], { pollIntervalMs: 60_000 });
  await runner.catchUp();
  await runner.stop();
}

describeEachDatabase('docs/read-model.md example queries', (open) => {
  let fx: ApiFixture;
  const examples = exampleQueries();
  const run = async (heading: string) => {
    const sql = examples.get(heading);
    expect(sql, `no example "${heading}" in docs/read-model.md`).toBeDefined();
    // numerics arrive as text from pg, maybe as numbers elsewhere: compare as text
    return (await fx.db.database.query<Record<string, unknown>>(sql!)).rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)])));
  };
  beforeAll(async () => {
    fx = await openApiFixture(open);
    await seedMore(fx);
  });
  afterAll(() => fx.db.close());

  it('finds every example of the page', () => {
    expect([...examples.keys()]).toEqual([
      'Articles mentioning NVIDIA GB300 in India this month',
      'Largest announced amounts per country',
      'The three largest amounts in each country, with their article',
      'Who builds in a country: organisations and hardware named with it',
      'Articles per country and month',
      'Amounts linked to an organisation',
      'Feeds that fail',
      'What reviewers changed lately',
    ]);
  });

  it('answers each question on a seeded database', async () => {
    expect((await run('Articles mentioning NVIDIA GB300 in India this month')).map((r) => r.article_id)).toEqual([THIS_MONTH]);
    expect(await run('Largest announced amounts per country')).toEqual([
      { country: 'IN', name: 'India', money_usd_largest: '2000000000', money_usd_sum_of_article_largest: '3500000000', money_article_count: '3', article_count: '4' },
    ]);
    expect((await run('The three largest amounts in each country, with their article')).map((r) => [r.country, r.usd, r.text, r.title])).toEqual([
      ['IN', '2000000000', '$2 billion', 'Title b'],
      ['IN', '1000000000', '$1 billion', 'Title e'],
      ['IN', '500000000', '$500 million', 'Title f'],
    ]);
    expect((await run('Who builds in a country: organisations and hardware named with it')).map((r) => [r.kind, r.key, r.article_count])).toEqual([
      ['hardware', 'nvidia-gb300', '2'],
      ['hardware', 'nvidia-h100', '1'],
      ['org', 'nvidia', '3'],
      ['org', 'yotta', '1'],
    ]);
    const perMonth = await run('Articles per country and month');
    expect(perMonth[0]).toMatchObject({ country: 'IN', articles: '1' });
    expect(perMonth.filter((r) => r.month!.startsWith('2026-03')).map((r) => [r.country, r.articles])).toEqual([
      ['IN', '2'],
      ['KR', '1'],
      ['US', '1'],
    ]);
    expect((await run('Amounts linked to an organisation')).map((r) => [r.article_id, r.text])).toEqual([
      [ARTICLE.b, '$2 billion'],
      [EARLIER, '$500 million'],
    ]);
    expect((await run('Feeds that fail')).map((r) => [r.feed_id, r.status, r.consecutive_failures, r.last_error])).toEqual([['broken', 'failing', '3', 'HTTP 500']]);
    expect((await run('What reviewers changed lately')).map((r) => [r.actor, r.action, r.key, r.title])).toEqual([['reviewer-1', 'reject', 'sovereign-cloud', 'Title a']]);
  });
});

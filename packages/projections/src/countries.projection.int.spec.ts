import { expect, it } from 'vitest';
import { readCheckpoint } from '@wirelog/event-store';
import { describeEachDatabase } from '@wirelog/testing';
import { countriesProjection, entitiesProjection, projections } from './index';
import { catchUp, dumpTables, ev, freshStore, mention } from './projections.fixture';
import { rebuildProjection } from './rebuild';
import { startProjections } from './projection-runner';

const at = '2026-03-01T10:00:00.000Z';
const usd = (id: string, key: string, start: number, amount: number, country?: string) =>
  mention(id, 'money', key, key, start, start + 5, { value: { currency: 'USD', amount, usd: amount }, ...(country ? { country } : {}) });

const extraction = (articleId: string, version: string, mentions: ReturnType<typeof mention>[]) =>
  ev({ type: 'EntitiesExtracted', data: { articleId, extractorVersion: version, textHash: 'h', mentions, extractedAt: at } }, `${articleId}-${version}`);
const reject = (articleId: string, m: ReturnType<typeof mention>) =>
  ev({ type: 'EntityRejected', data: { articleId, mentionId: m.id, kind: m.kind, key: m.key, start: m.start, end: m.end } }, `${articleId}-reject-${m.id}`, 'reviewer-1');

// p1: India, NVIDIA, H100, $2B and €1bn linked to India, $5 linked to nothing
const p1 = [
  mention('in', 'country', 'IN', 'India', 0, 5),
  mention('nv', 'org', 'nvidia', 'NVIDIA', 10, 16),
  mention('h100', 'hardware', 'nvidia-h100', 'NVIDIA H100', 20, 24),
  usd('m2b', 'USD:2000000000', 30, 2e9, 'IN'),
  mention('m1b', 'money', 'EUR:1000000000', '€1 billion', 45, 50, { value: { currency: 'EUR', amount: 1e9, usd: 1080000000.25 }, country: 'IN' }),
  usd('m5', 'USD:5', 55, 5),
];
// p2: India and the US, NVIDIA and Reliance, $1.2B linked to India, $3B to the US
const p2 = [
  mention('in', 'country', 'IN', 'India', 0, 5),
  mention('us', 'country', 'US', 'United States', 10, 12),
  mention('nv', 'org', 'nvidia', 'NVIDIA', 20, 26),
  mention('rel', 'org', 'reliance', 'Reliance', 30, 38),
  usd('m12', 'USD:1200000000', 40, 1.2e9, 'IN'),
  usd('m3b', 'USD:3000000000', 55, 3e9, 'US'),
];
// p3: the US, Meta, HBM4
const p3 = [mention('us', 'country', 'US', 'United States', 0, 2), mention('meta', 'org', 'meta', 'Meta', 5, 9), mention('hbm4', 'hardware', 'hbm4', 'HBM4', 12, 16)];

describeEachDatabase('countries projection', (open) => {
  const fresh = freshStore(open);

  const tables = countriesProjection.tables;
  const profiles = async () =>
    (
      await fresh.db.database.query(
        `SELECT country, name, article_count, money_article_count, money_usd_largest::text AS largest, money_usd_sum_of_article_largest::text AS sum_of_largest,
                money_usd_sum_of_mentions::text AS sum_of_mentions, top_orgs, top_hardware, capacity_mw_largest
         FROM country_profiles ORDER BY country`,
      )
    ).rows;
  const dates = async (country: string) =>
    (await fresh.db.database.query<{ first_seen_at: Date; last_seen_at: Date }>('SELECT first_seen_at, last_seen_at FROM country_profiles WHERE country = $1', [country])).rows[0];
  const seenIn = async (articleId: string, country: string) =>
    (await fresh.db.database.query<{ seen_at: Date }>('SELECT seen_at FROM article_entities WHERE article_id = $1 AND entity_id = $2', [articleId, `country:${country}`])).rows[0]!.seen_at;
  const expectRebuildsToSameRows = async () => {
    const live = await dumpTables(fresh.db.database, tables);
    await rebuildProjection(fresh.db.database, countriesProjection);
    expect(await dumpTables(fresh.db.database, tables)).toEqual(live);
    for (const projection of projections) await rebuildProjection(fresh.db.database, projection);
    expect(await dumpTables(fresh.db.database, tables)).toEqual(live);
  };

  it('profiles each country: articles, dates, organisations and hardware named with it, money linked to it', async () => {
    await fresh.store.append('article-p1', [extraction('p1', 'v1', p1)]);
    await fresh.store.append('article-p2', [extraction('p2', 'v1', p2)]);
    await fresh.store.append('article-p3', [extraction('p3', 'v1', p3)]);
    await catchUp(fresh.store);
    expect(await profiles()).toEqual([
      {
        country: 'IN',
        name: 'India',
        article_count: 2,
        money_article_count: 2,
        largest: '2000000000',
        sum_of_largest: '3200000000', // $2B (p1's largest) + $1.2B (p2's)
        sum_of_mentions: '4280000000.25', // every mention: $2B + €1bn + $1.2B
        top_orgs: [
          { key: 'nvidia', name: 'NVIDIA', articles: 2 },
          { key: 'reliance', name: 'Reliance', articles: 1 },
        ],
        top_hardware: [{ key: 'nvidia-h100', name: 'NVIDIA H100', articles: 1 }],
        capacity_mw_largest: null,
      },
      {
        country: 'US',
        name: 'United States',
        article_count: 2,
        money_article_count: 1,
        largest: '3000000000',
        sum_of_largest: '3000000000',
        sum_of_mentions: '3000000000',
        top_orgs: [
          { key: 'meta', name: 'Meta', articles: 1 },
          { key: 'nvidia', name: 'NVIDIA', articles: 1 },
          { key: 'reliance', name: 'Reliance', articles: 1 },
        ],
        top_hardware: [{ key: 'hbm4', name: 'HBM4', articles: 1 }],
        capacity_mw_largest: null,
      },
    ]);
    expect(await dates('IN')).toEqual({ first_seen_at: await seenIn('p1', 'IN'), last_seen_at: await seenIn('p2', 'IN') });
    await expectRebuildsToSameRows();
  });

  it('lets reviewer corrections win, across re-extraction and rebuilds, and drops a country no article mentions any more', async () => {
    await fresh.store.append('article-p2', [reject('p2', p2[0]!)]); // not India after all
    await fresh.store.append('article-p1', [extraction('p1', 'v2', p1.map((m) => ({ ...m, id: `${m.id}-v2` })))]);
    await fresh.store.append('article-p1', [reject('p1', p1[3]!)]); // the $2B is not an amount
    await fresh.store.append('article-p3', [
      ev({ type: 'EntityRelabelled', data: { articleId: 'p3', mentionId: 'meta', start: 5, end: 9, from: { kind: 'org', key: 'meta' }, to: { kind: 'org', key: 'meta-platforms', name: 'Meta Platforms' } } }, 'p3-relabel', 'reviewer-1'),
      ev({ type: 'EntityAdded', data: { articleId: 'p3', mentionId: 'rev-fr', kind: 'country', key: 'FR', name: 'France', text: 'France', start: 20, end: 26 } }, 'p3-add', 'reviewer-1'),
      reject('p3', p3[0]!),
    ]);
    await catchUp(fresh.store);
    const rows = await profiles();
    expect(rows.map((r) => r.country)).toEqual(['FR', 'IN', 'US']);
    expect(rows[0]).toMatchObject({ article_count: 1, top_orgs: [{ key: 'meta-platforms', name: 'Meta Platforms', articles: 1 }], top_hardware: [{ key: 'hbm4', name: 'HBM4', articles: 1 }] });
    expect(rows[1]).toMatchObject({
      article_count: 1,
      money_article_count: 1,
      largest: '1080000000.25',
      sum_of_largest: '1080000000.25',
      sum_of_mentions: '1080000000.25',
      top_orgs: [{ key: 'nvidia', name: 'NVIDIA', articles: 1 }],
    });
    expect(await dates('IN')).toEqual({ first_seen_at: await seenIn('p1', 'IN'), last_seen_at: await seenIn('p1', 'IN') });
    expect(rows[2]).toMatchObject({ article_count: 1, top_orgs: [{ key: 'nvidia', articles: 1 }, { key: 'reliance', articles: 1 }], top_hardware: [] });
    await expectRebuildsToSameRows();

    await fresh.store.append('article-p1', [reject('p1', { ...p1[0]!, id: 'in-v2' })]);
    await catchUp(fresh.store);
    expect((await profiles()).map((r) => r.country)).toEqual(['FR', 'US']);
    const india = await fresh.db.database.query(`SELECT 'articles' AS t FROM country_articles WHERE country = 'IN' UNION ALL SELECT 'entities' FROM country_entities WHERE country = 'IN'`);
    expect(india.rows).toEqual([]);
    await expectRebuildsToSameRows();
  });

  it('never applies an event the entities projection has not, live or in a rebuild', async () => {
    await fresh.store.append('article-p4', [extraction('p4', 'v1', [mention('kr', 'country', 'KR', 'South Korea', 0, 5)])]);
    const countriesAlone = async () => {
      // starting runs one pass over the log; stopping waits for it
      const runner = await startProjections(fresh.store, [countriesProjection], { pollIntervalMs: 60_000 });
      await runner.stop();
    };
    await countriesAlone();
    await rebuildProjection(fresh.db.database, countriesProjection);
    expect((await profiles()).map((r) => r.country)).toEqual(['FR', 'US']);
    expect(await readCheckpoint(fresh.db.database, 'countries')).toEqual(await readCheckpoint(fresh.db.database, 'entities'));
    await catchUp(fresh.store, [entitiesProjection]);
    await countriesAlone();
    expect((await profiles()).map((r) => r.country)).toEqual(['FR', 'KR', 'US']);
    expect(await readCheckpoint(fresh.db.database, 'countries')).toEqual(await readCheckpoint(fresh.db.database, 'entities'));
  });

  it('keeps power capacity and money ranges linked to a country: capacity_mentions, the largest MW, a range with no invented amount', async () => {
    const c1 = [
      mention('in', 'country', 'IN', 'India', 0, 5),
      mention('gw', 'capacity', 'MW:1500', '1,500 MW', 10, 22, { value: { mw: 1500 }, country: 'IN', org: 'reliance' }),
      mention('mwr', 'capacity', 'MW:100-3000', '100 MW to 3 GW', 30, 44, { value: { min: 100, max: 3000 }, country: 'IN' }),
      mention('rng', 'money', 'USD:1000000000-2000000000', '$1bn to $2bn', 50, 62, { value: { currency: 'USD', min: 1e9, max: 2e9, usdMin: 1e9, usdMax: 2e9 }, country: 'IN' }),
      mention('gpus', 'quantity', 'gpu:18000', '18,000 GPUs', 70, 81, { value: { count: 18000, unit: 'gpu' }, country: 'IN' }),
    ];
    await fresh.store.append('article-c1', [extraction('c1', 'v1', c1)]);
    await catchUp(fresh.store);
    const capacity = await fresh.db.database.query(
      `SELECT mention_id, mw::text, mw_min::text, mw_max::text, country, org, status FROM capacity_mentions WHERE article_id = 'c1' ORDER BY mention_id`,
    );
    expect(capacity.rows).toEqual([
      { mention_id: 'gw', mw: '1500', mw_min: null, mw_max: null, country: 'IN', org: 'reliance', status: 'active' },
      { mention_id: 'mwr', mw: null, mw_min: '100', mw_max: '3000', country: 'IN', org: null, status: 'active' },
    ]);
    const money = await fresh.db.database.query(`SELECT amount, amount_min::text, amount_max::text, amount_usd, country FROM money_mentions WHERE article_id = 'c1'`);
    expect(money.rows).toEqual([{ amount: null, amount_min: '1000000000', amount_max: '2000000000', amount_usd: null, country: 'IN' }]);
    const largest = async () =>
      (await fresh.db.database.query(`SELECT capacity_mw_largest::text AS mw FROM country_profiles WHERE country = 'IN'`)).rows[0];
    // a range counts by its upper end
    expect(await largest()).toEqual({ mw: '3000' });
    await fresh.store.append('article-c1', [reject('c1', c1[2]!)]);
    await catchUp(fresh.store);
    expect(await largest()).toEqual({ mw: '1500' });
    await expectRebuildsToSameRows();
  });
});

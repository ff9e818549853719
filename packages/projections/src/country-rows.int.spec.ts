import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyzedPlansOf, describeEachDatabase, recordingDatabase, rolledBack, rowsReadFrom, sequentialScans, type TestDatabase } from '@wirelog/testing';
import { refreshCountryArticles, TOP_ENTITIES } from './country-rows';

describeEachDatabase('countries projection cost per event', (open) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
    // a country in 4,000 articles with 4,000 organisations named with it; the article that changes names it, 2 orgs and an amount
    await db.database.query(
      `INSERT INTO country_articles (country, article_id, seen_at, money_usd_largest, money_mention_id, money_usd_sum, co_entity_ids)
       SELECT 'US', lpad(to_hex(i), 24, '0'), timestamptz '2026-01-01' + i * interval '1 minute', CASE WHEN i % 3 = 0 THEN i * 1000 END, CASE WHEN i % 3 = 0 THEN 'm' END, 0, '{}'
       FROM generate_series(1, 4000) AS i`,
    );
    await db.database.query(`INSERT INTO country_entities (country, entity_id, kind, key, article_count) SELECT 'US', 'org:o' || i, 'org', 'o' || i, 1 + i % 40 FROM generate_series(1, 4000) AS i`);
    await db.database.query(
      `INSERT INTO country_profiles (country, name, article_count, first_seen_at, last_seen_at, top_orgs, top_hardware, money_article_count, money_usd_sum_of_article_largest, money_usd_sum_of_mentions)
       VALUES ('US', 'United States', 4000, now(), now(), '[]', '[]', 1333, 0, 0)`,
    );
    await db.database.query(
      `INSERT INTO article_entities (article_id, entity_id, kind, key, name, mentions, source, status, seen_at)
       VALUES ('new', 'country:US', 'country', 'US', 'United States', 1, 'extractor', 'active', now()),
              ('new', 'org:o1', 'org', 'o1', 'O1', 1, 'extractor', 'active', now()),
              ('new', 'org:o2', 'org', 'o2', 'O2', 1, 'extractor', 'active', now())`,
    );
    await db.database.query(`INSERT INTO money_mentions (article_id, mention_id, text, currency, amount, amount_usd, country, status) VALUES ('new', 'm', '$5', 'USD', 5, 5, 'US', 'active')`);
    for (const table of ['country_articles', 'country_entities', 'article_entities', 'money_mentions']) await db.database.query(`ANALYZE ${table}`);
  });
  afterAll(() => db.close());

  it("reads only the article's rows and a few index entries of each of its countries, never a whole country", async () => {
    const recorded = recordingDatabase(db.database);
    await rolledBack(recorded.database, (tx) => refreshCountryArticles(tx, ['new']));
    expect(recorded.sent.length).toBeGreaterThanOrEqual(4);
    const plans = await analyzedPlansOf(db.database, recorded.sent);
    for (const [i, nodes] of plans.entries()) {
      const statement = recorded.sent[i]!.text;
      expect(sequentialScans(nodes), statement).toEqual([]);
      // the article's own row, then per country: first and last seen, largest amount, 10 of each top list
      expect(rowsReadFrom(nodes, 'country_articles'), statement).toBeLessThanOrEqual(5);
      expect(rowsReadFrom(nodes, 'country_entities'), statement).toBeLessThanOrEqual(2 * TOP_ENTITIES + 2);
    }
    await db.database.transaction((tx) => refreshCountryArticles(tx, ['new']));
    const profile = await db.database.query(`SELECT article_count, jsonb_array_length(top_orgs) AS top FROM country_profiles WHERE country = 'US'`);
    expect(profile.rows).toEqual([{ article_count: 4001, top: TOP_ENTITIES }]);
  });
});

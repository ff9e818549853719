import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { WirelogEvent } from '@wirelog/events';
import { describeEachDatabase } from '@wirelog/testing';
import { countriesProjection, entitiesProjection } from './index';
import { catchUp, dumpTables, ev, freshStore, MENTION_POOL as POOL } from './projections.fixture';
import { rebuildProjection } from './rebuild';

const LABELS = POOL.filter((m) => m.kind === 'country' || m.kind === 'org');

type Step =
  | { op: 'extract'; article: number; picks: boolean[] }
  | { op: 'reject' | 'add'; article: number; at: number }
  | { op: 'relabel'; article: number; at: number; to: number }
  | { op: 'catchUp' };

const article = fc.nat({ max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('extract' as const), article, picks: fc.array(fc.boolean(), { minLength: POOL.length, maxLength: POOL.length }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constantFrom('reject' as const, 'add' as const), article, at: fc.nat({ max: POOL.length - 1 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('relabel' as const), article, at: fc.nat({ max: LABELS.length - 1 }), to: fc.nat({ max: LABELS.length - 1 }) }), weight: 1 },
  { arbitrary: fc.constant({ op: 'catchUp' as const }), weight: 1 },
);

function eventOf(s: Exclude<Step, { op: 'catchUp' }>, articleId: string, n: number): WirelogEvent {
  const span = (m: (typeof POOL)[number]) => ({ articleId, mentionId: m.id, start: m.start, end: m.end });
  if (s.op === 'extract') {
    const mentions = POOL.filter((_, i) => s.picks[i]).map((m) => ({ ...m, id: `${m.id}-${n}` }));
    return { type: 'EntitiesExtracted', data: { articleId, extractorVersion: `v${n}`, textHash: 'h', mentions, extractedAt: '2026-03-01T10:00:00.000Z' } };
  }
  if (s.op === 'relabel') {
    const [from, to] = [LABELS[s.at]!, LABELS[s.to]!];
    return { type: 'EntityRelabelled', data: { ...span(from), from: { kind: from.kind, key: from.key }, to: { kind: to.kind, key: to.key, name: to.name } } };
  }
  const m = POOL[s.at]!;
  if (s.op === 'reject') return { type: 'EntityRejected', data: { ...span(m), kind: m.kind, key: m.key } };
  return { type: 'EntityAdded', data: { ...span(m), mentionId: `rev-${n}`, kind: m.kind, key: m.key, name: m.name, text: m.text } };
}

/** The profiles counted from scratch from the entities projection's rows: what the deltas must add up to. */
const RECOUNT = `
  WITH ca AS (
    SELECT c.key AS country, c.article_id, c.seen_at,
           (SELECT max(m.amount_usd) FROM money_mentions m WHERE m.article_id = c.article_id AND m.country = c.key AND m.status = 'active') AS largest,
           (SELECT sum(m.amount_usd) FROM money_mentions m WHERE m.article_id = c.article_id AND m.country = c.key AND m.status = 'active') AS total
    FROM article_entities c WHERE c.kind = 'country' AND c.status = 'active'
  ), co AS (
    SELECT ca.country, e.kind, e.key, count(*)::int AS articles
    FROM ca JOIN article_entities e ON e.article_id = ca.article_id AND e.kind IN ('org', 'hardware') AND e.status = 'active'
    GROUP BY ca.country, e.kind, e.key
  )
  SELECT ca.country, count(*)::int AS article_count, min(ca.seen_at) AS first_seen_at, max(ca.seen_at) AS last_seen_at,
         count(ca.largest)::int AS money_article_count, max(ca.largest)::text AS largest,
         trim_scale(COALESCE(sum(ca.largest), 0))::text AS sum_of_largest, trim_scale(COALESCE(sum(ca.total), 0))::text AS sum_of_mentions,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('key', co.key, 'articles', co.articles) ORDER BY co.articles DESC, co.key), '[]')
          FROM co WHERE co.country = ca.country AND co.kind = 'org') AS orgs,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('key', co.key, 'articles', co.articles) ORDER BY co.articles DESC, co.key), '[]')
          FROM co WHERE co.country = ca.country AND co.kind = 'hardware') AS hardware
  FROM ca GROUP BY ca.country ORDER BY ca.country`;

const PROFILES = `
  SELECT country, article_count, first_seen_at, last_seen_at, money_article_count, money_usd_largest::text AS largest,
         money_usd_sum_of_article_largest::text AS sum_of_largest, money_usd_sum_of_mentions::text AS sum_of_mentions,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('key', o->>'key', 'articles', (o->>'articles')::int)), '[]') FROM jsonb_array_elements(top_orgs) o) AS orgs,
         (SELECT COALESCE(jsonb_agg(jsonb_build_object('key', h->>'key', 'articles', (h->>'articles')::int)), '[]') FROM jsonb_array_elements(top_hardware) h) AS hardware
  FROM country_profiles ORDER BY country`;

describeEachDatabase('countries projection under any sequence of extractions and corrections', (open) => {
  const fresh = freshStore(open);

  it('ends equal to a recount from scratch, and to its rebuild', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        run += 1;
        for (const [n, s] of steps.entries()) {
          // a catch-up of the entities projection alone: the countries projection then reads a state ahead of its events
          if (s.op === 'catchUp') await catchUp(fresh.store, [entitiesProjection]);
          else await fresh.store.append(`article-r${run}a${s.article}`, [ev(eventOf(s, `r${run}a${s.article}`, n), `r${run}-${n}`, 'reviewer-1')]);
        }
        await catchUp(fresh.store);
        const recount = (await fresh.db.database.query(RECOUNT)).rows;
        expect((await fresh.db.database.query(PROFILES)).rows).toEqual(recount);
        const live = await dumpTables(fresh.db.database, countriesProjection.tables);
        await rebuildProjection(fresh.db.database, countriesProjection);
        expect(await dumpTables(fresh.db.database, countriesProjection.tables)).toEqual(live);
      }),
      { numRuns: 15 },
    );
  });
});

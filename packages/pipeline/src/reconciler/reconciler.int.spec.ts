import { EXTRACTOR_VERSION, extract } from '@wirelog/extraction';
import { recordJobFailure } from '@wirelog/runtime';
import { describeWithPostgres, openPostgres } from '@wirelog/testing';
import { expect, it, onTestFinished } from 'vitest';
import { pollFeed } from '../poll-feed.handler';
import { reconcileFeedEvents } from '../reconcile-feeds';
import { startExtractor, startFetcher } from '../roles';
import { articlePage, sendHtml, sendRss, storyText, type FeedSite } from '../testing/feed-server.fixture';
import { describeEachRuntime, feedConfig, openWithSite, type Harness } from '../testing/pipeline-harness.fixture';
import { findOwedWork, OWED_EXTRACTS_SQL, OWED_FETCHES_SQL } from './owed-work';
import { startReconciler, type Reconciler } from './reconciler';

/** A feed of `count` pages of their own at `site`. */
function serveFeed(site: FeedSite, count: number, prefix = 'p'): void {
  const pages = Array.from({ length: count }, (_, i) => `/${prefix}/${i}`);
  for (const p of pages) site.route(p, sendHtml(articlePage(p, storyText(`${prefix} page ${p}`))));
  site.route(`/${prefix}.xml`, sendRss(pages.map((p) => ({ title: p, link: `${site.url}${p}` }))));
}

async function reconciler(h: Harness, sweepIntervalMs = 60_000): Promise<Reconciler> {
  const started = await startReconciler(h.deps, { sweepIntervalMs });
  onTestFinished(() => started.stop());
  return started;
}

const statuses = async (h: Harness) => {
  await h.project();
  return h.rows<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM articles GROUP BY status ORDER BY status');
};

describeEachRuntime('reconciler', (open) => {
  it('queues what the log owes as it is appended: discovered pages are fetched, fetched text extracted, feeds scheduled', async () => {
    const { h, site } = await openWithSite(open);
    serveFeed(site, 5);
    startFetcher(h.deps);
    startExtractor(h.deps);
    await reconciler(h);
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/p.xml`, { intervalMs: 3_600_000 })]);
    // the registered feed is scheduled at once, and its first poll runs right away
    await expect.poll(() => h.deps.queue.listSchedulers(), { timeout: 10_000 }).toEqual([{ id: 'feed-news', everyMs: 3_600_000 }]);
    await expect.poll(() => statuses(h), { timeout: 20_000 }).toEqual([{ status: 'extracted', n: 5 }]);
    expect(await h.events('EntitiesExtracted')).toHaveLength(5);
  });

  it('heals lost jobs: work the log owes but no queue holds is found by the sweep and done', async () => {
    const { h, site } = await openWithSite(open);
    serveFeed(site, 4);
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/p.xml`)]);
    // discovered, then the process that would have fetched them died: no job anywhere
    await pollFeed(h.deps, { feedId: 'news' });
    expect(await statuses(h)).toEqual([{ status: 'discovered', n: 4 }]);
    expect(await h.deps.queue.counts(['fetch-article'])).toMatchObject({ waiting: 0, delayed: 0, active: 0 });

    const healer = await reconciler(h);
    startFetcher(h.deps);
    expect(await healer.sweep()).toMatchObject({ jobs: 4 });
    await h.deps.queue.whenIdle(['fetch-article'], { timeoutMs: 20_000 });
    // fetched; the extraction jobs are lost too (no extractor ran): the next sweep owes them
    expect(await statuses(h)).toEqual([{ status: 'fetched', n: 4 }]);
    startExtractor(h.deps);
    expect(await healer.sweep()).toMatchObject({ jobs: 4 });
    await h.deps.queue.whenIdle(['extract-article'], { timeoutMs: 20_000 });
    expect(await statuses(h)).toEqual([{ status: 'extracted', n: 4 }]);
    expect(await healer.sweep()).toMatchObject({ jobs: 0 });
  });

  it('re-creates feed schedules the queue lost, with their intervals, and removes strays', async () => {
    const { h, site } = await openWithSite(open);
    serveFeed(site, 1);
    const healer = await reconciler(h);
    await reconcileFeedEvents(h.deps, [
      feedConfig('a', `${site.url}/p.xml`, { intervalMs: 3_600_000 }),
      feedConfig('b', `${site.url}/p.xml`, { intervalMs: 7_200_000 }),
      feedConfig('off', `${site.url}/p.xml`, { enabled: false }),
    ]);
    const expected = [
      { id: 'feed-a', everyMs: 3_600_000 },
      { id: 'feed-b', everyMs: 7_200_000 },
    ];
    const schedulers = async () => (await h.deps.queue.listSchedulers()).sort((x, y) => x.id.localeCompare(y.id));
    await expect.poll(schedulers, { timeout: 10_000 }).toEqual(expected);
    // Redis lost its data, and someone left a scheduler for a feed that no longer exists
    await h.deps.queue.removeScheduler('feed-a');
    await h.deps.queue.removeScheduler('feed-b');
    await h.deps.queue.upsertScheduler('feed-gone', 60_000, { name: 'poll-feed', data: { feedId: 'gone' } });
    expect(await healer.sweep()).toMatchObject({ schedules: 2 });
    expect(await schedulers()).toEqual(expected);
    expect(await healer.sweep()).toMatchObject({ schedules: 0 });
  });

  it('tries a given-up job again only after its backoff, and forgets it once the work is done', async () => {
    const { h, site } = await openWithSite(open);
    serveFeed(site, 1);
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/p.xml`)]);
    await pollFeed(h.deps, { feedId: 'news' });
    await h.project();
    const [job] = await findOwedWork(h.deps.database, EXTRACTOR_VERSION, 10);
    expect(job?.name).toBe('fetch-article');
    // the queue gave up on it (say, PostgreSQL was down for all five attempts)
    await recordJobFailure(h.deps.database)({ name: 'fetch-article', jobId: `fetch-${job!.data.articleId}`, data: job!.data, attempts: 5, error: new Error('connection refused') });
    expect(await h.rows('SELECT reason, failures FROM job_failures')).toEqual([{ reason: 'connection refused', failures: 1 }]);
    expect(await findOwedWork(h.deps.database, EXTRACTOR_VERSION, 10)).toEqual([]);

    await h.rows("UPDATE job_failures SET retry_at = now() - interval '1 second'");
    startFetcher(h.deps);
    startExtractor(h.deps);
    const healer = await reconciler(h);
    expect(await healer.sweep()).toMatchObject({ jobs: 1 });
    await h.drain();
    expect(await statuses(h)).toEqual([{ status: 'extracted', n: 1 }]);
    await healer.sweep();
    expect(await h.rows('SELECT * FROM job_failures')).toEqual([]);
  });

  it('owes a re-extraction of every text when the extractor version changes', async () => {
    const { h, site } = await openWithSite(open);
    serveFeed(site, 3);
    await reconcileFeedEvents(h.deps, [feedConfig('news', `${site.url}/p.xml`)]);
    startFetcher(h.deps);
    startExtractor(h.deps);
    await pollFeed(h.deps, { feedId: 'news' });
    await h.drain();
    expect(await findOwedWork(h.deps.database, EXTRACTOR_VERSION, 10)).toEqual([]);

    h.deps.extractor = { version: 'test-extractor/2', extract: (text, options) => ({ ...extract(text, options), version: 'test-extractor/2' }) };
    const owed = await findOwedWork(h.deps.database, 'test-extractor/2', 10);
    expect(owed.map((job) => job.name)).toEqual(['extract-article', 'extract-article', 'extract-article']);
    const healer = await reconciler(h);
    await healer.sweep();
    await h.deps.queue.whenIdle(['extract-article'], { timeoutMs: 20_000 });
    await h.project();
    expect(await h.rows('SELECT DISTINCT extractor_version FROM articles')).toEqual([{ extractor_version: 'test-extractor/2' }]);
    expect(await h.events('ArticleFetched')).toHaveLength(3); // no refetch
  });
});

describeWithPostgres('owed work lookups', () => {
  it('finds owed work through the partial indexes, not by scanning articles', async () => {
    const db = await openPostgres('owed-plans')();
    onTestFinished(() => db.close());
    const rows = async (sql: string) => (await db.database.query(sql)).rows;
    await rows(`INSERT INTO articles (article_id, feed_id, url, discovered_at, status, sort_at, last_position, extractor_version)
      SELECT 'a' || n, 'f', 'http://x/' || n, now(), CASE n % 1000 WHEN 0 THEN 'discovered' WHEN 1 THEN 'fetched' ELSE 'extracted' END, now(), n,
             CASE WHEN n % 1000 = 2 THEN 'v0' ELSE 'v1' END
      FROM generate_series(1, 20000) n`);
    await rows('ANALYZE articles');
    const explain = async (sql: string, params: unknown[]) =>
      (await db.database.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    const fetches = await explain(OWED_FETCHES_SQL, [1000]);
    const extracts = await explain(OWED_EXTRACTS_SQL, ['v1', 1000]);
    expect(fetches).toMatch(/Index Scan using articles_owed_fetch_idx/);
    expect(extracts).toMatch(/Index Scan using articles_owed_extract_idx|Bitmap Index Scan on articles_owed_extract_idx/);
    expect(extracts).toMatch(/Index (Only )?Scan using articles_extracted_version_idx/);
    expect(`${fetches}\n${extracts}`).not.toMatch(/Seq Scan on articles/);
  });
});

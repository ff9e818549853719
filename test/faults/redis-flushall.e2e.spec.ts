import { expect, it } from 'vitest';
import { articleStream } from '@wirelog/events';
import { articleIdFor } from '@wirelog/feeds';
import { describeWithPrivateServers } from '@wirelog/testing';
import { expectCleanEnd } from './support/expect-clean-end';
import { waitForExtraction } from './support/extraction-progress';
import { outcomeOf } from './support/fault-outcome';
import { useFaultStack } from './support/use-fault-stack';

const FEEDS = 5;
const POLL_INTERVAL_S = 10;

/** SPEC §2: a job is only a reminder; FLUSHALL on a running stack loses no schedule and no owed work. */
describeWithPrivateServers('fault: Redis FLUSHALL on a running stack', () => {
  const run = useFaultStack({ perFeed: 60, feeds: FEEDS, pageDelayMs: 200, interval: `${POLL_INTERVAL_S}s` });

  it(`polling, fetching and extraction resume by themselves within one poll interval (${POLL_INTERVAL_S}s)`, { timeout: 300_000 }, async () => {
    const { site, stack } = run;
    const inFlight = site.articleUrls();
    const before = await waitForExtraction(stack.database, inFlight, { timeoutMs: 120_000, until: (p) => p.extracted >= 30, context: stack.tails });
    expect(before.extracted, 'the flush must strike mid-ingest').toBeLessThan(inFlight.length);
    const at = Date.now();
    await stack.redis.flushAll();
    site.publish(80);
    const fresh = site.articleUrls().filter((url) => !inFlight.includes(url));

    const outcome = await outcomeOf(stack.database, site.articleUrls(), { name: 'redis-flushall', at, timeoutMs: 120_000, context: stack.tails });
    expect(outcome).toMatchObject({ expected: 400, extracted: 400, lost: 0, duplicated: 0, duplicateExamples: [], versionGaps: [] });

    // articles published after the flush can only have been found by a poll the flush did not stop
    const { rows } = await stack.database.query<{ feed_id: string; seconds: number }>(
      `SELECT data->>'feedId' AS feed_id, extract(epoch FROM min(recorded_at) - to_timestamp($2::double precision / 1000))::float AS seconds
       FROM events WHERE type = 'ArticleDiscovered' AND stream_id = ANY($1) GROUP BY 1 ORDER BY 1`,
      [fresh.map((url) => articleStream(articleIdFor(url))), at],
    );
    console.log(`redis-flushall: first discovery after the flush, per feed: ${rows.map((r) => `${r.feed_id}=${r.seconds.toFixed(1)}s`).join(' ')}`);
    expect(rows).toHaveLength(FEEDS);
    for (const row of rows) expect(row.seconds, `${row.feed_id} polled again`).toBeLessThanOrEqual(POLL_INTERVAL_S);
    await expectCleanEnd(stack);
  });
});

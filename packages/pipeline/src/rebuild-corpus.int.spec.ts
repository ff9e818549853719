import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAccess, startApiServer, type ApiServer } from '@wirelog/api';
import { deterministicEventId, feedStream } from '@wirelog/events';
import { EventStore, type NewEvent } from '@wirelog/event-store';
import { MemoryHostLimiter, type FeedConfig } from '@wirelog/feeds';
import { projectionStatus, projections } from '@wirelog/projections';
import { createMemoryQueue } from '@wirelog/queue';
import { createLogger } from '@wirelog/runtime';
import { corpusFeeds, describeWithCorpus, describeWithPostgres, openPostgres, type TestDatabase } from '@wirelog/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pollFeed } from './poll-feed.handler';
import { reconcileFeedEvents } from './reconcile-feeds';
import { drainOwedWork } from './reconciler/drain-owed-work';
import { operatorActions } from './operator-actions';
import type { PipelineDeps } from './pipeline-deps';
import { startExtractor, startFetcher, startProjector } from './roles';
import { serveCorpus, type CorpusServer } from './testing/corpus-server.fixture';
import { noFeedsFile } from './testing/pipeline-harness.fixture';

const TABLES = [...new Set(projections.flatMap((p) => p.tables))].sort();

/**
 * A poll of a feed the feeds file does not list: every projection reads it and
 * moves its checkpoint past it, the feeds projection updates no row. Appended
 * during the rebuild, it keeps the log head moving (so lag means something)
 * while the tables must still come out as they went in.
 */
const pollOfUnlistedFeed = (n: number): NewEvent => ({
  type: 'FeedPolled',
  eventId: deterministicEventId('unlisted-poll', String(n)),
  data: { feedId: 'unlisted', polledAt: new Date(Date.UTC(2026, 10, 30, 9, 0, n)).toISOString(), notModified: true, httpStatus: 304, itemCount: 0, newArticleCount: 0 },
});

/**
 * The whole feed corpus through the pipeline, then `wirelog projections rebuild`
 * (the operator action the command calls) under readers and new events. Slow:
 * ~10 minutes on a loaded 2-core machine (ingest ~4, rebuild ~6), because both
 * apply events one at a time.
 */
describeWithCorpus('projections rebuild after the whole feed corpus', () => {
  describeWithPostgres('on PostgreSQL', () => {
    const feeds = corpusFeeds();
    let db: TestDatabase;
    let server: CorpusServer;
    let deps: PipelineDeps;
    let api: ApiServer;
    let dir: string;

    /** Every row of every read table, as JSON text, in order. */
    const snapshot = async () => {
      const out: Record<string, string[]> = {};
      for (const table of TABLES) out[table] = (await db.database.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`)).rows.map((r) => r.row);
      return out;
    };

    beforeAll(async () => {
      db = await openPostgres('rebuild-corpus')({ poolSize: 20 });
      server = await serveCorpus(feeds.map((f) => f.path));
      dir = mkdtempSync(path.join(tmpdir(), 'wirelog-rebuild-corpus-'));
      const logger = createLogger({ logLevel: 'silent' });
      deps = {
        database: db.database,
        store: new EventStore(db.database),
        queue: createMemoryQueue(),
        hostLimiter: new MemoryHostLimiter(),
        logger,
        fileRoot: dir,
        feedCredentials: noFeedsFile,
      };
      // the corpus's items link to the internet: the feeds' own content stands in for pages (fetchArticles: false)
      // some corpus ids are too long for feed ids
      const configs = feeds.map((f, i): FeedConfig => ({
        id: `c${i}`, url: server.urlOf(f.path), intervalMs: 900_000, hostIntervalMs: 0, fetchArticles: false, tags: [], enabled: true, allowPrivate: true,
      }));
      // what `wirelog ingest --once` runs, with the polls six at a time: all 495 at once found 1,484 articles in one run
      // on a busy machine and 2,271 in another
      const started = performance.now();
      await reconcileFeedEvents(deps, configs);
      const projector = await startProjector(deps);
      startFetcher(deps);
      startExtractor(deps);
      let next = 0;
      await Promise.all(Array.from({ length: 6 }, async () => {
        while (next < configs.length) await pollFeed(deps, { feedId: configs[next++]!.id });
      }));
      await drainOwedWork(deps, projector);
      await projector.stop();
      const { rows } = await db.database.query<{ type: string; n: number }>('SELECT type, count(*)::int AS n FROM events GROUP BY type ORDER BY type');
      console.log(`corpus ingested in ${((performance.now() - started) / 1000).toFixed(1)} s: ${rows.map((r) => `${r.n} ${r.type}`).join(', ')}`);
      const access = createAccess({ tokensFile: path.join(dir, 'tokens.json'), reads: 'open', logger });
      api = await startApiServer({ database: db.database, store: deps.store, access, logger }, { host: '127.0.0.1', port: 0 });
    }, 600_000);

    afterAll(async () => {
      await api?.close();
      await deps?.queue.close();
      await server?.close();
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** The worst lag (log head − checkpoint, s) of each projection while another one was rebuilding, kept for the last test. */
    const worstLag = new Map<string, number>();

    it('gives back every read table row for row, while API clients polling the lists see no error and no empty list', async () => {
      const ingested = await snapshot();
      expect(ingested.articles!.length).toBeGreaterThan(2000);
      expect(ingested.article_entities!.length).toBeGreaterThan(1000);
      const projector = await startProjector(deps);
      let rebuilding: string | undefined;
      let done = false;
      const failures: string[] = [];
      let reads = 0;
      const reader = (async () => {
        const lists = ['/api/articles', '/api/articles?country=US', '/api/entities', '/api/entities?kind=country', '/api/stats/countries'];
        while (!done) {
          for (const list of lists) {
            try {
              const res = await fetch(`http://127.0.0.1:${api.port}${list}`);
              const body = (await res.json()) as { articles?: unknown[]; entities?: unknown[]; countries?: unknown[] };
              const rows = body.articles ?? body.entities ?? body.countries;
              if (res.status !== 200 || !rows || rows.length === 0) failures.push(`${list} during ${rebuilding}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
              reads++;
            } catch (error) {
              failures.push(`${list} during ${rebuilding}: ${String(error)}`);
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      let appended = 0;
      const appender = (async () => {
        while (!done) {
          await deps.store.append(feedStream('unlisted'), [pollOfUnlistedFeed(appended++)]);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      // the lag of each projection that is not rebuilding, sampled while another one is
      const sampler = (async () => {
        while (!done) {
          const during = rebuilding;
          for (const s of await projectionStatus(db.database, projections.map((p) => p.name))) {
            if (during !== undefined && s.name !== during) worstLag.set(s.name, Math.max(worstLag.get(s.name) ?? 0, s.lagSeconds));
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const took: string[] = [];
      try {
        // what `wirelog projections rebuild` runs, one projection at a time so the sampler knows which
        for (const projection of projections) {
          rebuilding = projection.name;
          const [result] = await operatorActions(deps).rebuild(projection.name);
          took.push(`${projection.name} ${result!.events} events ${result!.seconds.toFixed(1)} s`);
        }
        rebuilding = undefined;
      } finally {
        done = true;
        await Promise.all([reader, appender, sampler]);
      }
      await projector.catchUp();
      await projector.stop();
      console.log(`rebuilt: ${took.join(', ')}; meanwhile ${reads} API reads, ${appended} events appended; worst lag of the others (s): ${[...worstLag].map(([n, l]) => `${n} ${l.toFixed(3)}`).join(', ')}`);

      expect(failures).toEqual([]);
      expect(reads).toBeGreaterThan(20);
      expect(appended).toBeGreaterThan(5);
      expect(await snapshot()).toEqual(ingested);
    }, 900_000);

    // A shadow transaction writes, so it holds the log's readable horizon and every live subscriber waits for it:
    // the rebuild sizes its batches so that each takes about 200 ms (rebuild.ts), never a fixed 2,000 events.
    it('keeps every other projection within 1 s of the log head while one rebuilds, events being appended', () => {
      expect([...worstLag.keys()].sort()).toEqual(projections.map((p) => p.name).sort());
      for (const [name, lag] of worstLag) expect(lag, `${name}'s worst lag while another projection rebuilt`).toBeLessThan(1);
    });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteDatabase } from '@wirelog/db';
import { startArticleSite, type ArticleSite } from '../support/article-site';
import { startWirelog, type RunningWirelog } from '../support/wirelog-cli';
import { articleStatuses } from './support/article-statuses';
import { extractionProgress } from './support/extraction-progress';
import { writeFeedsFile } from './support/feeds-file';
import { duplicatedFacts, streamVersionGaps } from './support/log-invariants';

const ARTICLES = 400;
/** `WIRELOG_SHUTDOWN_TIMEOUT`: how long running jobs may take after SIGTERM before they are handed back. */
const SHUTDOWN_TIMEOUT_S = 20;
/** The process must be gone by then: the jobs' deadline, and a little to close the pools and the database. */
const SHUTDOWN_DEADLINE_MS = (SHUTDOWN_TIMEOUT_S + 5) * 1000;
/**
 * The jobs running at SIGTERM are fetches of 50 ms pages and extractions: a
 * stop that takes longer than this waited for something else than its jobs.
 */
const JOBS_DONE_WITHIN_S = SHUTDOWN_TIMEOUT_S / 2;

async function stopWithin(app: RunningWirelog, ms: number): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  const code = await Promise.race([app.stop(), sleep(ms).then(() => 'deadline' as const)]);
  if (code === 'deadline') {
    app.child.kill('SIGKILL');
    throw new Error(`wirelog start did not exit within ${ms / 1000}s of SIGTERM:\n${app.output().slice(-3000)}`);
  }
  return { code, seconds: (Date.now() - started) / 1000 };
}

/** SPEC §2–3: the embedded mode's in-process queue dies with the process; what it owed is derived from the log again. */
describe('embedded wirelog start: SIGTERM mid-ingest, then start again', () => {
  let site: ArticleSite;
  const dir = mkdtempSync(path.join(tmpdir(), 'wirelog-sigterm-'));
  let env: Record<string, string>;
  const processes: RunningWirelog[] = [];
  const start = () => {
    const app = startWirelog(['start'], env);
    processes.push(app);
    return app;
  };
  beforeAll(async () => {
    site = await startArticleSite(ARTICLES, { pageDelayMs: 50 });
    env = { WIRELOG_DATA_DIR: path.join(dir, 'data'), WIRELOG_FEEDS: writeFeedsFile(dir, site.feedUrls), WIRELOG_RECONCILE_INTERVAL: '2s', WIRELOG_SHUTDOWN_TIMEOUT: `${SHUTDOWN_TIMEOUT_S}s`, PORT: '0' };
  });
  afterAll(async () => {
    for (const app of processes) if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill('SIGKILL');
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`exits 0 within its shutdown deadline, and the next start extracts all ${ARTICLES} articles with no manual step`, { timeout: 300_000 }, async () => {
    const first = start();
    const [, port] = await first.waitFor(/API: http:\/\/localhost:(\d+)\//);
    await sleep(2500);
    const beforeStop = await articleStatuses(`http://127.0.0.1:${port}`);
    expect(beforeStop.extracted ?? 0, `SIGTERM must come mid-ingest: ${JSON.stringify(beforeStop)}`).toBeLessThan(ARTICLES);
    const faultAt = Date.now();
    const shutdown = await stopWithin(first, SHUTDOWN_DEADLINE_MS);
    expect(shutdown.code, first.output().slice(-3000)).toBe(0);
    expect(shutdown.seconds, 'SIGTERM → exit: the stop waits for the running jobs, not for its deadline').toBeLessThan(JOBS_DONE_WITHIN_S);

    const second = start();
    let statuses: Record<string, number> = {};
    const pollError = await (async () => {
      const [, again] = await second.waitFor(/API: http:\/\/localhost:(\d+)\//);
      while ((statuses.extracted ?? 0) < ARTICLES && Date.now() - faultAt < 150_000) {
        await sleep(500);
        statuses = await articleStatuses(`http://127.0.0.1:${again}`);
      }
    })().then(() => undefined, (error: unknown) => error);
    const healSeconds = (Date.now() - faultAt) / 1000;
    const secondShutdown = await stopWithin(second, SHUTDOWN_DEADLINE_MS);
    if (pollError) throw pollError;
    expect(secondShutdown.code, second.output().slice(-3000)).toBe(0);

    // the embedded database, now that no process holds it
    const database = await createPgliteDatabase(path.join(env.WIRELOG_DATA_DIR!, 'pgdata'));
    try {
      const progress = await extractionProgress(database, site.articleUrls());
      const duplicates = await duplicatedFacts(database);
      console.log(
        `fault=embedded-sigterm expected=${ARTICLES} extracted=${progress.extracted} duplicated=${duplicates.count} lost=${ARTICLES - progress.extracted} heal=${healSeconds.toFixed(1)}s shutdown=${shutdown.seconds.toFixed(1)}s before=${JSON.stringify(beforeStop)}`,
      );
      expect(statuses).toEqual({ extracted: ARTICLES });
      expect(progress).toEqual({ expected: ARTICLES, discovered: ARTICLES, fetched: ARTICLES, extracted: ARTICLES, projected: ARTICLES });
      expect(duplicates.examples).toEqual([]);
      expect(await streamVersionGaps(database)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

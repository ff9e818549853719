import type { Sql } from '@wirelog/db';
import { describeHolder, horizonHolder } from '@wirelog/event-store';
import { horizonAge, onScrape, projectionLagEvents, projectionLagSeconds, projectionParkedEvents, projectionPosition } from '@wirelog/metrics';
import { projectionStatus } from './status';

/** Each projection's lag and position, and the age of whatever holds the log's horizon back, read at scrape time. */
export function observeProjections(sql: Sql, names: string[]): () => void {
  return onScrape(async () => {
    for (const s of await projectionStatus(sql, names)) {
      projectionLagEvents.set({ projection: s.name }, s.lagEvents);
      projectionLagSeconds.set({ projection: s.name }, s.lagSeconds);
      projectionPosition.set({ projection: s.name }, Number(s.position));
      projectionParkedEvents.set({ projection: s.name }, s.parkedEvents);
    }
    horizonAge.set((await horizonHolder(sql))?.ageSeconds ?? 0);
  });
}

/**
 * Logs a warning, every `everyMs` while it lasts, when one open transaction
 * has held the log's readable horizon back for longer than `thresholdSeconds`:
 * every subscriber waits for it, so projections lag however idle they are.
 */
export function warnWhileHorizonHeld(
  sql: Sql,
  logger: { warn(obj: object, msg?: string): void },
  options: { thresholdSeconds: number; everyMs: number } = { thresholdSeconds: 60, everyMs: 30_000 },
): () => void {
  const timer = setInterval(() => {
    horizonHolder(sql).then(
      (holder) => {
        if (holder && holder.ageSeconds > options.thresholdSeconds) {
          logger.warn({ pid: holder.pid, database: holder.database, state: holder.state, ageSeconds: Math.round(holder.ageSeconds) }, `the event log is held back by a ${describeHolder(holder)}`);
        }
      },
      () => undefined,
    );
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

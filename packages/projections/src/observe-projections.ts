import type { Sql } from '@wirelog/db';
import { horizonHolder } from '@wirelog/event-store';
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

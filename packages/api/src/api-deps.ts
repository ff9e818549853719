import type { Database } from '@wirelog/db';
import type { EventStore } from '@wirelog/event-store';

export interface ApiLogger {
  error(obj: object, msg?: string): void;
}

/** What an ops listener needs: readiness and metrics read the database. */
export interface OpsDeps {
  database: Database;
  logger: ApiLogger;
}

export interface ApiDeps extends OpsDeps {
  store: EventStore;
}

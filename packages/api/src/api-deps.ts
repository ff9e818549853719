import type { Database } from '@wirelog/db';
import type { EventStore } from '@wirelog/event-store';

export interface ApiLogger {
  error(obj: object, msg?: string): void;
}

export interface ApiDeps {
  database: Database;
  store: EventStore;
  logger: ApiLogger;
}
